package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
)

// lazyWarehouse holds the projects of a run, one warehouse file each, and
// opens a project's file on the first statement that touches one of its
// tables, so scripts without tables create no database file. The project
// of --project lives in --warehouse (or its default path); any other
// project p lives beside it, in <dir>/p.db, created by its first CREATE
// TABLE. With --warehouse :memory: every project is a throwaway in-memory
// warehouse.
type lazyWarehouse struct {
	path, project string // --project and its file
	// current is the project of unqualified names (USE changes it), as
	// written; "" for --project.
	current string
	open    map[string]*warehouse.Warehouse // by lower-case project name
}

var (
	_ eval.ReadWarehouse    = (*lazyWarehouse)(nil)
	_ eval.ProjectWarehouse = (*lazyWarehouse)(nil)
)

// Project returns the current project's name.
func (l *lazyWarehouse) Project() string {
	if l.current != "" {
		return l.current
	}
	return l.project
}

// key is the current project's map key.
func (l *lazyWarehouse) key() string { return strings.ToLower(l.Project()) }

// UseProject makes name the current project. Its file need not exist yet:
// its first CREATE TABLE makes it.
func (l *lazyWarehouse) UseProject(name string) error {
	l.current = name
	return nil
}

// Location returns the current project's warehouse file, or "(in
// memory)".
func (l *lazyWarehouse) Location() string {
	if l.path == memoryWarehouse {
		return "(in memory)"
	}
	return l.pathOf(l.key())
}

// pathOf is where project p (lower case) keeps its tables.
func (l *lazyWarehouse) pathOf(p string) string {
	if p == strings.ToLower(l.project) || l.path == memoryWarehouse {
		return l.path
	}
	return filepath.Join(filepath.Dir(l.path), p+".db")
}

// exists reports whether project p has a warehouse: its file exists, or
// it is open, or it is --project's in-memory one.
func (l *lazyWarehouse) exists(p string) bool {
	if l.open[p] != nil || (l.path == memoryWarehouse && p == strings.ToLower(l.project)) {
		return true
	}
	if l.path == memoryWarehouse {
		return false
	}
	_, err := os.Stat(l.pathOf(p))
	return err == nil
}

// warehouseOf opens project p's warehouse. Only --project's, or one a
// CREATE TABLE is about to fill (create), is made when it does not exist.
func (l *lazyWarehouse) warehouseOf(p string, create bool) (*warehouse.Warehouse, error) {
	if wh := l.open[p]; wh != nil {
		return wh, nil
	}
	if !create && p != strings.ToLower(l.project) && !l.exists(p) {
		return nil, eval.Errorf(eval.CodeProjectNotFound, "project %s has no warehouse: it has no tables yet (its file would be %s)", p, l.pathOf(p))
	}
	opt := warehouse.WithProject(p)
	var wh *warehouse.Warehouse
	var err error
	if l.path == memoryWarehouse {
		wh, err = warehouse.OpenMemory(opt)
	} else {
		wh, err = warehouse.Open(l.pathOf(p), opt)
	}
	if err != nil {
		return nil, err
	}
	if l.open == nil {
		l.open = map[string]*warehouse.Warehouse{}
	}
	l.open[p] = wh
	return wh, nil
}

// Begin begins the transaction of a script that changes tables.
func (l *lazyWarehouse) Begin() (eval.Tx, error) { return l.begin(false) }

// BeginRead begins the transaction of a script that only reads, which
// does not wait for another process's script.
func (l *lazyWarehouse) BeginRead() (eval.Tx, error) { return l.begin(true) }

