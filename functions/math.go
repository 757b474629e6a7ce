package functions

import (
	"crypto/rand"
	"encoding/binary"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

func registerMath(r registrar) {
	r.Register(fn("ABS", "T ABS(BIGINT|DOUBLE|DECIMAL x)",
		"absolute value; a STRING argument is read as DOUBLE",
		"select abs(-2.5); -- 2.5",
		ov(eval.BigintType, impl1(absInt), p("x", integerKinds)),
		ov(eval.DoubleType, impl1(total(math.Abs)), p("x", doubleKinds)),
		ov(eval.DecimalType, impl1(total(absDecimal)), p("x", decimalKinds)),
		ov(eval.DoubleType, impl1(viaDouble("abs", total(math.Abs))), p("x", stringKinds)),
	))
	r.Register(fn("ROUND", "T ROUND(BIGINT|DOUBLE|DECIMAL x[, BIGINT d])",
		"x rounded half away from zero to d decimals (default 0, negative rounds left of the point)",
		"select round(2.5), round(-1.25, 1), round(1234, -2); -- 3.0 -1.3 1200",
		roundOverloads()...,
	))
	r.Register(fn("FLOOR", "BIGINT FLOOR(BIGINT|DOUBLE|DECIMAL x)",
		"the largest integer not above x",
		"select floor(-1.5); -- -2",
		integralOverloads("floor", math.Floor, floorRat)...,
	))
	r.Register(fn("CEIL", "BIGINT CEIL(BIGINT|DOUBLE|DECIMAL x)",
		"the smallest integer not below x",
		"select ceil(1.2); -- 2",
		integralOverloads("ceil", math.Ceil, ceilRat)...,
	))
	rnd := fn("RAND", "DOUBLE RAND()",
		"a uniformly random DOUBLE in [0, 1)",
		"select rand(); -- 0.7220096548596434",
		&eval.Overload{Result: eval.DoubleType, Impl: randImpl})
	rnd.Volatile = true
	r.Register(rnd)
}

// viaDouble reads a STRING argument as a DOUBLE before calling f, the
// implicit conversion MaxCompute applies to math functions. It is an
// overload of its own because Resolve would otherwise send a STRING to the
// first overload, BIGINT.
func viaDouble[R any](function string, f func(float64) (R, error)) func(string) (R, error) {
	return func(s string) (R, error) {
		x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			var zero R
			return zero, eval.InvalidArgument("invalid number %s for function %s", quote(s), function)
		}
		return f(x)
	}
}

func absInt(x int64) (int64, error) {
	if x == math.MinInt64 {
		return 0, eval.InvalidArgument("abs(%d) overflows BIGINT", x)
	}
	if x < 0 {
		return -x, nil
	}
	return x, nil
}

func absDecimal(x eval.Decimal) eval.Decimal {
	return eval.Decimal{Rat: new(big.Rat).Abs(x.Rat), Scale: x.Scale}
}

func roundOverloads() []*eval.Overload {
	one := func(x float64) (float64, error) { return roundDouble(x, 0), nil }
	two := func(x float64, d int64) (float64, error) { return roundDouble(x, d), nil }
	return []*eval.Overload{
		ov(eval.BigintType, impl1(func(x int64) (int64, error) { return x, nil }), p("x", integerKinds)),
		ov(eval.BigintType, impl2(roundInt), p("x", integerKinds), p("d", integerKinds)),
		ov(eval.DoubleType, impl1(one), p("x", doubleKinds)),
		ov(eval.DoubleType, impl2(two), p("x", doubleKinds), p("d", integerKinds)),
		ov(eval.DecimalType, impl1(func(x eval.Decimal) (eval.Decimal, error) { return roundDecimal(x, 0), nil }), p("x", decimalKinds)),
		ov(eval.DecimalType, impl2(func(x eval.Decimal, d int64) (eval.Decimal, error) { return roundDecimal(x, d), nil }),
			p("x", decimalKinds), p("d", integerKinds)),
		ov(eval.DoubleType, impl1(viaDouble("round", one)), p("x", stringKinds)),
		ov(eval.DoubleType, impl2(func(s string, d int64) (float64, error) {
			return viaDouble("round", func(x float64) (float64, error) { return roundDouble(x, d), nil })(s)
		}), p("x", stringKinds), p("d", integerKinds)),
	}
}

