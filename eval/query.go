package eval

import (
	"errors"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// relation is a compiled query or FROM source: its columns and a scan that
// streams its rows. A row passed to fn is valid only until fn returns and
// must not be modified: stored rows are handed out without a copy, and a
// projection reuses its output row, so per-row work does not allocate it.
// Whatever keeps rows (materialize, sorting) copies them.
type relation struct {
	cols []Column
	sc   *scope // how its columns are named inside an enclosing query
	scan func(fn func(row []Value) error) error
}

// materialized is a relation held in memory (table variables, sorted results).
type materialized struct {
	cols []Column
	rows [][]Value
}

func (m *materialized) relation(qual string) *relation {
	return &relation{
		cols: m.cols,
		sc:   scopeOf(qual, m.cols),
		scan: func(fn func([]Value) error) error {
			for _, r := range m.rows {
				if err := fn(r); err != nil {
					return err
				}
			}
			return nil
		},
	}
}

func materialize(rel *relation) (*materialized, error) {
	m := &materialized{cols: rel.cols}
	err := rel.scan(func(row []Value) error {
		m.rows = append(m.rows, append([]Value(nil), row...))
		return nil
	})
	return m, err
}

// compileQuery compiles a whole query: body, ORDER BY and LIMIT.
func (s *Session) compileQuery(q *parser.Query) (*relation, error) {
	if len(q.OrderBy) > 0 {
		sel, ok := q.Body.(*parser.Select)
		if !ok {
			return s.orderSetOp(q)
		}
		rel, err := s.compileSelect(sel, q.OrderBy)
		if err != nil {
			return nil, err
		}
		return s.limit(rel, q.Limit)
	}
	rel, err := s.compileBody(q.Body)
	if err != nil {
		return nil, err
	}
	return s.limit(rel, q.Limit)
}

func (s *Session) compileBody(b parser.QueryBody) (*relation, error) {
	switch b := b.(type) {
	case *parser.Select:
		return s.compileSelect(b, nil)
	case *parser.SetOp:
		return s.compileSetOp(b)
	case *parser.Values:
		return s.valuesRelation(b.Pos, b.Rows, "", nil)
	case *parser.Query:
		// A parenthesized operand of a set operation with its own ORDER BY or LIMIT.
		return s.compileQuery(b)
	}
	return nil, semanticError(b.Position(), "unsupported query %T", b)
}

// limit applies LIMIT n; n must be a constant non-negative integer.
func (s *Session) limit(rel *relation, e parser.Expr) (*relation, error) {
	if e == nil {
		return rel, nil
	}
	x, err := s.compileScalar(e)
	if err != nil {
		return nil, err
	}
	v, _ := x.eval(nil)
	n, ok := v.(int64)
	if !ok || !x.typ().Kind.IsInteger() || n < 0 {
		return nil, semanticError(e.Position(), "LIMIT needs a constant non-negative integer")
	}
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		if n == 0 {
			return nil
		}
		seen := int64(0)
		err := inner(func(row []Value) error {
			seen++
			if err := fn(row); err != nil {
				return err
			}
			if seen >= n {
				return errStopScan
			}
			return nil
		})
		if errors.Is(err, errStopScan) {
			return nil
		}
		return err
	}
	return &out, nil
}

// errStopScan ends a scan early without an error (LIMIT).
var errStopScan = &Error{Code: CodeSemantic, Msg: "scan stopped"}

// fromRelation compiles a FROM item.
func (s *Session) fromRelation(ref parser.TableRef) (*relation, error) {
	switch r := ref.(type) {
	case nil:
		return &relation{sc: &scope{}, scan: func(fn func([]Value) error) error { return fn(nil) }}, nil
	case *parser.TableVar:
		v := s.lookupVar(r.Name)
		if v == nil || !v.isTable {
			return nil, semanticError(r.Pos, "table variable @%s is not defined; assign it first with @%s := SELECT ...;", r.Name, r.Name)
		}
		return v.table.relation(aliasOr(r.Alias, r.Name)), nil
	case *parser.ValuesTable:
		return s.valuesRelation(r.Pos, r.Rows, r.Alias, r.Columns)
	case *parser.SubqueryTable:
		rel, err := s.compileQuery(r.Query)
		if err != nil {
			return nil, err
		}
		rel.sc = scopeOf(r.Alias, rel.cols)
		return rel, nil
	case *parser.TableName:
		return s.tableRelation(r)
	case *parser.Join:
		return s.joinRelation(r)
	}
	return nil, semanticError(ref.Position(), "unsupported FROM item %T", ref)
}

