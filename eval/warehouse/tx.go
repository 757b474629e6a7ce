package warehouse

import (
	"database/sql"
	"errors"
	"strconv"

	"github.com/mcsql/mcsql/eval"
)

var _ eval.Tx = (*tx)(nil)

// tx is one script's transaction: an SQLite transaction begun IMMEDIATE.
type tx struct {
	w          *Warehouse
	tx         *sql.Tx
	tables     map[string]*table // catalog cache, by key
	savepoints int               // savepoints made so far, to name the next
	done       bool
	writes     bool // begun for writing: its commit may leave free pages
	// prepared are the statements prepared in the transaction, by text
	// (prepare).
	prepared map[string]*sql.Stmt
}

// prepare returns the statement prepared in the transaction for query,
// preparing it the first time. database/sql keeps every statement a
// transaction prepares, closed or not, until the transaction ends, and a
// script is one transaction: preparing a statement per INSERT held memory
// in proportion to the script's statements. The statements are made once
// and closed with the transaction; only statements that are only executed
// (never queried, whose rows could be open twice) and whose text is one of
// a few per table go through here.
func (t *tx) prepare(query string) (*sql.Stmt, error) {
	if st, ok := t.prepared[query]; ok {
		return st, nil
	}
	st, err := t.tx.Prepare(query)
	if err != nil {
		return nil, err
	}
	if t.prepared == nil {
		t.prepared = map[string]*sql.Stmt{}
	}
	t.prepared[query] = st
	return st, nil
}

var errDone = errors.New("the warehouse transaction has already been committed or rolled back")

func (t *tx) live() error {
	if t.done {
		return errDone
	}
	return nil
}

// atomically runs fn inside a savepoint: when fn fails, its changes are
// undone and the transaction is as it was before.
func (t *tx) atomically(fn func() error) error {
	name := "mcsql_sp" + strconv.Itoa(t.savepoints)
	t.savepoints++
	if _, err := t.tx.Exec("SAVEPOINT " + name); err != nil {
		return t.w.wrap(err)
	}
	if err := fn(); err != nil {
		// Best effort: if undoing fails too, the caller's Rollback still
		// discards everything.
		_, _ = t.tx.Exec("ROLLBACK TO " + name)
		_, _ = t.tx.Exec("RELEASE " + name)
		clear(t.tables)
		return err
	}
	if _, err := t.tx.Exec("RELEASE " + name); err != nil {
		clear(t.tables)
		return t.w.wrap(err)
	}
	return nil
}

// Table returns a copy of a table's description.
func (t *tx) Table(name string) (*eval.TableInfo, error) {
	tb, err := t.table(name)
	if err != nil {
		return nil, err
	}
	return copyInfo(tb.info), nil
}

// ListTables returns the names of the project's tables, sorted.
func (t *tx) ListTables() ([]string, error) {
	if err := t.live(); err != nil {
		return nil, err
	}
	rows, err := t.tx.Query(`SELECT name FROM mcsql_tables ORDER BY name`)
	if err != nil {
		return nil, t.w.wrap(err)
	}
	defer rows.Close()
	names := []string{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, t.w.wrap(err)
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		return nil, t.w.wrap(err)
	}
	return names, nil
}

// CreateTable adds an empty table; an existing one is an error unless
// ifNotExists.
func (t *tx) CreateTable(info eval.TableInfo, ifNotExists bool) error {
	if err := t.live(); err != nil {
		return err
	}
	key, display, ok := t.resolve(info.Name)
	if !ok {
		return eval.Errorf(eval.CodeSemantic, "cannot create table %s: this warehouse holds project %s", display, t.w.project)
	}
	if err := validateInfo(key, info); err != nil {
		return eval.Errorf(eval.CodeSemantic, "%v", err)
	}
	old, err := t.lookup(key)
	if err != nil {
		return err
	}
	if old != nil {
		if ifNotExists {
			return nil
		}
		return eval.Errorf(eval.CodeTableExists, "table %s already exists", display)
	}
	info.Name = key
	cols, parts, err := encodeColumns(info)
	if err != nil {
		return err
	}
	return t.atomically(func() error {
		storage, err := t.newStorage(len(info.Columns)+len(info.PartitionColumns), len(info.PartitionColumns))
		if err != nil {
			return err
		}
		_, err = t.tx.Exec(`INSERT INTO mcsql_tables (name, storage, columns, partitions, comment, lifecycle) VALUES (?, ?, ?, ?, ?, ?)`,
			key, storage, cols, parts, info.Comment, info.Lifecycle)
		return t.w.wrap(err)
	})
}

// DropTable removes a table and its rows; a missing one is an error
// unless ifExists.
func (t *tx) DropTable(name string, ifExists bool) error {
	tb, err := t.table(name)
	var ee *eval.Error
	if ifExists && errors.As(err, &ee) && ee.Code == eval.CodeTableNotFound {
		return nil
	}
	if err != nil {
		return err
	}
	err = t.atomically(func() error {
		if _, err := t.tx.Exec("DROP TABLE " + quoteIdent(tb.storage)); err != nil {
			return t.w.wrap(err)
		}
		if _, err := t.tx.Exec(`DELETE FROM mcsql_partitions WHERE tbl = ?`, tb.info.Name); err != nil {
			return t.w.wrap(err)
		}
		_, err := t.tx.Exec(`DELETE FROM mcsql_tables WHERE name = ?`, tb.info.Name)
		return t.w.wrap(err)
	})
	delete(t.tables, tb.info.Name)
	return err
}

// TruncateTable removes every row of a table.
func (t *tx) TruncateTable(name string) error {
	tb, err := t.table(name)
	if err != nil {
		return err
	}
	return t.atomically(func() error {
		_, err := t.tx.Exec("DELETE FROM " + quoteIdent(tb.storage))
		return t.w.wrap(err)
	})
}

// Commit keeps the transaction's changes and releases the lock.
func (t *tx) Commit() error {
	if err := t.live(); err != nil {
		return err
	}
	t.done = true
	if err := t.w.wrap(t.tx.Commit()); err != nil {
		return err
	}
	if t.writes {
		t.w.reclaim()
	}
	return nil
}

// Rollback discards the transaction's changes and releases the lock. After
// Commit or Rollback it does nothing, so that it can be deferred.
func (t *tx) Rollback() error {
	if t.done {
		return nil
	}
	t.done = true
	return t.w.wrap(t.tx.Rollback())
}

// NotFoundError is the error for a table that does not exist
// (eval.CatalogErrors).
func (t *tx) NotFoundError(name string) error {
	_, display, _ := t.resolve(name)
	return t.notFound(display)
}

// ExistsError is CreateTable's error for info when a table of its name
// exists (eval.CatalogErrors).
func (t *tx) ExistsError(info eval.TableInfo) error {
	key, display, ok := t.resolve(info.Name)
	if !ok {
		return eval.Errorf(eval.CodeSemantic, "cannot create table %s: this warehouse holds project %s", display, t.w.project)
	}
	if err := validateInfo(key, info); err != nil {
		return eval.Errorf(eval.CodeSemantic, "%v", err)
	}
	return eval.Errorf(eval.CodeTableExists, "table %s already exists", display)
}
