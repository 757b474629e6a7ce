package eval

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

func (c *compiler) unary(e *parser.Unary) (expr, bool, error) {
	x, err := c.expr(e.X)
	if err != nil {
		return nil, false, err
	}
	if e.Op == "NOT" {
		x, err := boolean(x, e.X.Position(), "NOT")
		return &notExpr{x: x}, isConst(x), err
	}
	op, err := ResolveUnary(e.Op, x.typ())
	if err != nil {
		return nil, false, At(e.Pos, err)
	}
	if e.Op == "-" && op.Result.Kind.IsInteger() && c.s.ctx.Edition == EditionHive {
		// Integer overflow wraps in the Hive-compatible edition (see
		// ResolveBinaryIn): -(-2147483648) is -2147483648, as NEGATIVE.
		k := op.Result.Kind
		op.Fn = func(v Value) (Value, error) { return wrappingArith("-", k)(int64(0), v) }
	}
	if k, ok := negatedLiteral(e.Op, op, x); ok {
		return k, true, nil
	}
	if x, err = convert(x, op.Operand, e.Pos); err != nil {
		return nil, false, err
	}
	return &unaryExpr{op: op, x: x, pos: e.Pos}, isConst(x), nil
}

func (c *compiler) binary(e *parser.Binary) (expr, bool, error) {
	if isRowValue(e.L) || isRowValue(e.R) {
		return c.rowCompare(e) // plan_rowvalue.go
	}
	l, err := c.expr(e.L)
	if err != nil {
		return nil, false, err
	}
	r, err := c.expr(e.R)
	if err != nil {
		return nil, false, err
	}
	foldable := isConst(l) && isConst(r)
	switch op := strings.ToUpper(e.Op); op {
	case "AND", "OR":
		if l, err = boolean(l, e.L.Position(), op); err != nil {
			return nil, false, err
		}
		if r, err = boolean(r, e.R.Position(), op); err != nil {
			return nil, false, err
		}
		return &logicExpr{and: op == "AND", l: l, r: r}, foldable, nil
	case "<=>":
		eq, l, r, err := resolveOperands("=", l, r, e.Pos, c.s.ctx.Edition)
		if err != nil {
			return nil, false, err
		}
		return &nullSafeEqExpr{eq: eq, l: l, r: r, pos: e.Pos}, foldable, nil
	default:
		eq, l, r, err := resolveOperands(normalizeOp(op), l, r, e.Pos, c.s.ctx.Edition)
		if err != nil {
			return nil, false, err
		}
		return &binaryExpr{op: eq, l: l, r: r, pos: e.Pos}, foldable, nil
	}
}

func normalizeOp(op string) string {
	switch op {
	case "==":
		return "="
	case "!=":
		return "<>"
	}
	return op
}

// resolveOperands resolves a binary operator in the session's edition and
// converts both operands to the types it needs.
func resolveOperands(op string, l, r expr, pos parser.Pos, ed Edition) (*BinaryOp, expr, expr, error) {
	bop, err := ResolveBinaryIn(op, l.typ(), r.typ(), ed)
	if err != nil {
		return nil, nil, nil, At(pos, err)
	}
	if l, err = convert(l, bop.Left, pos); err != nil {
		return nil, nil, nil, err
	}
	if r, err = convert(r, bop.Right, pos); err != nil {
		return nil, nil, nil, err
	}
	return bop, l, r, nil
}

func (c *compiler) like(e *parser.Like) (expr, bool, error) {
	x, err := c.expr(e.X)
	if err != nil {
		return nil, false, err
	}
	p, err := c.expr(e.Pattern)
	if err != nil {
		return nil, false, err
	}
	if x, err = convert(x, StringType, e.X.Position()); err != nil {
		return nil, false, err
	}
	if p, err = convert(p, StringType, e.Pattern.Position()); err != nil {
		return nil, false, err
	}
	l := &likeExpr{x: x, pattern: p, regexp: e.Regexp, not: e.Not, pos: e.Pos}
	if k, ok := p.(*constExpr); ok && k.v != nil {
		if l.re, err = compilePattern(k.v.(string), e.Regexp); err != nil {
			return nil, false, At(e.Pattern.Position(), err)
		}
	}
	return l, isConst(x) && isConst(p), nil
}

// in compiles x IN (list) and x IN (subquery); all operands are converted
// to their common type.
func (c *compiler) in(e *parser.In) (expr, bool, error) {
	if r, ok := e.X.(*parser.Row); ok {
		return c.rowIn(e, r) // plan_rowvalue.go
	}
	x, err := c.expr(e.X)
	if err != nil {
		return nil, false, err
	}
	if e.Query != nil {
		x, err := c.inSubquery(e, x)
		return x, false, err
	}
	list, _, err := c.exprs(e.List)
	if err != nil {
		return nil, false, err
	}
	t := x.typ()
	for _, item := range list {
		ct, ok := CommonType(t, item.typ())
		if !ok {
			return nil, false, &Error{Code: CodeArgumentType, Pos: e.Pos, HasPos: true,
				Msg: fmt.Sprintf("IN compares %s with %s, which have no common type", x.typ(), item.typ())}
		}
		t = ct
	}
	eq, err := ResolveBinary("=", t, t)
	if err != nil {
		return nil, false, At(e.Pos, err)
	}
	foldable := isConst(x)
	if x, err = convert(x, t, e.X.Position()); err != nil {
		return nil, false, err
	}
	for i := range list {
		foldable = foldable && isConst(list[i])
		if list[i], err = convert(list[i], t, e.Pos); err != nil {
			return nil, false, err
		}
	}
	return &inExpr{x: x, list: list, eq: eq, not: e.Not, pos: e.Pos}, foldable, nil
}

