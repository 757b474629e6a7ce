package warehouse_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
)

// bothWays runs a query with pushdown off and on, and returns both
// outputs (or error texts) and the rows the pushed run read.
func bothWays(t *testing.T, w *warehouse.Warehouse, query string) (off, on string, read int64) {
	t.Helper()
	result := func(flag bool) string {
		out, err := run(w, fmt.Sprintf("set %s=%v;\n%s", eval.FlagPushdown, flag, query))
		if err != nil {
			return "error: " + err.Error()
		}
		return out
	}
	off = result(false)
	before := w.RowsRead()
	on = result(true)
	return off, on, w.RowsRead() - before
}

// pushTable is the table the comparison tests read: extreme integers,
// NULLs, non-ASCII strings, a DOUBLE with NaN (never pushed), and a
// partition column.
const pushTable = `create table pt (a bigint, b int, s string, v varchar(8), f boolean, d double, t tinyint) partitioned by (p string);
create table nt (a bigint, b int, s string, v varchar(8), f boolean, d double, t tinyint, p string);`

func pushValues(r *rand.Rand, n int) string {
	ints := []string{"NULL", "0", "1", "-1", "7", "42", "-42", "9223372036854775807", "-9223372036854775807 - 1", "1000000"}
	ints32 := []string{"NULL", "0", "1", "-1", "7", "2147483647", "-2147483648", "100"}
	strs := []string{"NULL", "''", "'a'", "'A'", "'ab'", "'a b'", "'Z'", "'~'", "'é'", "'日本'", "'e\u0301'", "'7'", "'\t'"}
	bools := []string{"NULL", "true", "false"}
	doubles := []string{"NULL", "0.5", "-0.0", "cast('nan' as double)", "1e300", "7.0"}
	tiny := []string{"NULL", "0", "127", "-128", "7"}
	parts := []string{"'x'", "'y'", "'z z'"}
	pick := func(xs []string) string { return xs[r.Intn(len(xs))] }
	var rows []string
	for i := 0; i < n; i++ {
		rows = append(rows, fmt.Sprintf("(%s, cast(%s as int), %s, cast(%s as varchar(8)), %s, %s, cast(%s as tinyint), %s)",
			pick(ints), pick(ints32), pick(strs), pick(strs), pick(bools), pick(doubles), pick(tiny), pick(parts)))
	}
	values := strings.Join(rows, ",\n  ")
	return "insert into pt partition (p) values " + values + ";\ninsert into nt values " + values + ";"
}

// condGen makes random WHERE conditions, pushable and not.
type condGen struct{ r *rand.Rand }

