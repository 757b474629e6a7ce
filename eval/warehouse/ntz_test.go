package warehouse

import (
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// TestTimestampNTZColumn stores TIMESTAMP_NTZ values, nanoseconds
// included, and reads them back after reopening the file.
func TestTimestampNTZColumn(t *testing.T) {
	w, path := openFile(t)
	info := eval.TableInfo{Name: "ntz", Columns: []eval.Column{
		{Name: "b", Type: eval.TimestampNTZType},
		{Name: "l", Type: eval.ArrayOf(eval.TimestampNTZType)},
	}}
	rows := [][]eval.Value{
		{ts("1970-01-01 00:00:00"), []eval.Value{ts("2025-03-27 15:39:40.123456789"), nil}},
		{ts("9999-12-31 23:59:59.999999999"), nil},
		{nil, []eval.Value{}},
	}
	tx := begin(t, w)
	mustCreate(t, tx, info)
	mustInsert(t, tx, "ntz", false, rows)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	w2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	tx2 := begin(t, w2)
	got := scanAll(t, tx2, "ntz")
	if len(got) != len(rows) {
		t.Fatalf("got %d rows, want %d", len(got), len(rows))
	}
	for r := range rows {
		for c := range rows[r] {
			if !sameValue(rows[r][c], got[r][c]) {
				t.Errorf("row %d column %d: got %#v, want %#v", r, c, got[r][c], rows[r][c])
			}
		}
	}
	table, err := tx2.Table("ntz")
	if err != nil {
		t.Fatal(err)
	}
	if !table.Columns[0].Type.Equal(eval.TimestampNTZType) {
		t.Errorf("column type %s, want TIMESTAMP_NTZ", table.Columns[0].Type)
	}
}
