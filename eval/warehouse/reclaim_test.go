package warehouse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// padded returns n rows (i, 200 characters) for i from 1: enough rows to
// fill a few megabytes of pages.
func padded(n int) [][]eval.Value {
	rows := make([][]eval.Value, n)
	pad := strings.Repeat("x", 200)
	for i := range rows {
		rows[i] = []eval.Value{int64(i + 1), fmt.Sprintf("%d%s", i, pad)}
	}
	return rows
}

// fileSize runs one committed transaction on the warehouse file at path
// and returns the file's size after closing it (closing moves the
// write-ahead log into the file, as the end of an mcsql run does).
func fileSize(t *testing.T, path string, fn func(tx eval.Tx)) int64 {
	t.Helper()
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := w.Begin()
	if err != nil {
		t.Fatal(err)
	}
	fn(tx)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Fatal("the write-ahead log outlived the warehouse: the size measured would not be the file's")
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// TestSpaceGivenBack: DROP and TRUNCATE give the file's space back, and
// repeated INSERT OVERWRITEs reuse the pages the previous one freed
// (issue 14's target: three overwrites within 1.3x of the first's size).
func TestSpaceGivenBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "default.db")
	const n = 20000
	loaded := fileSize(t, path, func(tx eval.Tx) {
		mustCreate(t, tx, simpleTable("t"))
		mustInsert(t, tx, "t", false, padded(n))
	})
	overwrite := func(tx eval.Tx) { mustInsert(t, tx, "t", true, padded(n)) }
	first := fileSize(t, path, overwrite)
	fileSize(t, path, overwrite)
	third := fileSize(t, path, overwrite)
	if float64(third) > 1.3*float64(first) {
		t.Errorf("three overwrites grew the file from %d to %d bytes (more than 1.3x)", first, third)
	}
	truncated := fileSize(t, path, func(tx eval.Tx) {
		if err := tx.TruncateTable("t"); err != nil {
			t.Fatal(err)
		}
	})
	if truncated > loaded/10 {
		t.Errorf("TRUNCATE left the file at %d bytes; loaded it was %d", truncated, loaded)
	}
	fileSize(t, path, func(tx eval.Tx) { mustInsert(t, tx, "t", false, padded(n)) })
	dropped := fileSize(t, path, func(tx eval.Tx) {
		if err := tx.DropTable("t", false); err != nil {
			t.Fatal(err)
		}
	})
	if dropped > loaded/10 {
		t.Errorf("DROP TABLE left the file at %d bytes; loaded it was %d", dropped, loaded)
	}
}
