package parser

import "testing"

func TestFromFirstSelect(t *testing.T) {
	s, err := Parse("from t where a > 1 group by a having count(*) > 1 select a, count(*) order by a limit 5;")
	if err != nil {
		t.Fatal(err)
	}
	q := s.Stmts[0].(*QueryStmt).Query
	sel, ok := q.Body.(*Select)
	if !ok || sel.From == nil || sel.Where == nil || len(sel.GroupBy) != 1 || sel.Having == nil || len(sel.Items) != 2 {
		t.Fatalf("FROM ... SELECT lowers to one Select with every clause: %+v", q.Body)
	}
	if q.Limit == nil || len(q.OrderBy) != 1 {
		t.Errorf("ORDER BY and LIMIT belong to the query: %+v", q)
	}
}

func TestMultiInsert(t *testing.T) {
	s, err := Parse("from src insert overwrite table a partition (p='1') select k where v > 1 insert into b select k, v zorder by k;")
	if err != nil {
		t.Fatal(err)
	}
	m, ok := s.Stmts[0].(*MultiInsertStmt)
	if !ok || len(m.Inserts) != 2 {
		t.Fatalf("got %T %+v", s.Stmts[0], s.Stmts[0])
	}
	for i, in := range m.Inserts {
		sel := in.Query.Body.(*Select)
		if sel.From == nil {
			t.Errorf("insert %d: the shared FROM was not given to its SELECT", i)
		}
	}
	if !m.Inserts[0].Overwrite || m.Inserts[1].Overwrite || m.Inserts[0].Table != "a" || m.Inserts[1].Table != "b" {
		t.Errorf("inserts = %+v, %+v", m.Inserts[0], m.Inserts[1])
	}
	if m.Inserts[0].Query.Body.(*Select).Where == nil || len(m.Inserts[1].ZOrder) != 1 {
		t.Errorf("each INSERT keeps its own WHERE and ZORDER BY")
	}
}
