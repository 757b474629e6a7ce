package warehouse

import (
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// filledWarehouse makes a closed warehouse with table t of three rows.
func filledWarehouse(t *testing.T, path string) {
	t.Helper()
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	mustInsert(t, tx, "t", false, numbered(3))
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// checkReadOnly reads table t through both kinds of transaction and
// checks that a change fails saying why the warehouse is read-only.
func checkReadOnly(w *Warehouse, why string) error {
	if got := w.ReadOnly(); got != why {
		return fmt.Errorf("ReadOnly() = %q, want %q", got, why)
	}
	for _, begin := range []func() (eval.Tx, error){w.BeginRead, w.Begin} {
		tx, err := begin()
		if err != nil {
			return fmt.Errorf("begin: %v", err)
		}
		var n int
		if err := tx.Scan("t", func([]eval.Value) error { n++; return nil }); err != nil {
			tx.Rollback()
			return fmt.Errorf("scan: %v", err)
		}
		if n != 3 {
			return fmt.Errorf("scan read %d rows, want 3", n)
		}
		err = tx.CreateTable(simpleTable("u"), false)
		want := "the warehouse " + w.Path() + " is read-only (" + why + "): statements that change tables cannot run"
		if err == nil || err.Error() != want {
			return fmt.Errorf("CreateTable: %v\nwant        %s", err, want)
		}
		if _, err := tx.Insert("t", false, nil, source(numbered(1))); err == nil || err.Error() != want {
			return fmt.Errorf("Insert: %v\nwant   %s", err, want)
		}
		if err := tx.Rollback(); err != nil {
			return fmt.Errorf("rollback: %v", err)
		}
	}
	return nil
}

// TestReadOnlyFallback runs as any user, root included: file modes do
// not stop root, so the refusals a read-only file, directory or mount
// gives are injected where Open meets them.
func TestReadOnlyFallback(t *testing.T) {
	path := filepath.Join(t.TempDir(), "default.db")
	filledWarehouse(t, path)
	tests := []struct {
		name      string
		file, dir error
		why       string
	}{
		{"file", syscall.EACCES, nil, "cannot write " + path + ": permission denied"},
		{"mount", syscall.EROFS, nil, "cannot write " + path + ": read-only file system"},
		{"directory", nil, syscall.EACCES, "cannot create files in " + filepath.Dir(path) + ": permission denied"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func(f func(string) (*os.File, error), d func(string) error) { openWritable, dirWritable = f, d }(openWritable, dirWritable)
			if tc.file != nil {
				openWritable = func(p string) (*os.File, error) {
					return nil, &fs.PathError{Op: "open", Path: p, Err: tc.file}
				}
			}
			if tc.dir != nil {
				dirWritable = func(string) error { return tc.dir }
			}
			w, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			if err := checkReadOnly(w, tc.why); err != nil {
				t.Fatal(err)
			}
		})
	}
	// A new warehouse cannot be made where nothing can be written.
	defer func(d func(string) error) { dirWritable = d }(dirWritable)
	dirWritable = func(string) error { return syscall.EROFS }
	empty := filepath.Join(t.TempDir(), "empty.db")
	db, err := sql.Open("sqlite", empty)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA user_version = 1`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = Open(empty)
	want := "warehouse " + empty + " is empty and read-only (cannot create files in " + filepath.Dir(empty) + ": read-only file system), so mcsql cannot create its catalog"
	if errorText(err) != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
}

// TestReadOnlyDirectory makes the warehouse's directory 0500 and its file
// 0400 for real, and reads it as a user those modes stop: the test's own
// user, or, when that is root, user nobody in a child process.
func TestReadOnlyDirectory(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("file modes do not make files read-only on Windows")
	}
	t.Run("clean", func(t *testing.T) {
		dir, path := readOnlyDir(t, func(path string) {
			filledWarehouse(t, path)
			for _, p := range []string{path + "-wal", path + "-shm"} {
				if _, err := os.Stat(p); err == nil {
					t.Fatalf("%s is left after Close", p)
				}
			}
		})
		asReader(t, dir, path, "ok")
		for _, p := range []string{path + "-wal", path + "-shm"} {
			if _, err := os.Stat(p); err == nil {
				t.Fatalf("reading made %s", p)
			}
		}
	})
	t.Run("unfinished log", func(t *testing.T) {
		// A writer killed with commits still in its log leaves the file
		// and its -wal: reading the file alone would miss them.
		dir, path := readOnlyDir(t, func(path string) {
			live := filepath.Join(t.TempDir(), "live.db")
			filledWarehouse(t, live)
			w, err := Open(live)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			tx := begin(t, w)
			mustInsert(t, tx, "t", false, numbered(2))
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			for _, suffix := range []string{"", "-wal"} {
				if err := copyFile(live+suffix, path+suffix, 0o600); err != nil {
					t.Fatal(err)
				}
			}
		})
		asReader(t, dir, path, "error: warehouse "+path+" is read-only (cannot write "+path+": permission denied) and its write-ahead log "+path+"-wal holds changes SQLite cannot read without writing the directory, so mcsql cannot read it; open it once where it can be written, or copy it with its -wal file to a writable directory")
	})
}

// readOnlyDir makes, with fill, a warehouse in a new directory, then makes
// the directory 0500 and the file 0400.
func readOnlyDir(t *testing.T, fill func(path string)) (dir, path string) {
	dir = filepath.Join(t.TempDir(), "warehouse")
	path = filepath.Join(dir, "default.db")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	fill(path)
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	return dir, path
}

// asReader opens the warehouse in dir as a user its modes stop and checks
// that it reads it (want "ok") or fails with the error want.
func asReader(t *testing.T, dir, path, want string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if got := readOnlyReport(path); got != want {
			t.Fatalf("got  %s\nwant %s", got, want)
		}
		return
	}
	// Root: the same, as nobody, in a copy of this test binary that nobody
	// may run.
	const nobody = 65534
	top := filepath.Dir(dir)
	for _, p := range []string{top, filepath.Dir(top)} {
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{dir, path, path + "-wal"} {
		if err := os.Chown(p, nobody, nobody); err != nil && !errors.Is(err, fs.ErrNotExist) {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(top, "warehouse.test")
	if err := copyFile(os.Args[0], bin, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^TestHelperReadOnly$")
	cmd.Env = append(os.Environ(), "MCSQL_WAREHOUSE_READONLY="+path)
	cmd.Dir = top
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	if got := strings.TrimSuffix(string(out), "\n"); got != want {
		t.Fatalf("as nobody:\ngot  %s\nwant %s", got, want)
	}
}

// readOnlyReport opens the warehouse at path and checks it as a read-only
// one with table t of three rows: "ok", or "error: " and what failed.
func readOnlyReport(path string) string {
	w, err := Open(path)
	if err == nil {
		err = checkReadOnly(w, "cannot write "+path+": permission denied")
		w.Close()
	}
	if err != nil {
		return "error: " + err.Error()
	}
	return "ok"
}

// TestHelperReadOnly is asReader's child process.
func TestHelperReadOnly(t *testing.T) {
	path := os.Getenv("MCSQL_WAREHOUSE_READONLY")
	if path == "" {
		return
	}
	fmt.Println(readOnlyReport(path))
	os.Exit(0)
}

func copyFile(from, to string, mode os.FileMode) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
