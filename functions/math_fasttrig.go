package functions

import (
	"math"
	"math/big"
	"sync"
)

// The fast paths of SIN, COS, TAN, ATAN and ATAN2 (see math_dd.go for the
// method and the dd error bounds, math_fastexp.go for the conventions).

// Relative bounds handed to ddRound, each at least twice the proof's
// (sinDD 2^-67.2, cosDD 2^-75, atanDD 2^-67.8); the reduction adds
// errR/|r|.
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
	// π/2 = pio2[0] + pio2[1] + pio2[2] + pio2[3] + O(2^-133): the first
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
// bound errR on |r − (x − n·π/2)|, for |x| < 1e8 (so |n| < 2^26). The
// products n·p0, n·p1, n·p2 are exact; so is x − n·p0 by Sterbenz's lemma
// (|x| ≥ 0.79 makes n ≥ 1 and x within [n·p0/2, 2n·p0]), and so are the
// two twoSums: x − n·(p0 + p1 + p2) = b + be + ae exactly, with |ae| ≤
// u·(|r| + n·2^-53), |be| ≤ u·(|r| + n·2^-80). c = RN(−n·p3) errs by
// u·n·2^-80, the two additions of the low part by 2u·(2u·|r| + n·2^-79),
// the part of π/2 beyond p3 costs n·2^-133: errR ≤ 4u²·|r| + n·2^-128,
// and more than twice that is returned. ok is false beyond
// 1e8 and for |r| < 2^-300, which the big.Float path handles.
func reduceDD(x float64) (r dd, n int, errR float64, ok bool) {
	if math.Abs(x) < 0.79 {
		return dd{x, 0}, 0, 0, math.Abs(x) >= 0x1p-300
	}
	if !(math.Abs(x) < 1e8) {
		return dd{}, 0, 0, false
	}
	nf := math.Round(x * (2 / math.Pi))
	s1 := x - nf*pio2[0] // exact: Sterbenz, see above
	a, ae := twoSum(s1, -nf*pio2[1])
	b, be := twoSum(a, -nf*pio2[2])
	h, l := twoSum(b, ae+be-nf*pio2[3])
	return dd{h, l}, int(nf), 0x1p-101*math.Abs(h) + math.Abs(nf)*0x1p-126, math.Abs(h) >= 0x1p-300
}

// trigSplit is the common part of sinDD and cosDD for 0 ≤ r ≤ 0.79:
// r = a + s with a = i/128 (the tables hold sin a and cos a to 2^-105),
// s = sh + sl exact (r.hi − a is exact by Sterbenz's lemma), |s| ≤ 2^-8,
// w + we = sh² exactly, and the Taylor tails in double:
//
//   - tailS = sin s − s: h³·P(h²) to s^7/7! plus l·(−h²/2), the cross
//     term of sin(h + l); |tailS| ≤ 2^-18.6·|s|, its error (six
//     roundings, the truncation s^9/9! ≤ 2^-82|s|, the cross terms
//     dropped) ≤ 2^-68·|s|.
//   - tailC: cos s − 1 = −(w + we)/2 + tailC, tailC = h⁴·(1/24 − h²/720)
//     − h·l; |tailC| ≤ 2^-36, error (truncation s^8/8!) ≤ 2^-79.
type trigSplit struct {
	i                           int
	sh, sl, w, we, tailS, tailC float64
}

func splitTrig(r dd) trigSplit {
	i := int(math.Round(r.hi * 128)) // exactly: r.hi − i/128 must be exact
	sh, sl := twoSum(r.hi-float64(i)/128, r.lo)
	w, we := twoProd(sh, sh)
	return trigSplit{i: i, sh: sh, sl: sl, w: w, we: we,
		tailS: sh*w*(-1.0/6+w*(1.0/120+w*(-1.0/5040))) - 0.5*w*sl,
		tailC: w*w*(1.0/24+w*(-1.0/720)) - sh*sl,
	}
}

// sinDD returns sin r for 0 ≤ r ≤ 0.79 with relative error ≤ 2^-67.2.
// For i = 0 it is s + tailS (2^-68·|s| and a ddAddF). Otherwise sin r =
// sin a + cos a·sh + sin a·(−w/2) (twoProd and twoSum: exact) plus the
// small terms M = cos a·(sl + tailS) + sin a·(tailC − we/2) + the low
// parts, |M| ≤ 2^-18.4·|sin r| (|sin r| ≥ |s|/1.01 and ≥ sin a/2): seven
// roundings of at most u·|M| each (2^-68.6), the two products' (2^-70.4)
// and tailS's 2^-68·1.01: ≤ 2^-67.2 in all.
func sinDD(p trigSplit) dd {
	if p.i == 0 {
		return ddAddF(dd{p.sh, p.sl}, p.tailS)
	}
	sa, ca := sinTab[p.i], cosTab[p.i]
	ph, pl := twoProd(ca.hi, p.sh)
	qh, ql := twoProd(sa.hi, p.w)
	h1, l1 := twoSum(sa.hi, ph)
	h2, l2 := twoSum(h1, -qh/2)
	small := pl + ca.hi*(p.sl+p.tailS) + ca.lo*p.sh + sa.hi*(p.tailC-p.we/2) - ql/2 + sa.lo*(1-p.w/2)
	h, l := fastTwoSum(h2, l1+l2+small)
	return dd{h, l}
}

