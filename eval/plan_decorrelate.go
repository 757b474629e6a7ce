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
	parts, ok, err := c.splitCorrelated(sel)
	if err != nil || !ok {
		return nil, false, err
	}
	p = &semiProbe{x: x, exists: in == nil, not: in != nil && in.Not, outerKeys: parts.outerKeys, mem: &c.s.mem}
	keys := parts.innerKeys
	if in != nil {
		value, reads, err := compileSide(parts.inner, parts.o, sel.Items[0].Expr)
		if err != nil || reads.outer {
			return nil, false, err
		}
		if value, err = convert(value, x.typ(), in.Pos); err != nil {
			return nil, false, err
		}
		keys = append(keys, value)
	}
	p.build = streamScan(c.s.cancellable(parts.src.scan), parts.where, keys)
	return p, true, nil
}

// correlatedParts is a subquery's SELECT split for a hash semi join: its
// FROM clause, the conjuncts of its WHERE that read only its own columns,
// and the `inner = outer` conjuncts as pairs of keys.
type correlatedParts struct {
	src       *relation
	inner     *compiler // compiles the subquery's expressions, linked by o
	o         *outerScope
	where     expr
	outerKeys []expr // read the enclosing query's rows
	innerKeys []expr // read the subquery's rows
}

// splitCorrelated splits sel's WHERE into correlation keys and a filter;
// ok is false when a conjunct reads the enclosing query otherwise.
func (c *compiler) splitCorrelated(sel *parser.Select) (parts *correlatedParts, ok bool, err error) {
	src, o, err := c.uncorrelatedFrom(sel.From)
	if err != nil || src == nil {
		return nil, false, err
	}
	parts = &correlatedParts{src: src, inner: &compiler{s: c.s, sc: src.sc, outer: o}, o: o}
	if sel.Where == nil {
		return parts, true, nil
	}
	for _, conj := range conjuncts(sel.Where, nil) {
		outerKey, innerKey, isKey, err := c.correlationKey(parts.inner, o, conj)
		if err != nil {
			return nil, false, err
		}
		if isKey {
			parts.outerKeys, parts.innerKeys = append(parts.outerKeys, outerKey), append(parts.innerKeys, innerKey)
			continue
		}
		cond, reads, err := compileSide(parts.inner, o, conj)
		if err != nil || reads.outer {
			return nil, false, err
		}
		if cond, err = boolean(cond, conj.Position(), "WHERE"); err != nil {
			return nil, false, err
		}
		parts.where = andExpr(parts.where, cond)
	}
	return parts, true, nil
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
	outerAST, innerAST, ok, err := classifyKey(inner, o, e)
	if err != nil || !ok {
		return nil, nil, false, err
	}
	ix, _, err := compileSide(inner, o, innerAST)
	if err != nil {
		return nil, nil, false, err
	}
	ox, err := c.expr(outerAST)
	if err != nil {
		return nil, nil, false, err
	}
	_, ix, ox, err = resolveOperands("=", ix, ox, e.Position(), c.s.ctx.Edition)
	return ox, ix, err == nil, err
}

func andExpr(a, b expr) expr {
	if a == nil {
		return b
	}
	return &logicExpr{and: true, l: a, r: b}
}

