package functions

import (
	"bytes"
	"time"

	"github.com/mcsql/mcsql/eval"
)

func registerConditionals(r registrar) {
	r.Register(fn("COALESCE", "T COALESCE(T a, ...)",
		"the first non-NULL argument",
		"select coalesce(null, 2, 3); -- 2",
		lazyGeneric(coalesceTypes, coalesce, coalesceLazy),
	))
	r.Register(fn("NVL", "T NVL(T a, T b)",
		"a, or b when a is NULL",
		"select nvl(null, 'x'); -- x",
		lazyGeneric(nvlTypes, coalesce, coalesceLazy),
	))
	r.Register(fn("IF", "T IF(BOOLEAN cond, T a, T b)",
		"a when cond is true, else b (a NULL cond counts as false)",
		"select if(1 < 2, 'yes', 'no'); -- yes",
		lazyGeneric(ifTypes, ifImpl, ifLazy),
	))
	r.Register(fn("DECODE", "R DECODE(T expr, T search1, R result1, ...[, R default]) | STRING DECODE(BINARY str, STRING charset)",
		"the result of the first search equal to expr (NULL matches NULL), else default or NULL; with two arguments, the text of bytes in charset",
		"select decode(2, 1, 'one', 2, 'two', 'many'); -- two",
		withPrepare(lazyGeneric(decodeTypes, decode, decodeLazy), prepareDecode),
	))
	r.Register(fn("ISNULL", "BOOLEAN ISNULL(T x)",
		"whether x is NULL",
		"select isnull(null); -- true",
		&eval.Overload{Params: []eval.Param{{Name: "x"}}, Result: eval.BooleanType, NullSafe: true, Impl: isNull},
	))
}

// generic declares a NullSafe overload whose types are computed from the
// arguments' types.
func generic(types func([]eval.Type) ([]eval.Type, eval.Type, error), impl eval.Impl) *eval.Overload {
	return &eval.Overload{Bind: eval.BindTypes(types), NullSafe: true, Impl: impl}
}

// lazyGeneric is generic with a Lazy hook, which evaluates only the
// arguments the result needs; impl stays for direct callers.
func lazyGeneric(types func([]eval.Type) ([]eval.Type, eval.Type, error), impl eval.Impl, lazy eval.LazyImpl) *eval.Overload {
	o := generic(types, impl)
	o.Lazy = lazy
	return o
}

// withPrepare adds a per-statement preparation hook to an overload.
func withPrepare(o *eval.Overload, prepare func(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error)) *eval.Overload {
	o.Prepare = prepare
	return o
}

// commonOf folds eval.CommonType over args[i] for the given indices,
// naming the first argument that fits no common type.
func commonOf(name string, args []eval.Type, indices []int) (eval.Type, error) {
	t := eval.VoidType
	for _, i := range indices {
		c, ok := eval.CommonType(t, args[i])
		if !ok {
			return eval.Type{}, eval.ArgumentTypeError(name, i, args[i])
		}
		t = c
	}
	return t, nil
}

func seq(from, to, step int) []int {
	var out []int
	for i := from; i < to; i += step {
		out = append(out, i)
	}
	return out
}

func repeat(t eval.Type, n int) []eval.Type {
	out := make([]eval.Type, n)
	for i := range out {
		out[i] = t
	}
	return out
}

func coalesceTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) < 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("COALESCE", "at least 1", len(args))
	}
	t, err := branchOf("COALESCE", args, seq(0, len(args), 1))
	if err == nil && t.Kind == eval.KindVoid {
		// The COALESCE page: all-NULL literals are an error (table
		// columns always have a type, so they give NULL instead).
		// The newest page quotes MaxCompute's message: "Semantic analysis
		// exception - parameter 1 for function COALESCE expect at least one
		// parameter should be non-null".
		err = eval.Errorf(eval.CodeSemantic, "parameter 1 for function coalesce expect at least one parameter should be non-null: "+
			"every argument is a NULL literal, so the result has no type; give one a type, e.g. cast(null as string)")
	}
	return repeat(t, len(args)), t, err
}

func nvlTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("NVL", "2", len(args))
	}
	t, err := branchOf("NVL", args, []int{0, 1})
	return repeat(t, 2), t, err
}

func coalesce(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	for _, a := range args {
		if a != nil {
			return a, nil
		}
	}
	return nil, nil
}

// coalesceLazy is COALESCE and NVL: the arguments are evaluated from left
// to right and none after the first non-NULL one (the COALESCE page, Dec
// 2025), so coalesce(x, failif(...)) fails only for rows where x is NULL.
func coalesceLazy(_ *eval.CallContext, args eval.LazyArgs, _ eval.Impl) (eval.Value, error) {
	for i := 0; i < args.Len(); i++ {
		if v, err := args.Arg(i); err != nil || v != nil {
			return v, err
		}
	}
	return nil, nil
}

func ifTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 3 {
		return nil, eval.Type{}, eval.ArgumentCountError("IF", "3", len(args))
	}
	if args[0].Kind != eval.KindBoolean && !eval.CanImplicit(args[0], eval.BooleanType) {
		return nil, eval.Type{}, eval.ArgumentTypeError("IF", 0, args[0])
	}
	t, err := branchOf("IF", args, []int{1, 2})
	return []eval.Type{eval.BooleanType, t, t}, t, err
}

func ifImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 3 {
		return nil, internalError("got %d arguments, want 3", len(args))
	}
	if cond, ok := args[0].(bool); ok && cond {
		return args[1], nil
	}
	return args[2], nil
}

// ifLazy evaluates the condition and then only the branch it selects, as
// CASE WHEN does.
func ifLazy(_ *eval.CallContext, args eval.LazyArgs, _ eval.Impl) (eval.Value, error) {
	if args.Len() != 3 {
		return nil, internalError("got %d arguments, want 3", args.Len())
	}
	cond, err := args.Arg(0)
	if err != nil {
		return nil, err
	}
	if c, ok := cond.(bool); ok && c {
		return args.Arg(1)
	}
	return args.Arg(2)
}

// decodeTypes converts expr (argument 0) and every search (odd positions
// followed by a result) to one type, and every result (even positions from
// 2) and the default (the last argument when the count is even) to another.
func decodeTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	n := len(args)
	if n == 2 { // DECODE(binary, charset), the string function
		return decodeCharsetTypes(args)
	}
	if n < 3 {
		return nil, eval.Type{}, eval.ArgumentCountError("DECODE", "2 or at least 3", n)
	}
	key, err := strictOf("DECODE", args, append([]int{0}, seq(1, n-1, 2)...))
	if err != nil {
		return nil, eval.Type{}, err
	}
	resultIdx := seq(2, n, 2)
	if n%2 == 0 {
		resultIdx = append(resultIdx, n-1)
	}
	res, err := strictOf("DECODE", args, resultIdx)
	if err != nil {
		return nil, eval.Type{}, err
	}
	params := repeat(key, n)
	for _, i := range resultIdx {
		params[i] = res
	}
	return params, res, nil
}

func decode(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	n := len(args)
	if n == 2 {
		return decodeCharsetCall(args)
	}
	if n < 3 {
		return nil, internalError("got %d arguments, want at least 3", n)
	}
	for i := 1; i+1 < n; i += 2 {
		eq, err := decodeEqual(args[0], args[i])
		if err != nil {
			return nil, err
		}
		if eq {
			return args[i+1], nil
		}
	}
	if n%2 == 0 {
		return args[n-1], nil
	}
	return nil, nil
}

// decodeLazy is the if-then-else DECODE evaluated like CASE: expr, then the
// searches in order, and only the result of the first match (or the
// default). The two-argument charset form needs both arguments.
func decodeLazy(ctx *eval.CallContext, args eval.LazyArgs, impl eval.Impl) (eval.Value, error) {
	n := args.Len()
	if n < 3 {
		var buf [2]eval.Value
		for i := 0; i < n && i < len(buf); i++ {
			v, err := args.Arg(i)
			if err != nil {
				return nil, err
			}
			buf[i] = v
		}
		return impl(ctx, buf[:min(n, len(buf))])
	}
	key, err := args.Arg(0)
	if err != nil {
		return nil, err
	}
	for i := 1; i+1 < n; i += 2 {
		search, err := args.Arg(i)
		if err != nil {
			return nil, err
		}
		eq, err := decodeEqual(key, search)
		if err != nil {
			return nil, err
		}
		if eq {
			return args.Arg(i + 1)
		}
	}
	if n%2 == 0 {
		return args.Arg(n - 1)
	}
	return nil, nil
}

// decodeEqual compares two values already converted to one type; NULL
// equals NULL. Impl does not receive the resolved types, so the value's Go
// representation stands in for the type eval.Compare would need.
func decodeEqual(a, b eval.Value) (bool, error) {
	if a == nil || b == nil {
		return a == nil && b == nil, nil
	}
	switch x := a.(type) {
	case int64, float64, string, bool:
		return a == b, nil
	case []byte:
		y, ok := b.([]byte)
		return ok && bytes.Equal(x, y), nil
	case time.Time:
		y, ok := b.(time.Time)
		return ok && x.Equal(y), nil
	case eval.Decimal:
		y, ok := b.(eval.Decimal)
		return ok && x.Rat.Cmp(y.Rat) == 0, nil
	}
	return false, eval.InvalidArgument("decode cannot compare values of this type (%T)", a)
}

func isNull(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 1 {
		return nil, internalError("got %d arguments, want 1", len(args))
	}
	return args[0] == nil, nil
}
