package eval

import (
	"strconv"
	"testing"
)

// BenchmarkInsertOverwriteSelf measures the evaluator's share of
// `insert overwrite table t select ... from t` over the in-memory
// warehouse: scan, projection, conversion and the row source.
func BenchmarkInsertOverwriteSelf(b *testing.B) {
	const n = 100_000
	r := newTableRun()
	rows := make([][]Value, n)
	for i := range rows {
		rows[i] = []Value{int64(i), "name" + strconv.Itoa(i), "139" + strconv.Itoa(10000000+i)}
	}
	r.s.SetTableVariable("src", []Column{{"id", BigintType}, {"name", StringType}, {"tel", StringType}}, rows)
	if _, err := r.run("create table t (id bigint, name string, tel string); insert into t select * from @src;"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := r.run("insert overwrite table t select id, name, tel || '' from t where id >= 0;"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