// cosDD returns cos r for 0 ≤ r ≤ 0.79 with relative error ≤ 2^-75: as
// sinDD, cos r = cos a − sin a·sh + cos a·(−w/2) exactly plus small
// terms ≤ 2^-25.5·cos r (cos r ≥ 0.70), of which sin a·tailS's error
// (≤ 2^-76 relative) and tailC's (≤ 2^-78.5) dominate.
func cosDD(p trigSplit) dd {
	if p.i == 0 {
		return ddAddF(ddAddF(dd{-p.w / 2, -p.we / 2}, p.tailC), 1)
	}
	sa, ca := sinTab[p.i], cosTab[p.i]
	ph, pl := twoProd(sa.hi, p.sh)
	qh, ql := twoProd(ca.hi, p.w)
	h1, l1 := twoSum(ca.hi, -ph)
	h2, l2 := twoSum(h1, -qh/2)
	small := -pl - sa.hi*(p.sl+p.tailS) - sa.lo*p.sh + ca.hi*(p.tailC-p.we/2) - ql/2 + ca.lo*(1-p.w/2)
	h, l := fastTwoSum(h2, l1+l2+small)
	return dd{h, l}
}

// sinCosX returns sin x (want sin) or cos x as a dd and its relative
// bound: sinCosEps plus the reduction's error over |r| (a change Δr in r
// changes sin r by at most Δr/|r| and cos r by at most 1.02·Δr relative,
// for |r| ≤ 0.79), doubled.
func sinCosX(x float64, sin bool) (dd, float64, bool) {
	trigTables()
	r, n, errR, ok := reduceDD(x)
	if !ok {
		return dd{}, 0, false
	}
	// The signs are applied by multiplying with ±1 (exact) rather than by
	// branches, which random arguments would mispredict.
	sign := math.Copysign(1, r.hi)
	r = dd{r.hi * sign, r.lo * sign}
	if !sin {
		n++ // cos x = sin(x + π/2)
	}
	var v dd
	if n&1 == 0 {
		v = sinDD(splitTrig(r)) // odd: sin(−r) = −sin r
	} else {
		v = cosDD(splitTrig(r))
		sign = 1 // even
	}
	sign *= float64(1 - n&2) // sin(x + π) = −sin x
	return dd{v.hi * sign, v.lo * sign}, sinCosEps + 2*errR/r.hi, true
}

func sinApprox(x float64) (dd, float64, bool) { return sinCosX(x, true) }

func cosApprox(x float64) (dd, float64, bool) { return sinCosX(x, false) }

// tanApprox divides sin x by cos x: their relative errors add, plus
// ddDiv's; tanEps + 2·eps is at least twice that.
func tanApprox(x float64) (dd, float64, bool) {
	s, eps, ok := sinCosX(x, true)
	if !ok {
		return dd{}, 0, false
	}
	c, _, _ := sinCosX(x, false)
	return ddDiv(s, c), tanEps + 2*eps, true
}

