package eval

import (
	"strconv"
	"testing"
)

// sortBenchRows is the number of rows the sort benchmarks order.
const sortBenchRows = 1_000_000

// sortBenchSession is a session with @src, sortBenchRows rows of (id
// bigint, x bigint, tel string) in a scattered order: x has 100,000
// distinct values (ties), tel is an 11-digit phone number.
func sortBenchSession(b *testing.B) *Session {
	b.Helper()
	rows := make([][]Value, sortBenchRows)
	for i := range rows {
		h := uint64(i)*0x9E3779B97F4A7C15 + 12345
		h ^= h >> 29
		rows[i] = []Value{int64(i), int64(h % 100_000), "139" + strconv.FormatUint(10_000_000+h%90_000_000, 10)}
	}
	s := NewSession(Config{})
	s.SetTableVariable("src", []Column{{Name: "id", Type: BigintType}, {Name: "x", Type: BigintType}, {Name: "tel", Type: StringType}}, rows)
	return s
}

// benchSortQuery runs query over @src each iteration, dropping its rows.
func benchSortQuery(b *testing.B, query string) {
	s := sortBenchSession(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Query(query, func([]Value) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(sortBenchRows)/float64(b.N), "ns/row")
}

// BenchmarkTopNInt is `order by x limit 10` over 1,000,000 rows.
//
//	go test ./eval -run '^$' -bench 'TopN|Sort' -benchmem
func BenchmarkTopNInt(b *testing.B) {
	benchSortQuery(b, "select id, x from @src order by x limit 10;")
}

// BenchmarkTopNString is `order by tel limit 10` over 1,000,000 rows.
func BenchmarkTopNString(b *testing.B) {
	benchSortQuery(b, "select id, tel from @src order by tel limit 10;")
}

// BenchmarkTopNOffset is `order by x desc, id limit 10 offset 1000`.
func BenchmarkTopNOffset(b *testing.B) {
	benchSortQuery(b, "select id, x from @src order by x desc, id limit 10 offset 1000;")
}

// BenchmarkSortInt is a full `order by x` of 1,000,000 rows.
func BenchmarkSortInt(b *testing.B) {
	benchSortQuery(b, "select id, x from @src order by x;")
}

// BenchmarkSortString is a full `order by tel` of 1,000,000 rows.
func BenchmarkSortString(b *testing.B) {
	benchSortQuery(b, "select id, tel from @src order by tel;")
}

// BenchmarkSortTwoKeys is a full `order by x desc, id` of 1,000,000 rows.
func BenchmarkSortTwoKeys(b *testing.B) {
	benchSortQuery(b, "select id, x from @src order by x desc, id;")
}
