package warehouse

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"modernc.org/sqlite"
)

// sqliteHeader starts every SQLite database file.
const sqliteHeader = "SQLite format 3\x00"

// SQLite result codes Open and wrap tell apart (extended codes keep the
// primary one in their low byte).
const (
	sqliteReadOnly     = 8
	sqliteCorrupt      = 11
	sqliteCantOpen     = 14
	sqliteNotADB       = 26
	sqliteBusySnapshot = sqliteBusy | 2<<8 // SQLITE_BUSY_SNAPSHOT
)

// openWritable opens path for reading and writing: the test of whether
// the warehouse can be written. A variable so that tests running as root,
// whom file modes do not stop, can make it fail as a read-only file or
// mount does.
var openWritable = func(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR, 0)
}

// dirWritable reports whether files can be created in dir: SQLite creates
// the -wal and -shm files there. A variable for the same reason as
// openWritable.
var dirWritable = canCreateIn

// Open opens the warehouse database at path. A missing file is created
// (mode 0600, in missing directories of mode 0700) and initialised.
//
// A file mcsql cannot write (its mode, its directory's mode, a read-only
// mount) is opened read-only: scripts read its tables, and a statement
// that changes one fails saying the warehouse is read-only. An existing
// file that is empty (0 bytes, as touch or a truncated copy leaves), is not
// an SQLite database, or whose catalog is missing or does not describe its
// row tables is refused with an error that says what is wrong and how to
// recover; Open never initialises over it.
func Open(path string, opts ...Option) (*Warehouse, error) {
	if path == "" {
		return nil, errors.New("open warehouse: empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open warehouse %s: %v", path, err)
	}
	project := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	cfg := newConfig(project, opts)
	readOnly, err := prepareFile(abs, path)
	if err != nil {
		return nil, err
	}
	w := &Warehouse{path: path, project: cfg.project, readOnly: readOnly}
	if readOnly == "" {
		err = w.openDB(abs, cfg, walParams)
	} else {
		err = w.openReadOnly(abs, cfg)
	}
	if err != nil {
		return nil, err
	}
	if err := w.init(); err != nil {
		w.db.Close()
		return nil, err
	}
	return w, nil
}

// walParams put a writable warehouse in WAL mode: readers never wait for
// the writer, and a commit is one append to the log.
const walParams = "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"

// newFileParams make a new warehouse with incremental auto-vacuum, so that
// the space of dropped rows can be given back (see reclaim). It is set
// only where the file is made: on an existing file the pragma would wait
// for another process's write lock, and it cannot change a file that
// already has tables anyway.
const newFileParams = "&_pragma=auto_vacuum(INCREMENTAL)" + walParams

// openDB opens the database with the DSN parameters common to every mode
// followed by extra (URI parameters of SQLite or of the driver).
func (w *Warehouse) openDB(abs string, cfg config, extra string) error {
	dsn := (&url.URL{Scheme: "file", Path: abs}).String() + "?" + dsnParams(cfg, extra)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("open warehouse %s: %v", w.path, err)
	}
	w.db = db
	return nil
}

// openReadOnly opens a warehouse mcsql cannot write. SQLite reads a WAL
// database read-only only when it can use the -shm file beside it; in a
// read-only directory without one (the usual state: the last writer to
// close removes it) it opens the file as immutable instead, which assumes
// that nothing writes the file meanwhile: nothing can where mcsql cannot,
// unless another user may write the file. A write-ahead log holding commits
// the file does not have yet is never skipped that way: such a warehouse is
// refused.
func (w *Warehouse) openReadOnly(abs string, cfg config) error {
	if err := w.openDB(abs, cfg, "&mode=ro"); err != nil {
		return err
	}
	var n int64
	err := w.db.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&n)
	// SQLite says SQLITE_READONLY_DIRECTORY or _CANTINIT (or, in older
	// versions, SQLITE_CANTOPEN) when it cannot make the -shm file.
	if err == nil {
		return nil
	}
	w.db.Close()
	var se *sqlite.Error
	if !errors.As(err, &se) || (se.Code()&0xff != sqliteReadOnly && se.Code()&0xff != sqliteCantOpen) {
		return w.wrap(err)
	}
	if fi, err := os.Stat(abs + "-wal"); err == nil && fi.Size() > 0 {
		return fmt.Errorf("warehouse %s is read-only (%s) and its write-ahead log %s-wal holds changes SQLite cannot read without writing the directory, so mcsql cannot read it; open it once where it can be written, or copy it with its -wal file to a writable directory",
			w.path, w.readOnly, w.path)
	}
	return w.openDB(abs, cfg, "&immutable=1")
}

