package eval

import (
	"github.com/mcsql/mcsql/parser"
)

// Subqueries inside expressions: scalar `(SELECT ...)`, `x [NOT] IN
// (SELECT ...)` and `[NOT] EXISTS (SELECT ...)`, in WHERE, the select list,
// HAVING, ON and IF conditions.
//
// A subquery is compiled with an outerScope linking it to the query it is
// written in: a name its own FROM clause does not have resolves against the
// enclosing queries, nearest first (compiler.outerColumn), as an
// outerColExpr that reads the enclosing query's current row from the link.
// Whoever runs the subquery binds that row first. Each subquery then gets
// one of three plans, chosen once per statement:
//
//  1. Uncorrelated (nothing was read through the link): a scalar subquery
//     runs once, at compile time, and becomes a constant; IN and EXISTS
//     build their answer once, at the first row (semiProbe without keys).
//  2. Decorrelated: an IN or EXISTS over a plain SELECT (no GROUP BY,
//     aggregate, ORDER BY or LIMIT) whose WHERE reads the outer query only
//     in conjuncts `inner expression = outer expression` — the semi join
//     MaxCompute itself turns it into (its SUBQUERY page: "these filtering
//     conditions are part of the ON condition in SEMI JOIN"). The subquery
//     without those conjuncts runs once into a hash table keyed on the
//     inner sides; each outer row probes it with the outer sides (semiProbe).
//  3. Anything else (correlation under OR, in a non-equality, in the select
//     list, with aggregates, two levels up, ...): the compiled subquery is
//     run again for each outer row, with that row bound (correlatedExpr).
//     A nested loop: correct for every form, slower for big inputs.
//
// Columns of an enclosing grouped query (a subquery in its select list or
// HAVING) are read from its post-aggregation row, so they must be GROUP BY
// keys there, as any other column reference.

// outerScope links a subquery to the query it is written in.
type outerScope struct {
	c    *compiler // the enclosing query's compiler: its scope and its own link
	row  []Value   // the enclosing query's current row, bound while the subquery runs
	used bool      // something inside resolved a name through this link
}

// outerColumn resolves a name the query's own columns do not have against
// the enclosing queries, nearest first; ok is false when none has it.
func (c *compiler) outerColumn(e *parser.Ident) (x expr, ok bool, err error) {
	var path []*outerScope
	for o := c.outer; o != nil; o = o.c.outer {
		path = append(path, o)
		i, rest, err := o.c.sc.resolve(e.Pos, e.Parts)
		if err != nil {
			return nil, true, err
		}
		if i < 0 {
			continue
		}
		index, t := i, o.c.sc.cols[i].t
		if g := o.c.group; g != nil {
			// The enclosing query's rows are post-aggregation rows here.
			col, err := g.column(e.Pos, i, e.Parts[len(e.Parts)-len(rest)-1])
			if err != nil {
				return nil, true, err
			}
			index, t = col.(*colExpr).index, col.typ()
		}
		for _, p := range path {
			p.used = true
		}
		x, err := c.fields(&outerColExpr{o: o, index: index, t: t, pos: e.Pos}, rest, e.Pos)
		return x, true, err
	}
	return nil, false, nil
}

// compileSubquery compiles q as a subquery of the query c compiles.
func (c *compiler) compileSubquery(q *parser.Query) (*relation, *outerScope, error) {
	o := &outerScope{c: c}
	prev := c.s.outer
	c.s.outer = o
	defer func() { c.s.outer = prev }()
	rel, err := c.s.compileQuery(q)
	return rel, o, err
}

// scalarSubquery compiles a scalar subquery: one column, at most one row
// (none gives NULL).
func (c *compiler) scalarSubquery(e *parser.Subquery) (expr, bool, error) {
	rel, o, err := c.compileSubquery(e.Query)
	if err != nil {
		return nil, false, err
	}
	if len(rel.cols) != 1 {
		return nil, false, semanticError(e.Pos, "a scalar subquery must return one column, it returns %d; select one expression (in a select list, a subquery of several columns is written (SELECT x, y ...) AS (a, b))", len(rel.cols))
	}
	t := rel.cols[0].Type
	if o.used {
		if p, ok, err := c.decorrelateScalar(e.Query); err != nil {
			return nil, false, err
		} else if ok {
			return p, false, nil
		}
		return &correlatedExpr{o: o, rel: rel, kind: subScalar, t: t, pos: e.Pos}, false, nil
	}
	var list []Value
	err = rel.scan(func(row []Value) error {
		list = append(list, row[0])
		return nil
	})
	switch {
	case err != nil:
		return nil, false, err
	case len(list) > 1:
		return nil, false, tooManyRows(e.Pos, len(list))
	case len(list) == 0:
		return &constExpr{t: t}, true, nil
	}
	return &constExpr{t: t, v: list[0]}, true, nil
}

func tooManyRows(pos parser.Pos, n int) error {
	more := ""
	if n < 0 {
		n, more = 2, " or more"
	}
	return semanticError(pos, "scalar subquery returned %d%s rows; it must return at most one (add a WHERE, an aggregate or LIMIT 1)", n, more)
}

// exists compiles [NOT] EXISTS (subquery).
func (c *compiler) exists(e *parser.Exists) (expr, bool, error) {
	rel, o, err := c.compileSubquery(e.Query)
	if err != nil {
		return nil, false, err
	}
	if !o.used {
		return &semiProbe{build: rel.scan, exists: true, mem: &c.s.mem}, false, nil
	}
	if p, ok, err := c.decorrelate(e.Query, nil, nil); err != nil {
		return nil, false, err
	} else if ok {
		return p, false, nil
	}
	return &correlatedExpr{o: o, rel: rel, kind: subExists, t: BooleanType, pos: e.Pos}, false, nil
}

// inSubquery compiles x [NOT] IN (subquery); x is the compiled left side.
func (c *compiler) inSubquery(e *parser.In, x expr) (expr, error) {
	rel, o, err := c.compileSubquery(e.Query)
	if err != nil {
		return nil, err
	}
	if len(rel.cols) != 1 {
		return nil, semanticError(e.Pos, "the subquery of IN must return one column, it returns %d", len(rel.cols))
	}
	t, ok := CommonType(x.typ(), rel.cols[0].Type)
	if !ok {
		return nil, &Error{Code: CodeArgumentType, Pos: e.Pos, HasPos: true,
			Msg: "IN compares " + x.typ().String() + " with " + rel.cols[0].Type.String() + ", which have no common type"}
	}
	if x, err = convert(x, t, e.X.Position()); err != nil {
		return nil, err
	}
	if !o.used {
		build, err := convertedScan(rel, t, e.Pos)
		return &semiProbe{build: build, x: x, not: e.Not, mem: &c.s.mem}, err
	}
	if p, ok, err := c.decorrelate(e.Query, e, x); err != nil {
		return nil, err
	} else if ok {
		return p, nil
	}
	eq, err := ResolveBinary("=", t, t)
	if err != nil {
		return nil, At(e.Pos, err)
	}
	build, err := convertedScan(rel, t, e.Pos)
	return &correlatedExpr{o: o, rel: &relation{cols: rel.cols, scan: build}, kind: subIn, t: BooleanType,
		x: x, eq: eq, not: e.Not, pos: e.Pos}, err
}

// convertedScan is rel's scan with its one column converted to t.
func convertedScan(rel *relation, t Type, pos parser.Pos) (func(func([]Value) error) error, error) {
	conv, err := convertRelation(rel, []Column{{Name: rel.cols[0].Name, Type: t}}, pos)
	if err != nil {
		return nil, err
	}
	return conv.scan, nil
}
