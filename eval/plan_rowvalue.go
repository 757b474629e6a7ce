package eval

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Row values, the SUBQUERY page's multi-column forms:
//
//	(c, d) [NOT] IN (SELECT a, b FROM t2 WHERE e = t1.e)
//	(c, d) [NOT] IN ((1, 3), (1, 1))
//	(a, b) = (SELECT a, b FROM t1 WHERE c = t2.c)   -- in WHERE or the select list
//	SELECT (SELECT a, b FROM t2 WHERE c = t1.c) AS (a, b), ... FROM t1
//
// The page allows only equality for them ("只支持等值比较"). Two rows are
// equal when every pair of values is; a pair with a NULL makes the result
// NULL unless another pair differs (SQL's row comparison). IN is TRUE when
// some row of the subquery or list is equal, NULL when none is but one
// compares NULL, FALSE otherwise; NOT IN negates it.
//
// A list of rows and `(a, b) = (c, d)` are rewritten into ANDs and ORs of
// plain comparisons, which have exactly that logic. A subquery is compiled
// once; uncorrelated, it runs once (at the first row) into a hash set;
// correlated only by `inner = outer` conjuncts (IN), it runs once into hash
// sets by those keys (decorrelateRow); otherwise it runs again for each
// outer row with that row bound.

// rowIn compiles (x1, ..., xn) [NOT] IN (...).
func (c *compiler) rowIn(e *parser.In, r *parser.Row) (expr, bool, error) {
	if e.Query == nil {
		var anyEq parser.Expr
		for _, item := range e.List {
			other, ok := item.(*parser.Row)
			if !ok {
				return nil, false, semanticError(item.Position(), "%s IN (...) compares rows: its list must hold rows of %d values, like ((1, 2), (3, 4))", rowText(r), len(r.Items))
			}
			var eq parser.Expr = &parser.Binary{Pos: other.Pos, Op: "=", L: r, R: other}
			if anyEq != nil {
				eq = &parser.Binary{Pos: other.Pos, Op: "OR", L: anyEq, R: eq}
			}
			anyEq = eq
		}
		if e.Not {
			anyEq = &parser.Unary{Pos: e.Pos, Op: "NOT", X: anyEq}
		}
		x, err := c.expr(anyEq)
		return x, err == nil && isConst(x), err
	}
	q, err := c.rowSubquery(r, e.Query, e.Pos, "IN")
	if err != nil {
		return nil, false, err
	}
	if q.o != nil {
		if err := c.decorrelateRow(e.Query, q); err != nil {
			return nil, false, err
		}
	}
	return &rowInExpr{q: q, not: e.Not}, false, nil
}

// decorrelateRow gives a correlated (x1, ..., xn) IN (SELECT ...) the hash
// plan of plan_decorrelate.go when the subquery is a plain SELECT whose
// WHERE reads the enclosing query only in `inner = outer` conjuncts: it
// runs once without them, into sets of rows by the inner keys. Any other
// shape keeps the per-row run.
func (c *compiler) decorrelateRow(query *parser.Query, q *rowQuery) error {
	sel, isSelect := query.Body.(*parser.Select)
	if !isSelect || query.OrderBy != nil || query.Limit != nil || needsGrouping(sel, nil) ||
		sel.Distinct || len(sel.Items) != len(q.xs) {
		return nil
	}
	for _, it := range sel.Items {
		if it.Star {
			return nil
		}
	}
	parts, ok, err := c.splitCorrelated(sel)
	if err != nil || !ok || parts.outerKeys == nil {
		return err
	}
	keys := parts.innerKeys
	for i, it := range sel.Items {
		value, reads, err := compileSide(parts.inner, parts.o, it.Expr)
		if err != nil || reads.outer {
			return err
		}
		if value, err = convert(value, q.xs[i].typ(), it.Pos); err != nil {
			return err
		}
		keys = append(keys, value)
	}
	q.outerKeys = parts.outerKeys
	q.build = streamScan(c.s.cancellable(parts.src.scan), parts.where, keys)
	return nil
}

// rowCompare compiles a comparison with a row value on either side.
func (c *compiler) rowCompare(e *parser.Binary) (expr, bool, error) {
	if op := e.Op; op != "=" && op != "==" {
		return nil, false, semanticError(e.Pos, "row values can only be compared with =, not %s; compare their values one by one", strings.ToUpper(op))
	}
	l, isRow := e.L.(*parser.Row)
	other := e.R
	if !isRow { // (SELECT ...) = (a, b)
		l, other = e.R.(*parser.Row), e.L
	}
	switch r := other.(type) {
	case *parser.Row:
		if len(r.Items) != len(l.Items) {
			return nil, false, semanticError(e.Pos, "%s = %s compares rows of %d and %d values; give both as many", rowText(l), rowText(r), len(l.Items), len(r.Items))
		}
		var all parser.Expr
		for i := range l.Items {
			var eq parser.Expr = &parser.Binary{Pos: e.Pos, Op: "=", L: l.Items[i], R: r.Items[i]}
			if all != nil {
				eq = &parser.Binary{Pos: e.Pos, Op: "AND", L: all, R: eq}
			}
			all = eq
		}
		x, err := c.expr(all)
		return x, err == nil && isConst(x), err
	case *parser.Subquery:
		q, err := c.rowSubquery(l, r.Query, e.Pos, "=")
		if err != nil {
			return nil, false, err
		}
		return &rowEqExpr{q: q}, false, nil
	}
	return nil, false, semanticError(e.Pos, "%s can only be compared with a row of %d values or a subquery that returns %d columns", rowText(l), len(l.Items), len(l.Items))
}

