package eval

import (
	"bytes"
	"testing"
)

// rowsKept is a ResultWriter that keeps what it is given.
type rowsKept struct {
	cols []Column
	rows [][]Value
	ends int
}

func (r *rowsKept) Begin(cols []Column) error { r.cols = cols; return nil }
func (r *rowsKept) Row(row []Value) error {
	r.rows = append(r.rows, append([]Value(nil), row...))
	return nil
}
func (r *rowsKept) End() error { r.ends++; return nil }

// TestConfigResults: with Config.Results, a SELECT's typed rows go to the
// writer it makes, and nothing is printed.
func TestConfigResults(t *testing.T) {
	kept := &rowsKept{}
	var out bytes.Buffer
	s := NewSession(Config{Stdout: &out, Results: func() ResultWriter { return kept }})
	if err := s.Run("SELECT 1 AS a, 'x' AS b, NULL AS c;"); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 {
		t.Errorf("printed %q", out.String())
	}
	if len(kept.cols) != 3 || kept.cols[0].Name != "a" || kept.cols[0].Type.Kind != KindInt || kept.ends != 1 {
		t.Fatalf("columns %v, End called %d times", kept.cols, kept.ends)
	}
	if len(kept.rows) != 1 || kept.rows[0][0] != int64(1) || kept.rows[0][1] != "x" || kept.rows[0][2] != nil {
		t.Errorf("rows %v", kept.rows)
	}
}
