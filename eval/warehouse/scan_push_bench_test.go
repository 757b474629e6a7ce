package warehouse

import (
	"path/filepath"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// scanBenchRows is the row count of the scan benchmarks.
const scanBenchRows = 200_000

// BenchmarkScanRow reports the cost of one row read into Go (ns/row) from
// a 3-column table: every column (Scan), one column (ScanPushed), and
// no column with a filter that keeps 1% of the rows.
func BenchmarkScanRow(b *testing.B) {
	w, err := Open(filepath.Join(b.TempDir(), "scan.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	tx, err := w.Begin()
	if err != nil {
		b.Fatal(err)
	}
	if err := tx.CreateTable(benchTable(), false); err != nil {
		b.Fatal(err)
	}
	if _, err := tx.Insert("t", false, nil, benchSource(scanBenchRows)); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		scan func(tx eval.Tx, fn func([]eval.Value) error) error
	}{
		{"all-columns", func(tx eval.Tx, fn func([]eval.Value) error) error { return tx.Scan("t", fn) }},
		{"one-column", func(tx eval.Tx, fn func([]eval.Value) error) error {
			return tx.(eval.PushScanner).ScanPushed("t", nil, eval.ScanSpec{Columns: []int{0}}, fn)
		}},
		{"filtered-1pct", func(tx eval.Tx, fn func([]eval.Value) error) error {
			where := &eval.PushCond{Op: eval.PushCmp, Cmp: "<", Column: 0, Values: []eval.Value{int64(scanBenchRows / 100)}}
			return tx.(eval.PushScanner).ScanPushed("t", nil, eval.ScanSpec{Columns: []int{0}, Where: where}, fn)
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			tx, err := w.BeginRead()
			if err != nil {
				b.Fatal(err)
			}
			defer tx.Rollback()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := c.scan(tx, func([]eval.Value) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/scanBenchRows, "ns/table-row")
		})
	}
}
