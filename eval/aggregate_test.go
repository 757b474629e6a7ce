package eval

import (
	"testing"
)

const aggSetup = `create table s (g string, i int, d double, m decimal(10,2), x string);
insert into s values ('a', 1, 1.5, 1.25, 'p'), ('a', 2, null, 2.50, 'q'), ('b', null, 4.0, null, 'p'),
  ('a', 2, 0.5, 0.25, null), (null, 5, 1.0, 1.00, 'r');
create table e (i int, d double);`

// TestAggregates checks results and MaxCompute's result types: COUNT is
// BIGINT, SUM BIGINT/DOUBLE/DECIMAL, AVG DOUBLE (DECIMAL for DECIMAL),
// MIN and MAX the argument's type. NULLs are ignored.
func TestAggregates(t *testing.T) {
	tests := []struct {
		name, src, out string
		types          []Type
	}{
		{"whole table", "select count(*), count(i), count(distinct i), sum(i), sum(d), sum(m), avg(i), avg(m), min(x), max(x) from s;",
			"_c0,_c1,_c2,_c3,_c4,_c5,_c6,_c7,_c8,_c9\n5,4,3,10,7.0,5,2.5,1.25,p,r\n",
			[]Type{BigintType, BigintType, BigintType, BigintType, DoubleType, DecimalType, DoubleType, DecimalType, StringType, StringType}},
		{"empty table", "select count(*), count(i), sum(i), avg(d), min(d), max(i) from e;",
			"_c0,_c1,_c2,_c3,_c4,_c5\n0,0,,,,\n",
			[]Type{BigintType, BigintType, BigintType, DoubleType, DoubleType, IntType}},
		{"empty table grouped gives no rows", "select i, count(*) from e group by i;", "i,_c1\n", nil},
		{"group by", "select g, count(*) as n, sum(i) as si, max(d) from s group by g;",
			"g,n,si,_c3\na,3,5,1.5\nb,1,,4.0\n,1,5,1.0\n", nil},
		{"group by a column of a subquery", "select k, count(*) from (select g || '!' as k from s) t group by k;",
			"k,_c1\na!,3\nb!,1\n,1\n", nil},
		{"grouped expression in the select list", "select i + 1 as k, count(*) from s group by i + 1 order by k;",
			"k,_c1\n,1\n2,1\n3,2\n6,1\n", nil},
		{"expression over keys and aggregates", "select g, sum(i) * 10 + count(*) as v from s where g is not null group by g;",
			"g,v\na,53\nb,\n", nil},
		{"qualified key", "select s.g, count(*) from s group by g having s.g = 'b';", "g,_c1\nb,1\n", nil},
		{"having", "select g, count(*) as n from s group by g having count(*) > 1;", "g,n\na,3\n", nil},
		{"having without group by", "select count(*) from s having sum(i) > 100;", "_c0\n", nil},
		{"order by aggregate", "select g from s group by g order by count(*) desc, g limit 2;", "g\na\n\n", nil},
		{"order by output alias", "select g, sum(i) as total from s group by g order by total;", "g,total\nb,\na,5\n,5\n", nil},
		{"count distinct of two columns", "select count(distinct g, i) from s;", "_c0\n2\n", nil},
		{"sum distinct", "select sum(distinct i), avg(distinct i) from s;", "_c0,_c1\n8,2.6666666666666665\n", nil},
		{"sum of strings reads doubles", "select sum(v) from values ('1.5'), ('2') t(v);", "_c0\n3.5\n", []Type{DoubleType}},
		{"min and max of dates", "select min(d), max(d) from values (date '2024-01-02'), (date '2023-05-06'), (null) t(d);",
			"_c0,_c1\n2023-05-06,2024-01-02\n", []Type{DateType, DateType}},
		{"select distinct after group by", "select distinct count(*) from s group by g;", "_c0\n3\n1\n", nil},
		{"aggregate of a variable", "@k := 2; select sum(i * @k) from s;", "_c0\n20\n", nil},
		{"constant select item", "select 'x' as c, count(*) from s;", "c,_c1\nx,5\n", nil},
		{"group by without aggregates", "select g from s group by g;", "g\na\nb\n\n", nil},
		{"star of grouped columns", "select * from (select g from s) t group by g having g = 'a';", "g\na\n", nil},
		{"scalar subquery with an aggregate", "select i from s where i = (select max(i) from s);", "i\n5\n", nil},
		{"in subquery", "select g, i from s where i in (select i from s where g = 'b' or i = 1);", "g,i\na,1\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, aggSetup)
			out, err := r.run(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if out != tc.out {
				t.Errorf("output %q, want %q", out, tc.out)
			}
			if tc.types == nil {
				return
			}
			cols, err := r.s.Query(tc.src[len(tc.src)-len(lastStatement(tc.src)):], func([]Value) error { return nil })
			if err != nil {
				t.Fatal(err)
			}
			for i, c := range cols {
				if !c.Type.Equal(tc.types[i]) {
					t.Errorf("column %d is %s, want %s", i, c.Type, tc.types[i])
				}
			}
		})
	}
}