// atanDD returns atan z for 2^-300 ≤ z ≤ 2^300 (z = zh + zl, |zl| ≤
// ulp(zh)) with relative error ≤ 2^-67.8:
//
//   - z > 1: π/2 − atan(1/z), 1/z = wh + wl with wh = RN(1/zh), its exact
//     remainder by fma and the correction for zl: within 3u², which atan
//     does not enlarge; atan(1/z) ≤ π/4 ≤ the result.
//   - z = c + …, c = i/128 from the table (2^-105): atan z = atan c +
//     atan d, d = (z − c)/(1 + z·c), |d| ≤ 2^-8: z − c is exact (Sterbenz),
//     1 + z·c a sum of exact parts, the quotient q + ql with the exact
//     remainder of q: within 4u²·z absolute, and z ≤ 1.3·atan z.
//   - atan d = d + q³·P(q²) − q²·ql, P the series to d^11/11: the tail is
//     ≤ 2^-17.6·|d|, its double evaluation within 6u of it: 2^-68|d|;
//     the sum with atan c is exact but for the low parts, whose only
//     rounding involving the tail costs u·2^-17.6·|d|; atan c and atan d
//     cancel at most a factor 2, |d| ≤ 1.01·atan z.
func atanDD(zh, zl float64) dd {
	inv := zh > 1
	if inv {
		wh := 1 / zh
		wl := (math.FMA(-wh, zh, 1) - wh*zl) / zh
		zh, zl = fastTwoSum(wh, wl)
	}
	i := int(math.Round(zh * 128)) // exactly: zh − i/128 must be exact
	q, ql := zh, zl
	if i > 0 {
		c := float64(i) / 128
		nh := zh - c
		ph, pl := twoProd(zh, c)
		dh, dl := fastTwoSum(1, ph)
		dl += pl + zl*c
		q = nh / dh
		ql = (math.FMA(-q, dh, nh) + zl - q*dl) / dh
	}
	w := q * q
	tail := q*w*(-1.0/3+w*(1.0/5+w*(-1.0/7+w*(1.0/9+w*(-1.0/11))))) - w*ql
	t := atanTab[i]
	ah, al := twoSum(t.hi, q)
	al = al + t.lo + ql + tail
	if inv {
		var bl float64
		ah, bl = twoSum(halfPiDD.hi, -ah)
		al = bl + halfPiDD.lo - al
	}
	h, l := fastTwoSum(ah, al)
	return dd{h, l}
}

// atanApprox is crAtan's fast path for a finite nonzero x.
func atanApprox(x float64) (dd, float64, bool) {
	ax := math.Abs(x)
	if !(ax >= 0x1p-300 && ax <= 0x1p300) {
		return dd{}, 0, false
	}
	trigTables()
	a := atanDD(ax, 0)
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
	a := atanDD(z.hi, z.lo)
	if x < 0 {
		a = ddAdd(piDD, ddNeg(a))
	}
	if y < 0 {
		a = ddNeg(a)
	}
	return a, atanEps, true
}

// sqrtOneMinusSq returns √(1 − x²) as a dd for 0 < x < 1 with relative
// error ≤ 3u²: 1 − x² is (1 − x)·(1 + x) from exact parts when x ≥ 0.5
// (1 − x is exact by Sterbenz's lemma), else 1 − x·x from twoProd and
// twoSum, one rounding of u²-sized low parts (it is ≥ 0.75); the square
// root is corrected once with the exact remainder fma(−h, h, D.hi).
func sqrtOneMinusSq(x float64) dd {
	var dh, dl float64
	if x >= 0.5 {
		a := 1 - x
		bh, bl := twoSum(1, x)
		dh, dl = twoProd(a, bh)
		dl += a * bl
	} else {
		ph, pl := twoProd(x, x)
		dh, dl = twoSum(1, -ph)
		dl -= pl
	}
	h := math.Sqrt(dh)
	l := (math.FMA(-h, h, dh) + dl) / (2 * h)
	h, l = fastTwoSum(h, l)
	return dd{h, l}
}

// ddQuo returns a/(b.hi + b.lo) for a float64 a, with the exact
// remainder of RN(a/b.hi): relative error ≤ 3u².
func ddQuo(a float64, b dd) (float64, float64) {
	q := a / b.hi
	return fastTwoSum(q, (math.FMA(-q, b.hi, a)-q*b.lo)/b.hi)
}

// asinApprox is crAsin's fast path: asin x = atan(|x|/√(1 − x²)), signed,
// for 2^-300 ≤ |x| < 1; the quotient's 6u² adds nothing to atanEps.
func asinApprox(x float64) (dd, float64, bool) {
	ax := math.Abs(x)
	if !(ax >= 0x1p-300 && ax < 1) {
		return dd{}, 0, false
	}
	trigTables()
	a := atanDD(ddQuo(ax, sqrtOneMinusSq(ax)))
	if x < 0 {
		a = ddNeg(a)
	}
	return a, atanEps, true
}

// acosApprox is crAcos's fast path: acos x = atan(√(1 − x²)/x) for x > 0
// and π − atan(√(1 − x²)/|x|) for x < 0, which cancel nothing (unlike
// π/2 − asin x), for 2^-300 ≤ |x| < 1.
func acosApprox(x float64) (dd, float64, bool) {
	ax := math.Abs(x)
	if !(ax >= 0x1p-300 && ax < 1) {
		return dd{}, 0, false
	}
	trigTables()
	root := sqrtOneMinusSq(ax)
	q := root.hi / ax
	a := atanDD(fastTwoSum(q, (math.FMA(-q, ax, root.hi)+root.lo)/ax))
	if x < 0 {
		a = ddAdd(piDD, ddNeg(a))
	}
	return a, atanEps, true
}
