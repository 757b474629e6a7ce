package tunnelwire

import (
	"bytes"
	"fmt"
	"io"
	"testing"
	"time"
)

// benchStream is 10,000 rows of a typical result: bigint, double, string,
// datetime, boolean, decimal, with some NULLs.
func benchStream(b *testing.B) ([]byte, []string, int) {
	types := []string{"bigint", "double", "string", "datetime", "boolean", "decimal(18,2)"}
	const n = 10000
	rows := make([][]any, n)
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range rows {
		var s any = fmt.Sprintf("name-%d", i)
		if i%10 == 0 {
			s = nil
		}
		rows[i] = []any{int64(i) * 7919, float64(i) / 3, s, t0.Add(time.Duration(i) * time.Second), i%2 == 0, fmt.Sprintf("%d.%02d", i, i%100)}
	}
	return encodeAll(b, types, rows), types, n
}

func BenchmarkDecoder(b *testing.B) {
	stream, types, n := benchStream(b)
	b.SetBytes(int64(len(stream)))
	b.ResetTimer()
	for b.Loop() {
		d, _ := NewDecoder(bytes.NewReader(stream), types)
		for {
			if _, err := d.Decode(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkEncoder(b *testing.B) {
	stream, types, n := benchStream(b)
	d, _ := NewDecoder(bytes.NewReader(stream), types)
	rows := make([][]any, 0, n)
	for {
		r, err := d.Decode()
		if err != nil {
			break
		}
		rows = append(rows, r)
	}
	b.SetBytes(int64(len(stream)))
	b.ResetTimer()
	for b.Loop() {
		e, _ := NewEncoder(io.Discard, types)
		for _, r := range rows {
			if err := e.Encode(r); err != nil {
				b.Fatal(err)
			}
		}
		e.Close()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
