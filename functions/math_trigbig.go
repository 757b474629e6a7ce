package functions

import (
	"math"
	"math/big"
)

// Correctly rounded trigonometric and hyperbolic functions; see
// math_bigfloat.go for why mcsql does not use package math for them.

// reduce returns r = x − n·π/2 with |r| ≤ π/4 and n mod 4, computed with
// enough bits of π that r keeps workPrec bits even for huge x.
func reduce(x float64) (*big.Float, int) {
	constants()
	_, e := math.Frexp(x)
	prec := uint(workPrec + 64 + max(e, 0))
	bx := exact(x, prec)
	if math.Abs(x) < math.Pi/4 {
		return bx, 0
	}
	halfPi := newFloat(prec).SetMantExp(newFloat(prec).Set(bigPi), -1)
	q := newFloat(prec).Quo(bx, halfPi)
	n, _ := q.Int(nil)
	// Round to nearest: Int truncates toward zero.
	frac := newFloat(prec).Sub(q, newFloat(prec).SetInt(n))
	if frac.Cmp(big.NewFloat(0.5)) > 0 {
		n.Add(n, big.NewInt(1))
	} else if frac.Cmp(big.NewFloat(-0.5)) < 0 {
		n.Sub(n, big.NewInt(1))
	}
	r := newFloat(prec).Sub(bx, newFloat(prec).Mul(halfPi, newFloat(prec).SetInt(n)))
	quadrant := int(new(big.Int).And(n, big.NewInt(3)).Int64())
	return r.SetPrec(workPrec + 32), quadrant
}

// sinCosSeries returns sin r and cos r for |r| ≤ π/4 by Taylor series.
func sinCosSeries(r *big.Float) (*big.Float, *big.Float) {
	prec := r.Prec()
	r2 := newFloat(prec).Mul(r, r)
	sin, cos := newFloat(prec).Set(r), newFloat(prec).SetInt64(1)
	sTerm, cTerm := newFloat(prec).Set(r), newFloat(prec).SetInt64(1)
	limit := -int(prec) - 8
	for n := int64(1); ; n++ {
		sTerm.Mul(sTerm, r2).Quo(sTerm, newFloat(prec).SetInt64((2*n)*(2*n+1))).Neg(sTerm)
		cTerm.Mul(cTerm, r2).Quo(cTerm, newFloat(prec).SetInt64((2*n-1)*(2*n))).Neg(cTerm)
		sin.Add(sin, sTerm)
		cos.Add(cos, cTerm)
		if cTerm.Sign() == 0 || cTerm.MantExp(nil) < limit {
			return sin, cos
		}
	}
}

// sinCosBig returns sin x and cos x with workPrec bits.
func sinCosBig(x float64) (*big.Float, *big.Float) {
	r, quadrant := reduce(x)
	s, c := sinCosSeries(r)
	switch quadrant {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func crSin(x float64) float64 {
	if !finite(x) || x == 0 {
		return math.Sin(x)
	}
	if v, ok := settle(sinApprox(x)); ok {
		return v
	}
	s, _ := sinCosBig(x)
	return done(s)
}

func crCos(x float64) float64 {
	if !finite(x) {
		return math.Cos(x)
	}
	if v, ok := settle(cosApprox(x)); ok {
		return v
	}
	_, c := sinCosBig(x)
	return done(c)
}

func crTan(x float64) float64 {
	if !finite(x) || x == 0 {
		return math.Tan(x)
	}
	if v, ok := settle(tanApprox(x)); ok {
		return v
	}
	s, c := sinCosBig(x)
	return done(s.Quo(s, c))
}

// atanBig returns atan z: for |z| > 1 through π/2 − atan(1/z), then four
// argument halvings z/(1+√(1+z²)) before the Taylor series.
func atanBig(z *big.Float) *big.Float {
	constants()
	prec := uint(workPrec + 32)
	x := newFloat(prec).Abs(z)
	one := newFloat(prec).SetInt64(1)
	inverted := x.Cmp(one) > 0
	if inverted {
		x.Quo(one, x)
	}
	const halvings = 4
	for i := 0; i < halvings; i++ {
		root := newFloat(prec).Mul(x, x)
		root.Add(root, one).Sqrt(root)
		x.Quo(x, root.Add(root, one))
	}
	x2 := newFloat(prec).Mul(x, x)
	sum, power := newFloat(prec).Set(x), newFloat(prec).Set(x)
	limit := -int(prec) - 8
	for k := int64(1); ; k++ {
		power.Mul(power, x2).Neg(power)
		term := newFloat(prec).Quo(power, newFloat(prec).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < limit {
			break
		}
	}
	sum.SetMantExp(sum, halvings)
	if inverted {
		halfPi := newFloat(prec).SetMantExp(newFloat(prec).Set(bigPi), -1)
		sum.Sub(halfPi, sum)
	}
	if z.Sign() < 0 {
		sum.Neg(sum)
	}
	return sum
}

func crAtan(x float64) float64 {
	if !finite(x) || x == 0 {
		return math.Atan(x)
	}
	if v, ok := settle(atanApprox(x)); ok {
		return v
	}
	return done(atanBig(exact(x, workPrec)))
}

// asinBig returns asin x for |x| ≤ 1 as atan(x/√(1−x²)).
func asinBig(x float64) *big.Float {
	constants()
	prec := uint(workPrec + 32)
	if math.Abs(x) == 1 {
		h := newFloat(prec).SetMantExp(newFloat(prec).Set(bigPi), -1)
		if x < 0 {
			h.Neg(h)
		}
		return h
	}
	bx := exact(x, prec)
	d := newFloat(prec).Mul(bx, bx)
	d.Sub(newFloat(prec).SetInt64(1), d).Sqrt(d)
	return atanBig(d.Quo(bx, d))
}

// crAsin and crAcos return NaN outside [−1, 1]; callers apply
// MaxCompute's NULL rule.
func crAsin(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 || x == 0 {
		return math.Asin(x)
	}
	if v, ok := settle(asinApprox(x)); ok {
		return v
	}
	return done(asinBig(x))
}

func crAcos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 || x == 1 {
		return math.Acos(x)
	}
	if v, ok := settle(acosApprox(x)); ok {
		return v
	}
	a := asinBig(x)
	halfPi := newFloat(a.Prec()).SetMantExp(newFloat(a.Prec()).Set(bigPi), -1)
	return done(halfPi.Sub(halfPi, a))
}

// crAtan2 settles zeros and infinities with package math (IEEE fixes
// them exactly) and computes the rest from atan(|y/x|) by quadrant.
func crAtan2(y, x float64) float64 {
	if !finite(x) || !finite(y) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	if v, ok := settle(atan2Approx(y, x)); ok {
		return v
	}
	return atan2Big(y, x)
}

// atan2Big is crAtan2's big.Float path.
func atan2Big(y, x float64) float64 {
	constants()
	prec := uint(workPrec + 32)
	ratio := newFloat(prec).Quo(exact(math.Abs(y), prec), exact(math.Abs(x), prec))
	a := atanBig(ratio)
	if x < 0 {
		a.Sub(newFloat(prec).Set(bigPi), a)
	}
	if y < 0 {
		a.Neg(a)
	}
	return done(a)
}
