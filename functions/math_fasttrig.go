package functions

import (
	"math"
	"math/big"
	"sync"
)

// The fast paths of SIN, COS, TAN, ATAN and ATAN2 (see math_dd.go for the
// method and the dd error bounds, math_fastexp.go for the conventions).

// Relative bounds handed to ddRound, each at least twice the proof's
// (sinCosDD and atanDD prove 2^-67.9); the reduction adds errR/|r|.
const (
	sinCosEps = 0x1p-66
	tanEps    = 0x1p-65 // two kernels and a ddDiv
	atanEps   = 0x1p-66
)

var (
	trigOnce       sync.Once
	sinTab, cosTab [102]dd // sin and cos of i/128
	atanTab        [129]dd // atan of i/128
	halfPiDD, piDD dd
	// π/2 = pio2[0] + pio2[1] + pio2[2] + pio2[3] + O(2^-131): the first
	// three of 27 bits, so n·pio2[k] is exact for n < 2^26.
	pio2 [4]float64
)

func trigTables() {
	trigOnce.Do(func() {
		constants()
		prec := uint(workPrec + 32)
		for i := range sinTab {
			s, c := sinCosSeries(exact(float64(i)/128, prec))
			sinTab[i], cosTab[i] = toDD(s), toDD(c)
		}
		for i := 1; i < len(atanTab); i++ {
			atanTab[i] = toDD(atanBig(exact(float64(i)/128, prec)))
		}
		half := newFloat(piBits).SetMantExp(bigPi, -1)
		halfPiDD, piDD = toDD(half), toDD(bigPi)
		rest := newFloat(piBits).Set(half)
		for k := 0; k < 3; k++ {
			c := new(big.Float).SetMode(big.ToZero).SetPrec(27).Set(rest)
			pio2[k], _ = c.Float64()
			rest.Sub(rest, c)
		}
		pio2[3], _ = rest.Float64()
	})
}

// reduceDD returns r = x − n·π/2 as a dd with |r| ≤ π/4 + 2^-24, n, and a
// bound errR on |r − (x − n·π/2)|, for |x| < 1e8 (so |n| < 2^26). x −
// n·pio2[0] is exact (twoSum); the next three steps err ≤ 3u² of partial
// sums below |r| + 2^-26, and the dropped part of π/2 costs n·2^-131 ≤
// 2^-105: errR = 2^-99·|r| + 2^-104 covers both. ok is false beyond 1e8
// and for |r| < 2^-300, which the big.Float path handles.
func reduceDD(x float64) (r dd, n int, errR float64, ok bool) {
	if math.Abs(x) < 0.79 {
		return dd{x, 0}, 0, 0, math.Abs(x) >= 0x1p-300
	}
	if !(math.Abs(x) < 1e8) {
		return dd{}, 0, 0, false
	}
	nf := math.Round(x * (2 / math.Pi))
	s, e := twoSum(x, -nf*pio2[0])
	r = ddAddF(dd{s, e}, -nf*pio2[1])
	r = ddAddF(r, -nf*pio2[2])
	p, pe := twoProd(nf, pio2[3])
	r = ddAdd(r, dd{-p, -pe})
	return r, int(nf), 0x1p-99*math.Abs(r.hi) + 0x1p-104, math.Abs(r.hi) >= 0x1p-300
}

// sinCosDD returns sin r and cos r for |r| ≤ 0.79 with relative errors ≤
// 2^-67.9 and ≤ 2^-96 (plus the effect of r's own error):
//
//   - r = a + s, a = i/128 from the table (2^-105), |s| ≤ 2^-8, s exact
//     (r.hi − a is exact by Sterbenz's lemma).
//   - sin s = s + h³·P(h²) + l·(1 − h²/2), P the Taylor terms to s^9/9!:
//     the tail is ≤ 2^-18.6·|s|, its double evaluation within 6u of it:
//     2^-68|s|; truncation and the dropped cross terms are below 2^-80|s|.
//   - cos s − 1 = −h²/2 (exact, twoProd) − h·l + h⁴·(1/24 − …) in double:
//     within 2^-87 absolute.
//   - sin r = sin a + (sin a·(cos s − 1) + cos a·sin s) with |sin r| ≥
//     |s|/1.01 and ≥ sin a/2 for i ≥ 1; cos r = cos a + (cos a·(cos s − 1)
//     − sin a·sin s) ≥ 0.70: seven dd operations ≤ 2^-97.
func sinCosDD(r dd) (sin, cos dd) {
	neg := r.hi < 0
	if neg {
		r = ddNeg(r)
	}
	i := int(r.hi*128 + 0.5)
	sh, sl := twoSum(r.hi-float64(i)/128, r.lo)
	w, we := twoProd(sh, sh)
	tailS := sh*w*(-1.0/6+w*(1.0/120+w*(-1.0/5040+w*(1.0/362880)))) - 0.5*w*sl
	sinS := ddAddF(dd{sh, sl}, tailS)
	tailC := w*w*(1.0/24+w*(-1.0/720+w*(1.0/40320))) - sh*sl
	cosS1 := ddAddF(dd{-w / 2, -we / 2}, tailC) // cos s − 1
	if i == 0 {
		sin, cos = sinS, ddAddF(cosS1, 1)
	} else {
		sa, ca := sinTab[i], cosTab[i]
		sin = ddAdd(sa, ddAdd(ddMul(sa, cosS1), ddMul(ca, sinS)))
		cos = ddAdd(ca, ddAdd(ddMul(ca, cosS1), ddNeg(ddMul(sa, sinS))))
	}
	if neg {
		sin = ddNeg(sin)
	}
	return sin, cos
}