// begin opens the current project's warehouse now when its file exists,
// so that a broken file is reported before the script's first statement;
// a file that does not exist is made by the first statement that needs it.
func (l *lazyWarehouse) begin(read bool) (eval.Tx, error) {
	t := &projectTx{l: l, read: read, txs: map[string]eval.Tx{}}
	if l.exists(l.key()) {
		if _, err := t.txOf(l.key(), false); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// Close closes the databases that were opened.
func (l *lazyWarehouse) Close() error {
	var first error
	for _, wh := range l.open {
		if err := wh.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// projectTx is a script's transaction over the projects it touches: each
// project's warehouse gets its own transaction, begun on first use, and
// all of them end together. **(mcsql)** Each project is its own file, so
// a script that changes two projects commits one file after the other.
type projectTx struct {
	l    *lazyWarehouse
	read bool
	txs  map[string]eval.Tx
}

var (
	_ eval.Tx            = (*projectTx)(nil)
	_ eval.ProjectLister = (*projectTx)(nil)
)

// route returns the transaction of the project name belongs to.
func (t *projectTx) route(name string, create bool) (eval.Tx, error) {
	p, _, found := strings.Cut(strings.ToLower(name), ".")
	if !found {
		p = t.l.key()
	}
	tx, err := t.txOf(p, create)
	if e, ok := err.(*eval.Error); ok && e.Code == eval.CodeProjectNotFound {
		// A table of a project without tables is a table not found.
		return nil, eval.Errorf(eval.CodeTableNotFound, "table %s cannot be resolved: %s", strings.ToLower(name), e.Msg)
	}
	return tx, err
}

func (t *projectTx) txOf(p string, create bool) (eval.Tx, error) {
	if tx := t.txs[p]; tx != nil {
		return tx, nil
	}
	wh, err := t.l.warehouseOf(p, create)
	if err != nil {
		return nil, openError(err)
	}
	var tx eval.Tx
	if t.read {
		tx, err = wh.BeginRead()
	} else {
		tx, err = wh.Begin()
	}
	if err != nil {
		return nil, openError(err)
	}
	t.txs[p] = tx
	return tx, nil
}

// openError gives a failure to open or begin a warehouse the context the
// evaluator gives it (storageError), keeping an *eval.Error as it is.
func openError(err error) error {
	if _, ok := err.(*eval.Error); ok {
		return err
	}
	return eval.InvalidArgument("cannot open the warehouse: %v", err)
}

// each runs fn on every transaction, in project order, and returns the
// first error.
func (t *projectTx) each(fn func(eval.Tx) error) error {
	names := make([]string, 0, len(t.txs))
	for p := range t.txs {
		names = append(names, p)
	}
	sort.Strings(names)
	var first error
	for _, p := range names {
		if err := fn(t.txs[p]); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func (t *projectTx) Commit() error   { return t.each(eval.Tx.Commit) }
func (t *projectTx) Rollback() error { return t.each(eval.Tx.Rollback) }

func (t *projectTx) Table(name string) (*eval.TableInfo, error) {
	tx, err := t.route(name, false)
	if err != nil {
		return nil, err
	}
	return tx.Table(name)
}

// ListTables lists the current project's tables.
func (t *projectTx) ListTables() ([]string, error) {
	tx, err := t.txOf(t.l.key(), false)
	if err != nil {
		return nil, nil // a project without a warehouse has no tables
	}
	return tx.ListTables()
}

// ListProjectTables lists project p's tables (SHOW TABLES IN p).
func (t *projectTx) ListProjectTables(p string) ([]string, error) {
	tx, err := t.txOf(strings.ToLower(p), false)
	if err != nil {
		return nil, err
	}
	return tx.ListTables()
}

func (t *projectTx) CreateTable(info eval.TableInfo, ifNotExists bool) error {
	tx, err := t.route(info.Name, true)
	if err != nil {
		return err
	}
	return tx.CreateTable(info, ifNotExists)
}

func (t *projectTx) DropTable(name string, ifExists bool) error {
	tx, err := t.route(name, false)
	if err != nil {
		if ifExists {
			return nil
		}
		return err
	}
	return tx.DropTable(name, ifExists)
}

func (t *projectTx) TruncateTable(name string) error {
	tx, err := t.route(name, false)
	if err != nil {
		return err
	}
	return tx.TruncateTable(name)
}

func (t *projectTx) Scan(name string, fn func(row []eval.Value) error) error {
	tx, err := t.route(name, false)
	if err != nil {
		return err
	}
	return tx.Scan(name, fn)
}

func (t *projectTx) Insert(name string, overwrite bool, partition map[string]eval.Value, rows eval.RowSource) (int64, error) {
	tx, err := t.route(name, false)
	if err != nil {
		return 0, err
	}
	return tx.Insert(name, overwrite, partition, rows)
}

func (t *projectTx) Partitions(name string) ([][]eval.Value, error) {
	tx, err := t.route(name, false)
	if err != nil {
		return nil, err
	}
	return tx.Partitions(name)
}

func (t *projectTx) AddPartitions(name string, parts [][]eval.Value, ifNotExists bool) error {
	tx, err := t.route(name, false)
	if err != nil {
		return err
	}
	return tx.AddPartitions(name, parts, ifNotExists)
}

func (t *projectTx) DropPartitions(name string, parts [][]eval.Value) error {
	tx, err := t.route(name, false)
	if err != nil {
		return err
	}
	return tx.DropPartitions(name, parts)
}

func (t *projectTx) TruncatePartitions(name string, parts [][]eval.Value) error {
	tx, err := t.route(name, false)
	if err != nil {
		return err
	}
	return tx.TruncatePartitions(name, parts)
}

func (t *projectTx) ScanPartitions(name string, parts [][]eval.Value, fn func(row []eval.Value) error) error {
	tx, err := t.route(name, false)
	if err != nil {
		return err
	}
	return tx.ScanPartitions(name, parts, fn)
}

var (
	_ eval.PushScanner    = (*projectTx)(nil)
	_ eval.PushAggregator = (*projectTx)(nil)
)

// ScanPushed passes a pushed scan to the table's project; one that cannot
// take it scans whole rows, which the evaluator filters anyway.
func (t *projectTx) ScanPushed(name string, parts [][]eval.Value, spec eval.ScanSpec, fn func(row []eval.Value) error) error {
	tx, err := t.route(name, false)
	if err != nil {
		return err
	}
	switch ps, ok := tx.(eval.PushScanner); {
	case ok:
		return ps.ScanPushed(name, parts, spec, fn)
	case parts != nil:
		return tx.ScanPartitions(name, parts, fn)
	}
	return tx.Scan(name, fn)
}

// AggregatePushed passes a pushed aggregation to the table's project; one
// that cannot take it fails, and the evaluator aggregates itself.
func (t *projectTx) AggregatePushed(name string, spec eval.AggSpec, fn func(row []eval.Value) error) error {
	tx, err := t.route(name, false)
	if err != nil {
		return err
	}
	pa, ok := tx.(eval.PushAggregator)
	if !ok {
		return eval.Errorf(eval.CodeSemantic, "the warehouse of table %s cannot aggregate", name)
	}
	return pa.AggregatePushed(name, spec, fn)
}

var _ eval.CatalogErrors = (*projectTx)(nil)

// NotFoundError words the project's error for a missing table, for the
// compile-only check of a script (eval.CatalogErrors).
func (t *projectTx) NotFoundError(name string) error {
	tx, err := t.route(name, false)
	if err != nil {
		return err
	}
	if ce, ok := tx.(eval.CatalogErrors); ok {
		return ce.NotFoundError(name)
	}
	return eval.Errorf(eval.CodeTableNotFound, "table %s cannot be resolved", strings.ToLower(name))
}

// ExistsError words the project's CREATE TABLE error for a table that
// exists (eval.CatalogErrors).
func (t *projectTx) ExistsError(info eval.TableInfo) error {
	tx, err := t.route(info.Name, true)
	if err != nil {
		return err
	}
	if ce, ok := tx.(eval.CatalogErrors); ok {
		return ce.ExistsError(info)
	}
	return eval.Errorf(eval.CodeTableExists, "table %s already exists", strings.ToLower(info.Name))
}
