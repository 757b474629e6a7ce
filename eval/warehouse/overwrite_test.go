package warehouse

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// numbered returns n rows (i, "n<i>") for i from 1.
func numbered(n int) [][]eval.Value {
	rows := make([][]eval.Value, n)
	for i := range rows {
		rows[i] = []eval.Value{int64(i + 1), fmt.Sprintf("n%d", i+1)}
	}
	return rows
}

// selfSource streams a Scan of table through fn, the way the evaluator
// runs INSERT ... SELECT ... FROM table.
func selfSource(tx eval.Tx, table string, fn func(row []eval.Value) ([]eval.Value, error)) eval.RowSource {
	return func(yield func([]eval.Value) error) error {
		return tx.Scan(table, func(row []eval.Value) error {
			out, err := fn(row)
			if err != nil {
				return err
			}
			return yield(out)
		})
	}
}

// storageTables counts the row tables in the database, to find leftovers.
func storageTables(t *testing.T, etx eval.Tx) int {
	t.Helper()
	var n int
	if err := etx.(*tx).tx.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 't\_%' ESCAPE '\'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestOverwriteWhileScanning(t *testing.T) {
	const n = 100 // several insert batches, so writes happen while the scan runs
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	mustInsert(t, tx, "t", false, numbered(n))
	src := selfSource(tx, "t", func(row []eval.Value) ([]eval.Value, error) {
		return []eval.Value{row[0].(int64) * 10, strings.ToUpper(row[1].(string))}, nil
	})
	got, err := tx.Insert("t", true, nil, src)
	if err != nil || got != n {
		t.Fatalf("Insert overwrite = %d, %v; want %d", got, err, n)
	}
	want := make([][]eval.Value, n)
	for i := range want {
		want[i] = []eval.Value{int64(10 * (i + 1)), fmt.Sprintf("N%d", i+1)}
	}
	if rows := scanAll(t, tx, "t"); !sameRows(rows, want) {
		t.Fatalf("after overwrite: %v", rows)
	}
	if s := storageTables(t, tx); s != 1 {
		t.Fatalf("%d row tables, want 1", s)
	}
}

func TestAppendWhileScanning(t *testing.T) {
	const n = 100
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	mustInsert(t, tx, "t", false, numbered(n))
	src := selfSource(tx, "t", func(row []eval.Value) ([]eval.Value, error) { return row, nil })
	got, err := tx.Insert("t", false, nil, src)
	if err != nil || got != n {
		t.Fatalf("Insert into t select from t = %d, %v; want %d", got, err, n)
	}
	want := append(numbered(n), numbered(n)...)
	if rows := scanAll(t, tx, "t"); !sameRows(rows, want) {
		t.Fatalf("after append: %d rows, want %d", len(rows), len(want))
	}
}

func TestNestedScans(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	mustInsert(t, tx, "t", false, numbered(3))
	var pairs []string
	err := tx.Scan("t", func(a []eval.Value) error {
		x := a[0].(int64)
		return tx.Scan("t", func(b []eval.Value) error {
			pairs = append(pairs, fmt.Sprint(x, b[0]))
			return nil
		})
	})
	want := []string{"1 1", "1 2", "1 3", "2 1", "2 2", "2 3", "3 1", "3 2", "3 3"}
	if err != nil || !reflect.DeepEqual(pairs, want) {
		t.Fatalf("self join = %v, %v; want %v", pairs, err, want)
	}
}

