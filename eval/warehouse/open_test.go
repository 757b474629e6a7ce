package warehouse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		{"directory", dir, "open warehouse " + dir + ": not a regular file"},
		{"not a database", notDB, "warehouse " + notDB + ": file is not a database (26)"},
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
}

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
