package parser

import "testing"

func init() {
	fuzzSeeds = append(fuzzSeeds,
		"with a as (select 1 x), b (y) as (select x from a) select * from a join b on a.x = b.y;",
		"with a as (select 1) insert overwrite table t partition (p='1') select * from a;",
		"@t := with a as (select 1 as x) select x from a union all select 2 order by x limit 1;",
		"create table c as with a as (select 1 as x) select * from a;",
		"select (with a as (select 1 x) select x from a), 1 in (with b as (select 1) select * from b);",
		"with recursive r as (select 1) select * from r;",
	)
}

func TestWithClause(t *testing.T) {
	s, err := Parse("with a as (select 1 as x), `B` (y) as (select x from a) select * from b order by y limit 1;")
	if err != nil {
		t.Fatal(err)
	}
	q := s.Stmts[0].(*QueryStmt).Query
	if len(q.With) != 2 || q.With[0].Name != "a" || q.With[1].Name != "B" {
		t.Fatalf("With = %+v", q.With)
	}
	if got := q.With[1].Columns; len(got) != 1 || got[0] != "y" {
		t.Errorf("columns = %v, want [y]", got)
	}
	if q.Limit == nil || len(q.OrderBy) != 1 {
		t.Errorf("ORDER BY and LIMIT belong to the query after WITH: %+v", q)
	}
	ins, err := Parse("with a as (select 1 as x) insert into t select * from a;")
	if err != nil {
		t.Fatal(err)
	}
	if st := ins.Stmts[0].(*InsertStmt); len(st.Query.With) != 1 {
		t.Errorf("WITH before INSERT belongs to the INSERT's query: %+v", st.Query)
	}
}
