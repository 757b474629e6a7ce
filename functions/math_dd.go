package functions

import "math"

// Double-double ("dd") arithmetic for the fast paths of the correctly
// rounded math functions (Ziv's strategy): a value is the unevaluated sum
// hi + lo of two float64s with |lo| ≤ ulp(hi)/2. The fast paths compute
// the function in dd with a proven relative error bound ε and return
// RN(hi + lo) only when every real number within ε of hi + lo rounds to
// the same float64 (ddRound); otherwise the caller falls back to the
// big.Float evaluation, which settles the hard cases as before. Both
// paths approximate the same exact value, the fast one only answers when
// that value is provably on one side of a rounding boundary, so results
// are unchanged.
//
// Error bounds of the building blocks, u = 2^-53, relative to the exact
// result of the operation (Joldes, Muller, Popescu, "Tight and rigorous
// error bounds for basic building blocks of double-word arithmetic", ACM
// TOMS 44(2), 2017):
//
//	twoSum, fastTwoSum, twoProd   exact
//	ddAddF  (DWPlusFP, Alg. 4)            ≤ 2u²
//	ddAdd   (AccurateDWPlusDW, Alg. 6)     ≤ 3u²/(1−4u)
//	ddMulF  (DWTimesFP3, Alg. 9)          ≤ 2u²
//	ddMul   (DWTimesDW3, Alg. 12)         ≤ 4u²
//	ddDiv   (see its comment)             ≤ 11u²
//
// Every one is below ddOpErr = 2^-100, the figure the error budgets of the
// fast paths charge per operation. Go fuses x*y+z only through math.FMA on
// amd64; where another architecture fuses more, each fused operation
// rounds once instead of twice, which the bounds cover.
type dd struct{ hi, lo float64 }

// ddOpErr bounds the relative error of every dd operation below.
const ddOpErr = 0x1p-100

// twoSum returns s = RN(a+b) and e with s + e = a + b exactly (Knuth).
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return s, e
}

// fastTwoSum is twoSum for |a| ≥ |b| (or a == 0) (Dekker).
func fastTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return s, e
}

// twoProd returns p = RN(a·b) and e with p + e = a·b exactly (barring
// underflow, which the fast paths keep away from).
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	return p, math.FMA(a, b, -p)
}

// ddAddF returns x + y for a float64 y.
func ddAddF(x dd, y float64) dd {
	sh, sl := twoSum(x.hi, y)
	h, l := fastTwoSum(sh, x.lo+sl)
	return dd{h, l}
}

// ddAdd returns x + y.
func ddAdd(x, y dd) dd {
	sh, sl := twoSum(x.hi, y.hi)
	th, tl := twoSum(x.lo, y.lo)
	vh, vl := fastTwoSum(sh, sl+th)
	h, l := fastTwoSum(vh, tl+vl)
	return dd{h, l}
}

// ddMulF returns x·y for a float64 y.
func ddMulF(x dd, y float64) dd {
	ch, cl := twoProd(x.hi, y)
	h, l := fastTwoSum(ch, math.FMA(x.lo, y, cl))
	return dd{h, l}
}

// ddMul returns x·y.
func ddMul(x, y dd) dd {
	ch, cl := twoProd(x.hi, y.hi)
	t := math.FMA(x.hi, y.lo, x.lo*y.lo)
	t = math.FMA(x.lo, y.hi, t)
	h, l := fastTwoSum(ch, cl+t)
	return dd{h, l}
}

// ddDiv returns x/y: q1 = RN(x.hi/y.hi), then one correction from the
// remainder r = x − q1·y, |r| ≤ 3u|x| (q1 errs by u, x.lo and y.lo by u
// each). The remainder is computed with ddMulF and ddAdd (errors ≤
// 2u²|x| and ≤ 3u²|r|), and the correction r.hi/y.hi has relative error
// ≤ 3u (RN, r.lo and y.lo dropped) on a term ≤ 3u|q|: in all ≤ 2u² + 9u²
// + O(u³) ≤ 11u² of |q|.
func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddAdd(x, ddMulF(dd{-y.hi, -y.lo}, q1))
	h, l := fastTwoSum(q1, r.hi/y.hi)
	return dd{h, l}
}

// ddFromDiv returns a/b for float64s: the quotient and its exact
// remainder fma(−q, b, a) (exact for normal operands).
func ddFromDiv(a, b float64) dd {
	q := a / b
	h, l := fastTwoSum(q, math.FMA(-q, b, a)/b)
	return dd{h, l}
}

// ddNeg returns −x.
func ddNeg(x dd) dd { return dd{-x.hi, -x.lo} }

// settle rounds a fast path's approximation when that is safe (ddRound);
// ok is false when the path declined or the rounding is in doubt.
func settle(v dd, eps float64, ok bool) (float64, bool) {
	if !ok {
		return 0, false
	}
	return ddRound(v, eps)
}

// ddRound returns RN(v) for the exact value v of a fast path, given its
// dd approximation x with |x − v| ≤ eps·|x|, when that settles it: every
// real number in [x − eps|x|, x + eps|x|] must round to the same float64
// h = RN(x), which holds when all lie strictly within the smaller of the
// half-gaps around h (the gap below a power of two is half the one
// above). ok is false otherwise, and for results near the ends of the
// normal range, which the big.Float paths handle. The half-gap is a power
// of two, so exact; the roundings in err and |l| + err are covered
// because the comparison is with a limit 2^-50 below it and every eps
// passed carries a margin of at least a factor two over its proof.
func ddRound(x dd, eps float64) (float64, bool) {
	h, l := fastTwoSum(x.hi, x.lo) // x.lo may exceed ulp(hi)/2 after a sum
	a := math.Abs(h)
	if !(a >= 0x1p-1000 && a <= 0x1p1000) {
		return 0, false
	}
	half := (a - math.Float64frombits(math.Float64bits(a)-1)) / 2
	if math.Abs(l)+eps*a < half-half*0x1p-50 {
		return h, true
	}
	return 0, false
}