func (g condGen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

func (g condGen) constFor(col string) string {
	switch col {
	case "a", "b", "t", "pt.a":
		return g.pick("0", "1", "-1", "7", "42", "9223372036854775807", "-9223372036854775807", "2147483647", "300", "-5L", "7Y", "1.5", "'7'", "NULL", "9223372036854775808")
	case "s", "v":
		return g.pick("''", "'a'", "'A'", "'ab'", "'é'", "'日本'", "'Z'", "'7'", "7", "NULL")
	case "f":
		return g.pick("true", "false", "NULL")
	case "d":
		return g.pick("0.5", "0", "7", "cast('nan' as double)")
	}
	return g.pick("'x'", "'y'", "'z z'", "'é'")
}

func (g condGen) atom() string {
	col := g.pick("a", "b", "s", "v", "f", "d", "t", "p", "pt.a")
	switch g.r.Intn(9) {
	case 0:
		return col + g.pick(" is null", " is not null")
	case 1:
		return fmt.Sprintf("%s %sin (%s, %s)", col, g.pick("", "not "), g.constFor(col), g.constFor(col))
	case 2:
		return fmt.Sprintf("%s %sbetween %s and %s", col, g.pick("", "not "), g.constFor(col), g.constFor(col))
	case 3:
		return fmt.Sprintf("%s %s %s", g.constFor(col), g.pick("=", "<", "<=", ">", ">=", "<>"), col)
	case 4:
		return g.pick("length(s) > 1", "a + 1 > 0", "a = b", "s < v", "coalesce(a, 0) >= 0")
	}
	return fmt.Sprintf("%s %s %s", col, g.pick("=", "==", "<>", "!=", "<", "<=", ">", ">="), g.constFor(col))
}

func (g condGen) cond(depth int) string {
	if depth <= 0 || g.r.Intn(3) == 0 {
		return g.atom()
	}
	switch g.r.Intn(3) {
	case 0:
		return "not (" + g.cond(depth-1) + ")"
	case 1:
		return "(" + g.cond(depth-1) + " or " + g.cond(depth-1) + ")"
	}
	return g.cond(depth-1) + " and " + g.cond(depth-1)
}

func (g condGen) query() string {
	where := " where " + g.cond(3)
	if g.r.Intn(4) == 0 {
		where = ""
	}
	from := " from " + g.pick("pt", "nt")
	aggs := g.pick("count(*), count(s), min(a), max(s), sum(b), max(t)", "sum(a), count(v)", "sum(t), min(f), max(v), count(d)",
		"min(v), max(b), sum(distinct b)", "avg(b), count(*)", "avg(t), avg(a), sum(t)", "sum(b) filter (where a > 0), count(*)")
	switch g.r.Intn(6) {
	case 5:
		var keys []string
		for i := 0; i <= g.r.Intn(3); i++ {
			keys = append(keys, g.pick("a", "b", "s", "v", "f", "t", "d", "p")+g.pick("", " asc", " desc")+g.pick("", "", " nulls first", " nulls last"))
		}
		tail := g.pick(" limit 1", " limit 3", " limit 7", " limit 100", " limit 2 offset 3", "", " limit 0")
		return "select " + g.pick("a, s", "s, v, f", "*", "b, t, p", "a + 1, s") + from + where + " order by " + strings.Join(keys, ", ") + tail + ";"
	case 0:
		return "select " + aggs + from + where + ";"
	case 1:
		keys := g.pick("s", "f", "b", "p", "v, t", "d")
		return "select " + keys + ", " + aggs + from + where + " group by " + keys + ";"
	case 2:
		return "select s, count(*), min(b)" + from + where + " group by s having count(*) > 1 order by s;"
	case 3:
		return "select " + g.pick("a", "s, p", "b, v, f", "d, t", "count(*)") + from + where + ";"
	}
	return "select *" + from + where + ";"
}

// TestPushdownRandomized compares random queries run with pushdown on and
// off over a random table: the outputs (or errors) must be identical.
func TestPushdownRandomized(t *testing.T) {
	seed := int64(14)
	r := rand.New(rand.NewSource(seed))
	w, err := warehouse.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := run(w, pushTable+"\n"+pushValues(r, 30)); err != nil {
		t.Fatal(err)
	}
	g := condGen{r}
	cases, fewer := 300, 0
	if testing.Short() {
		cases = 60
	}
	for i := 0; i < cases; i++ {
		q := g.query()
		off, on, read := bothWays(t, w, q)
		if off != on {
			t.Fatalf("seed %d case %d: %s\npushdown off:\n%s\npushdown on:\n%s", seed, i, q, off, on)
		}
		if read < 30 {
			fewer++
		}
	}
	// The generator must exercise the pushed path, not only compare the
	// Go path with itself.
	if fewer < cases/10 {
		t.Errorf("only %d of %d queries read fewer rows with pushdown", fewer, cases)
	}
}

// TestPushdownCases runs chosen queries both ways; each reads fewer rows
// pushed, where the filter column's type pushes.
func TestPushdownCases(t *testing.T) {
	w, err := warehouse.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := run(w, pushTable+`
insert into pt partition (p='x') values
  (9223372036854775807, 1, 'a', 'a', true, 0.5, 1Y),
  (-9223372036854775807 - 1, -2147483648, 'é', 'B', false, cast('nan' as double), 127Y),
  (NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (7, 7, 'A', 'ab', true, 7.0, 7Y),
  (8, 2147483647, '日本', '', false, -0.0, -127Y - 1Y);
insert into nt select * from pt;
create table big (a bigint, g string);
insert into big values (9223372036854775807, 'x'), (1, 'x'), (-1, 'x'), (1, 'y'), (2, 'y');`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query  string
		pushed bool // the filter reaches SQLite
	}{
		{"select a from pt where a > 7;", true},
		{"select a from pt where -9223372036854775807 - 1 < a;", false}, // arithmetic stays in Go
		{"select a from pt where a = -9223372036854775808;", false},     // 9223372036854775808 is a DOUBLE
		{"select a from pt where a >= -9223372036854775807;", true},
		{"select s from pt where s > 'Z';", true}, // bytewise: 'a', 'é', '日本' are above 'Z'
		{"select s from pt where s < 'é';", true}, // 'A' < 'a' < 'é' < '日本'
		{"select v from pt where v = '';", true},  // empty is not NULL
		{"select t from pt where t = 300;", true}, // out of TINYINT's range
		{"select f from pt where not f;", false},  // a bare column is not a comparison
		{"select f from pt where f = false;", true},
		{"select a from pt where a in (7, 8) and s is not null;", true},
		{"select a from pt where a not in (7, 8);", true},
		{"select a from pt where not (a between 0 and 7);", true},
		{"select d from pt where d > 0;", false},          // DOUBLE: NaN
		{"select a from pt where a = b;", false},          // two columns
		{"select a from pt where a > 7 and s = 7;", true}, // errors alike both ways
		{"select a from pt where a = '7';", false},        // implicit conversion
		{"select count(*) from pt where b is null;", true},
		{"select a from pt where a > 0 or b < 0;", true},
		{"select a from pt where a > 0 or length(s) > 1;", false},
		// Aggregations: pushed ones read no row into Go.
		{"select count(*), count(a), min(s), max(s), min(f), max(t), sum(b) from nt;", true},
		{"select count(*) from nt where a > 0 and s is not null;", true},
		{"select f, count(*), sum(t) from nt group by f;", true},
		{"select s, count(*) from nt where a > 7 group by s having count(*) > 0;", true},
		{"select count(*) from nt where length(s) > 1;", false},
		{"select count(distinct a) from nt;", false},
		{"select sum(a) from nt;", false}, // MAX and MIN: a partial sum may overflow
		{"select avg(b) from nt;", true},  // 4 x 2^31 is below 2^53
		{"select f, avg(t), count(*) from nt group by f;", true},
		{"select avg(a) from nt;", false}, // beyond 2^53
		{"select d, count(*) from nt group by d;", false},
		{"select count(*) from pt;", false}, // partitioned
		// BIGINT overflow: the evaluator fails at MAX + 1, whatever SQLite's sum says.
		{"select g, sum(a) from big group by g;", false},
		{"select sum(a) from big where g = 'y';", true},
		// ORDER BY ... LIMIT: only the rows kept come into Go.
		{"select a, s from nt order by s desc limit 2;", true},
		{"select a, s from nt where a > -100 order by t nulls first, s limit 2 offset 1;", true},
		{"select a, s from nt order by d limit 2;", false},         // DOUBLE key
		{"select length(s), a from nt order by s limit 2;", false}, // a computed item
		{"select a, s from nt where length(s) > 0 order by s limit 2;", false},
		{"select a, s from pt order by s limit 2;", false}, // partitioned
		{"select a, s from nt where a < 0 order by s;", true},
	}
	for _, tc := range tests {
		off, on, read := bothWays(t, w, tc.query)
		if off != on {
			t.Errorf("%s\npushdown off:\n%s\npushdown on:\n%s", tc.query, off, on)
		}
		if pushed := read < 5 && !strings.Contains(tc.query, "big") || read == 0; pushed != tc.pushed {
			t.Errorf("%s: pushed %v (read %d of 5 rows), want %v", tc.query, pushed, read, tc.pushed)
		}
	}
}

// TestPushdownPruningForms runs statements that read columns in ways other
// than naming them (stars, struct(*), NATURAL JOIN, regular-expression
// columns) both ways: a column pruned wrongly would read as NULL.
func TestPushdownPruningForms(t *testing.T) {
	w, err := warehouse.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := run(w, `create table x (k bigint, a string, b bigint, c string);
insert into x values (1, 'a1', 10, 'c1'), (2, 'a2', 20, NULL), (3, NULL, 30, 'c3');
create table y (k bigint, b bigint, d string);
insert into y values (1, 10, 'd1'), (2, 21, 'd2'), (3, 30, 'd3');
create table z like y;`); err != nil {
		t.Fatal(err)
	}
	queries := []string{
		"select * from x where k > 1;",
		"select x.* from x join y on x.k = y.k;",
		"select * except (a) from x;",
		"select struct(*) from x;",
		"select to_json(struct(*)) from x where b > 10;",
		"select * from x natural join y;",
		"select k, d from x natural join y;",
		"select * from x join y using (k);",
		"select `(a|c)` from x;",
		"select `.*` from x where k < 3;",
		"select k, row_number() over (partition by c order by b) from x;",
		"select k, (select max(d) from y where y.k = x.k) from x;",
		"select k from x where exists (select 1 from y where y.b = x.b);",
		"select k, e from x lateral view explode(array(a, c)) t as e;",
		"with q as (select * from x) select a, c from q;",
		"select a from (select * from x) s order by a limit 2;",
		"select count(c), max(a) from x where b > 0;",
		"insert overwrite table z select k, b, c from x where a is not null; select * from z order by k, d;",
	}
	for _, q := range queries {
		if off, on, _ := bothWays(t, w, q); off != on {
			t.Errorf("%s\npushdown off:\n%s\npushdown on:\n%s", q, off, on)
		}
	}
}

// TestPushdownExplain checks that EXPLAIN says what goes to SQLite, and
// says nothing with pushdown off.
func TestPushdownExplain(t *testing.T) {
	w, err := warehouse.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := run(w, "create table t (a bigint, s string, d double);"); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ query, want string }{
		{"explain select s, count(*) from t where a > 1 group by s;", "Aggregate: group by s (pushed to the warehouse, with the Filter)"},
		{"explain select s, count(*) from t where a > 1 group by s;", "Scan: default.t (pushed to the warehouse: columns a, s; where a > 1)"},
		{"explain select a from t where a in (1, 2) and d > 0;", "Scan: default.t (pushed to the warehouse: columns a, d; where a IN (1, 2) IS NOT FALSE)"},
		{"explain select a, s from t where not (s <= 'x') order by s desc limit 3;", "Sort: s DESC (pushed to the warehouse, with the Limit)"},
		{"explain select a, s from t where not (s <= 'x') order by s desc limit 3;", "where NOT s <= 'x')"},
		{"explain select a from t order by d;", "Scan: default.t (pushed to the warehouse: columns a, d)\n"},
	}
	for _, tc := range tests {
		off, on, _ := bothWays(t, w, tc.query)
		if !strings.Contains(on, tc.want) {
			t.Errorf("%s\n%s\nwant %q in it", tc.query, on, tc.want)
		}
		if strings.Contains(off, "pushed") {
			t.Errorf("%s with pushdown off:\n%s", tc.query, off)
		}
	}
}
