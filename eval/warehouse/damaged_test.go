package warehouse

import (
	"database/sql"
	"strings"
	"testing"
)

// damage makes a warehouse with tables a (t_1) and b (t_2), closes it and
// runs stmt on the file directly.
func damage(t *testing.T, stmt string) string {
	t.Helper()
	w, path := openFile(t)
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("a"))
	mustCreate(t, tx, simpleTable("b"))
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDamagedCatalogIsRefused(t *testing.T) {
	const recover = ". The catalog holds the tables' names and column types, so mcsql cannot read those rows or recreate the catalog over them; restore the file from a backup, or move it aside (with its -wal and -shm files) to start a new, empty warehouse"
	tests := []struct {
		name, stmt, want string
	}{
		{"catalog dropped", `DROP TABLE mcsql_tables`, "its catalog table mcsql_tables is missing, and it holds 2 row tables (t_1, t_2)"},
		{"meta dropped", `DROP TABLE mcsql_meta`, "its catalog table mcsql_meta is missing, and it holds 2 row tables (t_1, t_2)"},
		{"catalog emptied", `DELETE FROM mcsql_tables`, "its catalog table mcsql_tables is empty, and it holds 2 row tables (t_1, t_2)"},
		{"entry lost", `DELETE FROM mcsql_tables WHERE name = 'b'`, "its catalog table mcsql_tables does not describe 1 row table (t_2)"},
		{"rows lost", `DROP TABLE t_1`, "its catalog lists a (rows in t_1) whose row tables are missing"},
		{"format lost", `DELETE FROM mcsql_meta WHERE key = 'format'`, "its catalog table mcsql_meta has no format entry"},
		{"partitions dropped", `DROP TABLE mcsql_partitions`, "its catalog table mcsql_partitions is missing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := damage(t, tc.stmt)
			w, err := Open(path)
			if err == nil {
				w.Close()
			}
			want := "warehouse " + path + " is damaged: " + tc.want + recover
			if errorText(err) != want {
				t.Fatalf("error = %v\nwant    %s", err, want)
			}
			// Nothing was recreated: the damage is still there to see.
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var n int
			if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name IN ('mcsql_tables', 'mcsql_meta', 'mcsql_partitions')`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if missing := strings.Contains(tc.stmt, "DROP TABLE mcsql_"); (n == 3) == missing {
				t.Fatalf("%d catalog tables after the refused Open", n)
			}
		})
	}
}

func TestManyOrphansBounded(t *testing.T) {
	w, path := openFile(t)
	tx := begin(t, w)
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		mustCreate(t, tx, simpleTable(n))
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`DELETE FROM mcsql_tables`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = Open(path)
	if want := "it holds 7 row tables (t_1, t_2, t_3, t_4, t_5 and 2 more)"; !strings.Contains(errorText(err), want) {
		t.Fatalf("error = %v\nwant it to say %s", err, want)
	}
}

// TestStorageNamesSkipTakenNames: a storage counter behind the row tables
// (restored, edited, lost) must not make every CREATE TABLE fail with
// SQLite's `table "t_1" already exists`.
func TestStorageNamesSkipTakenNames(t *testing.T) {
	for _, stmt := range []string{
		`UPDATE mcsql_meta SET value = 1 WHERE key = 'next_storage'`,
		`DELETE FROM mcsql_meta WHERE key = 'next_storage'`,
	} {
		t.Run(stmt, func(t *testing.T) {
			path := damage(t, stmt)
			w, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			for _, name := range []string{"c", "d"} {
				tx := begin(t, w)
				mustCreate(t, tx, simpleTable(name))
				mustInsert(t, tx, name, false, numbered(2))
				if err := tx.Commit(); err != nil {
					t.Fatal(err)
				}
			}
			tx := begin(t, w)
			for _, name := range []string{"a", "b", "c", "d"} {
				want := 0
				if name == "c" || name == "d" {
					want = 2
				}
				if rows := scanAll(t, tx, name); len(rows) != want {
					t.Fatalf("table %s has %d rows, want %d", name, len(rows), want)
				}
			}
			var storage string
			if err := w.db.QueryRow(`SELECT group_concat(storage, ' ') FROM (SELECT storage FROM mcsql_tables ORDER BY name)`).Scan(&storage); err != nil {
				t.Fatal(err)
			}
			if storage != "t_1 t_2 t_3 t_4" {
				t.Fatalf("row tables %s, want t_1 t_2 t_3 t_4", storage)
			}
		})
	}
}
