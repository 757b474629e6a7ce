package parser

import (
	"strings"
	"testing"
)

// dumpGroupingSets prints a grouping-sets GROUP BY for the dump tests.
func dumpGroupingSets(b *strings.Builder, g *GroupingSets) {
	dumpList(b, "groupingsets", g.Elements)
}

func dumpGroupingElement(b *strings.Builder, el *GroupingElement) {
	if el.Kind == GroupingList {
		dumpList(b, "set", el.Exprs)
		return
	}
	dumpList(b, strings.ToLower(el.Kind), el.Items)
}

func TestGroupingSets(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"hive form", "select a from t group by a, b grouping sets ((a, b), a, ());",
			"(select a (from (table t)) (groupby a b) (groupingsets (sets (set a b) (set a) (set))))"},
		{"standard", "select a from t group by grouping sets ((os, device), (city), ());",
			"(select a (from (table t)) (groupingsets (sets (set os device) (set city) (set))))"},
		{"cube rollup", "select a from t group by a, cube((b, c), d), rollup(e) having count(*) > 1;",
			"(select a (from (table t)) (having (> (call count *) 1)) (groupingsets (set a) (cube (set b c) (set d)) (rollup (set e))))"},
		{"nested", "select 1 from t group by grouping sets ((b), rollup(a, b), cube(c), grouping sets (d));",
			"(select 1 (from (table t)) (groupingsets (sets (set b) (rollup (set a) (set b)) (cube (set c)) (sets (set d)))))"},
		{"parenthesized expression", "select 1 from t group by rollup((a + b) * 2, (c));",
			"(select 1 (from (table t)) (groupingsets (rollup (set (* (+ a b) 2)) (set c))))"},
		{"plain stays plain", "select 1 from t group by a, (b), c + 1;",
			"(select 1 (from (table t)) (groupby a b (+ c 1)))"},
		{"names, not keywords", "select cube, rollup, sets, grouping from t group by cube, rollup, grouping;",
			"(select cube rollup sets grouping (from (table t)) (groupby cube rollup grouping))"},
		{"call named like a keyword", "select 1 from t group by cube (a), rollup(b) order by 1;",
			"(query (select 1 (from (table t)) (groupingsets (cube (set a)) (rollup (set b)))) (orderby (order 1)))"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if got := dump(s.Stmts[0].(*QueryStmt).Query); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestGroupingSetsErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"select 1 from t group by grouping sets (a;", "[1,42] unexpected ';', expected ')'"},
		{"select 1 from t group by cube();", "[1,31] unexpected ')', expected an expression"},
		{"select 1 from t group by a, cube(b) grouping sets ((a));", "[1,37] GROUPING SETS after the GROUP BY keys needs plain keys"},
		{"select 1 from t group by rollup(a, (b, );", "[1,40] unexpected ')', expected an expression"},
		{"select 1 from t group by grouping sets ();", "[1,41] unexpected ')', expected an expression"},
	}
	for _, tc := range tests {
		_, err := Parse(tc.src)
		want := strings.Replace(tc.want, "] ", "] Parse exception - ", 1)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %s", tc.src, err, tc.want)
		}
	}
}
