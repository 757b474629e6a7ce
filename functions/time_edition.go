package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// The time functions (TIME_ADD, TIME_DIFF, FORMAT_TIME, ...) take BIGINT
// microseconds. Their pages say that in the MaxCompute 1.0 data type
// edition a STRING or DOUBLE argument is converted to BIGINT first, while
// the 2.0 edition rejects it. So the leading parameters accept integers,
// and also the strings and floating-point numbers that the Bind hook
// refuses in the 2.0 edition; in the others, Prepare converts each such
// value to BIGINT (a DECIMAL reaches it as its text, as an implicit
// conversion to STRING gives it).

// bigintSpec describes such a function: its leading BIGINT parameters,
// the parameters after them, and a Prepare hook working on int64 values.
type bigintSpec struct {
	name    string
	ints    []string     // names of the leading BIGINT parameters
	rest    []eval.Param // the other parameters
	result  eval.Type
	prepare func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error)
}

// bigintArgKinds are what a leading parameter accepts, integers first, so
// that an argument is converted to the first family that takes it.
var bigintArgKinds = append(append(append([]eval.Kind(nil), integerKinds...), stringKinds...), doubleKinds...)

// overloads returns the function's one overload.
func (s bigintSpec) overloads() []*eval.Overload {
	params := make([]eval.Param, 0, len(s.ints)+len(s.rest))
	for _, name := range s.ints {
		params = append(params, p(name, bigintArgKinds))
	}
	params = append(params, s.rest...)
	return []*eval.Overload{{Params: params, Result: s.result, Bind: s.bind,
		Prepare: s.prepareBigints, Impl: neverCalled(s.name)}}
}

// bind refuses, in the 2.0 edition, a leading argument that is not an
// integer.
func (s bigintSpec) bind(site *eval.CallSite) (eval.Binding, error) {
	if site.Ctx.Edition == eval.Edition2 {
		for i := range s.ints {
			k := site.Params[i].Kind
			if k.IsInteger() {
				continue
			}
			what := "a DOUBLE, FLOAT or DECIMAL"
			if k.IsString() {
				what = "a STRING (or a value converted to one)"
			}
			return eval.Binding{}, eval.Errorf(eval.CodeArgumentType,
				"argument %d of function %s must be BIGINT in the MaxCompute 2.0 data type edition, not %s; CAST it, or SET odps.sql.type.system.odps2=false for the 1.0 edition's conversion",
				i+1, strings.ToLower(s.name), what)
		}
	}
	return eval.Binding{Result: s.result}, nil
}

// prepareBigints converts the constant leading arguments to BIGINT for
// s.prepare, and has the Impl it returns convert the others per row.
func (s bigintSpec) prepareBigints(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	converted := append([]eval.Value(nil), consts...)
	for i := range s.ints {
		if isConst[i] && consts[i] != nil {
			v, err := legacyBigint(consts[i])
			if err != nil {
				return nil, err
			}
			converted[i] = v
		}
	}
	impl, err := s.prepare(ctx, converted, isConst)
	if err != nil {
		return nil, err
	}
	n := len(s.ints)
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		var conv []eval.Value // a copy, made only when a value needs converting
		for i := 0; i < n && i < len(args); i++ {
			if _, ok := args[i].(int64); ok || args[i] == nil {
				continue
			}
			if conv == nil {
				conv = append([]eval.Value(nil), args...)
			}
			v, err := legacyBigint(args[i])
			if err != nil {
				return nil, err
			}
			conv[i] = v
		}
		if conv == nil {
			return impl(ctx, args)
		}
		return impl(ctx, conv)
	}, nil
}

// The 1.0 edition's conversions of a leading argument: a STRING as an
// implicit conversion reads it, a DOUBLE truncated as CAST does.
var (
	legacyFromString = toBigint(eval.StringType)
	legacyFromDouble = toBigint(eval.DoubleType)
)

// legacyBigint converts a leading argument's value, a string or a float64
// (the Go values of the STRING and DOUBLE families), to BIGINT.
func legacyBigint(v eval.Value) (eval.Value, error) {
	switch v.(type) {
	case string:
		return legacyFromString(v)
	case float64:
		return legacyFromDouble(v)
	}
	return v, nil
}

// withBigints converts the listed arguments to BIGINT before calling impl.
func withBigints(impl eval.Impl, convs []func(eval.Value) (eval.Value, error)) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		conv := make([]eval.Value, len(args))
		copy(conv, args)
		for i, c := range convs {
			if c == nil || conv[i] == nil {
				continue
			}
			v, err := c(conv[i])
			if err != nil {
				return nil, err
			}
			conv[i] = v
		}
		return impl(ctx, conv)
	}
}

// toBigint converts a STRING (as an implicit conversion does) or a DOUBLE
// (truncating, as CAST does) to BIGINT.
func toBigint(from eval.Type) func(eval.Value) (eval.Value, error) {
	conv, err := eval.Converter(from, eval.BigintType, true)
	if err != nil {
		return func(v eval.Value) (eval.Value, error) { return nil, err }
	}
	return conv
}

// neverCalled is the Impl of an overload whose Prepare always replaces it;
// the evaluator keeps it only for calls that are NULL for every row.
func neverCalled(name string) eval.Impl {
	return func(*eval.CallContext, []eval.Value) (eval.Value, error) {
		return nil, internalError("%s called without its Prepare", name)
	}
}
