package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// GROUPING(x), GROUPING_ID(x, ...) and GROUPING__ID tell placeholder NULLs
// from NULLs of the data: GROUPING(x) is 1 when the row aggregates over x
// (x is not in its grouping set), else 0; GROUPING_ID packs the GROUPING
// bits of its arguments, the first one the most significant, as the
// documentation's CUBE example shows (GROUPING_ID(a,b,c) is 6 when only c
// is grouped); GROUPING__ID is GROUPING_ID of all the GROUP BY expressions
// in their order. In a plain GROUP BY, every row groups by every key: they
// are 0.

// isGroupingCall reports whether e is a call of GROUPING or GROUPING_ID,
// or GROUPING__ID.
func isGroupingCall(e parser.Expr) bool {
	switch e := e.(type) {
	case *parser.Call:
		return isGroupingFunc(e.Name)
	case *parser.Ident:
		return len(e.Parts) == 1 && strings.EqualFold(e.Parts[0], "grouping__id")
	}
	return false
}

func isGroupingFunc(name string) bool {
	return strings.EqualFold(name, "grouping") || strings.EqualFold(name, "grouping_id")
}

// groupingCall compiles GROUPING(x), GROUPING_ID(...) or GROUPING__ID of a
// grouped SELECT; handled is false for any other expression.
func (g *grouping) groupingCall(c *compiler, e parser.Expr) (x expr, handled bool, err error) {
	if !isGroupingCall(e) {
		return nil, false, nil
	}
	call, ok := e.(*parser.Call)
	if !ok {
		return g.groupingBits(nil), true, nil
	}
	name := strings.ToLower(call.Name)
	switch {
	case call.Star || call.Distinct:
		return nil, true, semanticError(call.Pos, "function %s does not take * or DISTINCT", name)
	case call.Over != nil || call.Filter != nil || call.WithinGroup != nil:
		return nil, true, semanticError(call.Pos, "function %s is neither a window nor an aggregate function: it takes no OVER, FILTER or WITHIN GROUP", name)
	case name == "grouping" && len(call.Args) != 1:
		return nil, true, At(call.Pos, ArgumentCountError(name, "1", len(call.Args)))
	case len(call.Args) == 0:
		// GROUPING_ID() of no columns is GROUPING__ID.
		return g.groupingBits(nil), true, nil
	}
	slots := make([]int, len(call.Args))
	for i, a := range call.Args {
		if slots[i], err = g.keySlot(c, a, name); err != nil {
			return nil, true, err
		}
	}
	return g.groupingBits(slots), true, nil
}

// keySlot finds the GROUP BY key an argument of GROUPING names.
func (g *grouping) keySlot(c *compiler, a parser.Expr, fn string) (int, error) {
	if slot, ok := g.keyText[exprKey(a)]; ok {
		return slot, nil
	}
	if id, ok := a.(*parser.Ident); ok {
		if i, rest, err := g.src.resolve(id.Pos, id.Parts); err == nil && i >= 0 && len(rest) == 0 {
			if slot, ok := g.keyCol[i]; ok {
				return slot, nil
			}
		}
	}
	return 0, semanticError(a.Position(), "%s of %s is not a GROUP BY expression: %s takes the columns or expressions the query groups by",
		exprName(a, "argument"), strings.ToUpper(fn), strings.ToUpper(fn))
}

// groupingBits reads the GROUPING bits of the key slots given, the first
// the most significant; nil means all keys, in order (GROUPING__ID).
func (g *grouping) groupingBits(slots []int) expr {
	if g.sets == nil {
		return &constExpr{t: BigintType, v: int64(0)}
	}
	n := g.sets.idSlot
	if slots == nil {
		return &colExpr{index: n, t: BigintType}
	}
	shifts := make([]int, len(slots))
	for i, s := range slots {
		shifts[i] = n - 1 - s
	}
	return &groupingExpr{idSlot: n, shifts: shifts}
}

// groupingExpr computes GROUPING or GROUPING_ID from a row's GROUPING__ID.
type groupingExpr struct {
	idSlot int
	shifts []int // per argument, the bit of its key in GROUPING__ID
}

func (e *groupingExpr) typ() Type { return BigintType }

func (e *groupingExpr) eval(row []Value) (Value, error) {
	id := row[e.idSlot].(int64)
	var out int64
	for _, s := range e.shifts {
		out = out<<1 | (id>>s)&1
	}
	return out, nil
}
