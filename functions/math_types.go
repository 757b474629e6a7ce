package functions

import (
	"strconv"

	"github.com/mcsql/mcsql/eval"
)

// The math pages state their accepted types precisely and differently per
// function: "STRING and BIGINT are converted to DOUBLE" for most, integers
// only for BIN and the shifts, DECIMAL kept for ROUND. Plain overloads
// cannot say all of that (an INT matches a DECIMAL parameter as well as a
// DOUBLE one, a STRING would convert to BIGINT), so the math functions
// resolve through argRules: one rule per argument maps its type to the
// parameter type it is converted to, or rejects it with the ODPS-0130121
// error MaxCompute gives for a wrong type.

// argRule returns the parameter type an argument of type t converts to,
// or false when the function does not accept t.
type argRule func(t eval.Type) (eval.Type, bool)

// resolved builds an overload of function name taking between lo and hi
// arguments, argument i checked by rules[min(i, len(rules)-1)]; result
// computes the result type from the parameter types (and may adjust them,
// as the shifts do).
func resolved(name string, lo, hi int, result func(params []eval.Type) eval.Type, impl eval.Impl, rules ...argRule) *eval.Overload {
	return &eval.Overload{
		Impl: impl,
		Bind: eval.BindTypes(func(args []eval.Type) ([]eval.Type, eval.Type, error) {
			if len(args) < lo || len(args) > hi {
				return nil, eval.Type{}, eval.ArgumentCountError(name, arity(lo, hi), len(args))
			}
			params := make([]eval.Type, len(args))
			for i, a := range args {
				t, ok := rules[min(i, len(rules)-1)](a)
				if !ok {
					return nil, eval.Type{}, eval.ArgumentTypeError(name, i, a)
				}
				params[i] = t
			}
			return params, result(params), nil
		}),
	}
}

// arity words an argument count as MaxCompute's count errors do.
func arity(lo, hi int) string {
	if lo == hi {
		return strconv.Itoa(lo)
	}
	return strconv.Itoa(lo) + " to " + strconv.Itoa(hi)
}

// fixed returns a result function that ignores the parameters.
func fixed(t eval.Type) func([]eval.Type) eval.Type {
	return func([]eval.Type) eval.Type { return t }
}

// sameAsFirst is the result type of functions that keep their argument's type.
func sameAsFirst(params []eval.Type) eval.Type { return params[0] }

// toDouble accepts the numbers and strings that MaxCompute converts to
// DOUBLE for a math function; NULL is a DOUBLE NULL.
func toDouble(t eval.Type) (eval.Type, bool) {
	if t.Kind.IsNumeric() || t.Kind.IsString() || t.Kind == eval.KindVoid {
		return eval.DoubleType, true
	}
	return eval.Type{}, false
}

// toDoubleNoDecimal is toDouble for CBRT, whose page leaves DECIMAL out.
func toDoubleNoDecimal(t eval.Type) (eval.Type, bool) {
	if t.Kind == eval.KindDecimal {
		return eval.Type{}, false
	}
	return toDouble(t)
}

// keepDecimal keeps a DECIMAL (ROUND, TRUNC, ABS compute on it exactly)
// and reads every other number or string as a DOUBLE.
func keepDecimal(t eval.Type) (eval.Type, bool) {
	if t.Kind == eval.KindDecimal {
		return t, true
	}
	return toDouble(t)
}

// integerOnly accepts TINYINT, SMALLINT, INT and BIGINT as they are, with
// no implicit conversion (BIN, FACTORIAL, the shifts); NULL is a BIGINT.
func integerOnly(t eval.Type) (eval.Type, bool) {
	switch {
	case t.Kind.IsInteger():
		return t, true
	case t.Kind == eval.KindVoid:
		return eval.BigintType, true
	}
	return eval.Type{}, false
}

// intOnly accepts INT and the narrower integers, read as INT (the shift
// count, WIDTH_BUCKET's bucket count).
func intOnly(t eval.Type) (eval.Type, bool) {
	switch t.Kind {
	case eval.KindTinyint, eval.KindSmallint, eval.KindInt, eval.KindVoid:
		return eval.IntType, true
	}
	return eval.Type{}, false
}

// bigintOnly accepts any integer as a BIGINT but nothing that would need
// an implicit conversion from another kind (decimal places, bases).
func bigintOnly(t eval.Type) (eval.Type, bool) {
	if t.Kind.IsInteger() || t.Kind == eval.KindVoid {
		return eval.BigintType, true
	}
	return eval.Type{}, false
}

// numberAsIs accepts any number unconverted (NEGATIVE, POSITIVE,
// WIDTH_BUCKET); NULL is a BIGINT.
func numberAsIs(t eval.Type) (eval.Type, bool) {
	switch {
	case t.Kind.IsNumeric():
		return t, true
	case t.Kind == eval.KindVoid:
		return eval.BigintType, true
	}
	return eval.Type{}, false
}

// rejectStrings is an overload that turns a STRING argument into a type
// error at compile time, for NEGATIVE: its plain per-width overloads
// would otherwise accept a STRING through the implicit STRING-to-BIGINT
// conversion. A STRING matches it exactly; the other types that convert
// to STRING (dates) reach it too, hence a message that names no type.
func rejectStrings(name string, expected string) *eval.Overload {
	fail := func() error {
		return eval.Errorf(eval.CodeArgumentType, "invalid type of argument 1 for function %s: %s expected", name, expected)
	}
	return &eval.Overload{
		Params: []eval.Param{p("x", stringKinds)}, Result: eval.BigintType, NullSafe: true,
		Impl: func(*eval.CallContext, []eval.Value) (eval.Value, error) { return nil, fail() },
		Prepare: func(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error) {
			return nil, fail()
		},
	}
}