// sinCosX returns sin x and cos x as dds and the relative bound of each
// (sinCosEps plus the reduction's error over |r|: a change Δr in r
// changes sin r by at most Δr/|r| and cos r by at most 1.02·Δr relative,
// for |r| ≤ 0.79).
func sinCosX(x float64) (s, c dd, eps float64, ok bool) {
	trigTables()
	r, n, errR, ok := reduceDD(x)
	if !ok {
		return dd{}, dd{}, 0, false
	}
	s, c = sinCosDD(r)
	switch n & 3 {
	case 1:
		s, c = c, ddNeg(s)
	case 2:
		s, c = ddNeg(s), ddNeg(c)
	case 3:
		s, c = ddNeg(c), s
	}
	return s, c, sinCosEps + 2*errR/math.Abs(r.hi), true
}

func sinApprox(x float64) (dd, float64, bool) {
	s, _, eps, ok := sinCosX(x)
	return s, eps, ok
}

func cosApprox(x float64) (dd, float64, bool) {
	_, c, eps, ok := sinCosX(x)
	return c, eps, ok
}

// tanApprox divides the two: relative errors add, plus ddDiv's.
func tanApprox(x float64) (dd, float64, bool) {
	s, c, eps, ok := sinCosX(x)
	if !ok {
		return dd{}, 0, false
	}
	return ddDiv(s, c), tanEps + 2*eps, true
}

// atanDD returns atan z for 2^-300 ≤ z ≤ 2^300 with relative error ≤
// 2^-67.9:
//
//   - z > 1: π/2 − atan(1/z), 1/z by ddDiv (11u², which atan does not
//     enlarge), and atan(1/z) ≤ π/4 ≤ the result.
//   - z = c + …, c = i/128 from the table (2^-105): atan z = atan c +
//     atan d, d = (z − c)/(1 + z·c), |d| ≤ 2^-8, four dd operations ≤ 17u².
//   - atan d = d + h³·P(h²) − h²·l, P the series to d^11/11: the tail is ≤
//     2^-17.6·|d|, its double evaluation within 6u of it: 2^-68|d|; the
//     sum with atan c cancels at most a factor 2, |d| ≤ 1.01·atan z.
func atanDD(z dd) dd {
	inv := z.hi > 1
	if inv {
		z = ddDiv(dd{1, 0}, z)
	}
	i := int(z.hi*128 + 0.5)
	d := z
	if i > 0 {
		c := float64(i) / 128
		d = ddDiv(ddAddF(z, -c), ddAddF(ddMulF(z, c), 1))
	}
	h := d.hi
	w := h * h
	tail := h*w*(-1.0/3+w*(1.0/5+w*(-1.0/7+w*(1.0/9+w*(-1.0/11))))) - w*d.lo
	a := ddAddF(d, tail)
	if i > 0 {
		a = ddAdd(atanTab[i], a)
	}
	if inv {
		a = ddAdd(halfPiDD, ddNeg(a))
	}
	return a
}

// atanApprox is crAtan's fast path for a finite nonzero x.
func atanApprox(x float64) (dd, float64, bool) {
	ax := math.Abs(x)
	if !(ax >= 0x1p-300 && ax <= 0x1p300) {
		return dd{}, 0, false
	}
	trigTables()
	a := atanDD(dd{ax, 0})
	if x < 0 {
		a = ddNeg(a)
	}
	return a, atanEps, true
}

// atan2Approx is crAtan2's fast path for finite nonzero x and y: the
// quotient |y/x| is a dd with its exact remainder (u²), then as crAtan2.
func atan2Approx(y, x float64) (dd, float64, bool) {
	ay, ax := math.Abs(y), math.Abs(x)
	if !(ay >= 0x1p-900 && ax >= 0x1p-900) {
		return dd{}, 0, false
	}
	z := ddFromDiv(ay, ax)
	if !(z.hi >= 0x1p-300 && z.hi <= 0x1p300) {
		return dd{}, 0, false
	}
	trigTables()
	a := atanDD(z)
	if x < 0 {
		a = ddAdd(piDD, ddNeg(a))
	}
	if y < 0 {
		a = ddNeg(a)
	}
	return a, atanEps, true
}
