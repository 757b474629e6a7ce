package warehouse

import (
	"fmt"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func partNames(t *testing.T, tx eval.Tx, name string) string {
	t.Helper()
	parts, err := tx.Partitions(name)
	if err != nil {
		t.Fatalf("Partitions %s: %v", name, err)
	}
	info, err := tx.Table(name)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range parts {
		out = append(out, eval.PartitionName(info.PartitionColumns, p))
	}
	return fmt.Sprint(out)
}

func TestPartitionCatalog(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, partitioned())
	mustInsert(t, tx, "p", false, [][]eval.Value{{int64(1), "b", int64(10)}, {int64(2), "b", int64(9)}, {int64(3), "a", int64(1)}})
	if got := partNames(t, tx, "p"); got != "[ds=a/hr=1 ds=b/hr=10 ds=b/hr=9]" {
		t.Fatalf("partitions after INSERT = %s", got)
	}
	if err := tx.AddPartitions("p", [][]eval.Value{{"c", int64(0)}, {"a", int64(1)}}, true); err != nil {
		t.Fatal(err)
	}
	err := tx.AddPartitions("p", [][]eval.Value{{"c", int64(0)}}, false)
	if want := "ODPS-0130071:Semantic analysis exception - partition ds=c/hr=0 of table p already exists; ADD IF NOT EXISTS PARTITION skips existing partitions"; errorText(err) != want {
		t.Fatalf("adding an existing partition: %v", err)
	}
	err = tx.AddPartitions("p", [][]eval.Value{{"x/y", int64(0)}}, false)
	if want := `ODPS-0123031:Partition exception - invalid partition value: ds=x/y/hr=0 (a partition value is ASCII letters, digits, spaces and punctuation other than / = , ' " \ (no control or double-byte characters))`; errorText(err) != want {
		t.Fatalf("adding a bad partition: %v", err)
	}
	if got := partNames(t, tx, "p"); got != "[ds=a/hr=1 ds=b/hr=10 ds=b/hr=9 ds=c/hr=0]" {
		t.Fatalf("partitions after ADD = %s", got)
	}
	if err := tx.DropPartitions("p", [][]eval.Value{{"b", int64(10)}, {"c", int64(0)}}); err != nil {
		t.Fatal(err)
	}
	err = tx.DropPartitions("p", [][]eval.Value{{"a", int64(1)}, {"zz", int64(0)}})
	if want := "ODPS-0130071:Semantic analysis exception - partition not found: ds=zz/hr=0 of table p"; errorText(err) != want {
		t.Fatalf("dropping a missing partition: %v", err)
	}
	// The failed DROP changed nothing, not even its first partition.
	if got := partNames(t, tx, "p"); got != "[ds=a/hr=1 ds=b/hr=9]" {
		t.Fatalf("partitions after DROP = %s", got)
	}
	want := [][]eval.Value{{int64(2), "b", int64(9)}, {int64(3), "a", int64(1)}}
	if got := scanAll(t, tx, "p"); !sameRows(got, want) {
		t.Fatalf("rows after DROP = %v", got)
	}
	if err := tx.TruncatePartitions("p", [][]eval.Value{{"a", int64(1)}}); err != nil {
		t.Fatal(err)
	}
	if got := partNames(t, tx, "p"); got != "[ds=a/hr=1 ds=b/hr=9]" {
		t.Fatalf("partitions after TRUNCATE = %s", got)
	}
	if err := tx.DropTable("p", false); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, tx, partitioned())
	if got := partNames(t, tx, "p"); got != "[]" {
		t.Fatalf("partitions of a new table of the same name = %s", got)
	}
}

func TestPartitionErrorsOnPlainTable(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, eval.TableInfo{Name: "plain", Columns: []eval.Column{{Name: "id", Type: eval.BigintType}}})
	want := "ODPS-0130071:Semantic analysis exception - table plain is not partitioned"
	for _, err := range []error{
		tx.AddPartitions("plain", [][]eval.Value{{"a"}}, false),
		tx.DropPartitions("plain", [][]eval.Value{{"a"}}),
		tx.ScanPartitions("plain", [][]eval.Value{{"a"}}, nil),
	} {
		if errorText(err) != want {
			t.Fatalf("error = %v, want %s", err, want)
		}
	}
}

