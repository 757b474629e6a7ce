package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// compileAggCall compiles an aggregate call's arguments, FILTER and
// WITHIN GROUP keys with src, the compiler of the rows it aggregates, and
// checks them against the function.
func compileAggCall(src *compiler, e *parser.Call) (*aggCall, error) {
	f := lookupAggregate(e.Name)
	if err := checkAggCall(f, e); err != nil {
		return nil, err
	}
	// Arguments read source rows; an aggregate inside one is refused there.
	args, _, err := src.exprs(e.Args)
	if err != nil {
		return nil, err
	}
	types := make([]Type, len(args))
	for i, a := range args {
		types[i] = a.typ()
	}
	params, result, newState, err := f.resolve(types)
	if err != nil {
		return nil, At(e.Pos, err)
	}
	for i := range args {
		if args[i], err = convert(args[i], params[i], e.Args[i].Position()); err != nil {
			return nil, err
		}
	}
	consts := f.constArgs
	if f.constArgsOf != nil {
		consts = f.constArgsOf(types)
	}
	for _, i := range consts {
		if i < len(args) && !isConst(args[i]) {
			return nil, semanticError(e.Args[i].Position(), "argument %d of function %s must be a constant", i+1, f.name)
		}
	}
	a := &aggCall{t: result, pos: e.Pos, call: e}
	if e.Filter != nil {
		if a.filter, err = src.expr(e.Filter); err != nil {
			return nil, err
		}
		if a.filter, err = convert(a.filter, BooleanType, e.Filter.Position()); err != nil {
			return nil, err
		}
	}
	keys, err := withinGroupKeys(src, e, args)
	if err != nil {
		return nil, err
	}
	a.args, a.newState = args, newState
	if keys != nil || e.Distinct {
		a.replay(e, keys)
	}
	a.buf = make([]Value, len(a.args))
	return a, nil
}

// checkAggCall checks what the call's syntax asks of function f.
func checkAggCall(f *aggregateFunc, e *parser.Call) error {
	switch {
	case e.Star && f.name != "count":
		return semanticError(e.Pos, "function %s does not take *", f.name)
	case !e.Star && len(e.Args) == 0:
		return At(e.Pos, ArgumentCountError(f.name, "at least 1", 0))
	case e.Filter != nil && f.noFilter:
		return semanticError(e.Filter.Position(), "function %s does not take FILTER (WHERE ...): its argument is the condition already", f.name)
	case e.WithinGroup != nil && !f.withinGroup:
		return semanticError(e.WithinGroup[0].Pos, "function %s does not take WITHIN GROUP (ORDER BY ...); only WM_CONCAT, COLLECT_LIST and COLLECT_SET do", f.name)
	}
	return nil
}

// replay makes a DISTINCT or WITHIN GROUP call keep its rows and feed
// them, in order, to its aggregate (aggregate_replay.go): the WITHIN GROUP
// keys are evaluated after the arguments, or DISTINCT alone feeds the
// distinct tuples in ascending order.
func (a *aggCall) replay(e *parser.Call, keys []expr) {
	nargs := len(a.args)
	order := make([]sortKey, len(keys))
	for i, k := range keys {
		order[i] = sortKey{index: nargs + i, desc: e.WithinGroup[i].Desc}
		a.args = append(a.args, k)
	}
	if keys == nil {
		for i := range nargs {
			order = append(order, sortKey{index: i})
		}
	}
	a.newState = newReplay(a.newState, nargs, order, keys != nil, e.Distinct)
}

// withinGroupKeys compiles the WITHIN GROUP keys. With DISTINCT, the page
// allows only the distinct argument itself as a key, of the argument's
// type: the key is then the same for every copy of a tuple.
func withinGroupKeys(src *compiler, e *parser.Call, args []expr) ([]expr, error) {
	var keys []expr
	for _, it := range e.WithinGroup {
		k, err := src.expr(it.Expr)
		if err != nil {
			return nil, err
		}
		if err := jsonKeyError(it.Pos, k.typ(), "WITHIN GROUP (ORDER BY"); err != nil {
			return nil, err
		}
		if e.Distinct {
			last := len(args) - 1
			if !sameColumn(it.Expr, e.Args[last]) || !k.typ().Equal(args[last].typ()) {
				return nil, semanticError(it.Pos, "with DISTINCT, WITHIN GROUP (ORDER BY ...) must order by the distinct argument %s, as type %s",
					strings.ToLower(argText(e.Args[last])), args[last].typ())
			}
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// sameColumn reports whether key is arg, or a CAST of arg.
func sameColumn(key, arg parser.Expr) bool {
	if c, ok := key.(*parser.Cast); ok {
		key = c.X
	}
	return exprKey(key) == exprKey(arg)
}

// argText is a short text of an expression for messages: a column's
// name, else "the argument".
func argText(e parser.Expr) string {
	if id, ok := e.(*parser.Ident); ok {
		return strings.Join(id.Parts, ".")
	}
	return "the argument"
}

// sameWithinGroup enforces the page's rule that every WITHIN GROUP of
// one SELECT orders by the same keys.
func (g *grouping) sameWithinGroup(e *parser.Call) error {
	if e.WithinGroup == nil {
		return nil
	}
	var b strings.Builder
	for _, it := range e.WithinGroup {
		b.WriteString(exprKey(it.Expr))
		if it.Desc {
			b.WriteString(" desc")
		}
		b.WriteByte(',')
	}
	switch {
	case g.within == "":
		g.within = b.String()
	case g.within != b.String():
		return semanticError(e.WithinGroup[0].Pos, "every WITHIN GROUP (ORDER BY ...) of a SELECT must order by the same keys")
	}
	return nil
}
