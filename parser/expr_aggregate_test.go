package parser

import (
	"strings"
	"testing"
)

// dumpAggregateClauses renders a call's WITHIN GROUP and FILTER.
func dumpAggregateClauses(b *strings.Builder, e *Call) {
	if e.WithinGroup != nil {
		b.WriteString(" (within")
		for _, it := range e.WithinGroup {
			b.WriteString(" ")
			dumpTo(b, it.Expr)
			if it.Desc {
				b.WriteString(" desc")
			}
		}
		b.WriteString(")")
	}
	if e.Filter != nil {
		b.WriteString(" (filter ")
		dumpTo(b, e.Filter)
		b.WriteString(")")
	}
}

func TestAggregateClauses(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"filter", "sum(x) filter (where y > 1)", "(call sum x (filter (> y 1)))"},
		{"filter any case", "SUM(x) FILTER(WHERE y = 2)", "(call SUM x (filter (= y 2)))"},
		{"count star filter", "count(*) filter (where a)", "(call count * (filter a))"},
		{"within group", "wm_concat(',', y) within group (order by y desc, z asc, w)", `(call wm_concat "," y (within y desc z w))`},
		{"within group then filter", "collect_list(distinct x) WITHIN GROUP (ORDER BY x) filter (where x > 0)", "(call collect_list distinct x (within x) (filter (> x 0)))"},
		{"count all", "count(all x)", "(call count x)"},
		{"filter is an alias without (where", "sum(x) filter", "(call sum x)"},
		{"within is an alias without group", "sum(x) within", "(call sum x)"},
		{"scalar filter function still parses", "filter(a, x -> x > 1)", "(call filter a (lambda (x) (> x 1)))"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dump(parseExpr1(t, tc.src)); got != tc.want {
				t.Errorf("%s:\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

func TestAggregateClauseErrors(t *testing.T) {
	for _, src := range []string{
		"select sum(x) filter (where) from t;",
		"select sum(x) filter (where x > 1 from t;",
		"select wm_concat(',', y) within group (y) from t;",
		"select wm_concat(',', y) within group (order by) from t;",
		"select wm_concat(',', y) within group (order by y from t;",
	} {
		if _, err := Parse(src); err == nil {
			t.Errorf("Parse(%q) succeeded", src)
		} else if !strings.Contains(err.Error(), "ODPS-0130161") {
			t.Errorf("Parse(%q): %v, want a parse exception", src, err)
		}
	}
}
