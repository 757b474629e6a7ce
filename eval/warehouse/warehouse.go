package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
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
	// readOnly says why the warehouse was opened read-only; "" when it
	// can be written.
	readOnly string
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

// ReadOnly returns why the warehouse was opened read-only, or "" when its
// tables can be changed.
func (w *Warehouse) ReadOnly() string { return w.readOnly }

// Begin starts a script's transaction, holding the write lock until Commit
// or Rollback; the lock held by another process is waited for up to the
// busy timeout. On a read-only warehouse it is BeginRead's transaction,
// so that the statements before a script's first change still run.
func (w *Warehouse) Begin() (eval.Tx, error) {
	t, err := w.begin(w.readOnly != "")
	if err != nil {
		return nil, err
	}
	return t, nil
}

// BeginRead starts the transaction of a script that only reads. It takes
// no lock: it neither waits for a script writing in another process nor
// makes one wait, and reads the tables as the last commit before its first
// read left them (the file is in WAL mode). A change made through it takes
// the write lock then, if no other script has committed since its first
// read and none holds the lock; otherwise it fails.
func (w *Warehouse) BeginRead() (eval.Tx, error) {
	t, err := w.begin(true)
	if err != nil {
		return nil, err
	}
	return t, nil
}

func (w *Warehouse) begin(read bool) (*tx, error) {
	// A read-only BeginTx issues a plain (deferred) BEGIN in place of the
	// DSN's _txlock=immediate.
	sqlTx, err := w.db.BeginTx(context.Background(), &sql.TxOptions{ReadOnly: read})
	if err != nil {
		return nil, w.wrap(err)
	}
	return &tx{w: w, tx: sqlTx, tables: map[string]*table{}, writes: !read}, nil
}

// wrap turns an SQLite error into mcsql's: a busy database is another
// process's script, a read-only or damaged one says so, and anything else
// names the warehouse.
func (w *Warehouse) wrap(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqliteBusy:
			if se.Code() == sqliteBusySnapshot {
				return fmt.Errorf("the warehouse %s was changed by another mcsql process while this script read it, so the script's changes cannot be made; run it again", w.path)
			}
			return fmt.Errorf("the warehouse %s is locked by another mcsql process; try again", w.path)
		case sqliteReadOnly:
			if w.readOnly != "" {
				return fmt.Errorf("the warehouse %s is read-only (%s): statements that change tables cannot run", w.path, w.readOnly)
			}
			return fmt.Errorf("the warehouse %s is read-only: statements that change tables cannot run (%v)", w.path, err)
		case sqliteCorrupt, sqliteNotADB:
			return fmt.Errorf("the warehouse %s is damaged (%v); restore it from a backup", w.path, err)
		}
	}
	var ee *eval.Error
	if errors.As(err, &ee) {
		return err
	}
	return fmt.Errorf("warehouse %s: %w", w.path, err)
}
