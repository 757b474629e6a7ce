package warehouse

import (
	"strconv"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// benchRows is the row count of the insert benchmarks: the issue's
// million-row table.
const benchRows = 1_000_000

// benchTable is (id BIGINT, name STRING, tel BINARY).
func benchTable() eval.TableInfo {
	return eval.TableInfo{Name: "t", Columns: []eval.Column{
		{Name: "id", Type: eval.BigintType}, {Name: "name", Type: eval.StringType}, {Name: "tel", Type: eval.BinaryType},
	}}
}

// benchSource yields n rows of (BIGINT, STRING, 60-byte BINARY), the shape
// of the encrypted table of the benchmark.
func benchSource(n int) eval.RowSource {
	names := make([]string, 1000)
	for i := range names {
		names[i] = "name" + strconv.Itoa(i)
	}
	tel := make([]byte, 60)
	for i := range tel {
		tel[i] = byte(i * 7)
	}
	return func(yield func([]eval.Value) error) error {
		row := make([]eval.Value, 3)
		for i := 0; i < n; i++ {
			row[0], row[1], row[2] = int64(i), names[i%len(names)], tel
			if err := yield(row); err != nil {
				return err
			}
		}
		return nil
	}
}

// BenchmarkInsert1M writes 1,000,000 rows through Insert into a file
// warehouse and commits; it reports rows/s.
func BenchmarkInsert1M(b *testing.B) {
	for range b.N {
		b.StopTimer()
		w, err := Open(b.TempDir() + "/bench.db")
		if err != nil {
			b.Fatal(err)
		}
		tx, err := w.Begin()
		if err != nil {
			b.Fatal(err)
		}
		if err := tx.CreateTable(benchTable(), false); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		n, err := tx.Insert("t", false, nil, benchSource(benchRows))
		if err != nil || n != benchRows {
			b.Fatalf("Insert: %d rows, %v", n, err)
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		w.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(benchRows*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkOverwriteSelf1M is the storage side of the benchmark:
// INSERT OVERWRITE of a 1,000,000-row table from a Scan of itself.
func BenchmarkOverwriteSelf1M(b *testing.B) {
	w, err := Open(b.TempDir() + "/bench.db")
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
	if _, err := tx.Insert("t", false, nil, benchSource(benchRows)); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		tx, err := w.Begin()
		if err != nil {
			b.Fatal(err)
		}
		self := func(yield func([]eval.Value) error) error { return tx.Scan("t", yield) }
		if n, err := tx.Insert("t", true, nil, self); err != nil || n != benchRows {
			b.Fatalf("Insert: %d rows, %v", n, err)
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchRows*b.N)/b.Elapsed().Seconds(), "rows/s")
}
