package eval

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Lambda arguments (`x -> expr`, `(x, y) -> expr`) of TRANSFORM, FILTER,
// ZIP_WITH and friends.
//
// A function takes lambdas through an overload with a LambdaParams hook.
// The compiler compiles the call's other arguments first, asks the hook
// for each lambda's parameter types, compiles the lambda's body in a scope
// where its parameter names resolve to those types (shadowing columns and
// variables; outer columns and variables stay readable), and learns the
// body's result type. The lambda argument's static type is then a
// KindFunction type (FuncOf) carrying the parameter and result types, so
// that the overload's Bind sees them: TRANSFORM's result is an array of
// its lambda's result type. When Bind's parameter type for a lambda
// asks for another result type, the body's result is converted to it
// implicitly (ARRAY_REDUCE's accumulator keeps its initial value's type).
//
// At run time the argument's value is a *Lambda, never NULL, which the
// function calls per element. A call reuses the lambda's parameter cells
// and reads the current row the function was called on; evaluation is
// single-threaded, as everywhere in eval.

// KindFunction is the kind of a lambda argument's static type. It lies
// beyond the SQL kinds: no column, variable or result has it.
const KindFunction Kind = 255

// FuncOf returns the type of a lambda taking params and returning result.
func FuncOf(params []Type, result Type) Type {
	fields := make([]Field, len(params))
	for i, p := range params {
		fields[i] = Field{Type: p}
	}
	return Type{Kind: KindFunction, Fields: fields, Elem: &result}
}

// LambdaResult is the result type of a lambda argument's type t.
func LambdaResult(t Type) Type {
	if t.Kind != KindFunction || t.Elem == nil {
		return VoidType
	}
	return *t.Elem
}

// funcString renders a function type as FUNCTION<P1,...,R>, the notation
// of the documentation (function<T, boolean>).
func funcString(t Type) string {
	if t.Elem == nil {
		return "FUNCTION" // a lambda not compiled yet
	}
	var b strings.Builder
	b.WriteString("FUNCTION<")
	for _, f := range t.Fields {
		b.WriteString(f.Type.String() + ",")
	}
	b.WriteString(LambdaResult(t).String() + ">")
	return b.String()
}

// Lambda is the run-time value of a lambda argument.
type Lambda struct {
	args []Value // the parameter cells the body's parameter references read
	body expr
	row  []Value // the row of the call being evaluated
}

// Call evaluates the lambda's body with its parameters bound to args
// (len(args) is the lambda's parameter count, which the compiler checked
// against the function's LambdaParams).
func (l *Lambda) Call(args ...Value) (Value, error) {
	copy(l.args, args)
	return l.body.eval(l.row)
}

// Arity is the number of parameters the lambda declares.
func (l *Lambda) Arity() int { return len(l.args) }

// lambdaExpr is a lambda argument: its value is its Lambda, bound to the
// current row.
type lambdaExpr struct {
	l *Lambda
	t Type
}

func (e *lambdaExpr) typ() Type { return e.t }
func (e *lambdaExpr) eval(row []Value) (Value, error) {
	e.l.row = row
	return e.l, nil
}

// lambdaParamExpr reads parameter i of a lambda.
type lambdaParamExpr struct {
	l *Lambda
	i int
	t Type
}

func (e *lambdaParamExpr) typ() Type                   { return e.t }
func (e *lambdaParamExpr) eval([]Value) (Value, error) { return e.l.args[e.i], nil }

// lambdaScope lists the parameters of the lambdas being compiled, the
// innermost first.
type lambdaScope struct {
	names  []string // lower case
	types  []Type
	l      *Lambda
	parent *lambdaScope
}

// lookup finds a lambda parameter by name (case-insensitively).
func (s *lambdaScope) lookup(name string) (*lambdaParamExpr, bool) {
	name = strings.ToLower(name)
	for ; s != nil; s = s.parent {
		for i, n := range s.names {
			if n == name {
				return &lambdaParamExpr{l: s.l, i: i, t: s.types[i]}, true
			}
		}
	}
	return nil, false
}

// lambdaParam resolves a name whose first part is a lambda parameter,
// reading STRUCT fields after it.
func (c *compiler) lambdaParam(e *parser.Ident) (expr, bool, error) {
	p, ok := c.lambdas.lookup(e.Parts[0])
	if !ok {
		return nil, false, nil
	}
	x, err := c.fields(p, e.Parts[1:], e.Pos)
	return x, true, err
}

// readsLambdaParam reports whether e reads a parameter of an enclosing
// lambda: such an expression is never a GROUP BY key, even when a column
// of the same name is.
func (c *compiler) readsLambdaParam(e parser.Expr) bool {
	if c.lambdas == nil || e == nil {
		return false
	}
	switch e := e.(type) {
	case *parser.Ident:
		_, ok := c.lambdas.lookup(e.Parts[0])
		return ok
	case *parser.Lambda:
		return c.readsLambdaParam(e.Body)
	}
	for _, child := range exprChildren(e) {
		if c.readsLambdaParam(child) {
			return true
		}
	}
	return false
}

func hasLambda(args []parser.Expr) bool {
	for _, a := range args {
		if _, ok := a.(*parser.Lambda); ok {
			return true
		}
	}
	return false
}

// lambdaOverload returns the overload of fn that takes lambdas, if any.
func lambdaOverload(fn *Function) *Overload {
	for _, o := range fn.Overloads {
		if o.LambdaParams != nil {
			return o
		}
	}
	return nil
}

