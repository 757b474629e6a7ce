package eval

// LazyArgs hands an Overload's Lazy hook the arguments of one call, each
// evaluated only when asked for (and converted to its parameter type).
type LazyArgs interface {
	// Len is the number of arguments.
	Len() int
	// Arg evaluates argument i. Each call evaluates it again, so a hook
	// asks for an argument at most once per row.
	Arg(i int) (Value, error)
}

// LazyImpl evaluates a call whose arguments are evaluated on demand:
// COALESCE stops at the first non-NULL argument, IF evaluates one branch.
// impl is the overload's Impl after its Prepare hook, for calls that need
// every argument after all (DECODE's two-argument charset form).
type LazyImpl func(ctx *CallContext, args LazyArgs, impl Impl) (Value, error)

// lazyCallExpr is a call of an overload with a Lazy hook. It is its own
// LazyArgs: row is the row being evaluated (evaluation is single-threaded,
// as callExpr's reused vals already assume).
type lazyCallExpr struct {
	lazy LazyImpl
	call *callExpr
	row  []Value
	// argErr is the last error an argument returned, which already
	// carries the argument's position and passes through unchanged.
	argErr error
}

func (e *lazyCallExpr) typ() Type { return e.call.t }

func (e *lazyCallExpr) eval(row []Value) (Value, error) {
	saved := e.row
	e.row, e.argErr = row, nil
	v, err := e.lazy(e.call.ctx, e, e.call.impl)
	e.row = saved
	if err == nil {
		err = checkResultSize(e.call.name, v)
	}
	if err != nil && err != e.argErr {
		err = At(e.call.pos, e.call.hint(err))
	}
	return v, err
}

func (e *lazyCallExpr) Len() int { return len(e.call.args) }

func (e *lazyCallExpr) Arg(i int) (Value, error) {
	if i < 0 || i >= len(e.call.args) {
		return nil, InvalidArgument("internal error: lazy call asked for argument %d of %d", i+1, len(e.call.args))
	}
	v, err := e.call.args[i].eval(e.row)
	if err != nil {
		e.argErr = err
	}
	return v, err
}

// lazyCall wraps call for an overload with a Lazy hook; other calls are
// returned as they are.
func lazyCall(o *Overload, call *callExpr) expr {
	if o.Lazy == nil {
		return call
	}
	return &lazyCallExpr{lazy: o.Lazy, call: call}
}

// Constant folding evaluates a constant expression at compile time, but an
// argument of a lazy call may never be evaluated: coalesce(1,
// failif(true, 'x')) is 1, as the COALESCE page documents. So while the
// arguments of such a call (and the branches of CASE) are compiled, a
// folding error does not end the compilation: it becomes a foldErrExpr,
// which counts as a constant, and fails only when it is evaluated, when
// the call is folded (or run) and asks for it. A needed argument's error
// thus still surfaces at compile time, at the argument's position.

// foldErrExpr is a constant expression whose folding failed with err
// (positioned); evaluating it returns err.
type foldErrExpr struct {
	t   Type
	err error
}

func (e *foldErrExpr) typ() Type                   { return e.t }
func (e *foldErrExpr) eval([]Value) (Value, error) { return nil, e.err }

// hasLazy reports whether some overload of f evaluates its arguments
// lazily, so that their folding errors are deferred.
func hasLazy(f *Function) bool {
	for _, o := range f.Overloads {
		if o.Lazy != nil {
			return true
		}
	}
	return false
}

// deferFolding compiles with folding errors deferred when lazy is set (see
// foldErrExpr) and returns the function that restores the previous mode.
func (c *compiler) deferFolding(lazy bool) func() {
	if !lazy {
		return func() {}
	}
	c.lazyDepth++
	return func() { c.lazyDepth-- }
}