// prepareFile checks the file at abs before SQLite opens it, creating a
// missing one. It returns why the warehouse can only be read ("" when it
// can be written), or an error for a file that is not a warehouse.
//
// Closing a descriptor of a file drops every POSIX lock the process holds
// on it, SQLite's included. mcsql opens its warehouse once, before SQLite
// has the file open, so the descriptors opened here hold up no lock; a
// process opening one file as several Warehouses (tests do) must not rely
// on SQLite's locks against other processes while it does.
func prepareFile(abs, shown string) (readOnly string, err error) {
	fail := func(format string, args ...any) (string, error) {
		return "", fmt.Errorf("warehouse %s: "+format, append([]any{shown}, args...)...)
	}
	fi, err := os.Stat(abs)
	if errors.Is(err, fs.ErrNotExist) {
		if err := createFile(abs); err != nil {
			return fail("cannot create it: %v", unwrapPath(err))
		}
		return "", nil
	}
	if err != nil {
		return fail("%v", unwrapPath(err))
	}
	if !fi.Mode().IsRegular() {
		return fail("not a regular file")
	}
	f, err := openWritable(abs)
	switch {
	case err == nil:
	case isReadOnlyError(err):
		readOnly = "cannot write " + shown + ": " + unwrapPath(err).Error()
		if f, err = os.Open(abs); err != nil {
			return fail("%v", unwrapPath(err))
		}
	default:
		return fail("%v", unwrapPath(err))
	}
	defer f.Close()
	if readOnly == "" {
		if err := dirWritable(filepath.Dir(abs)); err != nil {
			readOnly = "cannot create files in " + filepath.Dir(shown) + ": " + unwrapPath(err).Error()
		}
	}
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return fail("%v", unwrapPath(err))
	}
	if n == 0 {
		// A WAL database whose first commits were never copied back could
		// be empty with everything in its log: leave that to SQLite.
		if wal, err := os.Stat(abs + "-wal"); err != nil || wal.Size() == 0 {
			return fail("the file is empty (0 bytes). An empty file is what touch, a full disk or a truncated copy leaves, not a warehouse mcsql wrote, so mcsql does not initialise it: restore the warehouse from a backup, or remove the file (rm %s) to start a new, empty warehouse", shown)
		}
		return readOnly, nil
	}
	if !bytes.Equal(head[:n], []byte(sqliteHeader)) || n < len(head) {
		return fail("the file is not an mcsql warehouse (not an SQLite database); point --warehouse or MCSQL_WAREHOUSE at the right file, or move this one away to start a new warehouse")
	}
	return readOnly, nil
}

// createFile makes a new warehouse at path (mode 0600, in missing
// directories of mode 0700). The database is built in a temporary file
// beside it and linked into place complete, so that no process (another
// mcsql starting at the same moment, or this one after a kill -9) finds a
// warehouse file that is empty or half made, which Open would refuse.
// When another process made the file first, its file is kept.
func createFile(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	f.Close()
	defer func() {
		for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
			os.Remove(p)
		}
	}()
	w := &Warehouse{path: path}
	if err := w.openDB(tmp, newConfig("", nil), newFileParams); err != nil {
		return err
	}
	// One connection: closing the last one copies the log into the file
	// and removes it, so the one file linked below holds everything.
	w.db.SetMaxOpenConns(1)
	err = w.init()
	if cerr := w.db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if fi, err := os.Stat(tmp + "-wal"); err == nil && fi.Size() > 0 {
		return errors.New("SQLite left the new catalog in its log")
	}
	err = os.Link(tmp, path)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		// A file system without hard links: rename, unless the file
		// appeared meanwhile.
		if _, serr := os.Lstat(path); errors.Is(serr, fs.ErrNotExist) {
			return os.Rename(tmp, path)
		}
		return nil
	}
	return nil
}

// isReadOnlyError reports whether err is a refusal to write: a file mode,
// a read-only file system.
func isReadOnlyError(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// unwrapPath drops the *PathError's operation and path, which the
// messages above already say in words.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
