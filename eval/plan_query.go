package eval

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// compileQuery compiles a whole query: body, ORDER BY and LIMIT.
func (s *Session) compileQuery(q *parser.Query) (*relation, error) {
	if len(q.With) > 0 {
		return s.compileWith(q)
	}
	q, err := s.queryTail(q)
	if err != nil {
		return nil, err
	}
	var rel *relation
	if len(q.OrderBy) > 0 {
		keep := s.topKeep(q)
		sel, ok := q.Body.(*parser.Select)
		if !ok {
			rel, err = s.orderSetOp(q, keep)
		} else if rel, err = s.compileSelectTop(sel, q.OrderBy, keep); err == nil {
			// SQLite sorts when it can (pushOrderLimit); the top-N or full
			// sort in Go is the fallback.
			rel = s.pushOrderLimit(rel, q)
		}
	} else {
		rel, err = s.compileBody(q.Body)
	}
	if err != nil {
		return nil, err
	}
	if err := s.checkDistribute(q, rel); err != nil {
		return nil, err
	}
	return s.limitQuery(rel, q)
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

// fromRelation compiles a FROM item.
func (s *Session) fromRelation(ref parser.TableRef) (*relation, error) {
	switch r := ref.(type) {
	case nil:
		return &relation{sc: &scope{}, scan: func(fn func([]Value) error) error { return fn(nil) }}, nil
	case *parser.TableVar:
		v := s.lookupVar(r.Name)
		if v != nil && v.unknown {
			return nil, s.check.errUnknown("@" + r.Name)
		}
		if v == nil || !v.isTable {
			return nil, semanticError(r.Pos, "table variable @%s is not defined; assign it first with @%s := SELECT ...;", r.Name, r.Name)
		}
		rel := v.table.relation(aliasOr(r.Alias, r.Name))
		if c := s.check; c != nil {
			// Check mode holds no row of a table variable.
			rel.scan = func(func([]Value) error) error { c.taint(); return nil }
		}
		return rel, nil
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
		if cte := s.lookupCTE(r.Name); cte != nil {
			return cte.relation(r), nil
		}
		return s.tableRelation(r)
	case *parser.Join:
		return s.joinRelation(r)
	case *parser.LateralView:
		return s.lateralRelation(r)
	}
	return nil, semanticError(ref.Position(), "unsupported FROM item %T", ref)
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
