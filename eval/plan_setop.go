package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// compileSetOp compiles UNION, INTERSECT and EXCEPT; columns take the
// common type of both sides and the names of the left one.
func (s *Session) compileSetOp(op *parser.SetOp) (*relation, error) {
	if err := checkSetOpBranches(op); err != nil {
		return nil, err
	}
	l, err := s.compileBody(op.Left)
	if err != nil {
		return nil, err
	}
	r, err := s.compileBody(op.Right)
	if err != nil {
		return nil, err
	}
	if len(l.cols) != len(r.cols) {
		return nil, semanticError(op.Pos, "both sides of %s need the same number of columns, got %d and %d", op.Op, len(l.cols), len(r.cols))
	}
	cols := make([]Column, len(l.cols))
	for i := range cols {
		t, err := setOpColumnType(op, i, l.cols[i].Type, r.cols[i].Type)
		if err != nil {
			return nil, err
		}
		cols[i] = Column{Name: l.cols[i].Name, Type: t}
	}
	if l, err = convertRelation(l, cols, op.Pos); err != nil {
		return nil, err
	}
	if r, err = convertRelation(r, cols, op.Pos); err != nil {
		return nil, err
	}
	rel := &relation{cols: cols, sc: scopeOf("", cols), scan: setScan(&s.mem, strings.ToUpper(op.Op), op.All, l.scan, r.scan)}
	if !op.All {
		rel = distinct(&s.mem, rel)
	}
	return rel, nil
}

// convertRelation converts each column of rel to the given types.
func convertRelation(rel *relation, cols []Column, pos parser.Pos) (*relation, error) {
	convs := make([]func(Value) (Value, error), len(cols))
	needed := false
	for i, c := range cols {
		if rel.cols[i].Type.Equal(c.Type) || rel.cols[i].Type.Kind == KindVoid {
			continue
		}
		fn, err := Converter(rel.cols[i].Type, c.Type, false)
		if err != nil {
			return nil, At(pos, err)
		}
		convs[i], needed = fn, true
	}
	if !needed {
		return rel, nil
	}
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		var buf []Value
		return inner(func(row []Value) error {
			buf = append(buf[:0], row...)
			out := buf
			for i, conv := range convs {
				if conv == nil || out[i] == nil {
					continue
				}
				v, err := conv(out[i])
				if err != nil {
					return At(pos, err)
				}
				out[i] = v
			}
			return fn(out)
		})
	}
	return &out, nil
}

// orderSetOp sorts the result of a set operation by output column names;
// keep is as for sorted.
func (s *Session) orderSetOp(q *parser.Query, keep int64) (*relation, error) {
	rel, err := s.compileBody(q.Body)
	if err != nil {
		return nil, err
	}
	var keys []sortKey
	for _, o := range q.OrderBy {
		if i, ok, err := s.positionKey(o, rel.cols); ok || err != nil {
			if err != nil {
				return nil, err
			}
			keys = append(keys, orderKey(i, o))
			continue
		}
		id, ok := o.Expr.(*parser.Ident)
		i := -1
		if ok && len(id.Parts) == 1 {
			i = outputIndex(rel.cols, id.Parts[0])
		}
		if i < 0 {
			return nil, semanticError(o.Pos, "ORDER BY of a %s must name an output column", "set operation")
		}
		keys = append(keys, orderKey(i, o))
	}
	return sorted(&s.mem, rel, rel.cols, keys, len(rel.cols), keep), nil
}
