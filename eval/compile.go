package eval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// compiler turns AST expressions into typed expr trees for one statement,
// resolving names against a scope of columns and the session's variables.
type compiler struct {
	s  *Session
	sc *scope
	// group is set while compiling the select list, HAVING and ORDER BY of
	// a grouped SELECT: see grouping.lookup.
	group *grouping
	// lambdas holds the parameters of the lambdas whose bodies are being
	// compiled (see lambda.go).
	lambdas *lambdaScope
	// lazyDepth is positive while the arguments of a lazy call are
	// compiled: folding errors are then deferred (see foldErrExpr).
	lazyDepth int
	// outer links a subquery's compiler to the enclosing query's, for
	// correlated column references (plan_subquery.go); nil at the top.
	outer *outerScope
	// win is set while compiling the select list, QUALIFY and ORDER BY of
	// a SELECT: window function calls are allowed there (plan_window.go).
	win *windowing
	// aliases are the select list's aliases while QUALIFY is compiled.
	aliases map[string]expr
}

// compileScalar compiles an expression that reads no columns.
func (s *Session) compileScalar(e parser.Expr) (expr, error) {
	c := &compiler{s: s, sc: &scope{}}
	return c.expr(e)
}

// expr compiles e and folds it into a constant when every operand is
// constant and nothing volatile is involved.
func (c *compiler) expr(e parser.Expr) (expr, error) {
	if c.aliases != nil {
		if x, ok := c.alias(e); ok {
			return x, nil
		}
	}
	if c.group != nil && !c.readsLambdaParam(e) {
		if x, handled, err := c.group.lookup(c, e); handled {
			return x, err
		}
	}
	x, foldable, err := c.build(e)
	if err != nil || !foldable || isConst(x) {
		return x, err
	}
	v, err := x.eval(nil)
	if err != nil {
		if c.lazyDepth > 0 {
			return &foldErrExpr{t: x.typ(), err: At(e.Position(), err)}, nil
		}
		return nil, At(e.Position(), err)
	}
	return &constExpr{t: x.typ(), v: v}, nil
}

// build compiles one node. foldable reports whether the node is
// deterministic and all its operands are constants.
func (c *compiler) build(e parser.Expr) (x expr, foldable bool, err error) {
	switch e := e.(type) {
	case *parser.Literal:
		v, t, err := LiteralValue(e)
		if err != nil {
			return nil, false, At(e.Pos, err)
		}
		return literalConst(e, v, t), true, nil
	case *parser.VarRef:
		x, err := c.variable(e)
		return x, err == nil && isConst(x), err
	case *parser.Ident:
		x, err := c.ident(e)
		return x, false, err
	case *parser.FieldAccess:
		return c.fieldAccess(e)
	case *parser.IndexExpr:
		return c.index(e)
	case *parser.Unary:
		return c.unary(e)
	case *parser.Binary:
		return c.binary(e)
	case *parser.Like:
		return c.like(e)
	case *parser.IsNull:
		x, err := c.expr(e.X)
		if err != nil {
			return nil, false, err
		}
		return &isNullExpr{x: x, not: e.Not}, isConst(x), nil
	case *parser.In:
		return c.in(e)
	case *parser.Between:
		return c.between(e)
	case *parser.Case:
		return c.caseExpr(e)
	case *parser.Cast:
		return c.cast(e)
	case *parser.Call:
		return c.call(e)
	case *parser.Subquery:
		return c.scalarSubquery(e)
	case *parser.Exists:
		return c.exists(e)
	case *parser.Row:
		return nil, false, semanticError(e.Pos, "a row value %s is allowed only in %s [NOT] IN (...) and %s = (SELECT ...); elsewhere use its values one by one", rowText(e), rowText(e), rowText(e))
	case *parser.Lambda:
		return nil, false, semanticError(e.Pos, "a lambda expression is allowed only as an argument of a function that takes one (TRANSFORM, FILTER, ZIP_WITH, ...)")
	}
	return nil, false, semanticError(e.Position(), "unsupported expression %T", e)
}

// exprs compiles a list and reports whether all results are constant.
func (c *compiler) exprs(list []parser.Expr) ([]expr, bool, error) {
	out := make([]expr, len(list))
	allConst := true
	for i, e := range list {
		x, err := c.expr(e)
		if err != nil {
			return nil, false, err
		}
		out[i] = x
		allConst = allConst && isConst(x)
	}
	return out, allConst, nil
}

