package warehouse

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestOpenCreatesPrivateFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "home", "warehouse")
	path := filepath.Join(dir, "default.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, c := range []struct {
		path string
		mode os.FileMode
	}{{dir, os.ModeDir | 0o700}, {filepath.Dir(dir), os.ModeDir | 0o700}, {path, 0o600}} {
		fi, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode() != c.mode {
			t.Errorf("%s has mode %v, want %v", c.path, fi.Mode(), c.mode)
		}
	}
	var mode string
	if err := w.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v; want wal", mode, err)
	}
	if w.Path() != path {
		t.Fatalf("Path() = %q, want %q", w.Path(), path)
	}
}

func TestOpenOddPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a b?c%20d#e&f=g", "x.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("database not written at %s: %v", path, err)
	}
	entries, err := os.ReadDir(filepath.Dir(filepath.Dir(path)))
	if err != nil || len(entries) != 1 {
		t.Fatalf("files next to the odd directory: %v, %v", entries, err)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(notDB, []byte(strings.Repeat("not a database ", 100)), 0o600); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short.db")
	if err := os.WriteFile(short, []byte("SQLite"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes (body TEXT)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	newer := filepath.Join(dir, "newer.db")
	w, err := Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.db.Exec(`UPDATE mcsql_meta SET value = 3 WHERE key = 'format'`); err != nil {
		t.Fatal(err)
	}
	w.Close()
	tests := []struct {
		name, path, want string
	}{
		{"empty path", "", "open warehouse: empty path"},
		{"directory", dir, "warehouse " + dir + ": not a regular file"},
		{"not a database", notDB, "warehouse " + notDB + ": " + notWarehouse},
		{"short file", short, "warehouse " + short + ": " + notWarehouse},
		{"empty file", empty, "warehouse " + empty + ": the file is empty (0 bytes). An empty file is what touch, a full disk or a truncated copy leaves, not a warehouse mcsql wrote, so mcsql does not initialise it: restore the warehouse from a backup, or remove the file (rm " + empty + ") to start a new, empty warehouse"},
		{"other database", other, "warehouse " + other + ": the file is an SQLite database but not an mcsql warehouse (it has no table mcsql_meta); point --warehouse or MCSQL_WAREHOUSE at the right file, or move this one away to start a new warehouse"},
		{"newer format", newer, "warehouse " + newer + " has format 3, newer than this mcsql's 2; use a newer mcsql"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, err := Open(tc.path)
			if err == nil {
				w.Close()
			}
			if errorText(err) != tc.want {
				t.Fatalf("error = %v\nwant    %s", err, tc.want)
			}
		})
	}
	// A refused file is left as it was: the empty one is not initialised.
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Fatalf("the empty file after Open: %v, %v", fi, err)
	}
}

const notWarehouse = "the file is not an mcsql warehouse (not an SQLite database); point --warehouse or MCSQL_WAREHOUSE at the right file, or move this one away to start a new warehouse"

func TestMemoryWarehousesAreSeparate(t *testing.T) {
	a, b := openMemory(t), openMemory(t)
	tx := begin(t, a)
	mustCreate(t, tx, simpleTable("t"))
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	txb := begin(t, b)
	if names, err := txb.ListTables(); err != nil || len(names) != 0 {
		t.Fatalf("second in-memory warehouse has tables %v, %v", names, err)
	}
	txa := begin(t, a)
	if names, err := txa.ListTables(); err != nil || len(names) != 1 {
		t.Fatalf("committed table gone from the in-memory warehouse: %v, %v", names, err)
	}
}

// TestOpenNewConcurrently: processes starting at once on a new warehouse
// all open it; none finds the file empty or half made (an empty file is
// refused), and no temporary file is left beside it.
func TestOpenNewConcurrently(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "warehouse")
	path := filepath.Join(dir, "default.db")
	const n = 8
	errs := make(chan error, n)
	for range n {
		go func() {
			w, err := Open(path)
			if err == nil {
				var tx eval.Tx
				if tx, err = w.BeginRead(); err == nil {
					_, err = tx.ListTables()
					tx.Rollback()
				}
				w.Close()
			}
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Connections closing at the same moment may each leave the -wal
	// and -shm files to the other (SQLite removes them when it can lock
	// the file alone); the next Open uses them. Temporary files must go.
	var names []string
	for _, e := range entries {
		if n := e.Name(); n != "default.db-wal" && n != "default.db-shm" {
			names = append(names, n)
		}
	}
	if strings.Join(names, " ") != "default.db" {
		t.Fatalf("files beside the warehouse: %v", names)
	}
}
