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
