package eval

import (
	"fmt"
	"testing"

	"github.com/mcsql/mcsql/parser"
)

const subquerySetup = `@o := select * from values (1, 10), (2, 20), (null, 30) o(k, v);
@i := select * from values (1, 10), (1, 11), (3, 30) i(k, v);`

// TestSubqueryPlans checks which plan of plan_subquery.go each form gets:
// the hash forms are what keeps big correlated subqueries from running
// once per outer row.
func TestSubqueryPlans(t *testing.T) {
	tests := []struct{ cond, plan string }{
		{"k in (select k from @i)", "*eval.semiProbe"},
		{"exists (select 1 from @i)", "*eval.semiProbe"},
		{"exists (select 1 from @i where i.k = o.k)", "*eval.semiProbe"},
		{"not exists (select 1 from @i where o.k = i.k and i.v > 5)", "*eval.notExpr"},
		{"v in (select v from @i where i.k = o.k)", "*eval.semiProbe"},
		{"k not in (select k from @i where i.v = o.v + 1)", "*eval.semiProbe"},
		{"(select count(*) from @i where i.k = o.k) > 0", "*eval.binaryExpr"},
		{"exists (select 1 from @i where i.k = o.k or i.v = o.v)", "*eval.correlatedExpr"},
		{"exists (select 1 from @i where i.k < o.k)", "*eval.correlatedExpr"},
		{"v in (select v + o.k from @i)", "*eval.correlatedExpr"},
		{"exists (select count(*) from @i where i.k = o.k)", "*eval.correlatedExpr"},
	}
	r := newTableRun()
	r.mustRun(t, subquerySetup)
	for _, tc := range tests {
		t.Run(tc.cond, func(t *testing.T) {
			x := compileWhere(t, r.s, "select * from @o where "+tc.cond+";")
			if got := fmt.Sprintf("%T", x); got != tc.plan {
				t.Errorf("plan %s, want %s", got, tc.plan)
			}
		})
	}
	// Under the NOT, a semiProbe.
	x := compileWhere(t, r.s, "select * from @o where not exists (select 1 from @i where o.k = i.k and i.v > 5);")
	if n, ok := x.(*notExpr); !ok || fmt.Sprintf("%T", n.x) != "*eval.semiProbe" {
		t.Errorf("NOT EXISTS correlated by equality: %#v, want NOT over a semiProbe", x)
	}
	// The aggregate's scalar subquery itself is a scalarProbe.
	x = compileWhere(t, r.s, "select * from @o where (select count(*) from @i where i.k = o.k) > 0;")
	if b, ok := x.(*binaryExpr); !ok || fmt.Sprintf("%T", b.l) != "*eval.scalarProbe" {
		t.Errorf("count(*) correlated by equality: %#v, want a scalarProbe operand", x)
	}
}

// compileWhere compiles the WHERE of a one-SELECT script.
func compileWhere(t *testing.T, s *Session, src string) expr {
	t.Helper()
	script, err := parser.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	sel := script.Stmts[0].(*parser.QueryStmt).Query.Body.(*parser.Select)
	rel, err := s.fromRelation(sel.From)
	if err != nil {
		t.Fatal(err)
	}
	x, err := (&compiler{s: s, sc: rel.sc}).expr(sel.Where)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestSubqueryResults runs each plan against the same answers.
func TestSubqueryResults(t *testing.T) {
	tests := []struct{ name, src, out string }{
		{"hash exists", "select k from @o where exists (select 1 from @i where i.k = o.k);", "k\n1\n"},
		{"per-row exists", "select k from @o where exists (select 1 from @i where i.k + 0 < o.k + 1 and i.k >= o.k);", "k\n1\n"},
		{"hash not in", "select k from @o where v not in (select v from @i where i.k = o.k);", "k\n2\n\n"},
		{"per-row not in", "select k from @o where v not in (select v from @i where i.k >= o.k and i.k <= o.k);", "k\n2\n\n"},
		{"grouped scalar", "select k, (select count(*) from @i where i.k = o.k) as n from @o;", "k,n\n1,2\n2,0\n,0\n"},
		{"per-row scalar", "select k, (select count(*) from @i where i.k >= o.k and i.k <= o.k) as n from @o;", "k,n\n1,2\n2,0\n,0\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, subquerySetup)
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
