package functions_test

import (
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// BenchmarkLambdaRows runs lambda functions over a table variable of
// benchRows rows, each an ARRAY<BIGINT> of 10 elements, through the
// evaluator, and reports the cost per row. The lambda is compiled once per
// statement; per row it reuses its parameter cells.
//
//	go test ./functions -run '^$' -bench LambdaRows -benchmem
func BenchmarkLambdaRows(b *testing.B) {
	queries := map[string]string{
		"transform":    "select transform(a, x -> x * 2 + k) from @t;",
		"filter":       "select filter(a, x -> x > k) from @t;",
		"array_reduce": "select array_reduce(a, 0, (s, x) -> s + x, s -> s) from @t;",
		"array_sort":   "select array_sort(a, (l, r) -> r - l) from @t;",
	}
	for _, name := range []string{"transform", "filter", "array_reduce", "array_sort"} {
		b.Run(name, func(b *testing.B) {
			s := lambdaBenchSession()
			b.ResetTimer()
			for range b.N {
				n := 0
				if _, err := s.Query(queries[name], func([]eval.Value) error { n++; return nil }); err != nil || n != benchRows {
					b.Fatalf("%d rows, %v", n, err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchRows), "ns/row")
		})
	}
}

func lambdaBenchSession() *eval.Session {
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry()})
	rows := make([][]eval.Value, benchRows)
	for i := range rows {
		a := make([]eval.Value, 10)
		for j := range a {
			a[j] = int64((i + j*7) % 13)
		}
		rows[i] = []eval.Value{a, int64(i % 5)}
	}
	s.SetTableVariable("t", []eval.Column{{Name: "a", Type: eval.ArrayOf(eval.BigintType)}, {Name: "k", Type: eval.BigintType}}, rows)
	return s
}