// tableRelation reads a warehouse table. Its rows stream from the
// warehouse's Scan; without a warehouse the table cannot be resolved.
func (s *Session) tableRelation(r *parser.TableName) (*relation, error) {
	if s.wh == nil {
		return nil, &Error{Code: CodeTableNotFound, Pos: r.Pos, HasPos: true,
			Msg: "table " + qualifiedName(r.Name) + " cannot be resolved"}
	}
	info, err := s.tableInfo(r.Pos, r.Name)
	if err != nil {
		return nil, err
	}
	cols := allColumns(info)
	name := tableKey(r.Name)
	return &relation{
		cols: cols,
		sc:   scopeOf(aliasOr(r.Alias, tableQualifier(r.Name)), cols),
		scan: func(fn func([]Value) error) error {
			return s.withTx(func(tx Tx) error { return scanTable(tx, r.Pos, name, len(cols), fn) })
		},
	}, nil
}

// scanTable streams a table of width columns into fn. An error of fn comes
// back as fn returned it, however the warehouse reports it (LIMIT stops a
// scan with a sentinel); any other error is the warehouse's, placed at pos.
func scanTable(tx Tx, pos parser.Pos, name string, width int, fn func([]Value) error) error {
	var fnErr, badRow error
	err := tx.Scan(name, func(row []Value) error {
		if len(row) != width {
			// Compiled expressions index rows blindly: refuse a bad row here.
			badRow = InvalidArgument("the warehouse gave a row of %d values for the %d columns of table %s", len(row), width, name)
			return badRow
		}
		fnErr = fn(row)
		return fnErr
	})
	switch {
	case fnErr != nil:
		return fnErr
	case badRow != nil:
		return At(pos, badRow)
	case err != nil:
		return At(pos, storageError("cannot read table "+name, err))
	}
	return nil
}

func aliasOr(alias, name string) string {
	if alias != "" {
		return alias
	}
	return name
}

func qualifiedName(name string) string {
	if strings.Contains(name, ".") {
		return name
	}
	return "default." + name
}

// valuesRelation compiles VALUES rows; each column gets the common type of
// its values.
func (s *Session) valuesRelation(pos parser.Pos, rows [][]parser.Expr, alias string, names []string) (*relation, error) {
	width := len(rows[0])
	if len(names) > 0 && len(names) != width {
		return nil, semanticError(pos, "VALUES has %d columns but the alias names %d", width, len(names))
	}
	compiled := make([][]expr, len(rows))
	for i, r := range rows {
		if len(r) != width {
			return nil, semanticError(r[0].Position(), "VALUES row %d has %d values, the first row has %d", i+1, len(r), width)
		}
		xs, _, err := (&compiler{s: s, sc: &scope{}}).exprs(r)
		if err != nil {
			return nil, err
		}
		compiled[i] = xs
	}
	cols := make([]Column, width)
	for j := range cols {
		column := make([]expr, len(rows))
		for i := range rows {
			column[i] = compiled[i][j]
		}
		t, err := commonOf(column, rows[0][j].Position(), "VALUES")
		if err != nil {
			return nil, err
		}
		cols[j] = Column{Name: columnName(j, names), Type: t}
		for i := range rows {
			if compiled[i][j], err = convert(compiled[i][j], t, rows[i][j].Position()); err != nil {
				return nil, err
			}
		}
	}
	m := &materialized{cols: cols}
	for _, xs := range compiled {
		row := make([]Value, width)
		for j, x := range xs {
			v, err := x.eval(nil)
			if err != nil {
				return nil, err
			}
			row[j] = v
		}
		m.rows = append(m.rows, row)
	}
	return m.relation(alias), nil
}

func columnName(i int, names []string) string {
	if i < len(names) {
		return names[i]
	}
	return "_c" + strconv.Itoa(i)
}
