package functions_test

import (
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// dateRows is how many rows the DATE_FORMAT benchmark's statement reads.
const dateRows = 1_000_000

// BenchmarkDateFormat compares DATE_FORMAT over a table variable of
// dateRows DATETIME values, through the evaluator's row path, with the
// bare Go call it wraps: time.Time.AppendFormat with the equivalent
// layout, with and without the string conversion every SQL result needs.
//
//	go test ./functions -run '^$' -bench DateFormat -benchmem
func BenchmarkDateFormat(b *testing.B) {
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b.Run("go-AppendFormat", func(b *testing.B) {
		buf := make([]byte, 0, 32)
		var sink string
		for b.Loop() {
			for i := range dateRows {
				t := base.Add(time.Duration(i) * time.Second)
				sink = string(t.AppendFormat(buf[:0], "2006-01-02 15:04:05"))
			}
		}
		_ = sink
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*dateRows), "ns/row")
	})
	b.Run("go-AppendFormat-bytes", func(b *testing.B) {
		buf := make([]byte, 0, 32)
		for b.Loop() {
			for i := range dateRows {
				t := base.Add(time.Duration(i) * time.Second)
				buf = t.AppendFormat(buf[:0], "2006-01-02 15:04:05")
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*dateRows), "ns/row")
	})
	b.Run("sql-date_format", func(b *testing.B) {
		s := eval.NewSession(eval.Config{Registry: functions.NewRegistry()})
		rows := make([][]eval.Value, dateRows)
		for i := range rows {
			rows[i] = []eval.Value{base.Add(time.Duration(i) * time.Second)}
		}
		s.SetTableVariable("t", []eval.Column{{Name: "d", Type: eval.DatetimeType}}, rows)
		query := "select date_format(d, 'yyyy-MM-dd HH:mi:ss') from @t;"
		for b.Loop() {
			n := 0
			if _, err := s.Query(query, func([]eval.Value) error { n++; return nil }); err != nil || n != dateRows {
				b.Fatalf("%d rows, %v", n, err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*dateRows), "ns/row")
	})
}
