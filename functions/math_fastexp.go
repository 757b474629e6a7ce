package functions

import (
	"math"
	"math/big"
	"sync"
)

// The fast paths of EXP, LN and POW (see math_dd.go for the method and
// the dd error bounds). Each error budget below is relative to the exact
// result and counts every dd operation as ddOpErr = 2^-100; u = 2^-53.

// Bounds handed to ddRound: each is at least twice the proven error.
const (
	// expEps: expDD's proof gives 2^-69.3 (see expDD).
	expEps = 0x1p-67
	// logEps: logDD's proof gives 2^-80.9 (see logDD).
	logEps = 0x1p-79
	// log10Eps: logDD's 2^-80.9, 1/ln10's 2^-105 and a ddMul: 2^-80.8.
	log10Eps = 0x1p-79
	// powEps: ln's 2^-80.9 times |t| ≤ 708 is 2^-71.4 absolute on t, so
	// relative on e^t (|t.hi| ≤ 708), plus expDD's 2^-69.3 and ddMulF:
	// 2^-69.0.
	powEps = 0x1p-67
)

// expTables holds 2^(j/128) for j in 0..127, ln2/128 split for an exact
// argument reduction, and ln 2, all computed once with big.Float.
var (
	expOnce      sync.Once
	expTab       [128]dd
	expL1, expL2 float64 // ln2/128 = L1 + L2 + O(2^-97), L1 of 36 bits
	ln2H, ln2L   float64 // ln 2 = H + L + O(2^-95), H of 42 bits
	ln2DD        dd
	invLn10      dd      // 1/ln 10
	logTab       [363]dd // −ln(K/256) for K in 181..362
)

// toDD rounds a big.Float to the nearest dd (relative error ≤ 2^-106
// plus the big.Float's own, ≤ 2^-120 at the precisions used).
func toDD(f *big.Float) dd {
	h, _ := f.Float64()
	r := newFloat(f.Prec()).Sub(f, exact(h, 64))
	l, _ := r.Float64()
	return dd{h, l}
}

func expTables() {
	expOnce.Do(func() {
		constants()
		prec := uint(workPrec + 32)
		step := newFloat(prec).SetMantExp(bigLn2, -7) // ln2/128
		for j := range expTab {
			expTab[j] = toDD(expBig(newFloat(prec).Mul(step, newFloat(prec).SetInt64(int64(j)))))
		}
		l1 := new(big.Float).SetMode(big.ToZero).SetPrec(36).Set(step)
		expL1, _ = l1.Float64()
		expL2, _ = newFloat(prec).Sub(step, l1).Float64()
		h := new(big.Float).SetMode(big.ToZero).SetPrec(42).Set(bigLn2)
		ln2H, _ = h.Float64()
		ln2DD = toDD(bigLn2)
		ten := logBig(exact(10, workPrec))
		invLn10 = toDD(ten.Quo(newFloat(prec).SetInt64(1), ten))
		ln2L, _ = newFloat(prec).Sub(bigLn2, h).Float64()
		for k := 181; k <= 362; k++ {
			logTab[k] = ddNeg(toDD(logBig(exact(float64(k)/256, workPrec))))
		}
	})
}