// decorrelateScalar plans a correlated scalar subquery that aggregates,
// `(SELECT agg(...) FROM t WHERE t.k = outer.k AND ...)`, as one grouped
// run of the subquery — `SELECT t.k, agg(...) FROM t WHERE ... GROUP BY
// t.k` — into a hash table the outer rows probe; an outer row whose key
// has no group gets what the aggregate gives for no rows (COUNT 0, SUM
// NULL), computed once. ok is false for any other shape, or when a key
// would need a conversion (grouping would then not be the comparison).
func (c *compiler) decorrelateScalar(q *parser.Query) (p *scalarProbe, ok bool, err error) {
	sel, isSelect := q.Body.(*parser.Select)
	if !isSelect || q.OrderBy != nil || q.Limit != nil || len(sel.GroupBy) > 0 || sel.Having != nil ||
		sel.Distinct || len(sel.Items) != 1 || sel.Items[0].Star || !containsAggregate(sel.Items[0].Expr) || sel.Where == nil {
		return nil, false, nil
	}
	src, o, err := c.uncorrelatedFrom(sel.From)
	if err != nil || src == nil {
		return nil, false, err
	}
	inner := &compiler{s: c.s, sc: src.sc, outer: o}
	p = &scalarProbe{mem: &c.s.mem}
	var innerKeys, rest []parser.Expr
	for _, conj := range conjuncts(sel.Where, nil) {
		outerAST, innerAST, isKey, err := classifyKey(inner, o, conj)
		if err != nil {
			return nil, false, err
		}
		if !isKey {
			rest = append(rest, conj)
			continue
		}
		ix, _, _ := compileSide(inner, o, innerAST)
		ox, err := c.expr(outerAST)
		if err != nil || !ix.typ().Equal(ox.typ()) {
			return nil, false, err
		}
		innerKeys, p.outerKeys = append(innerKeys, innerAST), append(p.outerKeys, ox)
	}
	if innerKeys == nil {
		return nil, false, nil
	}
	items := make([]*parser.SelectItem, 0, len(innerKeys)+1)
	for _, k := range innerKeys {
		items = append(items, &parser.SelectItem{Pos: k.Position(), Expr: k})
	}
	grouped := &parser.Select{Pos: sel.Pos, Items: append(items, sel.Items[0]), From: sel.From,
		Where: andAll(rest), GroupBy: innerKeys}
	rel, uncorrelated, err := c.compileDetached(grouped)
	if err != nil || !uncorrelated {
		return nil, false, err
	}
	never := &parser.Literal{Pos: sel.Pos, Kind: parser.LitBool, Text: "false"}
	empty, uncorrelated, err := c.compileDetached(&parser.Select{Pos: sel.Pos, Items: sel.Items, From: sel.From, Where: never})
	if err != nil || !uncorrelated {
		return nil, false, err
	}
	p.build, p.empty, p.t = rel.scan, empty.scan, rel.cols[len(rel.cols)-1].Type
	return p, true, nil
}

// compileDetached compiles a SELECT written for a subquery of c;
// uncorrelated is false when it still reads an enclosing query.
func (c *compiler) compileDetached(sel *parser.Select) (rel *relation, uncorrelated bool, err error) {
	o := &outerScope{c: c}
	prev := c.s.outer
	c.s.outer = o
	defer func() { c.s.outer = prev }()
	rel, err = c.s.compileSelect(sel, nil)
	return rel, !o.used, err
}

// classifyKey is correlationKey's test, on the syntax: it returns the
// outer and inner sides of `inner = outer`.
func classifyKey(inner *compiler, o *outerScope, e parser.Expr) (outerAST, innerAST parser.Expr, ok bool, err error) {
	b, isBinary := e.(*parser.Binary)
	if !isBinary || b.Op != "=" && b.Op != "==" {
		return nil, nil, false, nil
	}
	_, lr, err := compileSide(inner, o, b.L)
	if err != nil {
		return nil, nil, false, err
	}
	_, rr, err := compileSide(inner, o, b.R)
	if err != nil {
		return nil, nil, false, err
	}
	switch {
	case lr.inner && !lr.outer && rr.outer && !rr.inner:
		return b.R, b.L, true, nil
	case rr.inner && !rr.outer && lr.outer && !lr.inner:
		return b.L, b.R, true, nil
	}
	return nil, nil, false, nil
}

func andAll(list []parser.Expr) parser.Expr {
	var out parser.Expr
	for _, e := range list {
		if out == nil {
			out = e
		} else {
			out = &parser.Binary{Pos: e.Position(), Op: "AND", L: out, R: e}
		}
	}
	return out
}

// uncorrelatedFrom plans a subquery's FROM with a fresh link to c, the
// enclosing query's compiler, for the WHERE compiled next. src is nil when
// the FROM itself reads the enclosing query: decorrelation cannot plan it.
func (c *compiler) uncorrelatedFrom(from parser.TableRef) (src *relation, o *outerScope, err error) {
	o = &outerScope{c: c}
	prev := c.s.outer
	c.s.outer = o
	src, err = c.s.fromRelation(from)
	c.s.outer = prev
	if err != nil || o.used {
		return nil, nil, err
	}
	return src, o, nil
}