// lambdaCall compiles a call with lambda arguments (see the top of this
// file).
func (c *compiler) lambdaCall(fn *Function, e *parser.Call) (expr, bool, error) {
	name := strings.ToLower(fn.Name)
	o := lambdaOverload(fn)
	args := make([]expr, len(e.Args))
	types := make([]Type, len(e.Args))
	for i, a := range e.Args {
		l, ok := a.(*parser.Lambda)
		if ok && o == nil {
			return nil, false, semanticError(l.Pos, "function %s does not take a lambda argument; lambdas go to TRANSFORM, FILTER, ZIP_WITH and other functions that take one", name)
		}
		if ok {
			// Not compiled yet: the type only tells how many parameters
			// the lambda declares (TRANSFORM takes x or (x, i)).
			types[i] = Type{Kind: KindFunction, Fields: make([]Field, len(l.Params))}
			continue
		}
		x, err := c.expr(a)
		if err != nil {
			return nil, false, err
		}
		args[i], types[i] = x, x.typ()
	}
	for i, a := range e.Args {
		if l, ok := a.(*parser.Lambda); ok {
			x, err := c.lambda(o, name, types, i, l, e.Pos)
			if err != nil {
				return nil, false, err
			}
			args[i], types[i] = x, x.t
		}
	}
	res, err := fn.Resolve(c.callSite(args))
	var bad *lambdaResultError
	if errors.As(err, &bad) && bad.index < len(e.Args) {
		if l, ok := e.Args[bad.index].(*parser.Lambda); ok {
			return nil, false, At(l.Body.Position(), err)
		}
	}
	if err != nil {
		return nil, false, At(e.Pos, err)
	}
	for i := range args {
		pos := e.Args[i].Position()
		if l, ok := args[i].(*lambdaExpr); ok {
			want := LambdaResult(res.Params[i])
			if l.l.body, err = convert(l.l.body, want, e.Args[i].(*parser.Lambda).Body.Position()); err != nil {
				return nil, false, err
			}
			continue
		}
		if args[i], err = convert(args[i], res.Params[i], pos); err != nil {
			return nil, false, err
		}
	}
	return &callExpr{impl: res.Impl, name: fn.Name, ctx: c.s.ctx, args: args, nullSafe: res.Overload.NullSafe,
		t: res.Result, pos: e.Pos, hint: placeholderHint(args, c.s.placeholders)}, false, nil
}

// lambda compiles argument i, a lambda, of a call of o at callPos.
func (c *compiler) lambda(o *Overload, name string, types []Type, i int, l *parser.Lambda, callPos parser.Pos) (*lambdaExpr, error) {
	params, err := o.LambdaParams(types, i)
	if err != nil {
		// The hook objects to the call's other arguments, or to a
		// lambda where none belongs: the call's position says which call.
		return nil, At(callPos, err)
	}
	scope := &lambdaScope{types: params, l: &Lambda{args: make([]Value, len(params))}, parent: c.lambdas}
	for _, p := range l.Params {
		lower := strings.ToLower(p)
		for _, seen := range scope.names {
			if seen == lower {
				return nil, semanticError(l.Pos, "lambda parameter %s is declared twice", p)
			}
		}
		scope.names = append(scope.names, lower)
	}
	if len(params) != len(l.Params) {
		return nil, semanticError(l.Pos, "the lambda of argument %d of function %s takes %s, got %d (%s)",
			i+1, name, plural(len(params), "parameter"), len(l.Params), strings.Join(l.Params, ", "))
	}
	if bad, what := unsupportedInLambda(l.Body); bad != nil {
		return nil, semanticError(bad.Position(), "%s are not supported in a lambda expression", what)
	}
	inner := *c
	inner.lambdas = scope
	body, err := inner.expr(l.Body)
	if err != nil {
		return nil, err
	}
	scope.l.body = body
	return &lambdaExpr{l: scope.l, t: FuncOf(params, body.typ())}, nil
}

// unsupportedInLambda finds a subquery, an aggregate or a window call in a
// lambda's body: the Lambda functions page rules out the first two, and a
// window, computed over the query's rows, cannot see the lambda's parameters.
func unsupportedInLambda(e parser.Expr) (parser.Expr, string) {
	switch x := e.(type) {
	case nil:
		return nil, ""
	case *parser.Subquery, *parser.Exists:
		return x, "subqueries"
	case *parser.In:
		if x.Query != nil {
			return x, "subqueries"
		}
	case *parser.Call:
		if x.Over != nil {
			// A window is computed over the query's rows, which a lambda
			// body, run per element, does not see.
			return x, "window functions"
		}
		if isAggregate(x.Name) {
			return x, "aggregate functions"
		}
	case *parser.Lambda:
		return unsupportedInLambda(x.Body)
	}
	for _, child := range exprChildren(e) {
		if bad, what := unsupportedInLambda(child); bad != nil {
			return bad, what
		}
	}
	return nil, ""
}

// LambdaResultError is ODPS-0130121 for a lambda argument whose body has
// a type the function cannot take (a FILTER predicate that is not
// BOOLEAN); the compiler reports it at the lambda's body.
func LambdaResultError(function string, index int, want string, got Type) error {
	return &lambdaResultError{index: index, err: Errorf(CodeArgumentType,
		"the lambda of argument %d of function %s must return %s, not %s", index+1, strings.ToLower(function), want, got)}
}

type lambdaResultError struct {
	index int
	err   *Error
}

func (e *lambdaResultError) Error() string { return e.err.Error() }
func (e *lambdaResultError) Unwrap() error { return e.err }

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
