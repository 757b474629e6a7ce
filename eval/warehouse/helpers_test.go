package warehouse

import (
	"bytes"
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// openMemory opens an in-memory warehouse closed at the end of the test.
func openMemory(t *testing.T, opts ...Option) *Warehouse {
	t.Helper()
	w, err := OpenMemory(opts...)
	if err != nil {
		t.Fatalf("OpenMemory: %v", err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// openFile opens a warehouse in a new temporary directory.
func openFile(t *testing.T, opts ...Option) (*Warehouse, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "default.db")
	w, err := Open(path, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { w.Close() })
	return w, path
}

func begin(t *testing.T, w *Warehouse) eval.Tx {
	t.Helper()
	tx, err := w.Begin()
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	t.Cleanup(func() { tx.Rollback() })
	return tx
}

// source streams fixed rows.
func source(rows [][]eval.Value) eval.RowSource {
	return func(yield func([]eval.Value) error) error {
		for _, r := range rows {
			if err := yield(r); err != nil {
				return err
			}
		}
		return nil
	}
}

// scanAll copies every row of a table.
func scanAll(t *testing.T, tx eval.Tx, name string) [][]eval.Value {
	t.Helper()
	var out [][]eval.Value
	err := tx.Scan(name, func(row []eval.Value) error {
		out = append(out, append([]eval.Value(nil), row...))
		return nil
	})
	if err != nil {
		t.Fatalf("Scan %s: %v", name, err)
	}
	return out
}

func mustCreate(t *testing.T, tx eval.Tx, info eval.TableInfo) {
	t.Helper()
	if err := tx.CreateTable(info, false); err != nil {
		t.Fatalf("CreateTable %s: %v", info.Name, err)
	}
}

func mustInsert(t *testing.T, tx eval.Tx, name string, overwrite bool, rows [][]eval.Value) {
	t.Helper()
	n, err := tx.Insert(name, overwrite, nil, source(rows))
	if err != nil {
		t.Fatalf("Insert %s: %v", name, err)
	}
	if n != int64(len(rows)) {
		t.Fatalf("Insert %s wrote %d rows, want %d", name, n, len(rows))
	}
}

// simpleTable is (id BIGINT, name STRING).
func simpleTable(name string) eval.TableInfo {
	return eval.TableInfo{Name: name, Columns: []eval.Column{{Name: "id", Type: eval.BigintType}, {Name: "name", Type: eval.StringType}}}
}

// sameValue compares values exactly: DECIMAL value and scale, NaN equal to
// NaN, -0 differs from 0, times by instant and location, nested values
// element by element.
func sameValue(a, b eval.Value) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case float64:
		y, ok := b.(float64)
		return ok && (math.Float64bits(x) == math.Float64bits(y) || math.IsNaN(x) && math.IsNaN(y))
	case eval.Decimal:
		y, ok := b.(eval.Decimal)
		return ok && x.Scale == y.Scale && x.Rat.Cmp(y.Rat) == 0
	case []byte:
		y, ok := b.([]byte)
		return ok && y != nil && bytes.Equal(x, y)
	case time.Time:
		y, ok := b.(time.Time)
		return ok && x.Equal(y) && y.Location() == time.UTC
	case []eval.Value:
		y, ok := b.([]eval.Value)
		return ok && sameRow(x, y)
	case *eval.Map:
		y, ok := b.(*eval.Map)
		return ok && sameRow(x.Keys, y.Keys) && sameRow(x.Values, y.Values)
	case *eval.Struct:
		y, ok := b.(*eval.Struct)
		return ok && sameRow(x.Fields, y.Fields)
	}
	return a == b
}

func sameRow(a, b []eval.Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameValue(a[i], b[i]) {
			return false
		}
	}
	return true
}

func sameRows(a, b [][]eval.Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameRow(a[i], b[i]) {
			return false
		}
	}
	return true
}
