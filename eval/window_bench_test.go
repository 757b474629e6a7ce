package eval

import (
	"testing"
)

// BenchmarkRowNumber measures the window operator: row_number() over
// (partition by k order by v) on 1,000,000 rows of a table variable (1,000
// partitions), summarized by max() so output costs nothing.
func BenchmarkRowNumber(b *testing.B) {
	const n = 1_000_000
	r := newTableRun()
	rows := make([][]Value, n)
	for i := range rows {
		rows[i] = []Value{int64(i % 1000), int64((i * 7919) % n)}
	}
	r.s.SetTableVariable("src", []Column{{"k", BigintType}, {"v", BigintType}}, rows)
	b.ResetTimer()
	for b.Loop() {
		if _, err := r.run("select max(rn) from (select row_number() over (partition by k order by v) rn from @src) t;"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n)/float64(b.N), "ns/row")
}
