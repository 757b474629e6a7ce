package eval

import "strings"

// CatalogErrors is a Tx that can word its catalog errors about a name
// without looking the name up. Check mode uses it for the tables a script
// dropped or created before, so that its errors are the ones the run
// would give; without it such an error is no certain error.
type CatalogErrors interface {
	// NotFoundError is the error for a table that does not exist.
	NotFoundError(name string) error
	// ExistsError is CreateTable's error for info when a table of its
	// name exists (any error of info itself first).
	ExistsError(info TableInfo) error
}

// withCheckTx is withTx in check mode: fn gets the shadow catalog over a
// read transaction of the warehouse.
func (s *Session) withCheckTx(fn func(Tx) error) error {
	c := s.check
	if s.wh == nil {
		return Errorf(CodeSemantic, "reading tables needs a warehouse, and this session has none")
	}
	if c.unknownCatalog || c.noBase {
		return fn(&shadowTx{c: c})
	}
	if c.base == nil {
		begin := s.wh.Begin
		if rw, ok := s.wh.(ReadWarehouse); ok {
			begin = rw.BeginRead
		}
		tx, err := begin()
		if err != nil {
			// The run may open the warehouse another way (to write).
			c.taint()
			return storageError("cannot open the warehouse", err)
		}
		c.base = tx
	}
	return fn(&shadowTx{c: c})
}

// shadowTx is the warehouse as a check session sees it: the tables of the
// read transaction, changed by the script's CREATE and DROP so far, all
// without rows. It never writes, never reads a row, and taints the
// statement where what it would answer depends on rows (partitions, the
// list of tables) or is unknown.
type shadowTx struct{ c *checkState }

var (
	_ Tx            = (*shadowTx)(nil)
	_ ProjectLister = (*shadowTx)(nil)
)

// lookup describes a table as the run would find it at this point.
func (t *shadowTx) lookup(name string) (*TableInfo, error) {
	c := t.c
	key := tableKey(name)
	if c.unknownCatalog {
		return nil, c.errUnknown("table " + key)
	}
	if e := c.tables[key]; e != nil {
		switch {
		case e.unknown:
			return nil, c.errUnknown("table " + key)
		case e.dropped:
			return nil, t.catalogError(key, nil)
		}
		info := *e.info
		return &info, nil
	}
	if c.noBase || strings.Contains(key, ".") && len(c.tables) > 0 {
		// project.t may be a table the script created as t.
		return nil, c.errUnknown("table " + key)
	}
	info, err := c.base.Table(key)
	if err != nil && c.uncertain > 0 {
		c.taint() // the IF may have tested for the table
	}
	return info, err
}

// catalogError is the run's error for a table the script dropped (or, with
// exists, the table a CREATE names when it exists): the base transaction words it when it can.
func (t *shadowTx) catalogError(key string, exists *TableInfo) error {
	ce, ok := t.c.base.(CatalogErrors) // false without a base
	if !ok {
		return t.c.errUnknown("table " + key)
	}
	if t.c.uncertain > 0 {
		t.c.taint()
	}
	if exists != nil {
		return ce.ExistsError(*exists)
	}
	return ce.NotFoundError(key)
}

func (t *shadowTx) Table(name string) (*TableInfo, error) { return t.lookup(name) }

func (t *shadowTx) ListTables() ([]string, error) {
	t.c.taint()
	return nil, nil
}

// ListProjectTables is SHOW TABLES IN p: like ListTables, what it lists
// (and whether p exists) is for the run to find out.
func (t *shadowTx) ListProjectTables(string) ([]string, error) {
	t.c.taint()
	return nil, nil
}

func (t *shadowTx) CreateTable(info TableInfo, ifNotExists bool) error {
	c := t.c
	key := tableKey(info.Name)
	if strings.Contains(key, ".") {
		c.tables[key] = &shadowTable{unknown: true}
		return c.errUnknown("table " + key)
	}
	tainted := c.tainted
	_, err := t.lookup(key)
	switch {
	case err == nil && ifNotExists:
		return nil
	case err == nil:
		return t.catalogError(key, &info)
	case !isTableNotFound(err) && ifNotExists:
		return err // unknown: the table may be an older one
	case !isTableNotFound(err):
		// Whether or not the table exists, it has these columns if the
		// run goes on past this statement.
		c.tainted = tainted
	}
	info.Name = key
	c.tables[key] = &shadowTable{info: &info}
	return nil
}

func (t *shadowTx) DropTable(name string, ifExists bool) error {
	key := tableKey(name)
	tainted := t.c.tainted
	_, err := t.lookup(key)
	switch {
	case err == nil || ifExists && isTableNotFound(err):
	case !isTableNotFound(err):
		// Unknown: whether or not it exists, it is gone if the run goes
		// on past this statement.
		t.c.tainted = tainted
	default:
		return err
	}
	if strings.Contains(key, ".") {
		t.c.tables[key] = &shadowTable{unknown: true}
		t.c.taint()
		return nil
	}
	t.c.tables[key] = &shadowTable{dropped: true}
	return nil
}

func (t *shadowTx) TruncateTable(name string) error {
	_, err := t.lookup(name)
	return err
}

// Scan reads no row: the rows are the run's to know.
func (t *shadowTx) Scan(name string, fn func(row []Value) error) error {
	t.c.taint()
	_, err := t.lookup(name)
	return err
}

func (t *shadowTx) ScanPartitions(name string, parts [][]Value, fn func(row []Value) error) error {
	return t.Scan(name, fn)
}

// Insert checks the table and writes nothing; it never reads its rows.
func (t *shadowTx) Insert(name string, overwrite bool, partition map[string]Value, rows RowSource) (int64, error) {
	_, err := t.lookup(name)
	return 0, err
}

func (t *shadowTx) Partitions(name string) ([][]Value, error) {
	t.c.taint()
	_, err := t.lookup(name)
	return nil, err
}

func (t *shadowTx) AddPartitions(name string, parts [][]Value, ifNotExists bool) error {
	return t.partitionChange(name)
}

func (t *shadowTx) DropPartitions(name string, parts [][]Value) error {
	return t.partitionChange(name)
}

func (t *shadowTx) TruncatePartitions(name string, parts [][]Value) error {
	return t.partitionChange(name)
}

// partitionChange checks the table of a change of partitions, whose
// success depends on the partitions there are.
func (t *shadowTx) partitionChange(name string) error {
	t.c.taint()
	_, err := t.lookup(name)
	return err
}

func (t *shadowTx) Commit() error   { return nil }
func (t *shadowTx) Rollback() error { return nil }

// opaqueExpr is a value check mode does not know: a variable assigned
// from the unknown, or a call of a function that calls an outside service
// (which check mode never calls). It is no constant, so nothing folds it;
// building one taints the statement, and evaluating it fails.
type opaqueExpr struct {
	t Type
	c *checkState
}

func (e *opaqueExpr) typ() Type { return e.t }

func (e *opaqueExpr) eval([]Value) (Value, error) {
	return nil, e.c.errUnknown("a value")
}

// opaque returns an opaqueExpr of type t, tainting the statement.
func (c *checkState) opaque(t Type) expr {
	c.taint()
	return &opaqueExpr{t: t, c: c}
}
