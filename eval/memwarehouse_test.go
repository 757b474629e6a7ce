package eval

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

// MemoryWarehouse is an in-memory Warehouse for tests: Begin snapshots the
// committed tables, Commit publishes the snapshot. It counts what it is
// asked to do, checks that inserted values have their column's Go
// representation, and can be told to fail an Insert after some rows.
type MemoryWarehouse struct {
	tables              map[string]*memTable
	Begins, Commits     int
	Rollbacks, RowsRead int
	FailInsertAfter     int  // >0: Insert fails after this many rows
	ShortRows           bool // Scan yields rows missing their last value
	openTx              *memTx
}

type memTable struct {
	info  TableInfo
	rows  [][]Value
	parts [][]Value // the partition catalog, see memwarehouse_partitions_test.go
}

// NewMemoryWarehouse returns an empty warehouse.
func NewMemoryWarehouse() *MemoryWarehouse {
	return &MemoryWarehouse{tables: map[string]*memTable{}}
}

// Begin starts a transaction over a copy of the committed tables. Only one
// may be open at a time, which catches a session that forgets to end one.
func (w *MemoryWarehouse) Begin() (Tx, error) {
	if w.openTx != nil {
		return nil, errors.New("memory warehouse: a transaction is already open")
	}
	w.Begins++
	tx := &memTx{w: w, tables: map[string]*memTable{}}
	for k, t := range w.tables {
		c := *t
		c.rows = append([][]Value(nil), t.rows...)
		c.parts = append([][]Value(nil), t.parts...)
		tx.tables[k] = &c
	}
	w.openTx = tx
	return tx, nil
}

// Rows returns the committed rows of a table (nil when it does not exist).
func (w *MemoryWarehouse) Rows(name string) [][]Value {
	if t := w.tables[name]; t != nil {
		return t.rows
	}
	return nil
}

// Names returns the committed table names, sorted.
func (w *MemoryWarehouse) Names() []string {
	var names []string
	for k := range w.tables {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

type memTx struct {
	w      *MemoryWarehouse
	tables map[string]*memTable
	done   bool
}

func notFound(name string) error {
	return Errorf(CodeTableNotFound, "table %s cannot be resolved", qualifiedName(name))
}

func (tx *memTx) table(name string) (*memTable, error) {
	if tx.done {
		return nil, errors.New("memory warehouse: transaction already ended")
	}
	t := tx.tables[name]
	if t == nil {
		return nil, notFound(name)
	}
	return t, nil
}

func (tx *memTx) Table(name string) (*TableInfo, error) {
	t, err := tx.table(name)
	if err != nil {
		return nil, err
	}
	info := t.info
	return &info, nil
}

func (tx *memTx) ListTables() ([]string, error) {
	var names []string
	for k := range tx.tables {
		names = append(names, k)
	}
	sort.Strings(names)
	return names, nil
}

func (tx *memTx) CreateTable(info TableInfo, ifNotExists bool) error {
	if _, exists := tx.tables[info.Name]; exists {
		if ifNotExists {
			return nil
		}
		return Errorf(CodeTableExists, "table %s", qualifiedName(info.Name))
	}
	tx.tables[info.Name] = &memTable{info: info}
	return nil
}

func (tx *memTx) DropTable(name string, ifExists bool) error {
	if _, err := tx.table(name); err != nil {
		if ifExists && isTableNotFound(err) {
			return nil
		}
		return err
	}
	delete(tx.tables, name)
	return nil
}

func (tx *memTx) TruncateTable(name string) error {
	t, err := tx.table(name)
	if err != nil {
		return err
	}
	t.rows = nil
	return nil
}

func (tx *memTx) Scan(name string, fn func(row []Value) error) error {
	t, err := tx.table(name)
	if err != nil {
		return err
	}
	for _, r := range t.rows {
		tx.w.RowsRead++
		if tx.w.ShortRows {
			r = r[:len(r)-1]
		}
		if err := fn(r); err != nil {
			// Wrapped on purpose: the evaluator must not rely on getting
			// its own error back unwrapped.
			return fmt.Errorf("memory warehouse: scan of %s: %w", name, err)
		}
	}
	return nil
}

// Insert collects the new rows before changing anything, so that a source
// reading the same table sees its old rows, and a failure changes nothing.
func (tx *memTx) Insert(name string, overwrite bool, partition map[string]Value, rows RowSource) (int64, error) {
	t, err := tx.table(name)
	if err != nil {
		return 0, err
	}
	cols := allColumns(&t.info)
	var added [][]Value
	err = rows(func(row []Value) error {
		if tx.w.FailInsertAfter > 0 && len(added) == tx.w.FailInsertAfter {
			return errors.New("disk full")
		}
		if err := checkRow(row, cols); err != nil {
			return err
		}
		added = append(added, append([]Value(nil), row...))
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("memory warehouse: insert into %s: %w", name, err)
	}
	if len(t.info.PartitionColumns) == 0 || partition == nil {
		if overwrite {
			t.rows, t.parts = nil, nil
		}
		t.rows = append(t.rows, added...)
		t.addParts(t.partsOf(added, nil))
		return int64(len(added)), nil
	}
	written := t.partsOf(added, partition)
	if overwrite {
		t.rows = t.rowsOutside(written)
	}
	t.rows = append(t.rows, added...)
	t.addParts(written)
	return int64(len(added)), nil
}

// checkRow verifies that each value has its column's Go representation.
func checkRow(row []Value, cols []Column) error {
	if len(row) != len(cols) {
		return fmt.Errorf("row has %d values for %d columns", len(row), len(cols))
	}
	for i, v := range row {
		if v == nil {
			continue
		}
		ok := true
		switch k := cols[i].Type.Kind; {
		case k.IsInteger():
			_, ok = v.(int64)
		case k == KindFloat || k == KindDouble:
			_, ok = v.(float64)
		case k == KindDecimal:
			_, ok = v.(Decimal)
		case k.IsString():
			_, ok = v.(string)
		case k == KindBinary:
			_, ok = v.([]byte)
		case k == KindBoolean:
			_, ok = v.(bool)
		case k == KindDate || k == KindDatetime || k == KindTimestamp:
			_, ok = v.(time.Time)
		}
		if !ok {
			return fmt.Errorf("column %s (%s) got a %T", cols[i].Name, cols[i].Type, v)
		}
	}
	return nil
}

func (tx *memTx) Commit() error {
	if tx.done {
		return errors.New("memory warehouse: transaction already ended")
	}
	tx.done, tx.w.openTx = true, nil
	tx.w.Commits++
	tx.w.tables = tx.tables
	return nil
}

func (tx *memTx) Rollback() error {
	if tx.done {
		return errors.New("memory warehouse: transaction already ended")
	}
	tx.done, tx.w.openTx = true, nil
	tx.w.Rollbacks++
	return nil
}
