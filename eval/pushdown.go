package eval

import (
	"os"
	"reflect"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Pushdown: a warehouse that stores tables in a SQL engine can do part of
// a query's work itself — read only the columns a query uses, skip the
// rows a WHERE condition rejects — instead of handing every column of
// every row to the evaluator. The evaluator asks for that only where the
// result is identical by construction:
//
//   - A pruned scan still gives rows of the table's full width; the
//     columns the statement never names are NULL. A column counts as named
//     when any identifier or name anywhere in the statement's text equals
//     it, so a miss can only read too much; a statement with `*` (not
//     count(*)), a NATURAL JOIN or a regular-expression column reads
//     every column.
//   - A pushed filter (PushCond) holds only comparisons of a column with
//     constants of the same type family whose SQL meaning equals
//     MaxCompute's (pushdown_where.go), and the evaluator still applies the
//     whole WHERE to the rows that come back: pushing only drops rows the
//     WHERE would drop.

// FlagPushdown turns pushdown off (false) or on (true, the default); the
// environment variable MCSQL_PUSHDOWN sets the default, so that a test run
// can compare both paths.
const FlagPushdown = "odps.mcsql.pushdown"

// ScanSpec says what a pushed scan reads.
type ScanSpec struct {
	// Columns are the indexes (columns, then partition columns) to read,
	// ascending; the others are NULL in the rows given. Nil reads all.
	Columns []int
	// Where, when not nil, keeps only the rows it holds TRUE for.
	Where *PushCond
	// Order, when not nil, sorts the rows by these keys, then in table
	// order; Limit, when above 0, keeps the first Limit rows.
	Order []PushOrder
	Limit int64
}

// PushOp is the operator of a PushCond.
type PushOp int

// Pushed condition operators.
const (
	PushAnd       PushOp = iota // all of Args
	PushOr                      // any of Args
	PushNot                     // not Args[0]
	PushCmp                     // Column Cmp Values[0]
	PushIsNull                  // Column IS NULL
	PushIsNotNull               // Column IS NOT NULL
	PushIn                      // Column IN Values (none NULL)
	PushNotFalse                // Args[0] IS NOT FALSE: TRUE or NULL
)

// PushCond is a filter a warehouse evaluates with SQL's three-valued
// logic. Values have the column's type (integers, strings, booleans), so
// that the warehouse encodes them as it stores the column.
type PushCond struct {
	Op     PushOp
	Cmp    string // = <> < <= > >= for PushCmp
	Column int
	Args   []*PushCond
	Values []Value
}

// PushScanner is a Tx that can run a pushed scan. parts restricts the scan
// to the given partitions (as ScanPartitions); nil reads the whole table.
type PushScanner interface {
	ScanPushed(name string, parts [][]Value, spec ScanSpec, fn func(row []Value) error) error
}

// pushdownDefault is MCSQL_PUSHDOWN's value, read once.
var pushdownDefault = func() bool {
	v, err := strconv.ParseBool(strings.TrimSpace(os.Getenv("MCSQL_PUSHDOWN")))
	return err != nil || v
}()

// pushdownOn reports whether the session pushes work to the warehouse.
func (s *Session) pushdownOn() bool {
	if v, ok := s.ctx.Flag(FlagPushdown); ok {
		b, err := strconv.ParseBool(strings.TrimSpace(v))
		return err != nil || b
	}
	return pushdownDefault
}

// stmtNames is what a statement's text names, for column pruning.
type stmtNames struct {
	names  map[string]bool // every identifier part and string, lower case
	tables map[*parser.TableName]bool
	all    bool // the statement may read columns it does not name
}

// analyzeNames collects the names in a statement. It walks the syntax tree
// by reflection so that no kind of node can be forgotten: every string
// field counts as a name.
func analyzeNames(st parser.Stmt) *stmtNames {
	n := &stmtNames{names: map[string]bool{}, tables: map[*parser.TableName]bool{}}
	n.walk(reflect.ValueOf(st), 0)
	return n
}

func (n *stmtNames) walk(v reflect.Value, depth int) {
	if n.all || depth > 200 {
		n.all = true
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			if !v.CanInterface() {
				n.all = true // not a node of the parser's: be safe
				return
			}
			n.node(v)
			n.walk(v.Elem(), depth+1)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			n.walk(v.Field(i), depth+1)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			n.walk(v.Index(i), depth+1)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			n.walk(it.Key(), depth+1)
			n.walk(it.Value(), depth+1)
		}
	case reflect.String:
		n.names[strings.ToLower(v.String())] = true
	}
}

// node notes the nodes that read columns without naming them.
func (n *stmtNames) node(v reflect.Value) {
	switch x := v.Interface().(type) {
	case *parser.SelectItem:
		n.all = n.all || x.Star
	case *parser.Call:
		// count(*) reads no column; struct(*) and the like read them all.
		n.all = n.all || x.Star && !strings.EqualFold(x.Name, "count")
	case *parser.Join:
		n.all = n.all || x.Natural
	case *parser.TableName:
		n.tables[x] = true
	case *parser.Ident:
		for _, p := range x.Parts {
			if strings.ContainsAny(p, "()|*?+[]{}^$\\") {
				n.all = true // perhaps a regular expression of column names
			}
		}
	}
}

// prunedColumns returns the columns of cols a statement names, or nil to
// read them all.
func (n *stmtNames) prunedColumns(r *parser.TableName, cols []Column) []int {
	if n == nil || n.all || !n.tables[r] {
		return nil
	}
	used := []int{}
	for i, c := range cols {
		if n.names[strings.ToLower(c.Name)] {
			used = append(used, i)
		}
	}
	if len(used) == len(cols) {
		return nil
	}
	return used
}

// pushTarget is what a table relation pushes to the warehouse; the
// planner fills in where after compiling the WHERE clause.
type pushTarget struct {
	cols  []int
	where *PushCond
	// order and limit are set while a pushed ORDER BY ... LIMIT runs
	// (pushdown_order.go).
	order []PushOrder
	limit int64
	// notPushed is set by a scan asked for an order it could not push.
	notPushed bool
	// name is the table's; qual is the name the FROM clause gives it.
	name, qual string
	sc         *scope
}

// spec returns the pushed scan's description.
func (p *pushTarget) spec() ScanSpec {
	return ScanSpec{Columns: p.cols, Where: p.where, Order: p.order, Limit: p.limit}
}

// mayPush reports whether the session's table scans may push work: with
// pushdown on, outside check mode, and (inside a script, whose transaction
// is at hand) a transaction that takes it. Outside a script each scan
// finds out from its own transaction.
func (s *Session) mayPush() bool {
	if s.wh == nil || s.check != nil || !s.pushdownOn() {
		return false
	}
	if s.tx == nil {
		return true
	}
	_, ok := s.tx.(PushScanner)
	return ok
}

// pushedScan runs a table scan through the warehouse's PushScanner when it
// has one and pushdown is on, else through scan.
func (s *Session) pushedScan(tx Tx, p *pushTarget, name string, parts [][]Value, scan func(func([]Value) error) error) func(func([]Value) error) error {
	ps, ok := tx.(PushScanner)
	if p != nil && p.order != nil && (!ok || !s.pushdownOn()) {
		// The caller sorts instead (pushOrderLimit): no row yet.
		return func(func([]Value) error) error { p.notPushed = true; return nil }
	}
	if !ok || p == nil || !s.pushdownOn() || (p.cols == nil && p.where == nil && p.order == nil) {
		return scan
	}
	spec := p.spec()
	return func(f func([]Value) error) error { return ps.ScanPushed(name, parts, spec, f) }
}
