package eval

import (
	"fmt"
	"testing"
)

// TestRowValuePlans checks the plan each row-value form gets: a list of
// rows becomes plain comparisons; a subquery a rowInExpr or rowEqExpr,
// read once into a hash set when uncorrelated.
func TestRowValuePlans(t *testing.T) {
	tests := []struct{ cond, plan string }{
		{"(k, v) in ((1, 10), (2, 20))", "*eval.logicExpr"},
		{"(k, v) not in ((1, 10))", "*eval.notExpr"},
		{"(k, v) = (1, 10)", "*eval.logicExpr"},
		{"(k, v) in (select k, v from @i)", "*eval.rowInExpr"},
		{"(k, v) in (select k, v from @i where i.k = o.k)", "*eval.rowInExpr"},
		{"(k, v) = (select k, v from @i where i.v = o.v)", "*eval.rowEqExpr"},
		{"(select k, v from @i where i.v = o.v) = (k, v)", "*eval.rowEqExpr"},
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
	x := compileWhere(t, r.s, "select * from @o where (k, v) in (select k, v from @i);")
	if q := x.(*rowInExpr).q; q.o != nil {
		t.Errorf("an uncorrelated subquery kept its link to the outer query")
	}
	x = compileWhere(t, r.s, "select * from @o where (k, v) in (select k, v from @i where i.k = o.k);")
	if q := x.(*rowInExpr).q; q.o == nil || len(q.outerKeys) != 1 {
		t.Errorf("a subquery correlated by an equality: link %v, %d keys; want a link and 1 key", q.o != nil, len(q.outerKeys))
	}
	x = compileWhere(t, r.s, "select * from @o where (k, v) in (select k, v from @i where i.k < o.k);")
	if q := x.(*rowInExpr).q; q.o == nil || q.outerKeys != nil {
		t.Errorf("a subquery correlated by an inequality: link %v, keys %d; want a link and no keys (a per-row run)", q.o != nil, len(q.outerKeys))
	}
}

// TestRowValueResults gives the hash set (uncorrelated) and the per-row
// run (correlated) the same questions, NULLs included.
func TestRowValueResults(t *testing.T) {
	tests := []struct{ name, src, out string }{
		{"hash in", "select k, (k, v) in (select k, v from @i) as r from @o;", "k,r\n1,true\n2,false\n,\n"},
		{"keyed in", "select k, (k, v) in (select k, v from @i where i.k = o.k) as r from @o;", "k,r\n1,true\n2,false\n,false\n"},
		{"keyed in with nulls", "select k, (k, v) in (select k, case when v = 11 then null else v end from @i where i.k = o.k and i.v > 10) as r from @o;", "k,r\n1,\n2,false\n,false\n"},
		{"per-row in", "select k, (k, v) in (select k, v from @i where i.v + 0 = i.v + o.v - o.v) as r from @o;", "k,r\n1,true\n2,false\n,\n"},
		{"hash not in", "select k, (k, v) not in (select k, v from @i) as r from @o;", "k,r\n1,false\n2,true\n,\n"},
		{"per-row not in", "select k, (k, v) not in (select k, v from @i where i.v + 0 = i.v + o.v - o.v) as r from @o;", "k,r\n1,false\n2,true\n,\n"},
		{"null in the subquery", "select k, (k, v) in (select k, cast(null as int) from @i) as r from @o;", "k,r\n1,\n2,false\n,\n"},
		{"equality", "select k, (k, v) = (select k, v from @i where i.v = o.v) as r from @o;", "k,r\n1,true\n2,\n,\n"},
		{"columns", "select k, (select k, v from @i where i.v = o.v + 1) as (ik, iv) from @o;", "k,ik,iv\n1,1,11\n2,,\n,,\n"},
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
