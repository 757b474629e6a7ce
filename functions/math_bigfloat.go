package functions

import (
	"math"
	"math/big"
	"sync"
)

// MaxCompute computes its math functions with a C library (the runtime)
// or Java (constant folding), both of which return the correctly rounded
// DOUBLE for the documented inputs of EXP, LN, the trigonometric functions
// and POW: exp(20.45) = 760890487.9368925, acos(0.87) = 0.5155940062460905
// (SINH, COSH, TANH and CBRT are the exceptions, see math_glibc.go). Go's
// math package is often one unit in the last place away from those
// (math.Exp(20.45) = 760890487.9368924), which the printed result shows.
// The helpers below therefore compute in big.Float with ample guard bits
// and round once to float64; only special values go through package math.
// Each first tries a double-double fast path (math_dd.go, math_fastexp.go,
// math_fasttrig.go), which answers only when its proven error bound
// settles the rounding, so the big.Float path is left to the rare
// arguments whose result lies too close to a rounding boundary.

// workPrec is the working precision: 53 result bits plus guard bits that
// absorb the error of the series and of the argument reductions.
const workPrec = 128

// piBits is the precision of the stored π, enough to reduce any finite
// DOUBLE (exponent up to 1024) modulo π/2 with workPrec bits left.
const piBits = 1024 + 2*workPrec

var (
	constantsOnce sync.Once
	bigPi         *big.Float // π to piBits
	bigLn2        *big.Float // ln 2 to workPrec+64
)

func constants() {
	constantsOnce.Do(func() {
		// Machin: π = 16·atan(1/5) − 4·atan(1/239).
		a := atanInverse(5, piBits+32)
		b := atanInverse(239, piBits+32)
		a.Mul(a, big.NewFloat(16))
		b.Mul(b, big.NewFloat(4))
		bigPi = a.Sub(a, b).SetPrec(piBits)
		// ln 2 = 2·atanh(1/3).
		third := newFloat(workPrec+64).Quo(newFloat(workPrec+64).SetInt64(1), newFloat(workPrec+64).SetInt64(3))
		bigLn2 = atanhSeries(third, workPrec+64)
	})
}

func newFloat(prec uint) *big.Float { return new(big.Float).SetPrec(prec) }

// exact returns x as a big.Float of precision prec (x is finite).
func exact(x float64, prec uint) *big.Float { return newFloat(prec).SetFloat64(x) }

// done rounds a working value to the nearest float64.
func done(f *big.Float) float64 {
	v, _ := f.Float64()
	return v
}

// atanInverse returns atan(1/n) = Σ (−1)^k / ((2k+1)·n^(2k+1)).
func atanInverse(n int64, prec uint) *big.Float {
	sum := newFloat(prec)
	power := newFloat(prec).Quo(newFloat(prec).SetInt64(1), newFloat(prec).SetInt64(n))
	n2 := newFloat(prec).SetInt64(n * n)
	limit := -int(prec) - 8
	for k := int64(0); ; k++ {
		term := newFloat(prec).Quo(power, newFloat(prec).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		if term.Sign() == 0 || term.MantExp(nil) < limit {
			return sum
		}
		power.Quo(power, n2)
	}
}

// atanhSeries returns 2·atanh(z) = 2·Σ z^(2k+1)/(2k+1), for small |z|.
func atanhSeries(z *big.Float, prec uint) *big.Float {
	sum := newFloat(prec)
	power := newFloat(prec).Set(z)
	z2 := newFloat(prec).Mul(z, z)
	limit := -int(prec) - 8
	for k := int64(0); ; k++ {
		term := newFloat(prec).Quo(power, newFloat(prec).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < limit {
			return sum.Mul(sum, newFloat(prec).SetInt64(2))
		}
		power.Mul(power, z2)
	}
}

// expBig returns e^x for a moderate x (|x| < 2000).
func expBig(x *big.Float) *big.Float {
	constants()
	prec := uint(workPrec + 32)
	xf, _ := x.Float64()
	k := int64(math.Round(xf / math.Ln2))
	r := newFloat(prec).Mul(bigLn2, newFloat(prec).SetInt64(k))
	r.Sub(newFloat(prec).Set(x), r)
	// e^r = (e^(r/2^10))^(2^10): the series then needs few terms.
	const halvings = 10
	r.SetMantExp(r, -halvings)
	sum := newFloat(prec).SetInt64(1)
	term := newFloat(prec).SetInt64(1)
	limit := -int(prec) - 8
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, newFloat(prec).SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < limit {
			break
		}
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// logBig returns ln x for x > 0: x = m·2^e with m near 1, ln m by the
// atanh series of (m−1)/(m+1).
func logBig(x *big.Float) *big.Float {
	constants()
	prec := uint(workPrec + 32)
	m := newFloat(prec)
	e := x.MantExp(m) // m in [0.5, 1)
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	one := newFloat(prec).SetInt64(1)
	z := newFloat(prec).Quo(newFloat(prec).Sub(m, one), newFloat(prec).Add(m, one))
	sum := atanhSeries(z, prec)
	return sum.Add(sum, newFloat(prec).Mul(bigLn2, newFloat(prec).SetInt64(int64(e))))
}

// crExp is the correctly rounded e^x.
func crExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	case x == 0:
		return 1
	}
	if v, ok := settleScaled(expApprox(x)); ok {
		return v
	}
	return done(expBig(exact(x, workPrec)))
}

// crLog is the correctly rounded ln x: NaN below zero, −Inf at zero.
func crLog(x float64) float64 {
	if math.IsNaN(x) || x <= 0 || math.IsInf(x, 1) || x == 1 {
		return math.Log(x)
	}
	if v, ok := settle(logApprox(x)); ok {
		return v
	}
	return done(logBig(exact(x, workPrec)))
}

// crLog10 is the correctly rounded log10 x (Java's Math.log10).
func crLog10(x float64) float64 {
	if math.IsNaN(x) || x <= 0 || math.IsInf(x, 1) || x == 1 {
		return math.Log10(x)
	}
	if v, ok := settle(log10Approx(x)); ok {
		return v
	}
	constants()
	ten := logBig(exact(10, workPrec))
	return done(ten.Quo(logBig(exact(x, workPrec)), ten))
}

// crPow is the correctly rounded x^y; package math settles the special
// cases (zeros, infinities, NaN, negative bases to non-integer powers),
// which IEEE fixes exactly, and the sign of the rest.
func crPow(x, y float64) float64 {
	if x == 0 || y == 0 || x == 1 || !finite(x) || !finite(y) || (x < 0 && y != math.Trunc(y)) {
		return math.Pow(x, y)
	}
	if v, ok := settleScaled(powApprox(math.Abs(x), y)); ok {
		if x < 0 && math.Abs(y) < 1<<53 && int64(y)&1 == 1 { // an odd power
			v = -v
		}
		return v
	}
	return powBig(x, y, math.Pow(x, y))
}

// powBig is crPow's big.Float path; p is math.Pow(x, y), for the sign.
func powBig(x, y, p float64) float64 {
	t := logBig(exact(math.Abs(x), workPrec+64))
	t.Mul(t, exact(y, workPrec+64))
	tf, _ := t.Float64()
	if tf > 710 {
		return math.Copysign(math.Inf(1), p)
	}
	if tf < -746 {
		return math.Copysign(0, p)
	}
	r := done(expBig(t))
	if p < 0 { // a negative base to an odd integer power
		r = -r
	}
	return r
}