func TestScanPartitionsReadsOnlyThem(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, partitioned())
	var rows [][]eval.Value
	for i := range 100 {
		rows = append(rows, []eval.Value{int64(i), fmt.Sprint("d", i%10), int64(i % 3)})
	}
	mustInsert(t, tx, "p", false, rows)
	before := w.RowsRead()
	var got [][]eval.Value
	err := tx.ScanPartitions("p", [][]eval.Value{{"d3", int64(0)}, {"d7", int64(1)}, {"nope", int64(0)}}, func(row []eval.Value) error {
		got = append(got, append([]eval.Value(nil), row...))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]eval.Value{{int64(3), "d3", int64(0)}, {int64(33), "d3", int64(0)}, {int64(63), "d3", int64(0)}, {int64(93), "d3", int64(0)},
		{int64(7), "d7", int64(1)}, {int64(37), "d7", int64(1)}, {int64(67), "d7", int64(1)}, {int64(97), "d7", int64(1)}}
	if !sameRows(got, want) {
		t.Fatalf("rows = %v\nwant   %v", got, want)
	}
	if n := w.RowsRead() - before; n != int64(len(want)) {
		t.Fatalf("the scan read %d rows, want %d", n, len(want))
	}
}

func TestFailedInsertLeavesNoPartition(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, partitioned())
	_, err := tx.Insert("p", false, map[string]eval.Value{}, source([][]eval.Value{{int64(1), "ok", int64(1)}, {int64(2), "", int64(1)}}))
	if want := "ODPS-0123031:Partition exception - invalid partition value: ds=/hr=1 (a partition value cannot be empty)"; errorText(err) != want {
		t.Fatalf("error = %v", err)
	}
	if got := partNames(t, tx, "p"); got != "[]" {
		t.Fatalf("partitions = %s", got)
	}
	if got := scanAll(t, tx, "p"); len(got) != 0 {
		t.Fatalf("rows = %v", got)
	}
}

// TestMigrateFormat1 opens a database as format 1 left it: partitions only
// as row values, no catalog entries, no index.
func TestMigrateFormat1(t *testing.T) {
	w, path := openFile(t)
	tx := begin(t, w)
	mustCreate(t, tx, partitioned())
	mustInsert(t, tx, "p", false, [][]eval.Value{{int64(1), "a", int64(1)}, {int64(2), "a", int64(1)}, {int64(3), "b", int64(2)}})
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DELETE FROM mcsql_partitions`, `DROP INDEX "t_1_pt"`, `UPDATE mcsql_meta SET value = 1 WHERE key = 'format'`} {
		if _, err := w.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	w.Close()
	w2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	tx2 := begin(t, w2)
	if got := partNames(t, tx2, "p"); got != "[ds=a/hr=1 ds=b/hr=2]" {
		t.Fatalf("partitions after migration = %s", got)
	}
	var n int
	if err := w2.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 't_1_pt'`).Scan(&n); err == nil && n != 1 {
		t.Fatalf("index missing after migration")
	}
}

// TestDynamicPartitionLimit: one INSERT INTO writes at most 10,000
// partitions; INSERT OVERWRITE may write more.
func TestDynamicPartitionLimit(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, partitioned())
	rows := make([][]eval.Value, eval.MaxDynamicPartitionsInsert+1)
	for i := range rows {
		rows[i] = []eval.Value{int64(i), "d", int64(i)}
	}
	_, err := tx.Insert("p", false, map[string]eval.Value{}, source(rows))
	want := "ODPS-0123031:Partition exception - the statement writes 10001 partitions of table p; one INSERT INTO writes at most 10000, one INSERT OVERWRITE 60000"
	if errorText(err) != want {
		t.Fatalf("error = %v", err)
	}
	if got := partNames(t, tx, "p"); got != "[]" {
		t.Fatalf("the failed INSERT left partitions %s", got)
	}
	if _, err := tx.Insert("p", true, map[string]eval.Value{}, source(rows)); err != nil {
		t.Fatalf("INSERT OVERWRITE of 10001 partitions: %v", err)
	}
	parts, err := tx.Partitions("p")
	if err != nil || len(parts) != len(rows) {
		t.Fatalf("%d partitions, %v", len(parts), err)
	}
}