// lastStatement returns the text after the last "; " separator.
func lastStatement(src string) string {
	for i := len(src) - 2; i > 0; i-- {
		if src[i] == ';' {
			return src[i+2:]
		}
	}
	return src
}

// TestAggregateErrors checks the grouping rules and their positions.
func TestAggregateErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"column not grouped", "select g, i from s group by g;",
			"ODPS-0130071:[1,11] Semantic analysis exception - column reference i should appear in GROUP BY key or be used in an aggregate function"},
		{"column beside an aggregate", "select g, count(*) from s;",
			"ODPS-0130071:[1,8] Semantic analysis exception - column reference g should appear in GROUP BY key or be used in an aggregate function"},
		{"star not grouped", "select * from s group by g;",
			"ODPS-0130071:[1,8] Semantic analysis exception - column reference i should appear in GROUP BY key or be used in an aggregate function"},
		{"order by column not grouped", "select g from s group by g order by i;",
			"ODPS-0130071:[1,37] Semantic analysis exception - column reference i should appear in GROUP BY key or be used in an aggregate function"},
		{"nested aggregate", "select sum(count(*)) from s;",
			"ODPS-0130071:[1,12] Semantic analysis exception - aggregate function count cannot be used here: aggregates go in the select list, HAVING or ORDER BY of a SELECT, and do not nest"},
		{"aggregate in where", "select g from s where count(*) > 1;",
			"ODPS-0130071:[1,23] Semantic analysis exception - aggregate function count cannot be used here: aggregates go in the select list, HAVING or ORDER BY of a SELECT, and do not nest"},
		{"aggregate in group by", "select 1 from s group by max(i);",
			"ODPS-0130071:[1,26] Semantic analysis exception - aggregate function max cannot be used here: aggregates go in the select list, HAVING or ORDER BY of a SELECT, and do not nest"},
		{"aggregate outside a query", "@v := count(1);",
			"ODPS-0130071:[1,7] Semantic analysis exception - aggregate function count cannot be used here: aggregates go in the select list, HAVING or ORDER BY of a SELECT, and do not nest"},
		{"sum of binary", "select sum(cast(x as binary)) from s;",
			"ODPS-0130121:[1,8] Invalid argument type - invalid type BINARY of argument 1 for function sum"},
		{"avg of boolean", "select avg(i > 1) from s;",
			"ODPS-0130121:[1,8] Invalid argument type - invalid type BOOLEAN of argument 1 for function avg"},
		{"sum with two arguments", "select sum(i, d) from s;",
			"ODPS-0130221:[1,8] Invalid number of arguments - function sum needs 1 parameters, actually have 2"},
		{"count without arguments", "select count() from s;",
			"ODPS-0130221:[1,8] Invalid number of arguments - function count needs at least 1 parameters, actually have 0"},
		{"star for sum", "select sum(*) from s;",
			"ODPS-0130071:[1,8] Semantic analysis exception - function sum does not take *"},
		{"having not boolean", "select g from s group by g having count(*);",
			"ODPS-0130121:[1,35] Invalid argument type - HAVING needs a BOOLEAN operand, got BIGINT"},
		{"sum overflow", "select sum(v) from values (9223372036854775807L), (1L) t(v);",
			"ODPS-0121095:[1,8] Invalid argument - bigint overflow in '9223372036854775807 + 1'"},
		{"string that is no number", "select sum(x) from s;",
			"ODPS-0123091:[1,12] Illegal type cast - in function cast, value 'p' cannot be casted from String to Double"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, aggSetup)
			_, err := r.run(tc.src)
			if errText(err) != tc.want {
				t.Errorf("error %q\nwant  %q", errText(err), tc.want)
			}
		})
	}
}
