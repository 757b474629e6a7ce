package functions

import (
	"math"
	"math/big"

	"github.com/mcsql/mcsql/eval"
)

// registerMath files the documentation's mathematical functions. Each
// family keeps to its own file: math_round.go (ROUND, TRUNC),
// math_double.go (the DOUBLE functions), math_int.go (integer and base
// functions), math_rand.go (RAND). HEX and UNHEX live in encoders.go.
func registerMath(r registrar) {
	r.Register(fn("ABS", "T ABS(BIGINT|DOUBLE|DECIMAL x)",
		"absolute value, of x's type; a STRING is read as DOUBLE",
		"select abs(-1), abs(-1.2), abs('-2'); -- 1 1.2 2.0",
		resolved("abs", 1, 1, sameAsFirst, absImpl, integerAsBigint),
	))
	r.Register(fn("FLOOR", "BIGINT FLOOR(DOUBLE|DECIMAL x)",
		"the largest integer not above x; a STRING or BIGINT is read as DOUBLE; a DECIMAL gives a DECIMAL in the Hive-compatible edition",
		"select floor(1.2), floor(-1.2); -- 1 -2",
		decimalInHive(resolved("floor", 1, 1, fixed(eval.BigintType), integral("floor", math.Floor, floorRat), integerAsBigint), floorRat),
	))
	r.Register(fn("CEIL", "BIGINT CEIL(DOUBLE|DECIMAL x)",
		"the smallest integer not below x; a STRING or BIGINT is read as DOUBLE; a DECIMAL gives a DECIMAL in the Hive-compatible edition",
		"select ceil(1.1), ceil(-1.1); -- 2 -1",
		decimalInHive(resolved("ceil", 1, 1, fixed(eval.BigintType), integral("ceil", math.Ceil, ceilRat), integerAsBigint), ceilRat),
	))
	registerRounding(r)
	registerDoubleMath(r)
	registerIntegerMath(r)
	registerRand(r)
}

// integerAsBigint keeps integers exact as BIGINT and DECIMAL as it is; the
// rest is read as DOUBLE (ABS, FLOOR, CEIL).
func integerAsBigint(t eval.Type) (eval.Type, bool) {
	if t.Kind.IsInteger() {
		return eval.BigintType, true
	}
	return keepDecimal(t)
}

// absImpl keeps the argument's representation: BIGINT, DOUBLE or DECIMAL.
func absImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	switch x := args[0].(type) {
	case int64:
		return absInt(x)
	case float64:
		return math.Abs(x), nil
	case eval.Decimal:
		return eval.Decimal{Rat: new(big.Rat).Abs(x.Rat), Scale: x.Scale}, nil
	}
	return nil, internalError("abs of %T", args[0])
}

// absInt fails on the one BIGINT without a positive counterpart, which
// lies outside MaxCompute's BIGINT range (-2^63+1 to 2^63-1) anyway.
func absInt(x int64) (int64, error) {
	if x == math.MinInt64 {
		return 0, eval.InvalidArgument("abs(%d) overflows BIGINT", x)
	}
	if x < 0 {
		return -x, nil
	}
	return x, nil
}

// integral builds FLOOR or CEIL: integers unchanged, DOUBLEs through f,
// DECIMALs exactly through rat; results outside BIGINT are errors.
func integral(name string, f func(float64) float64, rat func(*big.Rat) *big.Int) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		switch x := args[0].(type) {
		case int64:
			return x, nil
		case float64:
			return doubleToBigint(name, f(x), x)
		case eval.Decimal:
			n := rat(x.Rat)
			if !n.IsInt64() {
				return nil, eval.InvalidArgument("%s(%s) overflows BIGINT", name, x.Rat.FloatString(x.Scale))
			}
			return n.Int64(), nil
		}
		return nil, internalError("%s of %T", name, args[0])
	}
}

// doubleToBigint accepts only integral values inside BIGINT's range.
func doubleToBigint(name string, v, x float64) (int64, error) {
	if math.IsNaN(v) || v < -(1<<63) || v >= 1<<63 {
		return 0, eval.InvalidArgument("%s(%s) overflows BIGINT", name, eval.FormatValue(x, eval.DoubleType))
	}
	return int64(v), nil
}

func floorRat(r *big.Rat) *big.Int {
	return new(big.Int).Div(r.Num(), r.Denom()) // Euclidean division floors: a Rat's denominator is positive
}

func ceilRat(r *big.Rat) *big.Int {
	return new(big.Int).Neg(floorRat(new(big.Rat).Neg(r)))
}