// between compiles x BETWEEN lo AND hi as lo <= x AND x <= hi.
func (c *compiler) between(e *parser.Between) (expr, bool, error) {
	lo := &parser.Binary{Pos: e.Pos, Op: "<=", L: e.Lo, R: e.X}
	hi := &parser.Binary{Pos: e.Pos, Op: "<=", L: e.X, R: e.Hi}
	var both parser.Expr = &parser.Binary{Pos: e.Pos, Op: "AND", L: lo, R: hi}
	if e.Not {
		both = &parser.Unary{Pos: e.Pos, Op: "NOT", X: both}
	}
	x, err := c.expr(both)
	return x, false, err
}

// caseExpr compiles both CASE forms; arms are converted to a common type.
func (c *compiler) caseExpr(e *parser.Case) (expr, bool, error) {
	out := &caseExpr{}
	for i, w := range e.Whens {
		var cond parser.Expr = w.Cond
		if e.Operand != nil {
			cond = &parser.Binary{Pos: w.Pos, Op: "=", L: e.Operand, R: w.Cond}
		}
		// Only the first condition is always evaluated: the rest of CASE
		// is lazy, and its folding errors are deferred (see foldErrExpr).
		restore := c.deferFolding(i > 0)
		x, err := c.expr(cond)
		restore()
		if err != nil {
			return nil, false, err
		}
		if x, err = boolean(x, w.Cond.Position(), "WHEN"); err != nil {
			return nil, false, err
		}
		restore = c.deferFolding(true)
		r, err := c.expr(w.Result)
		restore()
		if err != nil {
			return nil, false, err
		}
		out.conds = append(out.conds, x)
		out.results = append(out.results, r)
	}
	arms := out.results
	if e.Else != nil {
		restore := c.deferFolding(true)
		x, err := c.expr(e.Else)
		restore()
		if err != nil {
			return nil, false, err
		}
		out.orElse = x
		arms = append(append([]expr(nil), arms...), x)
	}
	t, err := foldTypes(arms, e.Pos, "CASE", BranchType)
	if err != nil {
		return nil, false, err
	}
	out.t = t
	for i := range out.results {
		if out.results[i], err = convert(out.results[i], t, e.Pos); err != nil {
			return nil, false, err
		}
	}
	if out.orElse != nil {
		if out.orElse, err = convert(out.orElse, t, e.Pos); err != nil {
			return nil, false, err
		}
	}
	foldable := true
	for _, x := range append(out.conds, arms...) {
		foldable = foldable && isConst(x)
	}
	return out, foldable, nil
}

// commonOf returns the common type of several expressions.
func commonOf(list []expr, pos parser.Pos, what string) (Type, error) {
	return foldTypes(list, pos, what, CommonType)
}

// foldTypes folds the expressions' types with common (CommonType, or
// BranchType for the results of CASE).
func foldTypes(list []expr, pos parser.Pos, what string, common func(a, b Type) (Type, bool)) (Type, error) {
	t := VoidType
	for _, x := range list {
		ct, ok := common(t, x.typ())
		if !ok {
			return Type{}, &Error{Code: CodeArgumentType, Pos: pos, HasPos: true,
				Msg: fmt.Sprintf("the branches of %s have types %s and %s, which have no common type", what, t, x.typ())}
		}
		t = ct
	}
	return t, nil
}

