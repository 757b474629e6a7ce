package eval

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Grouping-set limits (mcsql's: the documentation names none). GROUPING__ID
// is a BIGINT bitmap with one bit per GROUP BY expression, so at most 63
// fit; the number of sets bounds the work every input row causes, and is
// checked before CUBE or ROLLUP is expanded.
const (
	maxGroupingKeys = 63
	maxGroupingSets = 4096
)

// groupingSets is the expanded GROUPING SETS, CUBE and ROLLUP of a grouped
// SELECT: every input row is aggregated once per set, the keys not in the
// set taking NULL.
type groupingSets struct {
	sets []groupingSet
	// idSlot is the post-aggregation slot holding the row's GROUPING__ID:
	// the one after the keys.
	idSlot int
}

// groupingSet is one grouping set over the GROUP BY keys.
type groupingSet struct {
	mask uint64 // bit i: key i is grouped by this set
	id   int64  // GROUPING__ID: bit n-1-i set when key i is not in the set
}

// planGrouping compiles the GROUP BY of sel: its keys, written as
// expressions, select-list aliases or (with odps.sql.groupby.position.alias)
// positions, and its grouping sets.
func (c *compiler) planGrouping(sel *parser.Select) (*grouping, error) {
	if sel.GroupingSets == nil {
		keys := make([]parser.Expr, len(sel.GroupBy))
		for i, e := range sel.GroupBy {
			k, err := c.groupKey(sel.Items, e)
			if err != nil {
				return nil, err
			}
			keys[i] = k
		}
		return newGrouping(c, keys)
	}
	gk := &groupKeys{c: c, items: sel.Items, index: map[string]int{}}
	masks, err := gk.expand(sel)
	if err != nil {
		return nil, err
	}
	g, err := newGrouping(c, gk.exprs)
	if err != nil {
		return nil, err
	}
	n := len(gk.exprs)
	gs := &groupingSets{idSlot: n}
	for _, m := range masks {
		var id int64
		for i := 0; i < n; i++ {
			if m&(1<<i) == 0 {
				id |= 1 << (n - 1 - i)
			}
		}
		gs.sets = append(gs.sets, groupingSet{mask: m, id: id})
	}
	// The slot after the keys holds each group's GROUPING__ID; collectSets
	// fills it, this placeholder only gives it its type.
	// Selected bare, GROUPING__ID keeps its name, as Hive's virtual column.
	g.keys = append(g.keys, &constExpr{t: BigintType})
	g.names = append(g.names, "grouping__id")
	g.sets = gs
	return g, nil
}

// groupByPositionFlags make an integer constant in GROUP BY a position in
// the select list (the SELECT syntax page; the Hive name is older).
var groupByPositionFlags = []string{
	"odps.sql.groupby.position.alias", "odps.sql.groupby.orderby.position.alias", "hive.groupby.position.alias",
}

// groupKey resolves a GROUP BY expression written as a position or an alias
// of the select list to that item's expression. A name that is a column of
// the FROM clause stays the column, as the SELECT syntax page says.
func (c *compiler) groupKey(items []*parser.SelectItem, e parser.Expr) (parser.Expr, error) {
	switch e := e.(type) {
	case *parser.Literal:
		if e.Kind != parser.LitInt || !c.groupByPositions() {
			return e, nil
		}
		n, err := strconv.Atoi(e.Text)
		if err != nil || n < 1 || n > len(items) {
			return nil, semanticError(e.Pos, "GROUP BY position %s is not in the select list (1 to %d)", e.Text, len(items))
		}
		it := items[n-1]
		if it.Star {
			return nil, semanticError(e.Pos, "GROUP BY position %d is a *: name the columns to group by", n)
		}
		return c.selectedKey(e.Pos, it, "position "+e.Text)
	case *parser.Ident:
		if len(e.Parts) != 1 {
			return e, nil
		}
		if i, _, err := c.sc.resolve(e.Pos, e.Parts); err != nil || i >= 0 {
			return e, nil
		}
		for _, it := range items {
			if it.Alias != "" && strings.EqualFold(it.Alias, e.Parts[0]) {
				return c.selectedKey(e.Pos, it, "alias "+strings.ToLower(it.Alias))
			}
		}
	}
	return e, nil
}

// selectedKey is the expression of the select item a GROUP BY position or
// alias names, which must not aggregate.
func (c *compiler) selectedKey(pos parser.Pos, it *parser.SelectItem, what string) (parser.Expr, error) {
	if containsAggregate(it.Expr) || isGroupingCall(it.Expr) {
		return nil, semanticError(pos, "GROUP BY %s names an aggregate: group by the expressions it aggregates", what)
	}
	return it.Expr, nil
}

func (c *compiler) groupByPositions() bool {
	for _, f := range groupByPositionFlags {
		if v, ok := c.s.ctx.Flag(f); ok {
			if b, err := strconv.ParseBool(strings.TrimSpace(v)); err == nil && b {
				return true
			}
		}
	}
	return false
}

// groupKeys collects the distinct GROUP BY expressions of a grouping-sets
// GROUP BY, in order of first appearance: GROUPING__ID's bits follow it.
type groupKeys struct {
	c      *compiler
	items  []*parser.SelectItem
	exprs  []parser.Expr
	index  map[string]int // exprKey -> position in exprs
	frozen bool           // Hive form: the keys are the GROUP BY list
}

// expand returns the grouping sets of sel as masks over the keys.
func (gk *groupKeys) expand(sel *parser.Select) ([]uint64, error) {
	gs := sel.GroupingSets
	total := 1
	for _, el := range gs.Elements {
		total = satMul(total, countSets(el))
	}
	if total > maxGroupingSets {
		return nil, semanticError(gs.Pos, "too many grouping sets: more than %d; split the query, or use fewer CUBE columns", maxGroupingSets)
	}
	for _, e := range sel.GroupBy {
		if _, err := gk.key(e); err != nil {
			return nil, err
		}
	}
	gk.frozen = len(sel.GroupBy) > 0
	sets := []uint64{0}
	for _, el := range gs.Elements {
		elSets, err := gk.element(el)
		if err != nil {
			return nil, err
		}
		next := make([]uint64, 0, len(sets)*len(elSets))
		for _, s := range sets {
			for _, t := range elSets {
				next = append(next, s|t)
			}
		}
		sets = next
	}
	return sets, nil
}

// key returns the bit of a GROUP BY expression, adding it to the keys.
func (gk *groupKeys) key(e parser.Expr) (uint64, error) {
	e, err := gk.c.groupKey(gk.items, e)
	if err != nil {
		return 0, err
	}
	k := exprKey(e)
	if i, ok := gk.index[k]; ok {
		return 1 << i, nil
	}
	if gk.frozen {
		return 0, semanticError(e.Position(), "%s of GROUPING SETS is not in the GROUP BY list before it: list it there", exprName(e, "expression"))
	}
	if len(gk.exprs) == maxGroupingKeys {
		return 0, semanticError(e.Position(), "too many GROUP BY expressions with grouping sets: at most %d", maxGroupingKeys)
	}
	gk.index[k] = len(gk.exprs)
	gk.exprs = append(gk.exprs, e)
	return 1 << (len(gk.exprs) - 1), nil
}

// element returns the sets of one grouping element.
func (gk *groupKeys) element(el *parser.GroupingElement) ([]uint64, error) {
	switch el.Kind {
	case parser.GroupingList:
		m, err := gk.list(el)
		return []uint64{m}, err
	case parser.GroupingSetsOf:
		var out []uint64
		for _, it := range el.Items {
			s, err := gk.element(it)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		return out, nil
	}
	cols := make([]uint64, len(el.Items))
	for i, it := range el.Items {
		m, err := gk.list(it)
		if err != nil {
			return nil, err
		}
		cols[i] = m
	}
	if el.Kind == parser.GroupingRollup {
		return rollupSets(cols), nil
	}
	return cubeSets(cols), nil
}

func (gk *groupKeys) list(el *parser.GroupingElement) (uint64, error) {
	var m uint64
	for _, e := range el.Exprs {
		bit, err := gk.key(e)
		if err != nil {
			return 0, err
		}
		m |= bit
	}
	return m, nil
}

// rollupSets is ROLLUP(c1, ..., cn): (c1..cn), (c1..cn-1), ..., (c1), ().
func rollupSets(cols []uint64) []uint64 {
	out := make([]uint64, len(cols)+1)
	for i := range cols {
		for _, c := range cols[:len(cols)-i] {
			out[i] |= c
		}
	}
	return out
}

// cubeSets is CUBE(c1, ..., cn): every subset, larger ones first and, among
// equal sizes, in the order of the columns, as the documentation lists
// CUBE(a, b, c): (a,b,c), (a,b), (a,c), (b,c), (a), (b), (c), ().
func cubeSets(cols []uint64) []uint64 {
	n := len(cols)
	var out []uint64
	for size := n; size >= 0; size-- {
		var pick func(from, left int, m uint64)
		pick = func(from, left int, m uint64) {
			if left == 0 {
				out = append(out, m)
				return
			}
			for i := from; i <= n-left; i++ {
				pick(i+1, left-1, m|cols[i])
			}
		}
		pick(0, size, 0)
	}
	return out
}

// countSets counts the sets of an element without expanding it, saturating
// past maxGroupingSets.
func countSets(el *parser.GroupingElement) int {
	switch el.Kind {
	case parser.GroupingRollup:
		return len(el.Items) + 1
	case parser.GroupingCube:
		if len(el.Items) > 20 {
			return maxGroupingSets + 1
		}
		return 1 << len(el.Items)
	case parser.GroupingSetsOf:
		n := 0
		for _, it := range el.Items {
			n = min(n+countSets(it), maxGroupingSets+1)
		}
		return n
	}
	return 1
}

func satMul(a, b int) int {
	if a > maxGroupingSets || b > maxGroupingSets {
		return maxGroupingSets + 1
	}
	return min(a*b, maxGroupingSets+1)
}

// exprName names an expression in a message: "column x" for a column,
// else "this <what>".
func exprName(e parser.Expr, what string) string {
	if id, ok := e.(*parser.Ident); ok {
		return "column " + strings.ToLower(strings.Join(id.Parts, "."))
	}
	return "this " + what
}
