package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// grouping is the GROUP BY of a SELECT being compiled. The select list,
// HAVING and ORDER BY of a grouped SELECT read post-aggregation rows: the
// group keys, then the aggregate results. While compiling them, grouped
// expressions and aggregate calls become reads of those rows, and any
// other column reference is an error.
type grouping struct {
	src     *scope         // the FROM clause's columns
	keys    []expr         // compiled on source rows
	keyText map[string]int // canonical text of a key expression -> slot
	keyCol  map[int]int    // source column -> slot, for keys that are columns
	names   []string       // output name of each slot ("" for none)
	aggs    []*aggCall
	aggText map[string]int // canonical text of an aggregate call -> index
	sets    *groupingSets  // nil for a plain GROUP BY (plan_grouping_sets.go)
	within  string         // canonical text of the first WITHIN GROUP's keys
	mem     *memAccount    // the statement's memory account
	// push, when set, computes the post-aggregation rows in the warehouse
	// instead (pushdown_agg.go); it reports false when it could not.
	push func(fn func(post []Value) error) (bool, error)
}

// aggCall is one aggregate of the query, compiled on source rows.
type aggCall struct {
	args     []expr // the arguments, then any WITHIN GROUP keys
	newState func() aggState
	filter   expr // FILTER (WHERE ...), nil when absent
	t        Type
	pos      parser.Pos
	buf      []Value      // the current row's arguments
	call     *parser.Call // as written, for pushdown (pushdown_agg.go)
}

// needsGrouping reports whether a SELECT aggregates: it has GROUP BY or
// HAVING, or its select list or ORDER BY calls an aggregate.
func needsGrouping(sel *parser.Select, orderBy []*parser.OrderItem) bool {
	if len(sel.GroupBy) > 0 || sel.GroupingSets != nil || sel.Having != nil {
		return true
	}
	for _, it := range sel.Items {
		if containsAggregate(it.Expr) {
			return true
		}
	}
	for _, o := range orderBy {
		if containsAggregate(o.Expr) {
			return true
		}
	}
	return false
}

// newGrouping compiles the GROUP BY keys with c, the FROM clause's compiler.
func newGrouping(c *compiler, keys []parser.Expr) (*grouping, error) {
	g := &grouping{src: c.sc, keyText: map[string]int{}, keyCol: map[int]int{}, aggText: map[string]int{}, mem: &c.s.mem}
	for i, e := range keys {
		x, err := c.expr(e)
		if err != nil {
			return nil, err
		}
		if err := jsonKeyError(e.Position(), x.typ(), "GROUP BY"); err != nil {
			return nil, err
		}
		g.keys = append(g.keys, x)
		g.keyText[exprKey(e)] = i
		name := ""
		if col, ok := x.(*colExpr); ok {
			if _, dup := g.keyCol[col.index]; !dup {
				g.keyCol[col.index] = i
			}
			name = c.sc.cols[col.index].name
		}
		g.names = append(g.names, name)
	}
	return g, nil
}

// lookup compiles e as a read of the post-aggregation row when it is an
// aggregate call, a grouped expression or a column; handled is false for
// anything else, which the compiler builds as usual from its operands.
func (g *grouping) lookup(c *compiler, e parser.Expr) (x expr, handled bool, err error) {
	if x, handled, err := g.groupingCall(c, e); handled {
		return x, true, err
	}
	if call, ok := e.(*parser.Call); ok && call.Over == nil && isAggregate(call.Name) {
		x, err := g.aggregate(c, call)
		return x, true, err
	}
	switch e.(type) {
	case *parser.Literal, *parser.VarRef:
		return nil, false, nil
	}
	if slot, ok := g.keyText[exprKey(e)]; ok {
		return &colExpr{index: slot, t: g.keys[slot].typ()}, true, nil
	}
	id, ok := e.(*parser.Ident)
	if !ok {
		return nil, false, nil
	}
	i, rest, err := g.src.resolve(id.Pos, id.Parts)
	if err != nil || i < 0 {
		// Not a column: a variable, which the compiler resolves.
		return nil, err != nil, err
	}
	x, err = g.column(id.Pos, i, strings.Join(id.Parts[:len(id.Parts)-len(rest)], "."))
	if err != nil {
		return nil, true, err
	}
	x, err = c.fields(x, rest, id.Pos)
	return x, true, err
}

// column reads source column i, which must be a group key.
func (g *grouping) column(pos parser.Pos, i int, name string) (expr, error) {
	slot, ok := g.keyCol[i]
	if !ok {
		return nil, semanticError(pos, "column reference %s should appear in GROUP BY key or be used in an aggregate function", strings.ToLower(name))
	}
	return &colExpr{index: slot, t: g.keys[slot].typ()}, nil
}

// aggregate compiles an aggregate call; the same call written twice (in
// the select list and in HAVING, say) is computed once.
func (g *grouping) aggregate(c *compiler, e *parser.Call) (expr, error) {
	text := exprKey(e)
	if i, ok := g.aggText[text]; ok {
		return &colExpr{index: len(g.keys) + i, t: g.aggs[i].t}, nil
	}
	a, err := compileAggCall(&compiler{s: c.s, sc: g.src, outer: c.outer}, e)
	if err != nil {
		return nil, err
	}
	if err := g.sameWithinGroup(e); err != nil {
		return nil, err
	}
	g.aggText[text] = len(g.aggs)
	g.aggs = append(g.aggs, a)
	g.names = append(g.names, "")
	return &colExpr{index: len(g.keys) + len(g.aggs) - 1, t: a.t}, nil
}