// maxDigits bounds rounding positions: beyond it every BIGINT, DOUBLE and
// DECIMAL is either unchanged or zero, and 10^d stays cheap.
const maxDigits = 400

// roundRat rounds r half away from zero to d decimals.
func roundRat(r *big.Rat, d int64) *big.Rat {
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(d)), nil))
	x := new(big.Rat).Set(r)
	if d >= 0 {
		x.Mul(x, scale)
	} else {
		x.Quo(x, scale)
	}
	// |x| + 1/2, truncated, with x's sign.
	t := new(big.Rat).Add(new(big.Rat).Abs(x), big.NewRat(1, 2))
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

// roundDouble rounds the shortest decimal text of x, as Java's
// BigDecimal.valueOf does, so round(1.005, 2) is 1.01 although the binary
// double lies just below 1.005.
func roundDouble(x float64, d int64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || d > maxDigits {
		return x
	}
	if d < -maxDigits {
		return math.Copysign(0, x)
	}
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(x, 'g', -1, 64))
	if !ok {
		return x
	}
	f, _ := roundRat(r, d).Float64()
	return f
}

func roundInt(x, d int64) (int64, error) {
	if d >= 0 {
		return x, nil
	}
	if d < -maxDigits {
		return 0, nil
	}
	r := roundRat(new(big.Rat).SetInt64(x), d)
	if !r.Num().IsInt64() {
		return 0, eval.InvalidArgument("round(%d, %d) overflows BIGINT", x, d)
	}
	return r.Num().Int64(), nil
}

func roundDecimal(x eval.Decimal, d int64) eval.Decimal {
	if d >= int64(x.Scale) {
		return x
	}
	if d < -maxDigits {
		return eval.Decimal{Rat: new(big.Rat), Scale: 0}
	}
	return eval.Decimal{Rat: roundRat(x.Rat, d), Scale: int(max(d, 0))}
}

func integralOverloads(name string, f func(float64) float64, rat func(*big.Rat) *big.Int) []*eval.Overload {
	double := func(x float64) (int64, error) { return doubleToBigint(name, f(x), x) }
	return []*eval.Overload{
		ov(eval.BigintType, impl1(func(x int64) (int64, error) { return x, nil }), p("x", integerKinds)),
		ov(eval.BigintType, impl1(double), p("x", doubleKinds)),
		ov(eval.BigintType, impl1(func(x eval.Decimal) (int64, error) {
			n := rat(x.Rat)
			if !n.IsInt64() {
				return 0, eval.InvalidArgument("%s(%s) overflows BIGINT", name, x.Rat.FloatString(x.Scale))
			}
			return n.Int64(), nil
		}), p("x", decimalKinds)),
		ov(eval.BigintType, impl1(viaDouble(name, double)), p("x", stringKinds)),
	}
}

// doubleToBigint accepts only integral values inside BIGINT's range.
func doubleToBigint(name string, v, x float64) (int64, error) {
	if math.IsNaN(v) || v < -(1<<63) || v >= 1<<63 {
		return 0, eval.InvalidArgument("%s(%v) overflows BIGINT", name, x)
	}
	return int64(v), nil
}

func floorRat(r *big.Rat) *big.Int {
	return new(big.Int).Div(r.Num(), r.Denom()) // Euclidean division floors: a Rat's denominator is positive
}

func ceilRat(r *big.Rat) *big.Int {
	return new(big.Int).Neg(floorRat(new(big.Rat).Neg(r)))
}

// randImpl draws 53 random bits, the precision of a DOUBLE, from the
// session's source so tests and seeded sessions repeat.
func randImpl(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 0 {
		return nil, internalError("got %d arguments, want 0", len(args))
	}
	src := io.Reader(rand.Reader) // when no session source is wired in
	if ctx != nil && ctx.Rand != nil {
		src = ctx.Rand
	}
	var b [8]byte
	if _, err := io.ReadFull(src, b[:]); err != nil {
		return nil, eval.InvalidArgument("rand: reading the random source: %v", err)
	}
	return float64(binary.BigEndian.Uint64(b[:])>>11) / (1 << 53), nil
}