// convert wraps x so that it yields type t, using implicit rules.
func convert(x expr, t Type, pos parser.Pos) (expr, error) {
	return convertWith(x, t, pos, false)
}

func convertWith(x expr, t Type, pos parser.Pos, explicit bool) (expr, error) {
	from := x.typ()
	if from.Equal(t) {
		return x, nil
	}
	if k, ok := x.(*constExpr); ok && k.v == nil {
		return &constExpr{t: t}, nil
	}
	if k, ok := x.(*constExpr); ok && !explicit {
		// A DOUBLE literal meeting a DECIMAL reads its digits (literal_text.go).
		if v, exact := k.exactDecimal(t); exact {
			return &constExpr{t: t, v: v}, nil
		}
	}
	fn, err := Converter(from, t, explicit)
	if err != nil {
		return nil, At(pos, err)
	}
	if fe, ok := x.(*foldErrExpr); ok {
		return &foldErrExpr{t: t, err: fe.err}, nil // still a constant that fails
	}
	if k, ok := x.(*constExpr); ok {
		// A constant converts once, here, and stays a constant, so that a
		// function's Prepare hook sees it (log10(8) converts 8 to DOUBLE).
		// A failing conversion is left to run time, where it always was.
		if v, err := fn(k.v); err == nil {
			return &constExpr{t: t, v: v}, nil
		}
	}
	return &convExpr{x: x, fn: fn, t: t, pos: pos}, nil
}

func (c *compiler) variable(e *parser.VarRef) (expr, error) {
	v := c.s.lookupVar(e.Name)
	if v != nil && v.unknown {
		return nil, c.s.check.errUnknown("@" + e.Name)
	}
	if v == nil {
		return nil, semanticError(e.Pos, "variable @%s is not defined; assign it first with @%s := ...;", e.Name, e.Name)
	}
	if v.isTable {
		return nil, semanticError(e.Pos, "@%s is a table variable; read it with (SELECT * FROM @%s)", e.Name, e.Name)
	}
	return c.s.varValue(v), nil
}

// varValue is a scalar variable's value as a constant, or in check mode
// an opaque value when it is not known.
func (s *Session) varValue(v *variable) expr {
	if v.opaque {
		return s.check.opaque(v.typ)
	}
	return &constExpr{t: v.typ, v: v.val}
}

// ident resolves a bare or dotted name: a column (optionally qualified by
// its table), then a STRUCT member of a column, then a scalar variable
// named without '@' (USE_WRAPPED_KEYSET's documentation reads
// `use_keyset_new.wrapped_keyset_info`).
func (c *compiler) ident(e *parser.Ident) (expr, error) {
	if x, ok, err := c.lambdaParam(e); ok {
		return x, err
	}
	parts := e.Parts
	i, rest, err := c.sc.resolve(e.Pos, parts)
	if err != nil {
		return nil, err
	}
	if i >= 0 {
		return c.fields(&colExpr{index: i, t: c.sc.cols[i].t}, rest, e.Pos)
	}
	if x, ok, err := c.outerColumn(e); ok {
		return x, err
	}
	if v := c.s.lookupVar(parts[0]); v != nil && v.unknown && (len(parts) > 1 || c.sc.empty()) {
		return nil, c.s.check.errUnknown("@" + parts[0])
	}
	if v := c.s.lookupVar(parts[0]); v != nil && !v.isTable && (len(parts) > 1 || c.sc.empty()) {
		return c.fields(c.s.varValue(v), parts[1:], e.Pos)
	}
	if isGroupingCall(e) {
		return nil, semanticError(e.Pos, "GROUPING__ID can only be used in the select list, HAVING or ORDER BY of a SELECT with GROUP BY")
	}
	if sr := c.sc.semiRight; sr != nil {
		if i, _, _ := sr.resolve(e.Pos, parts); i >= 0 {
			return nil, semanticError(e.Pos, "column %s belongs to the right side of a LEFT SEMI or LEFT ANTI JOIN, which only its ON condition can read", strings.Join(parts, "."))
		}
	}
	return nil, semanticError(e.Pos, "column %s cannot be resolved", strings.Join(parts, "."))
}