// call resolves a function, converts its arguments and, when the overload
// has a Prepare hook, runs the per-statement preparation once here.
func (c *compiler) call(e *parser.Call) (expr, bool, error) {
	if e.Over != nil {
		x, err := c.windowCall(e)
		return x, false, err
	}
	if windowFuncs[strings.ToUpper(e.Name)] != nil {
		return nil, false, semanticError(e.Pos, "window function %s needs an OVER clause: %s(...) OVER ([PARTITION BY ...] [ORDER BY ...])", strings.ToLower(e.Name), strings.ToLower(e.Name))
	}
	if isAggregate(e.Name) {
		// A grouped SELECT's compiler has taken its aggregates already.
		return nil, false, semanticError(e.Pos, "aggregate function %s cannot be used here: aggregates go in the select list, HAVING or ORDER BY of a SELECT, and do not nest", strings.ToLower(e.Name))
	}
	if isGroupingFunc(e.Name) {
		return nil, false, semanticError(e.Pos, "%s can only be used in the select list, HAVING or ORDER BY of a SELECT with GROUP BY", strings.ToUpper(e.Name))
	}
	e, err := c.structStar(e)
	if err != nil {
		return nil, false, err
	}
	fn, ok := c.s.reg.Lookup(e.Name)
	if _, table := c.s.reg.LookupTable(e.Name); table && !ok {
		return nil, false, tableFunctionPlacement(e)
	}
	if !ok {
		return nil, false, semanticError(e.Pos, "function %s cannot be resolved%s", strings.ToLower(e.Name), c.s.reg.DidYouMean(e.Name))
	}
	if e.Star || e.Distinct {
		return nil, false, semanticError(e.Pos, "function %s does not take * or DISTINCT", strings.ToLower(e.Name))
	}
	if e.Filter != nil || e.WithinGroup != nil {
		return nil, false, semanticError(e.Pos, "function %s is not an aggregate function: it takes no FILTER or WITHIN GROUP", strings.ToLower(e.Name))
	}
	if hasLambda(e.Args) {
		return c.lambdaCall(fn, e)
	}
	restore := c.deferFolding(hasLazy(fn))
	args, allConst, err := c.exprs(e.Args)
	restore()
	if err != nil {
		return nil, false, err
	}
	res, err := fn.Resolve(c.callSite(args))
	if err != nil {
		return nil, false, At(e.Pos, err)
	}
	for i := range args {
		if args[i], err = convert(args[i], res.Params[i], e.Args[i].Position()); err != nil {
			return nil, false, err
		}
		allConst = allConst && isConst(args[i])
	}
	if fn.External && c.s.check != nil {
		// Check mode never calls an outside service: the call's value is
		// the run's to know.
		return c.s.check.opaque(res.Result), false, nil
	}
	call := &callExpr{impl: res.Impl, name: fn.Name, ctx: c.s.ctx, args: args, nullSafe: res.Overload.NullSafe,
		t: res.Result, pos: e.Pos, hint: placeholderHint(args, c.s.placeholders)}
	if res.Overload.Prepare != nil {
		if call.impl, err = prepare(c.s.ctx, res, args, call.nullSafe); err != nil {
			return nil, false, At(e.Pos, call.hint(err))
		}
	}
	return lazyCall(res.Overload, call), allConst && !fn.Volatile, nil
}

// callSite describes compiled arguments to overload resolution: their
// types and the values of the constant ones.
func (c *compiler) callSite(args []expr) *CallSite {
	site := &CallSite{Ctx: c.s.ctx, Args: make([]Type, len(args)),
		Consts: make([]Value, len(args)), IsConst: make([]bool, len(args)), args: args}
	for i, a := range args {
		site.Args[i] = a.typ()
		if k, ok := a.(*constExpr); ok {
			site.Consts[i], site.IsConst[i] = k.v, true
		}
	}
	return site
}

// prepare runs an overload's per-statement hook with the constant arguments.
func prepare(ctx *CallContext, res *Resolution, args []expr, nullSafe bool) (Impl, error) {
	consts := make([]Value, len(args))
	isConstArg := make([]bool, len(args))
	for i, a := range args {
		if k, ok := a.(*constExpr); ok {
			if k.v == nil && !nullSafe {
				// The call is NULL for every row; keep the plain Impl.
				return res.Impl, nil
			}
			consts[i], isConstArg[i] = k.v, true
		}
	}
	return res.Overload.Prepare(ctx, consts, isConstArg)
}

// placeholderRE matches a -D placeholder left in the script text.
var placeholderRE = regexp.MustCompile(`\$\{<?([A-Za-z_][A-Za-z0-9_]*)>?\}|^<([A-Za-z_][A-Za-z0-9_]*)>$`)

// placeholderHint returns a function that adds to a failing call's error
// the name of any placeholder still present in its constant string
// arguments, and how to define it. When the script's undefined
// placeholders (all) include the call's, it names all of them, with their
// positions, so that one run tells every -D flag the script needs.
func placeholderHint(args []expr, all []parser.Placeholder) func(error) error {
	var names []string
	for _, a := range args {
		k, ok := a.(*constExpr)
		if !ok {
			continue
		}
		s, ok := k.v.(string)
		if !ok {
			continue
		}
		for _, m := range placeholderRE.FindAllStringSubmatch(s, -1) {
			names = append(names, m[1]+m[2])
		}
	}
	return func(err error) error {
		if len(names) == 0 {
			return err
		}
		var e *Error
		if !errors.As(err, &e) {
			return err
		}
		listed := []parser.Placeholder{{Name: names[0]}}
		if includesAll(all, names) {
			listed = all
		}
		hint := *e
		hint.Msg = fmt.Sprintf("%s (%s)", e.Msg, parser.UndefinedHint(listed))
		return &hint
	}
}

// includesAll reports whether every name is one of the placeholders.
func includesAll(ps []parser.Placeholder, names []string) bool {
	for _, n := range names {
		if !slices.ContainsFunc(ps, func(p parser.Placeholder) bool { return p.Name == n }) {
			return false
		}
	}
	return true
}
