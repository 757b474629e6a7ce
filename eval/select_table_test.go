package eval

import (
	"testing"
)

const selectSetup = `create table t (id bigint, name string, score double);
insert into t values (3, 'c', 2.5), (1, 'a', null), (2, 'b', 9.0), (4, null, 1.0);`

// TestSelectFromTables checks SELECT clauses over warehouse tables.
func TestSelectFromTables(t *testing.T) {
	tests := []struct{ name, src, out string }{
		{"star", "select * from t;", "id,name,score\n3,c,2.5\n1,a,\n2,b,9.0\n4,,1.0\n"},
		{"qualified star with alias", "select x.* from t x where x.id = 2;", "id,name,score\n2,b,9.0\n"},
		{"qualified by table name", "select t.name from t where t.id > 2;", "name\nc\n\n"},
		{"where with null", "select id from t where score > 2;", "id\n3\n2\n"},
		{"order ascending puts nulls first", "select id, score from t order by score;", "id,score\n1,\n4,1.0\n3,2.5\n2,9.0\n"},
		{"order descending puts nulls last", "select id, score from t order by score desc;", "id,score\n2,9.0\n3,2.5\n4,1.0\n1,\n"},
		{"order by output alias", "select id * -1 as neg from t order by neg;", "neg\n-4\n-3\n-2\n-1\n"},
		{"order by a column not selected", "select name from t order by id desc limit 2;", "name\n\nc\n"},
		{"limit", "select id from t limit 2;", "id\n3\n1\n"},
		{"limit 0", "select id from t limit 0;", "id\n"},
		{"distinct", "select distinct id > 2 as big from t;", "big\ntrue\nfalse\n"},
		{"union all", "select id from t where id < 2 union all select id from t where id < 3;", "id\n1\n1\n2\n"},
		{"union", "select id from t where id < 2 union select id from t where id < 3;", "id\n1\n2\n"},
		{"union of table and values", "select name from t where id = 1 union all select 'z';", "name\na\nz\n"},
		{"scalar subquery", "select id, (select max(score) from t) as top from t where id = 1;", "id,top\n1,9.0\n"},
		{"scalar subquery without rows is null", "select (select id from t where id > 100) as n;", "n\n\n"},
		{"in subquery", "select id from t where name in (select name from t where score > 2);", "id\n3\n2\n"},
		{"not in subquery with null", "select id from t where id not in (select id + 10 from t);", "id\n3\n1\n2\n4\n"},
		{"subquery in from", "select s.n from (select name as n, id from t where id > 1) s order by s.id;", "n\nb\nc\n\n"},
		{"table variable from a table", "@v := select id, name from t where id >= 3; select v.name from @v order by id;", "name\nc\n\n"},
		{"scalar from a one-row table variable", "@v := select name from t where id = 2; @n := (select * from @v); select @n;", "_c0\nb\n"},
		{"if over a table", "IF ((select count(*) from t) > 3) select 'many' as s; ELSE select 'few' as s;", "s\nmany\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, selectSetup)
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

// TestLimitStopsScan checks that a streaming LIMIT stops reading the table.
func TestLimitStopsScan(t *testing.T) {
	tests := []struct {
		src  string
		read int
	}{
		{"select id from t limit 1;", 1},
		{"select id from t where id > 1 limit 2;", 3},
		{"select id from t order by id limit 1;", 4},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, selectSetup)
			r.wh.RowsRead = 0
			if _, err := r.run(tc.src); err != nil {
				t.Fatal(err)
			}
			if r.wh.RowsRead != tc.read {
				t.Errorf("read %d rows, want %d", r.wh.RowsRead, tc.read)
			}
		})
	}
}

// TestQueryReadsTables checks Session.Query over tables outside a script:
// it reads through a transaction of its own and leaves none open.
func TestQueryReadsTables(t *testing.T) {
	r := newTableRun()
	r.mustRun(t, selectSetup)
	var ids []int64
	cols, err := r.s.Query("select id from t where score is not null order by id;", func(row []Value) error {
		ids = append(ids, row[0].(int64))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) != 1 || cols[0].Name != "id" || !cols[0].Type.Equal(BigintType) {
		t.Errorf("columns %v", cols)
	}
	if want := []int64{2, 3, 4}; len(ids) != 3 || ids[0] != want[0] || ids[1] != want[1] || ids[2] != want[2] {
		t.Errorf("ids %v, want %v", ids, want)
	}
	if r.wh.openTx != nil {
		t.Error("Query left a transaction open")
	}
	// The setup script's compile-only check read the warehouse too.
	if r.wh.Commits != 1 || r.wh.Rollbacks != 3 {
		t.Errorf("commits %d, rollbacks %d; want the setup script's commit, its check's read rollback and one read rollback each for compiling and scanning", r.wh.Commits, r.wh.Rollbacks)
	}
}
