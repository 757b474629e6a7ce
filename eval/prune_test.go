package eval

import (
	"fmt"
	"strings"
	"testing"
)

// TestPartitionPruning checks both the result and how many rows the scan
// read: 4 partitions (ds 1..2 × hr 0..1) of 5 rows each.
func TestPartitionPruning(t *testing.T) {
	r := newTableRun()
	r.mustRun(t, "create table p (id bigint, v string) partitioned by (ds string, hr bigint);")
	var b strings.Builder
	id := 0
	for _, ds := range []string{"20240101", "20240102"} {
		for hr := range 2 {
			fmt.Fprintf(&b, "insert into p partition (ds='%s', hr=%d) values ", ds, hr)
			for k := range 5 {
				if k > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "(%d, 'x%d')", id, id)
				id++
			}
			b.WriteString(";\n")
		}
	}
	r.mustRun(t, b.String())
	r.mustRun(t, "alter table p add partition (ds='20240103', hr=0);")
	tests := []struct {
		where string
		rows  int // rows the query returns
		read  int // rows the scan reads
	}{
		{"ds = '20240101'", 10, 10},
		{"ds = '20240101' and hr = 1", 5, 5},
		{"hr = 1 and id >= 0", 10, 10},
		{"ds in ('20240102', 'nope')", 10, 10},
		{"ds between '20240102' and '20240109'", 10, 10},
		{"ds > '20240101' or hr < 1", 15, 15},
		{"not (ds < '20240102')", 10, 10},
		{"ds = '20240103'", 0, 0},
		{"hr + 1 = 2", 10, 10},
		{"id < 3", 3, 20},                      // a data column: no pruning
		{"ds = '20240101' or id = 12", 11, 20}, // one conjunct reading both
		{"ds = (select '20240101')", 10, 20},   // subqueries are not pruned
		{"cast(ds as bigint) = 20240102", 10, 10},
	}
	for _, tc := range tests {
		t.Run(tc.where, func(t *testing.T) {
			before := r.wh.RowsRead
			out, err := r.run("select id from p where " + tc.where + ";")
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(out, "\n") - 1; got != tc.rows {
				t.Errorf("%d rows, want %d:\n%s", got, tc.rows, out)
			}
			if got := r.wh.RowsRead - before; got != tc.read {
				t.Errorf("read %d rows, want %d", got, tc.read)
			}
		})
	}
}

// TestPruningInsideInsert prunes the scan of INSERT ... SELECT and of a
// table read twice.
func TestPruningInsideInsert(t *testing.T) {
	r := newTableRun()
	r.mustRun(t, `create table p (id bigint) partitioned by (ds string);
insert into p partition (ds='a') values (1), (2);
insert into p partition (ds='b') values (3);
create table q (id bigint) partitioned by (ds string);`)
	before := r.wh.RowsRead
	r.mustRun(t, "insert overwrite table q partition (ds) select id, ds from p where ds = 'b';")
	if got := r.wh.RowsRead - before; got != 1 {
		t.Fatalf("read %d rows, want 1", got)
	}
	out, err := r.run("select * from q;")
	if err != nil || out != "id,ds\n3,b\n" {
		t.Fatalf("q = %q, %v", out, err)
	}
}
