package eval

import (
	"github.com/mcsql/mcsql/parser"
)

// decorrelate plans a correlated IN or EXISTS as a hash semi join (plan 2
// of plan_subquery.go): it splits the subquery's WHERE into correlation
// keys `inner = outer` and a filter that reads only the subquery's own
// columns. ok is false when the subquery has another shape; the caller
// then re-runs it per row. in and x are the IN predicate and its compiled
// left side (nil for EXISTS).
func (c *compiler) decorrelate(q *parser.Query, in *parser.In, x expr) (p *semiProbe, ok bool, err error) {
	sel, isSelect := q.Body.(*parser.Select)
	if !isSelect || q.OrderBy != nil || q.Limit != nil || needsGrouping(sel, nil) {
		return nil, false, nil
	}
	if in != nil && (len(sel.Items) != 1 || sel.Items[0].Star) {
		return nil, false, nil
	}
	o := &outerScope{c: c}
	prev := c.s.outer
	c.s.outer = o
	src, err := c.s.fromRelation(sel.From)
	c.s.outer = prev
	if err != nil || o.used {
		return nil, false, err
	}
	inner := &compiler{s: c.s, sc: src.sc, outer: o}
	p = &semiProbe{x: x, exists: in == nil, not: in != nil && in.Not}
	var where expr
	var keys []expr // the inner sides, read on the subquery's rows
	for _, conj := range conjuncts(sel.Where, nil) {
		if sel.Where == nil {
			break
		}
		outerKey, innerKey, isKey, err := c.correlationKey(inner, o, conj)
		if err != nil {
			return nil, false, err
		}
		if isKey {
			p.outerKeys, keys = append(p.outerKeys, outerKey), append(keys, innerKey)
			continue
		}
		cond, reads, err := compileSide(inner, o, conj)
		if err != nil || reads.outer {
			return nil, false, err
		}
		if cond, err = boolean(cond, conj.Position(), "WHERE"); err != nil {
			return nil, false, err
		}
		where = andExpr(where, cond)
	}
	if in != nil {
		value, reads, err := compileSide(inner, o, sel.Items[0].Expr)
		if err != nil || reads.outer {
			return nil, false, err
		}
		if value, err = convert(value, x.typ(), in.Pos); err != nil {
			return nil, false, err
		}
		keys = append(keys, value)
	}
	p.build = streamScan(c.s.cancellable(src.scan), where, keys)
	return p, true, nil
}

// sideReads says what a compiled expression reads.
type sideReads struct{ inner, outer bool }

// compileSide compiles e with the subquery's compiler and reports whether
// it reads the subquery's columns, the enclosing queries' or both.
func compileSide(inner *compiler, o *outerScope, e parser.Expr) (expr, sideReads, error) {
	var r sideReads
	o.used = false
	inner.sc.seen = func(int) { r.inner = true }
	defer func() { inner.sc.seen = nil }()
	x, err := inner.expr(e)
	r.outer = o.used
	return x, r, err
}

// correlationKey recognizes `inner = outer` (either way round): one side
// reads only the subquery's columns, the other only enclosing queries'.
// The outer side is compiled again with c, the enclosing query's compiler,
// since it is evaluated on the enclosing query's rows.
func (c *compiler) correlationKey(inner *compiler, o *outerScope, e parser.Expr) (outerKey, innerKey expr, ok bool, err error) {
	b, isBinary := e.(*parser.Binary)
	if !isBinary || b.Op != "=" && b.Op != "==" {
		return nil, nil, false, nil
	}
	lx, lr, err := compileSide(inner, o, b.L)
	if err != nil {
		return nil, nil, false, err
	}
	rx, rr, err := compileSide(inner, o, b.R)
	if err != nil {
		return nil, nil, false, err
	}
	outerAST := b.R
	switch {
	case lr.inner && !lr.outer && rr.outer && !rr.inner:
	case rr.inner && !rr.outer && lr.outer && !lr.inner:
		outerAST, lx = b.L, rx
	default:
		return nil, nil, false, nil
	}
	ox, err := c.expr(outerAST)
	if err != nil {
		return nil, nil, false, err
	}
	_, ix, ox, err := resolveOperands("=", lx, ox, b.Pos, c.s.ctx.Edition)
	return ox, ix, err == nil, err
}

func andExpr(a, b expr) expr {
	if a == nil {
		return b
	}
	return &logicExpr{and: true, l: a, r: b}
}
