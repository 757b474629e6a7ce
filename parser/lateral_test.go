package parser

import (
	"strings"
	"testing"
)

// TestLateralView checks how LATERAL VIEW clauses wrap their FROM item,
// the first innermost, and how AS (a, b) lowers.
func TestLateralView(t *testing.T) {
	s, err := Parse("select c from t x lateral view outer explode(a) v as c lateral view posexplode(b) w as p, q join u on c = u.c;")
	if err != nil {
		t.Fatal(err)
	}
	sel := s.Stmts[0].(*QueryStmt).Query.Body.(*Select)
	j, ok := sel.From.(*Join)
	if !ok {
		t.Fatalf("FROM is %T, want *Join", sel.From)
	}
	outer, ok := j.Left.(*LateralView)
	if !ok || outer.Func.Name != "posexplode" || outer.Alias != "w" || strings.Join(outer.Columns, ",") != "p,q" || outer.Outer {
		t.Fatalf("second lateral view: %+v", j.Left)
	}
	inner, ok := outer.Source.(*LateralView)
	if !ok || inner.Func.Name != "explode" || !inner.Outer || inner.Alias != "v" {
		t.Fatalf("first lateral view: %+v", outer.Source)
	}
	if tn, ok := inner.Source.(*TableName); !ok || tn.Alias != "x" {
		t.Fatalf("source: %+v", inner.Source)
	}

	s, err = Parse("select explode(m) as (k, v) from t; select explode(a) as `col` from t; select 1 lateral from t;")
	if err != nil {
		t.Fatal(err)
	}
	items := func(i int) *SelectItem { return s.Stmts[i].(*QueryStmt).Query.Body.(*Select).Items[0] }
	if got := strings.Join(items(0).Columns, ","); got != "k,v" || items(0).Alias != "" {
		t.Errorf("AS (k, v): columns %q alias %q", got, items(0).Alias)
	}
	if items(1).Columns != nil || items(1).Alias != "col" {
		t.Errorf("AS `col`: columns %q alias %q", items(1).Columns, items(1).Alias)
	}
	if items(2).Alias != "lateral" {
		t.Errorf("lateral as an alias: %q", items(2).Alias)
	}
}

func TestLateralViewErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"select * from t lateral view explode(a) as c;", "[1,17] Parse exception - LATERAL VIEW explode(...) needs a table alias before AS"},
		{"select * from t lateral view explode(a) v;", "[1,17] Parse exception - LATERAL VIEW explode(...) v needs its column names"},
		{"select * from t lateral view explode(a) v as;", "expected a name"},
		{"select * from t lateral view a v as c;", "LATERAL VIEW needs a table-generating function call"},
		{"select * from t lateral view count(*) v as c;", "LATERAL VIEW needs a table-generating function call"},
		{"select explode(a) as () from t;", "expected a name"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tt.src, err, tt.want)
		}
	}
}