// expDD returns e^x = v·2^e for a dd x with −708 ≤ x.hi ≤ 707, v in
// [0.99, 2), with relative error ≤ 2^-69.3 (settleScaled applies 2^e):
//
//   - x = k·ln2/128 + r, |k| < 2^17: k·L1, x.hi − k·L1 (twoSum) and k·L2
//     (twoProd) are exact; the low part rl + x.lo − p − pe rounds three
//     sums below 2^-26 + 2^-43 (|k·L2| < 2^-26, |x.lo| ≤ u·708), ≤
//     2^-77.4 in all; the dropped part of ln2/128 (≤ 2^-97) times k is ≤
//     2^-80. So |Δr| ≤ 2^-77.2 absolute, which is relative on e^r, and
//     |r| ≤ ln2/256 + 2^-26 < 2^-8.5.
//   - e^r = 1 + r + q, q = Σ_{n≥2} r^n/n!: q̂ = h²·P(h) + h·l with P the
//     Taylor terms to r^7/7!; truncation ≤ r^8/8!·1.01 ≤ 2^-83.3, the
//     l·(r²/2+…) dropped ≤ 2^-79, the double evaluation (P ∈ [0.499,
//     0.501] within 0.51u, h², the products, the sum with h·l) within
//     3.1u·|q| and u·2^-17: ≤ 2^-69.4.
//   - 2^(j/128) to 2^-105; ddAddF 2^-100; t·(1 + s) from twoProd and twoSum
//     with a low part of terms ≤ 3u·|t| (four roundings, t.lo·s.lo
//     dropped): ≤ 2^-102.
//
// Sum: 2^-77.2 + 2^-83.3 + 2^-79 + 2^-69.4 + 2^-105 + 2^-100 + 2^-102 ≤
// 2^-69.3.
func expDD(x dd) (dd, int) {
	const invL = 128 / math.Ln2
	k := math.Round(x.hi * invL)
	rh, rl := twoSum(x.hi, -k*expL1)
	p, pe := twoProd(k, expL2)
	h, l := twoSum(rh, rl+x.lo-p-pe)
	q := h*h*(1.0/2+h*(1.0/6+h*(1.0/24+h*(1.0/120+h*(1.0/720+h*(1.0/5040)))))) + h*l
	s := ddAddF(dd{h, l}, q) // e^r − 1
	ki := int(k)
	t := expTab[ki&127]
	// t·(1 + s) = t.hi + t.hi·s.hi (exact parts) + terms ≤ 3u·|t|.
	ph, pe := twoProd(t.hi, s.hi)
	vh, vl := twoSum(t.hi, ph)
	vh, vl = fastTwoSum(vh, vl+pe+t.hi*s.lo+t.lo*(1+s.hi))
	return dd{vh, vl}, ki >> 7
}

// expApprox is crExp's fast path: e^x as v·2^e and its bound, ok false
// when the big.Float path must decide.
func expApprox(x float64) (dd, int, float64, bool) {
	if !(x >= -708 && x <= 707) {
		return dd{}, 0, 0, false
	}
	expTables()
	v, e := expDD(dd{x, 0})
	return v, e, expEps, true
}

// settleScaled rounds v (settle) and scales the result by 2^e, which is
// exact when the result is a normal double: rounding commutes with
// scaling by a power of two then. ok is false for a subnormal result,
// whose rounding differs, or a declined one.
func settleScaled(v dd, e int, eps float64, ok bool) (float64, bool) {
	r, ok := settle(v, eps, ok)
	if !ok || e < -1022 || e > 1023 {
		return 0, false
	}
	r *= math.Float64frombits(uint64(1023+e) << 52)
	return r, math.Abs(r) >= 0x1p-1022 && !math.IsInf(r, 0)
}

