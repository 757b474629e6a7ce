package functions

import (
	"math"
	"math/big"

	"github.com/mcsql/mcsql/eval"
)

// registerRounding adds ROUND and TRUNC. Both return DOUBLE, except that a
// DECIMAL stays DECIMAL; BIGINT and STRING arguments are read as DOUBLE
// (round(bigint_data, 1) prints -10.0 on ROUND's page). decimal_places
// must be an integer: its page calls anything else an error.
func registerRounding(r registrar) {
	r.Register(fn("ROUND", "DOUBLE|DECIMAL ROUND(DOUBLE|DECIMAL x[, BIGINT decimal_places])",
		"x rounded half away from zero to decimal_places digits (default 0; negative rounds left of the point)",
		"select round(125.315, 2), round(123.345, -2); -- 125.32 100.0",
		resolved("round", 1, 2, doubleOrDecimal, roundImpl(roundDouble, roundDecimal), keepDecimal, bigintOnly),
	))
	r.Register(fn("TRUNC", "DOUBLE|DECIMAL TRUNC(DOUBLE|DECIMAL x[, BIGINT decimal_places]) | STRING TRUNC(DATE|DATETIME|TIMESTAMP|STRING date, STRING format)",
		"x cut toward zero to decimal_places digits (default 0; negative cuts left of the point); in the Hive-compatible edition also the first day of date's year, quarter or month",
		"select trunc(125.815, 2), trunc(125.815, -1); -- 125.81 120.0",
		truncFunction(),
	))
}

// doubleOrDecimal is ROUND's and TRUNC's result type: DECIMAL for a
// DECIMAL, DOUBLE otherwise.
func doubleOrDecimal(params []eval.Type) eval.Type {
	if params[0].Kind == eval.KindDecimal {
		return eval.DecimalType
	}
	return eval.DoubleType
}

// roundImpl dispatches on the representation of x; d defaults to 0.
func roundImpl(double func(float64, int64) float64, dec func(eval.Decimal, int64) eval.Decimal) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		var d int64
		if len(args) == 2 {
			n, ok := args[1].(int64)
			if !ok {
				return nil, internalError("decimal_places is %T", args[1])
			}
			d = n
		}
		switch x := args[0].(type) {
		case float64:
			return double(x, d), nil
		case eval.Decimal:
			return dec(x, d), nil
		}
		return nil, internalError("rounding %T", args[0])
	}
}

// maxDigits bounds rounding positions: past it every DOUBLE and DECIMAL is
// either unchanged or zero, and 10^d stays cheap.
const maxDigits = 400

// roundDouble scales x by 10^d, rounds half away from zero and scales
// back, in DOUBLE arithmetic as MaxCompute does: round(125.315, 2) is
// 125.32 (125.315*100 is exactly 12531.5) while round(0.25375, 4) is
// 0.2537 (0.25375*10000 is 2537.4999999999995), both documented results.
func roundDouble(x float64, d int64) float64 {
	return scaled(x, d, math.Round, func(t, p, _ float64) float64 { return t / p })
}

// truncDouble cuts x*10^d toward zero and multiplies back by 10^-d, which
// is how MaxCompute gets its documented trunc(125.815, 1) =
// 125.80000000000001 and trunc(-10.2, 1) = -10.200000000000001.
func truncDouble(x float64, d int64) float64 {
	return scaled(x, d, math.Trunc, func(t, _, q float64) float64 { return t * q })
}

// scaled applies integral to x*10^d and back, leaving x alone when the
// scaled value is already integral (or infinite) and giving 0 when 10^d
// underflows. A negative zero result is printed 0.0, as Java's BigDecimal
// arithmetic gives it.
func scaled(x float64, d int64, integral func(float64) float64, back func(t, p, q float64) float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 || d > maxDigits {
		return x
	}
	if d < -maxDigits {
		return 0
	}
	p, q := math.Pow10(int(d)), math.Pow10(int(-d))
	if p == 0 || math.IsInf(q, 0) {
		return 0
	}
	y := x * p
	if d < 0 {
		// 10^d is inexact but 10^-d is an integer: divide and multiply
		// back by it, so round(55555, -5) is 100000.0, not 99999.99999999999.
		y = x / q
	}
	if math.IsInf(y, 0) || math.Abs(y) >= 1<<52 {
		return x
	}
	if d < 0 {
		return integral(y) * q
	}
	r := back(integral(y), p, q)
	if r == 0 {
		return 0
	}
	return r
}

// roundDecimal rounds half away from zero (HALF_UP) to d places: the
// scale becomes min(scale, d), or 0 for a negative d, so round(-1BD, 1)
// stays -1 and round(20.45BD, 1) is 20.5 (ROUND's table example).
func roundDecimal(x eval.Decimal, d int64) eval.Decimal {
	return rescale(x, d, true)
}

// truncDecimal cuts toward zero to d places: trunc(20.45BD, 1) is 20.4.
func truncDecimal(x eval.Decimal, d int64) eval.Decimal {
	return rescale(x, d, false)
}

func rescale(x eval.Decimal, d int64, halfUp bool) eval.Decimal {
	if d >= int64(x.Scale) {
		return x
	}
	if d < -maxDigits {
		return eval.Decimal{Rat: new(big.Rat), Scale: 0}
	}
	return eval.Decimal{Rat: cutRat(x.Rat, d, halfUp), Scale: int(max(d, 0))}
}

// cutRat keeps d decimals of r (negative d: zeros left of the point),
// rounding half away from zero or truncating toward zero.
func cutRat(r *big.Rat, d int64, halfUp bool) *big.Rat {
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(d)), nil))
	x := new(big.Rat).Set(r)
	if d >= 0 {
		x.Mul(x, scale)
	} else {
		x.Quo(x, scale)
	}
	t := new(big.Rat).Abs(x)
	if halfUp {
		t.Add(t, big.NewRat(1, 2))
	}
	n := new(big.Int).Quo(t.Num(), t.Denom())
	if x.Sign() < 0 {
		n.Neg(n)
	}
	out := new(big.Rat).SetInt(n)
	if d >= 0 {
		return out.Quo(out, scale)
	}
	return out.Mul(out, scale)
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
