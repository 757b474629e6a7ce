package warehouse_test

import (
	"fmt"
	"testing"

	"github.com/mcsql/mcsql/eval/warehouse"
)

// TestPruningReadsOnlyMatchingPartitions runs queries through a session
// over the SQLite warehouse and counts the rows its scans read.
func TestPruningReadsOnlyMatchingPartitions(t *testing.T) {
	w, err := warehouse.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := run(w, `create table logs (id bigint, msg string) partitioned by (ds string, hr bigint);
insert into logs partition (ds, hr)
  select id, concat('m', id), concat('2024010', id % 3), id % 2
  from (values (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) t(id);`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query, want string
		read        int64 // without pushdown
		pushed      int64 // with pushdown: SQLite drops the rows `id > 6` rejects
	}{
		{"select id from logs where ds = '20240101' order by id;", "id\n1\n4\n7\n10\n", 4, 4},
		{"select id from logs where ds = '20240101' and hr = 1 order by id;", "id\n1\n7\n", 2, 2},
		{"select count(*) from logs where ds in ('20240100', '20240102') and hr > 0;", "_c0\n4\n", 4, 4},
		{"select id from logs where substr(ds, 8) = '0' and id > 6 order by id;", "id\n9\n12\n", 4, 4}, // substr(...) comes first: nothing pushes
		// MAX_PT stops at the first row of the largest partition; it runs
		// twice, for the row filter and for the pruner.
		{"select count(*) from logs where ds = max_pt('logs');", "_c0\n4\n", 4 + 2, 4 + 2},
		{"select count(*) from logs where id > 6;", "_c0\n6\n", 12, 6},
	}
	for _, pushdown := range []bool{false, true} {
		for _, tc := range tests {
			want := tc.read
			if pushdown {
				want = tc.pushed
			}
			before := w.RowsRead()
			out, err := run(w, fmt.Sprintf("set odps.mcsql.pushdown=%v;\n%s", pushdown, tc.query))
			if err != nil || out != tc.want {
				t.Errorf("%s\n = %q, %v\nwant %q", tc.query, out, err, tc.want)
			}
			if got := w.RowsRead() - before; got != want {
				t.Errorf("pushdown %v: %s read %d rows, want %d", pushdown, tc.query, got, want)
			}
		}
	}
}