// logDD returns ln x for a positive normal or subnormal x, with relative
// error ≤ 2^-80.9 (a subnormal x is scaled by 2^54 first, and the two dd
// operations that undo that add 2^-99):
//
//   - x = 2^e·m, m in [√½, √2); inv = K/256, K integer, the nearest such
//     multiple of 2^-8 (m ≥ 1) or 2^-7 (m < 1) to 1/m, so |z| ≤ 2^-8 for
//     z = m·inv − 1, which fma computes exactly (a multiple of 2^-60 below
//     2^-8 fits in 53 bits).
//   - ln x = e·ln2 + (−ln inv) + ln(1+z), ln(1+z) = z − z²/2 + z³/3 −
//     z⁴/4 + z⁵·R, R = 1/5 − z/6 + … − z⁶/11 (truncation ≤ 2^-91|z|).
//   - The large parts e·L2h (exact: L2h has 42 bits, |e| < 2^11), e·L2l
//     (rounded: 2^-84 absolute), the table's high part, z, z²/2, z³/3 and
//     z⁴/4 (the last three from twoProds: exact but for u²-sized cross
//     terms) are summed with twoSum, exactly. The rest is below
//     2^-31·[e≠0] + 2^-34|z| + 12u·|ln x|, so the dozen roundings of the
//     low sum cost ≤ 2^-79.9·[e≠0] absolute and 2^-83.4|z|; z⁵·R in
//     double is within 6u of itself, ≤ 2^-84.7|z|.
//   - The table and ln 2 hold 2^-105 (the part of ln 2 beyond L2h + L2l,
//     2^-95, times e: 2^-84 absolute). No sum cancels much: |ln x| ≥
//     |e|·ln2/2 ≥ 0.34 when e ≠ 0, |ln m| ≥ |ln inv|/2.5 when K ≠ 256, so
//     |z| ≤ 1.8·|ln x|.
//
// Sum ≤ 1.8·(2^-84.7 + 2^-83.4 + 2^-91) + (2^-84 + 2^-84 + 2^-79.9)/0.34
// for e ≠ 0, + 2^-104: ≤ 2^-80.9 (the e = 0 case: ≤ 2^-82).
func logDD(x float64) dd {
	if x < 0x1p-1022 { // subnormal: ln(x·2^54) − 54·ln 2, no cancellation
		return ddAdd(logDD(x*0x1p54), ddMulF(ln2DD, -54))
	}
	// x = 2^e·m with m = 1.f in [1, √2) or 1.f/2 in [√½, 1), from the bits
	// and without branches, which random arguments would mispredict: c is
	// 1 when the fraction f is below that of RN(√2) = 0x1.6A09E667F3BCDp0.
	const fracSqrt2 = 0x6A09E667F3BCD
	b := math.Float64bits(x)
	f := b & (1<<52 - 1)
	c := (f - fracSqrt2) >> 63 // unsigned: 1 iff f < fracSqrt2
	m := math.Float64frombits(f | (1022+c)<<52)
	e := int(b>>52) - 1022 - int(c)
	// inv = K/256 is the multiple of 2^-8 (m ≥ 1) or of 2^-7 (m < 1)
	// nearest 1/m: K = g·round(256/(g·m)) with g = 1 or 2.
	g := 2 - c
	kk := int(math.Round(256/(float64(g)*m))) * int(g)
	z := math.FMA(m, float64(kk)/256, -1)
	z2h, z2l := twoProd(z, z) // z²
	c3h, c3l := twoProd(z2h, z)
	c3l += z2l * z // z³
	t3h, t3l := twoProd(c3h, third.hi)
	t3l += c3l*third.hi + c3h*third.lo // z³/3
	f4h, f4l := twoProd(z2h, z2h)
	f4l += 2 * z2h * z2l // z⁴
	r := 1.0/5 + z*(-1.0/6+z*(1.0/7+z*(-1.0/8+z*(1.0/9+z*(-1.0/10+z*(1.0/11))))))
	t := logTab[kk]
	ef := float64(e)
	h, l0 := twoSum(ef*ln2H, t.hi)
	h, l1 := twoSum(h, ef*ln2L)
	h, l2 := twoSum(h, z)
	h, l3 := twoSum(h, -z2h/2)
	h, l4 := twoSum(h, t3h)
	h, l5 := twoSum(h, -f4h/4)
	small := t.lo - z2l/2 + t3l - f4l/4 + f4h*z*r
	h, l := fastTwoSum(h, l0+l1+l2+l3+l4+l5+small)
	return dd{h, l}
}

// third is 1/3 as a dd: 1/3 = 0x1.5555555555555p-2 + 0x1.5555555555555p-56
// + O(2^-110).
var third = dd{1.0 / 3, 1.0 / 3 * 0x1p-54}

// logApprox is crLog's fast path for a positive finite x.
func logApprox(x float64) (dd, float64, bool) {
	expTables()
	return logDD(x), logEps, true
}

// log10Approx is crLog10's fast path for a positive finite x: ln x/ln 10
// as ln x·(1/ln 10).
func log10Approx(x float64) (dd, float64, bool) {
	expTables()
	return ddMul(logDD(x), invLn10), log10Eps, true
}

// powApprox is crPow's fast path for finite nonzero x and y whose result
// |x|^y is a normal number, as v·2^e; the caller applies the sign.
func powApprox(ax, y float64) (dd, int, float64, bool) {
	expTables()
	t := ddMulF(logDD(ax), y)
	if !(t.hi >= -708 && t.hi <= 707) {
		return dd{}, 0, 0, false
	}
	v, e := expDD(t)
	return v, e, powEps, true
}