// rowSubquery compiles the subquery a row value r is compared with; both
// sides are converted to their common types, column by column.
func (c *compiler) rowSubquery(r *parser.Row, q *parser.Query, pos parser.Pos, op string) (*rowQuery, error) {
	xs, _, err := c.exprs(r.Items)
	if err != nil {
		return nil, err
	}
	rel, o, err := c.compileSubquery(q)
	if err != nil {
		return nil, err
	}
	if len(rel.cols) != len(xs) {
		return nil, semanticError(pos, "%s %s (SELECT ...) compares %s with a subquery that returns %s; select as many columns as the row has values", rowText(r), op, plural(len(xs), "value"), plural(len(rel.cols), "column"))
	}
	out := &rowQuery{xs: xs, eqs: make([]*BinaryOp, len(xs)), pos: pos, mem: &c.s.mem}
	cols := make([]Column, len(xs))
	for i, x := range xs {
		t, ok := CommonType(x.typ(), rel.cols[i].Type)
		if !ok {
			return nil, &Error{Code: CodeArgumentType, Pos: r.Items[i].Position(), HasPos: true,
				Msg: fmt.Sprintf("%s compares %s with %s (column %d of the subquery), which have no common type", op, x.typ(), rel.cols[i].Type, i+1)}
		}
		if out.xs[i], err = convert(x, t, r.Items[i].Position()); err != nil {
			return nil, err
		}
		if out.eqs[i], err = ResolveBinary("=", t, t); err != nil {
			return nil, At(pos, err)
		}
		cols[i] = Column{Name: rel.cols[i].Name, Type: t}
	}
	if out.rel, err = convertRelation(rel, cols, pos); err != nil {
		return nil, err
	}
	if o.used {
		out.o = o
	}
	return out, nil
}

// subqueryColumns compiles a subquery of several columns in a select list,
// `(SELECT x, y ...) AS (a, b)` (the SUBQUERY page's multi-column SCALAR
// SUBQUERY) or `(SELECT x, y ...)` (its "select (<select_statement>) from
// <table_name>"; the columns keep the subquery's names): one output column
// per column of the subquery, which returns at most one row (none gives
// NULLs). xs is nil when the subquery has one column and no AS (...): it
// is an ordinary scalar subquery then.
func (c *compiler) subqueryColumns(it *parser.SelectItem, sub *parser.Subquery) (cols []Column, xs []expr, err error) {
	rel, o, err := c.compileSubquery(sub.Query)
	if err != nil {
		return nil, nil, err
	}
	if it.Columns == nil && len(rel.cols) == 1 {
		return nil, nil, nil
	}
	if it.Columns != nil && len(rel.cols) != len(it.Columns) {
		return nil, nil, semanticError(it.Pos, "AS (%s) names %s, but the subquery returns %s; give one name per column", strings.Join(it.Columns, ", "), plural(len(it.Columns), "column"), plural(len(rel.cols), "column"))
	}
	q := &rowQuery{rel: rel, pos: sub.Pos, mem: &c.s.mem}
	if o.used {
		q.o = o
	}
	cols = make([]Column, len(rel.cols))
	xs = make([]expr, len(rel.cols))
	for i, col := range rel.cols {
		cols[i] = col
		if it.Columns != nil {
			cols[i].Name = strings.ToLower(it.Columns[i])
		}
		xs[i] = &rowFieldExpr{q: q, index: i, t: col.Type}
		if q.o != nil {
			continue
		}
		// Uncorrelated: the row is read once, here, as a scalar subquery's is.
		v, err := xs[i].eval(nil)
		if err != nil {
			return nil, nil, err
		}
		xs[i] = &constExpr{t: col.Type, v: v}
	}
	return cols, xs, nil
}

// mayReturnColumns reports whether a subquery's select list, as written,
// can give more than one column.
func mayReturnColumns(sub *parser.Subquery) bool {
	sel, ok := sub.Query.Body.(*parser.Select)
	if !ok {
		return true
	}
	return len(sel.Items) > 1 || sel.Items[0].Star
}

// rowText shows a row value in messages: (c, d), (1, 'x'); other items
// are shown as "...".
func rowText(r *parser.Row) string {
	parts := make([]string, len(r.Items))
	for i, x := range r.Items {
		parts[i] = "..."
		switch x := x.(type) {
		case *parser.Ident:
			parts[i] = strings.Join(x.Parts, ".")
		case *parser.Literal:
			switch x.Kind {
			case parser.LitNull:
				parts[i] = "NULL"
			case parser.LitString:
				parts[i] = "'" + x.Text + "'"
			case parser.LitBool, parser.LitInt, parser.LitDouble:
				parts[i] = x.Text
			}
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func isRowValue(e parser.Expr) bool {
	_, ok := e.(*parser.Row)
	return ok
}
