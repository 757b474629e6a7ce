package eval

import (
	"testing"
)

// TestInsert checks INSERT's conversions, column lists, partitions and
// OVERWRITE, reading the table back.
func TestInsert(t *testing.T) {
	tests := []struct{ name, setup, src, out string }{
		{"values convert to column types",
			"create table t (i bigint, s string, d decimal(10,2), f float, dt datetime, b binary);",
			"insert into t values (1, 2.5, 1.005, 3, '2024-01-02 03:04:05', cast('ab' as binary)); select * from t;",
			"i,s,d,f,dt,b\n1,2.5,1.01,3,2024-01-02 03:04:05,6162\n"},
		{"numbers into a string column", "create table t (s string);",
			"insert into t values (1), (2.5), (10000000000), (1.5BD); select * from t;", "s\n1\n2.5\n10000000000\n1.5\n"},
		{"binary into a string column", "create table t (s string);",
			"insert into t values (X'3133393030303031323334'); insert into t select X'41' from values (1) v(a); select * from t;", "s\n13900001234\nA\n"},
		{"narrowing integers that fit", "create table t (a tinyint, b int);",
			"insert into t select 100L, 7L; select * from t;", "a,b\n100,7\n"},
		{"string into date", "create table t (d date);",
			"insert into t values ('2024-02-29'); select * from t;", "d\n2024-02-29\n"},
		{"column list fills the rest with null", "create table t (a bigint, b string, c double);",
			"insert into t (c, a) values (1.5, 2); select * from t;", "a,b,c\n2,,1.5\n"},
		{"null values", "create table t (a bigint, b binary);",
			"insert into t values (null, null); select a is null, b is null from t;", "_c0,_c1\ntrue,true\n"},
		{"into appends", "create table t (a bigint); insert into t values (1);",
			"insert into t values (2); insert into table t select 3; select * from t;", "a\n1\n2\n3\n"},
		{"overwrite replaces", "create table t (a bigint); insert into t values (1), (2);",
			"insert overwrite table t values (9); select * from t;", "a\n9\n"},
		{"overwrite reading the same table", "create table t (a bigint, b string); insert into t values (1, 'x'), (2, 'y');",
			"insert overwrite table t select a + 10, upper_b from (select a, concat_b as upper_b from (select a, b || b as concat_b from t) s) s2; select * from t;",
			"a,b\n11,xx\n12,yy\n"},
		{"partition values", "create table t (a bigint) partitioned by (ds string, hr bigint);",
			"insert into t partition (hr=3, ds='x') values (1); insert into t partition (ds=20240101, hr='4') select 2; select * from t;",
			"a,ds,hr\n1,x,3\n2,20240101,4\n"},
		{"overwrite of one partition keeps the others", "create table t (a bigint) partitioned by (ds string); insert into t partition (ds='a') values (1); insert into t partition (ds='b') values (2);",
			"insert overwrite table t partition (ds='a') values (10), (11); select * from t order by a;",
			"a,ds\n2,b\n10,a\n11,a\n"},
		{"insert select with order and limit", "create table t (a bigint);",
			"insert into t select a from values (3), (1), (2) v(a) order by a limit 2; select * from t;", "a\n1\n2\n"},
		{"values with order by goes through the query", "create table t (a bigint);",
			"insert into t values (2), (1) limit 1; select count(*) from t;", "_c0\n1\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, tc.setup)
			out, err := r.run(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if out != tc.out {
				t.Errorf("output %q, want %q", out, tc.out)
			}
		})
	}
}

// TestInsertErrors checks messages, positions and that nothing is written.
func TestInsertErrors(t *testing.T) {
	setup := "create table t (id bigint, name string, b binary); create table p (a bigint) partitioned by (ds string);"
	tests := []struct{ name, src, want string }{
		{"missing table", "insert into nosuch values (1);",
			"ODPS-0130131:[1,1] Table not found - table default.nosuch cannot be resolved"},
		{"binary into bigint", "insert into t values (X'01', 'a', X'02');",
			"ODPS-0123091:[1,23] Illegal type cast - cannot insert a BINARY value into column id of table t, which is BIGINT; CAST it first"},
		{"string into binary", "insert into t values (1, 'a', 'b');",
			"ODPS-0123091:[1,31] Illegal type cast - cannot insert a STRING value into column b of table t, which is BINARY; CAST it first"},
		{"double into bigint", "insert into t select 1.5, 'a', X'00';",
			"ODPS-0123091:[1,15] Illegal type cast - cannot insert a DOUBLE value into column id of table t, which is BIGINT; CAST it first"},
		{"bad string value names the column", "insert into t values (1, 'a', null), ('x1', 'b', null);",
			"ODPS-0123091:[1,39] Illegal type cast - in function cast, value 'x1' cannot be casted from String to Bigint (column id of table t)"},
		{"bad string from a query names the column", "insert into t select s, 'n', null from values ('1'), ('zz') v(s);",
			"ODPS-0123091:[1,15] Illegal type cast - in function cast, value 'zz' cannot be casted from String to Bigint (column id of table t)"},
		{"out of range narrowing", "create table n (x tinyint); insert into n select 300L;",
			"ODPS-0123091:[1,43] Illegal type cast - in function cast, value '300' cannot be casted from Bigint to Tinyint (column x of table n)"},
		{"too few values", "insert into t values (1, 'a');",
			"ODPS-0130071:[1,23] Semantic analysis exception - VALUES row 1 has 2 values; table t takes 3"},
		{"query width", "insert into t select 1, 2;",
			"ODPS-0130071:[1,15] Semantic analysis exception - the query gives 2 columns; table t takes 3"},
		{"unknown column", "insert into t (id, nope) values (1, 2);",
			"ODPS-0130071:[1,1] Semantic analysis exception - table t has no column nope"},
		{"column twice", "insert into t (id, ID) values (1, 2);",
			"ODPS-0130071:[1,1] Semantic analysis exception - column id is listed twice"},
		{"partition column in the list", "insert into p partition (ds='a') (a, ds) values (1, 'x');",
			"ODPS-0130071:[1,1] Semantic analysis exception - ds is a static partition column of table p; its value is the one PARTITION (...) gives, so the column list cannot name it"},
		{"missing partition", "insert into p values (1);",
			"ODPS-0130071:[1,1] Semantic analysis exception - table p is partitioned by (ds); INSERT lists each in PARTITION (...), with a value (static) or without one (dynamic: the last columns of the query give it)"},
		{"partition on a plain table", "insert into t partition (ds='a') values (1, 'a', null);",
			"ODPS-0130071:[1,26] Semantic analysis exception - table t is not partitioned"},
		{"wrong partition key", "insert into p partition (dt='a') values (1);",
			"ODPS-0130071:[1,26] Semantic analysis exception - dt is not a partition column of table p, which is partitioned by (ds)"},
		{"null partition value", "insert into p partition (ds=null) values (1);",
			"ODPS-0130071:[1,26] Semantic analysis exception - the value of partition column ds cannot be NULL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, setup)
			_, err := r.run(tc.src)
			if errText(err) != tc.want {
				t.Errorf("error %q\nwant  %q", errText(err), tc.want)
			}
			if rows := len(r.wh.Rows("t")) + len(r.wh.Rows("p")); rows != 0 {
				t.Errorf("a failed INSERT left %d rows", rows)
			}
		})
	}
}
