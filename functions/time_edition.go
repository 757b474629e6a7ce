package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// The time functions (TIME_ADD, TIME_DIFF, FORMAT_TIME, ...) take BIGINT
// microseconds. Their pages say that in the MaxCompute 1.0 data type
// edition a STRING or DOUBLE argument is converted to BIGINT first, while
// the 2.0 edition rejects it. mcsql's implicit conversions do not depend
// on the edition, so these functions get one overload per argument family:
// the BIGINT one, and STRING/DOUBLE ones whose Prepare rejects them in the
// 2.0 edition and otherwise converts each value.

// bigintSpec describes such a function: its leading BIGINT parameters,
// the parameters after them, and a Prepare hook working on int64 values.
type bigintSpec struct {
	name    string
	ints    []string     // names of the leading BIGINT parameters
	rest    []eval.Param // the other parameters
	result  eval.Type
	prepare func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error)
}

// argFamily is one kind family a leading parameter accepts.
type argFamily struct {
	kinds []eval.Kind
	typ   eval.Type // the type an argument of the family has after matching
	what  string    // the family in error messages
}

var bigintFamilies = []argFamily{
	{integerKinds, eval.BigintType, "an integer"},
	{stringKinds, eval.StringType, "a STRING (or a value converted to one)"},
	{doubleKinds, eval.DoubleType, "a DOUBLE, FLOAT or DECIMAL"},
}

// overloads builds the overloads of every combination of families, the
// all-BIGINT one first.
func (s bigintSpec) overloads() []*eval.Overload {
	var out []*eval.Overload
	combo := make([]int, len(s.ints))
	for {
		out = append(out, s.overload(combo))
		i := len(combo) - 1
		for i >= 0 && combo[i] == len(bigintFamilies)-1 {
			combo[i] = 0
			i--
		}
		if i < 0 {
			return out
		}
		combo[i]++
	}
}

func (s bigintSpec) overload(combo []int) *eval.Overload {
	params := make([]eval.Param, 0, len(s.ints)+len(s.rest))
	legacy := -1 // the first argument that is not BIGINT
	for i, f := range combo {
		params = append(params, p(s.ints[i], bigintFamilies[f].kinds))
		if f != 0 && legacy < 0 {
			legacy = i
		}
	}
	params = append(params, s.rest...)
	o := &eval.Overload{Params: params, Result: s.result}
	if legacy < 0 {
		o.Prepare = s.prepare
		o.Impl = neverCalled(s.name)
		return o
	}
	what := bigintFamilies[combo[legacy]].what // combo changes after this call
	convs := make([]func(eval.Value) (eval.Value, error), len(combo))
	for i, f := range combo {
		if f != 0 {
			convs[i] = toBigint(bigintFamilies[f].typ)
		}
	}
	o.Impl = neverCalled(s.name)
	o.Prepare = func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		if ctx == nil || ctx.Edition == eval.Edition2 {
			return nil, eval.Errorf(eval.CodeArgumentType,
				"argument %d of function %s must be BIGINT in the MaxCompute 2.0 data type edition, not %s; CAST it, or SET odps.sql.type.system.odps2=false for the 1.0 edition's conversion",
				legacy+1, strings.ToLower(s.name), what)
		}
		converted := make([]eval.Value, len(consts))
		copy(converted, consts)
		for i, c := range convs {
			if c != nil && isConst[i] && consts[i] != nil {
				v, err := c(consts[i])
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
		return withBigints(impl, convs), nil
	}
	return o
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