// fields applies STRUCT member accesses.
func (c *compiler) fields(x expr, names []string, pos parser.Pos) (expr, error) {
	for _, name := range names {
		t := x.typ()
		if t.Kind != KindStruct {
			return nil, semanticError(pos, "cannot read field %s: the value is %s, not a STRUCT", name, t)
		}
		i := t.FieldIndex(name)
		if i < 0 {
			return nil, semanticError(pos, "%s has no field %s", t, name)
		}
		fx := &fieldExpr{x: x, index: i, t: t.Fields[i].Type}
		if fe, ok := x.(*foldErrExpr); ok {
			x = &foldErrExpr{t: fx.t, err: fe.err}
			continue
		}
		if isConst(x) {
			v, _ := fx.eval(nil)
			x = &constExpr{t: fx.t, v: v}
			continue
		}
		x = fx
	}
	return x, nil
}

func (c *compiler) fieldAccess(e *parser.FieldAccess) (expr, bool, error) {
	x, err := c.expr(e.X)
	if err != nil {
		return nil, false, err
	}
	x, err = c.fields(x, []string{e.Field}, e.Pos)
	return x, isConst(x), err
}

func (c *compiler) index(e *parser.IndexExpr) (expr, bool, error) {
	x, err := c.expr(e.X)
	if err != nil {
		return nil, false, err
	}
	i, err := c.expr(e.Index)
	if err != nil {
		return nil, false, err
	}
	t := x.typ()
	switch t.Kind {
	case KindArray:
		if i, err = convert(i, BigintType, e.Index.Position()); err != nil {
			return nil, false, err
		}
		return &indexExpr{x: x, index: i, t: *t.Elem}, isConst(x) && isConst(i), nil
	case KindMap:
		if i, err = convert(i, *t.Key, e.Index.Position()); err != nil {
			return nil, false, err
		}
		return &indexExpr{x: x, index: i, t: *t.Elem, isMap: true}, isConst(x) && isConst(i), nil
	case KindJSON:
		return jsonIndex(x, i, e.Index.Position())
	}
	return nil, false, semanticError(e.Pos, "cannot index a %s value; [] needs an ARRAY or a MAP", t)
}

func (c *compiler) cast(e *parser.Cast) (expr, bool, error) {
	x, err := c.expr(e.X)
	if err != nil {
		return nil, false, err
	}
	t, err := TypeOf(e.Type)
	if err != nil {
		return nil, false, At(e.Type.Pos, err)
	}
	if t.Kind == KindDecimal && len(e.Type.Params) == 0 && c.s.ctx.Edition == EditionHive {
		// A bare DECIMAL is Hive's DECIMAL(10,0) in the Hive-compatible
		// edition: the ROUND precision FAQ returns 0 for
		// round(cast(0.25375 as decimal), 4) there, 0.2538 otherwise.
		t = Type{Kind: KindDecimal, Precision: 10}
	}
	if t.Kind == KindDate && x.typ().Kind.IsString() {
		// The session flag decides whether a DATETIME text casts to its date.
		full, _ := strconv.ParseBool(c.s.ctx.flags[FlagStringToDateFull])
		from := x.typ()
		fn := func(v Value) (Value, error) {
			s, _ := v.(string)
			return stringToDate(s, from, t, full)
		}
		return &convExpr{x: x, fn: fn, t: t, pos: e.Pos}, isConst(x), nil
	}
	if t.Kind.IsString() && x.typ().Kind == KindDecimal {
		// odps.sql.decimal.tostring.trimzero: true (the default) trims.
		if trim, err := strconv.ParseBool(c.s.ctx.flags[flagDecimalTrimZero]); err == nil && !trim {
			return &convExpr{x: x, fn: decimalWithScale(x.typ()), t: t, pos: e.Pos}, isConst(x), nil
		}
	}
	y, err := convertWith(x, t, e.Pos, true)
	if cv, ok := y.(*convExpr); ok && err == nil && t.Kind == KindDecimal && c.s.ctx.Edition == EditionHive {
		cv.fn = nullOnDecimalRange(cv.fn)
	}
	return y, isConst(x), err
}

// boolean checks that x is a BOOLEAN (or NULL) operand of what.
func boolean(x expr, pos parser.Pos, what string) (expr, error) {
	switch x.typ().Kind {
	case KindBoolean:
		return x, nil
	case KindVoid:
		return &constExpr{t: BooleanType}, nil
	}
	return nil, &Error{Code: CodeArgumentType, Pos: pos, HasPos: true,
		Msg: fmt.Sprintf("%s needs a BOOLEAN operand, got %s", what, x.typ())}
}
