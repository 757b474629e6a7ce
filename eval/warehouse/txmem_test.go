package warehouse

import (
	"runtime"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// A script is one transaction, and database/sql keeps every statement a
// transaction prepares until it ends: a warehouse transaction that
// prepared a statement per INSERT, scan and partition delete held memory
// in proportion to a script's statements (issue 11 item 4). It holds none.
func TestTxHoldsNothingPerStatement(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, eval.TableInfo{Name: "t", Columns: []eval.Column{{Name: "a", Type: eval.BigintType}}})
	mustCreate(t, tx, eval.TableInfo{Name: "p", Columns: []eval.Column{{Name: "a", Type: eval.BigintType}},
		PartitionColumns: []eval.Column{{Name: "ds", Type: eval.StringType}}})
	parts := []string{"x", "y", "z"}
	statements := func(n int) {
		for i := range n {
			row := [][]eval.Value{{int64(i)}}
			if _, err := tx.Insert("t", false, nil, source(row)); err != nil {
				t.Fatal(err)
			}
			part := map[string]eval.Value{"ds": parts[i%3]}
			prow := [][]eval.Value{{int64(i), parts[i%3]}}
			if _, err := tx.Insert("p", true, part, source(prow)); err != nil {
				t.Fatal(err)
			}
			if err := tx.Scan("p", func([]eval.Value) error { return nil }); err != nil {
				t.Fatal(err)
			}
		}
	}
	statements(100) // the table caches, the statements that are kept
	base := heapInuse()
	const n = 10_000
	statements(n)
	grew := max(heapInuse(), base) - base
	t.Logf("the heap grew %d bytes over %d rounds of 3 statements", grew, n)
	if grew > 100*n {
		t.Errorf("the heap grew %d bytes (%d a round) over %d rounds of INSERT, INSERT OVERWRITE PARTITION and SELECT; want at most %d",
			grew, grew/n, n, 100*n)
	}
}

func heapInuse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}
