package functions

import "math"

// MaxCompute's runtime evaluates SINH, COSH, TANH and CBRT with the GNU C
// library, whose versions of these are not correctly rounded: the pages
// print cbrt(10) = 2.1544346900318834 (the nearest DOUBLE is
// 2.154434690031884) and sinh(0.525) = 0.5494517420061382. The functions
// below follow glibc's algorithms (fdlibm's for the hyperbolic ones) so
// that mcsql prints the same digits; exp is the correctly rounded one and
// expm1 is package math's port of the same fdlibm code.

// glibcSinh is fdlibm's e_sinh.c.
func glibcSinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	a := math.Abs(x)
	switch {
	case a < 22:
		if a < 0x1p-28 {
			return x
		}
		t := math.Expm1(a)
		if a < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case a < 709.782712893384: // log(DBL_MAX)
		return h * crExp(a)
	case a <= 710.4758600739439: // overflow threshold
		w := crExp(0.5 * a)
		return h * w * w
	}
	return x * math.Inf(1)
}

// glibcCosh is fdlibm's e_cosh.c.
func glibcCosh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x * x
	}
	a := math.Abs(x)
	switch {
	case a < 0.5*math.Ln2:
		t := math.Expm1(a)
		w := 1 + t
		if a < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case a < 22:
		t := crExp(a)
		return 0.5*t + 0.5/t
	case a < 709.782712893384:
		return 0.5 * crExp(a)
	case a <= 710.4758600739439:
		w := crExp(0.5 * a)
		return 0.5 * w * w
	}
	return math.Inf(1)
}

// glibcTanh is fdlibm's s_tanh.c.
func glibcTanh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	a := math.Abs(x)
	var z float64
	switch {
	case a < 0x1p-55:
		return x * (1 + x)
	case a < 1:
		t := math.Expm1(-2 * a)
		z = -t / (t + 2)
	case a < 22:
		t := math.Expm1(2 * a)
		z = 1 - 2/(t+2)
	default:
		z = 1
	}
	return math.Copysign(z, x)
}

// cbrtFactor is 2^(k/3) for k in −2..2. The reciprocals are divided in
// DOUBLE arithmetic, as C does, not exactly as Go's constant arithmetic
// would, which changes the last bit of some results.
var cbrtFactor = func() [5]float64 {
	cbrt2, sqrCbrt2 := 1.2599210498948731648, 1.5874010519681994748
	return [5]float64{1 / sqrCbrt2, 1 / cbrt2, 1, cbrt2, sqrCbrt2}
}()

// glibcCbrt is glibc's sysdeps/ieee754/dbl-64/s_cbrt.c: a polynomial
// estimate on the mantissa, one rational correction step, and the
// exponent's third.
func glibcCbrt(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x + x
	}
	xm, xe := math.Frexp(math.Abs(x))
	u := 0.354895765043919860 + (1.50819193781584896+(-2.11499494167371287+(2.44693122563534430+(-1.83469277483613086+(0.784932344976639262-0.145263899385486377*xm)*xm)*xm)*xm)*xm)*xm
	t2 := u * u * u
	ym := u * (t2 + 2.0*xm) / (2.0*t2 + xm) * cbrtFactor[2+xe%3]
	if x < 0 {
		ym = -ym
	}
	return math.Ldexp(ym, xe/3)
}
