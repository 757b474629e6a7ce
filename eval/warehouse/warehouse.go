package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mcsql/mcsql/eval"
	"modernc.org/sqlite"
)

// DefaultBusyTimeout is how long Begin waits for another process's script
// to finish before it reports the warehouse as locked.
const DefaultBusyTimeout = 5 * time.Second

// sqliteBusy is SQLite's SQLITE_BUSY result code (the low byte of an
// extended code).
const sqliteBusy = 5

var _ eval.Warehouse = (*Warehouse)(nil)

// Warehouse is one project's tables in one SQLite database. It is safe for
// concurrent use; each Begin takes the database's write lock until the
// transaction ends.
type Warehouse struct {
	db      *sql.DB
	keep    *sql.Conn // memory mode: keeps the in-memory database alive
	path    string    // as shown in messages
	project string
	// rowsRead counts the rows scans have read, so that tests can tell
	// that partition pruning skipped rows.
	rowsRead atomic.Int64
}

// Option changes how Open and OpenMemory set up a Warehouse.
type Option func(*config)

type config struct {
	project     string
	busyTimeout time.Duration
}

// WithProject names the warehouse's project: qualified names project.table
// resolve only for it, and it appears in error messages. Open's default is
// the file name without its extension; OpenMemory's is "default".
func WithProject(name string) Option {
	return func(c *config) { c.project = strings.ToLower(name) }
}

// WithBusyTimeout sets how long Begin waits for a lock another process
// holds (DefaultBusyTimeout otherwise).
func WithBusyTimeout(d time.Duration) Option {
	return func(c *config) { c.busyTimeout = d }
}

// Open opens the warehouse database at path, creating it (mode 0600) and
// its missing directories (mode 0700) when needed.
func Open(path string, opts ...Option) (*Warehouse, error) {
	if path == "" {
		return nil, errors.New("open warehouse: empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open warehouse %s: %v", path, err)
	}
	if err := createFile(abs); err != nil {
		return nil, fmt.Errorf("open warehouse %s: %v", path, err)
	}
	project := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	cfg := newConfig(project, opts)
	dsn := (&url.URL{Scheme: "file", Path: abs}).String() + "?" + dsnParams(cfg, "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open warehouse %s: %v", path, err)
	}
	w := &Warehouse{db: db, path: path, project: cfg.project}
	if err := w.init(); err != nil {
		db.Close()
		return nil, err
	}
	return w, nil
}

// createFile makes sure path exists as a regular file, so that SQLite
// opens (and gives its WAL files the mode of) a file made with mode 0600.
func createFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return errors.New("not a regular file")
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	return f.Close()
}

var memoryCount atomic.Int64

// OpenMemory opens an empty warehouse that lives in memory until Close,
// for throwaway runs. Its transactions lock one another as a file's do.
func OpenMemory(opts ...Option) (*Warehouse, error) {
	cfg := newConfig("default", opts)
	// memdb's "/name" databases are shared by the connections of one
	// process and have real locks, unlike ":memory:" (one per connection).
	name := fmt.Sprintf("file:/mcsql-memory-%d-%d", os.Getpid(), memoryCount.Add(1))
	db, err := sql.Open("sqlite", name+"?vfs=memdb&"+dsnParams(cfg, ""))
	if err != nil {
		return nil, fmt.Errorf("open in-memory warehouse: %v", err)
	}
	keep, err := db.Conn(context.Background())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open in-memory warehouse: %v", err)
	}
	w := &Warehouse{db: db, keep: keep, path: "(in memory)", project: cfg.project}
	if err := w.init(); err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

func newConfig(project string, opts []Option) config {
	cfg := config{project: strings.ToLower(project), busyTimeout: DefaultBusyTimeout}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.project == "" {
		cfg.project = "default"
	}
	return cfg
}

func dsnParams(cfg config, extra string) string {
	return fmt.Sprintf("_txlock=immediate&_pragma=busy_timeout(%d)%s", cfg.busyTimeout.Milliseconds(), extra)
}

// RowsRead returns how many rows the warehouse's scans have read since it
// was opened.
func (w *Warehouse) RowsRead() int64 { return w.rowsRead.Load() }

// Project returns the name of the warehouse's project.
func (w *Warehouse) Project() string { return w.project }

// Path returns the database path as given to Open, or "(in memory)".
func (w *Warehouse) Path() string { return w.path }

// Close closes the database; an in-memory warehouse's tables are gone.
func (w *Warehouse) Close() error {
	if w.keep != nil {
		w.keep.Close()
	}
	return w.db.Close()
}

// Begin starts a script's transaction, holding the write lock until Commit
// or Rollback; the lock held by another process is waited for up to the
// busy timeout.
func (w *Warehouse) Begin() (eval.Tx, error) {
	t, err := w.begin()
	if err != nil {
		return nil, err
	}
	return t, nil
}

func (w *Warehouse) begin() (*tx, error) {
	sqlTx, err := w.db.Begin()
	if err != nil {
		return nil, w.wrap(err)
	}
	return &tx{w: w, tx: sqlTx, tables: map[string]*table{}}, nil
}

// init creates the catalog of a new database and checks an old one's
// format version.
func (w *Warehouse) init() error {
	t, err := w.begin()
	if err != nil {
		return err
	}
	if err := t.initCatalog(); err != nil {
		t.Rollback()
		return err
	}
	return t.Commit()
}

// wrap turns an SQLite error into mcsql's: a busy database is another
// process's script; anything else names the warehouse.
func (w *Warehouse) wrap(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqliteBusy {
		return fmt.Errorf("the warehouse %s is locked by another mcsql process; try again", w.path)
	}
	var ee *eval.Error
	if errors.As(err, &ee) {
		return err
	}
	return fmt.Errorf("warehouse %s: %w", w.path, err)
}