func TestFailingInsertChangesNothing(t *testing.T) {
	boom := errors.New("boom at row 50")
	for _, overwrite := range []bool{false, true} {
		t.Run(fmt.Sprint("overwrite=", overwrite), func(t *testing.T) {
			w := openMemory(t)
			tx := begin(t, w)
			mustCreate(t, tx, simpleTable("t"))
			mustInsert(t, tx, "t", false, numbered(60))
			src := selfSource(tx, "t", func(row []eval.Value) ([]eval.Value, error) {
				if row[0].(int64) == 50 {
					return nil, boom
				}
				return row, nil
			})
			n, err := tx.Insert("t", overwrite, nil, src)
			if err != boom || n != 0 {
				t.Fatalf("Insert = %d, %v; want 0 and the RowSource's own error", n, err)
			}
			if rows := scanAll(t, tx, "t"); !sameRows(rows, numbered(60)) {
				t.Fatalf("after the failed insert: %d rows", len(rows))
			}
			if s := storageTables(t, tx); s != 1 {
				t.Fatalf("%d row tables, want 1", s)
			}
			// The transaction goes on working.
			mustInsert(t, tx, "t", false, [][]eval.Value{{int64(61), "n61"}})
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// partitioned is (id BIGINT) PARTITIONED BY (ds STRING, hr BIGINT).
func partitioned() eval.TableInfo {
	return eval.TableInfo{Name: "p", Columns: []eval.Column{{Name: "id", Type: eval.BigintType}},
		PartitionColumns: []eval.Column{{Name: "ds", Type: eval.StringType}, {Name: "hr", Type: eval.BigintType}}}
}

func TestOverwritePartition(t *testing.T) {
	tests := []struct {
		name string
		spec map[string]eval.Value
		new  [][]eval.Value
		want [][]eval.Value
	}{
		{"one partition", map[string]eval.Value{"DS": "a", "hr": "8"},
			[][]eval.Value{{int64(9), "a", int64(8)}},
			[][]eval.Value{{int64(2), "a", int64(9)}, {int64(3), "b", int64(8)}, {int64(4), "c", int64(8)}, {int64(9), "a", int64(8)}}},
		{"empty static partition", map[string]eval.Value{"ds": "a", "hr": int64(9)},
			nil,
			[][]eval.Value{{int64(1), "a", int64(8)}, {int64(3), "b", int64(8)}, {int64(4), "c", int64(8)}}},
		// Dynamic partitions: only the partitions the rows carry are replaced.
		{"static prefix", map[string]eval.Value{"ds": "a"},
			[][]eval.Value{{int64(9), "a", int64(9)}, {int64(10), "a", int64(1)}},
			[][]eval.Value{{int64(1), "a", int64(8)}, {int64(3), "b", int64(8)}, {int64(4), "c", int64(8)}, {int64(9), "a", int64(9)}, {int64(10), "a", int64(1)}}},
		{"all dynamic", map[string]eval.Value{},
			[][]eval.Value{{int64(9), "b", int64(8)}, {int64(10), "z", int64(0)}},
			[][]eval.Value{{int64(1), "a", int64(8)}, {int64(2), "a", int64(9)}, {int64(4), "c", int64(8)}, {int64(9), "b", int64(8)}, {int64(10), "z", int64(0)}}},
		{"no rows, dynamic", map[string]eval.Value{},
			nil,
			[][]eval.Value{{int64(1), "a", int64(8)}, {int64(2), "a", int64(9)}, {int64(3), "b", int64(8)}, {int64(4), "c", int64(8)}}},
		{"whole table", nil,
			[][]eval.Value{{int64(9), "z", int64(0)}},
			[][]eval.Value{{int64(9), "z", int64(0)}}},
	}
	old := [][]eval.Value{{int64(1), "a", int64(8)}, {int64(2), "a", int64(9)}, {int64(3), "b", int64(8)}, {int64(4), "c", int64(8)}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := openMemory(t)
			tx := begin(t, w)
			mustCreate(t, tx, partitioned())
			mustInsert(t, tx, "p", false, old)
			n, err := tx.Insert("p", true, tc.spec, source(tc.new))
			if err != nil || n != int64(len(tc.new)) {
				t.Fatalf("Insert = %d, %v", n, err)
			}
			if rows := scanAll(t, tx, "p"); !sameRows(rows, tc.want) {
				t.Fatalf("rows = %v\nwant   %v", rows, tc.want)
			}
			if s := storageTables(t, tx); s != 1 {
				t.Fatalf("%d row tables, want 1", s)
			}
		})
	}
}

func TestBadPartitionValue(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, partitioned())
	_, err := tx.Insert("p", true, map[string]eval.Value{"hr": "eight"}, source(nil))
	want := "ODPS-0123091:Illegal type cast - in function cast, value 'eight' cannot be casted from String to Bigint"
	if errorText(err) != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
	_, err = tx.Insert("p", true, map[string]eval.Value{"hr": true}, source(nil))
	want = "ODPS-0121095:Invalid argument - partition column hr of table p: a Go bool value is not a BIGINT value"
	if errorText(err) != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
}

func TestRollbackKeepsOldData(t *testing.T) {
	w, _ := openFile(t)
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	mustCreate(t, tx, simpleTable("gone"))
	mustInsert(t, tx, "t", false, numbered(5))
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	tx2 := begin(t, w)
	mustInsert(t, tx2, "t", true, numbered(1))
	mustInsert(t, tx2, "t", false, numbered(3))
	if err := tx2.DropTable("gone", false); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, tx2, simpleTable("new"))
	if err := tx2.Rollback(); err != nil {
		t.Fatal(err)
	}
	tx3 := begin(t, w)
	if rows := scanAll(t, tx3, "t"); !sameRows(rows, numbered(5)) {
		t.Fatalf("after rollback: %v", rows)
	}
	if names, err := tx3.ListTables(); err != nil || !reflect.DeepEqual(names, []string{"gone", "t"}) {
		t.Fatalf("tables after rollback: %v, %v", names, err)
	}
}

func TestFinishedTransaction(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	const done = "the warehouse transaction has already been committed or rolled back"
	ops := map[string]func() error{
		"commit":   tx.Commit,
		"table":    func() error { _, err := tx.Table("t"); return err },
		"list":     func() error { _, err := tx.ListTables(); return err },
		"create":   func() error { return tx.CreateTable(simpleTable("u"), false) },
		"drop":     func() error { return tx.DropTable("t", false) },
		"truncate": func() error { return tx.TruncateTable("t") },
		"scan":     func() error { return tx.Scan("t", nil) },
		"insert":   func() error { _, err := tx.Insert("t", false, nil, source(nil)); return err },
	}
	for name, op := range ops {
		t.Run(name, func(t *testing.T) {
			if got := errorText(op()); got != done {
				t.Fatalf("error = %q, want %q", got, done)
			}
		})
	}
	t.Run("rollback", func(t *testing.T) {
		if err := tx.Rollback(); err != nil {
			t.Fatalf("Rollback after Commit = %v, want nil", err)
		}
	})
}
