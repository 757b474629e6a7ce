package functions

import (
	"bytes"
	"math"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// TestLibmVectors checks mcsql's math kernels against the GNU C library's
// results (the library MaxCompute's runtime computes with), recorded for
// the pages' sample values and a few more.
func TestLibmVectors(t *testing.T) {
	vectors := []struct {
		name string
		f    func(float64) float64
		x    float64
		want float64
	}{
		{"exp", crExp, 0.525, 1.6904588483790914},
		{"exp", crExp, -0.1, 0.9048374180359595},
		{"exp", crExp, 20.45, 760890487.9368925},
		{"exp", crExp, -7.5, 0.0005530843701478336},
		{"exp", crExp, 2.58, 13.197138159658358},
		{"exp", crExp, -10.2, 3.7170318684126734e-05},
		{"exp", crExp, 0.89, 2.4351296512898744},
		{"exp", crExp, 1.5, 4.4816890703380645},
		{"exp", crExp, 1e-05, 1.00001000005},
		{"exp", crExp, 300.25, 2.4941248615349213e+130},
		{"log", crLog, 0.525, -0.6443570163905132},
		{"log", crLog, 20.45, 3.017982882488811},
		{"log", crLog, 2.58, 0.9477893989335261},
		{"log", crLog, 0.89, -0.11653381625595151},
		{"log", crLog, 1.5, 0.4054651081081644},
		{"log", crLog, 1e-05, -11.512925464970229},
		{"log", crLog, 300.25, 5.704615460960093},
		{"sin", crSin, 0.525, 0.5012130046737979},
		{"sin", crSin, -0.1, -0.09983341664682815},
		{"sin", crSin, 20.45, 0.9995605376022045},
		{"sin", crSin, -7.5, -0.9379999767747389},
		{"sin", crSin, 2.58, 0.5325349075556212},
		{"sin", crSin, -10.2, 0.6998746875935423},
		{"sin", crSin, 0.89, 0.7770717475268238},
		{"sin", crSin, 1.5, 0.9974949866040544},
		{"sin", crSin, 1e-05, 9.999999999833334e-06},
		{"sin", crSin, 300.25, -0.9741426430536687},
		{"sin", crSin, -1234.5678, -0.07803344920002027},
		{"cos", crCos, 0.525, 0.8653239416229412},
		{"cos", crCos, -0.1, 0.9950041652780258},
		{"cos", crCos, 20.45, -0.02964340851507803},
		{"cos", crCos, -7.5, 0.3466353178350258},
		{"cos", crCos, 2.58, -0.8464080412157756},
		{"cos", crCos, -10.2, -0.7142656520272003},
		{"cos", crCos, 0.89, 0.6294120265736969},
		{"cos", crCos, 1.5, 0.0707372016677029},
		{"cos", crCos, 1e-05, 0.99999999995},
		{"cos", crCos, 300.25, 0.22593386418244757},
		{"cos", crCos, -1234.5678, -0.9969507414140119},
		{"tan", crTan, 0.525, 0.5792200822893652},
		{"tan", crTan, -0.1, -0.10033467208545055},
		{"tan", crTan, 20.45, -33.71948732190433},
		{"tan", crTan, -7.5, -2.706013866772691},
		{"tan", crTan, 2.58, -0.6291704256385503},
		{"tan", crTan, -10.2, -0.979852083895097},
		{"tan", crTan, 0.89, 1.2345994590490046},
		{"tan", crTan, 1.5, 14.101419947171719},
		{"tan", crTan, 1e-05, 1.0000000000333334e-05},
		{"tan", crTan, 300.25, -4.3116274161850425},
		{"tan", crTan, -1234.5678, 0.07827212113744211},
		{"atan", crAtan, 0.525, 0.483447001567199},
		{"atan", crAtan, -0.1, -0.09966865249116204},
		{"atan", crAtan, 20.45, 1.521935491607842},
		{"atan", crAtan, -7.5, -1.4382447944982226},
		{"atan", crAtan, 2.58, 1.2010277920014796},
		{"atan", crAtan, -10.2, -1.473069419436178},
		{"atan", crAtan, 0.89, 0.7272626879966904},
		{"atan", crAtan, 1.5, 0.982793723247329},
		{"atan", crAtan, 1e-05, 9.999999999666668e-06},
		{"atan", crAtan, 300.25, 1.5674657812412378},
		{"atan", crAtan, -1234.5678, -1.5699863269056236},
		{"asin", crAsin, 0.525, 0.5527151130967832},
		{"asin", crAsin, -0.1, -0.1001674211615598},
		{"asin", crAsin, 0.89, 1.0973451695228305},
		{"asin", crAsin, 1e-05, 1.0000000000166668e-05},
		{"acos", crAcos, 0.525, 1.0180812136981134},
		{"acos", crAcos, -0.1, 1.6709637479564565},
		{"acos", crAcos, 0.89, 0.4734511572720662},
		{"acos", crAcos, 1e-05, 1.5707863267948965},
		{"sinh", glibcSinh, 0.525, 0.5494517420061382},
		{"sinh", glibcSinh, -0.1, -0.10016675001984403},
		{"sinh", glibcSinh, 20.45, 380445243.96844625},
		{"sinh", glibcSinh, -7.5, -904.0209306858466},
		{"sinh", glibcSinh, 2.58, 6.560682077817757},
		{"sinh", glibcSinh, -10.2, -13451.593018563612},
		{"sinh", glibcSinh, 0.89, 1.0122369492687646},
		{"sinh", glibcSinh, 1.5, 2.1292794550948173},
		{"sinh", glibcSinh, 1e-05, 1.0000000000166668e-05},
		{"sinh", glibcSinh, 300.25, 1.2470624307674607e+130},
		{"cosh", glibcCosh, 0.525, 1.1410071063729532},
		{"cosh", glibcCosh, -0.1, 1.0050041680558035},
		{"cosh", glibcCosh, 20.45, 380445243.96844625},
		{"cosh", glibcCosh, -7.5, 904.0214837702166},
		{"cosh", glibcCosh, 2.58, 6.636456081840602},
		{"cosh", glibcCosh, -10.2, 13451.593055733929},
		{"cosh", glibcCosh, 0.89, 1.42289270202111},
		{"cosh", glibcCosh, 1.5, 2.352409615243247},
		{"cosh", glibcCosh, 1e-05, 1.00000000005},
		{"cosh", glibcCosh, 300.25, 1.2470624307674607e+130},
		{"tanh", glibcTanh, 0.525, 0.48154979836430806},
		{"tanh", glibcTanh, -0.1, -0.09966799462495582},
		{"tanh", glibcTanh, 20.45, 1.0},
		{"tanh", glibcTanh, -7.5, -0.9999993881955461},
		{"tanh", glibcTanh, 2.58, 0.9885821584459533},
		{"tanh", glibcTanh, -10.2, -0.9999999972367348},
		{"tanh", glibcTanh, 0.89, 0.7113937318189625},
		{"tanh", glibcTanh, 1.5, 0.9051482536448664},
		{"tanh", glibcTanh, 1e-05, 9.999999999666668e-06},
		{"tanh", glibcTanh, 300.25, 1.0},
		{"tanh", glibcTanh, -1234.5678, -1.0},
		{"cbrt", glibcCbrt, 0.525, 0.806714323012272},
		{"cbrt", glibcCbrt, -0.1, -0.46415888336127786},
		{"cbrt", glibcCbrt, 20.45, 2.7346249431389524},
		{"cbrt", glibcCbrt, -7.5, -1.9574338205844317},
		{"cbrt", glibcCbrt, 2.58, 1.3715339700741747},
		{"cbrt", glibcCbrt, -10.2, -2.168702885250197},
		{"cbrt", glibcCbrt, 0.89, 0.9619001716077046},
		{"cbrt", glibcCbrt, 1.5, 1.1447142425533317},
		{"cbrt", glibcCbrt, 1e-05, 0.021544346900318832},
		{"cbrt", glibcCbrt, 300.25, 6.696188520495381},
		{"cbrt", glibcCbrt, -1234.5678, -10.727659535728733},
		{"pow", func(x float64) float64 { return crPow(x, 2.0) }, 2.58, 6.6564000000000005},
		{"pow", func(x float64) float64 { return crPow(x, 2.0) }, -0.1, 0.010000000000000002},
		{"pow", func(x float64) float64 { return crPow(x, 2.0) }, 20.45, 418.2025},
		{"pow", func(x float64) float64 { return crPow(x, -3.0) }, -2, -0.125},
		{"pow", func(x float64) float64 { return crPow(x, -0.5) }, 10, 0.31622776601683794},
		{"atan2", func(y float64) float64 { return crAtan2(y, 2.0) }, 1.0, 0.4636476090008061},
		{"atan2", func(y float64) float64 { return crAtan2(y, -4.0) }, -3.0, -2.498091544796509},
		{"atan2", func(y float64) float64 { return crAtan2(y, -0.25) }, 0.5, 2.0344439357957027},
	}
	for _, v := range vectors {
		if got := v.f(v.x); got != v.want {
			t.Errorf("%s(%v) = %v, want %v (glibc)", v.name, v.x, got, v.want)
		}
	}
}

func TestAbs(t *testing.T) {
	runCases(t, []testCase{
		{name: "abs(-2)", fn: "abs", types: types(eval.IntType), args: args(int64(-2)), want: int64(2)},
		{name: "abs(-2.5)", fn: "abs", args: args(-2.5), want: 2.5},
		{name: "abs(-1.50BD)", fn: "abs", args: args(dec("-1.50", 2)), want: dec("1.50", 2)},
		{name: "abs(null)", fn: "abs", args: args(nil), want: nil},
		{name: "abs(true)", fn: "abs", types: types(eval.BooleanType), args: args(true), code: eval.CodeArgumentType,
			err: "invalid type BOOLEAN of argument 1 for function abs"},
		{name: "abs(min bigint)", fn: "abs", args: args(int64(math.MinInt64)),
			err: "abs(-9223372036854775808) overflows BIGINT"},
	})
}

func TestRound(t *testing.T) {
	runCases(t, []testCase{
		// The page's examples, in DOUBLE arithmetic.
		{name: "round(125.315)", fn: "round", args: args(125.315), want: 125.0},
		{name: "round(125.315, 2)", fn: "round", args: args(125.315, int64(2)), want: 125.32},
		{name: "round(-125.315, 2)", fn: "round", args: args(-125.315, int64(2)), want: -125.32},
		{name: "round(123.345, -2)", fn: "round", args: args(123.345, int64(-2)), want: 100.0},
		{name: "round(123.345, -4)", fn: "round", args: args(123.345, int64(-4)), want: 0.0},
		{name: "round(0.25375, 4) drifts", fn: "round", args: args(0.25375, int64(4)), want: 0.2537},
		{name: "round(-0.4) is 0.0", fn: "round", args: args(-0.4), want: 0.0},
		{name: "round(125.315, 1000)", fn: "round", args: args(125.315, int64(1000)), want: 125.315},
		{name: "round(-125.315, -1000)", fn: "round", args: args(-125.315, int64(-1000)), want: 0.0},
		{name: "round(1e300, 2)", fn: "round", args: args(1e300, int64(2)), want: 1e300},
		{name: "round(inf)", fn: "round", args: args(math.Inf(1)), want: math.Inf(1)},
		{name: "round(0.25375BD, 4)", fn: "round", args: args(dec("0.25375", 5), int64(4)), want: dec("0.2538", 4)},
		{name: "round(-2.5BD)", fn: "round", args: args(dec("-2.5", 1)), want: dec("-3", 0)},
		{name: "round(-1BD, 1) keeps scale 0", fn: "round", args: args(dec("-1", 0), int64(1)), want: dec("-1", 0)},
		{name: "round(155BD, -1)", fn: "round", args: args(dec("155", 0), int64(-1)), want: dec("160", 0)},
		{name: "round(1.5, null)", fn: "round", args: args(1.5, nil), want: nil},
		{name: "round(1.5, 1.0)", fn: "round", args: args(1.5, 1.0), code: eval.CodeArgumentType,
			err: "invalid type DOUBLE of argument 2 for function round"},
	})
}

func TestTrunc(t *testing.T) {
	runCases(t, []testCase{
		{name: "trunc(125.815, 1)", fn: "trunc", args: args(125.815, int64(1)), want: 125.80000000000001},
		{name: "trunc(125.815, 2)", fn: "trunc", args: args(125.815, int64(2)), want: 125.81},
		{name: "trunc(-10.2, 1)", fn: "trunc", args: args(-10.2, int64(1)), want: -10.200000000000001},
		{name: "trunc(125.815, -1)", fn: "trunc", args: args(125.815, int64(-1)), want: 120.0},
		{name: "trunc(-0.5) is 0.0", fn: "trunc", args: args(-0.5), want: 0.0},
		{name: "trunc(20.45BD, 1)", fn: "trunc", args: args(dec("20.45", 2), int64(1)), want: dec("20.4", 1)},
		{name: "trunc(-9.99BD)", fn: "trunc", args: args(dec("-9.99", 2)), want: dec("-9", 0)},
	})
}

func TestFloorCeil(t *testing.T) {
	runCases(t, []testCase{
		{name: "floor(-1.5)", fn: "floor", args: args(-1.5), want: int64(-2)},
		{name: "ceil(1.2)", fn: "ceil", args: args(1.2), want: int64(2)},
		{name: "floor(7)", fn: "floor", types: types(eval.IntType), args: args(int64(7)), want: int64(7)},
		{name: "floor(-1.5BD)", fn: "floor", args: args(dec("-1.5", 1)), want: int64(-2)},
		{name: "ceil(-1.5BD)", fn: "ceil", args: args(dec("-1.5", 1)), want: int64(-1)},
		{name: "floor(1e19)", fn: "floor", args: args(1e19), err: "floor(1.0E19) overflows BIGINT"},
		{name: "ceil(nan)", fn: "ceil", args: args(math.NaN()), err: "ceil(NaN) overflows BIGINT"},
	})
}

func TestDomains(t *testing.T) {
	runCases(t, []testCase{
		{name: "acos(2) is NULL", fn: "acos", args: args(2.0), want: nil},
		{name: "ln(0) is NULL", fn: "ln", args: args(0.0), want: nil},
		{name: "sqrt(-1) is NULL", fn: "sqrt", args: args(-1.0), want: nil},
		{name: "log(1, 5) is NULL", fn: "log", args: args(1.0, 5.0), want: nil},
		{name: "log(2, 16)", fn: "log", args: args(2.0, 16.0), want: 4.0},
		{name: "isnan(null) is false", fn: "isnan", args: args(nil), want: false},
		{name: "sign(-2BD) is an INT", fn: "sign", args: args(dec("-2", 0)), want: int64(-1)},
		{name: "sign(-0.0)", fn: "sign", args: args(math.Copysign(0, -1)), want: 0.0},
		{name: "factorial(20)", fn: "factorial", args: args(int64(20)), want: int64(2432902008176640000)},
		{name: "factorial(21) is NULL", fn: "factorial", args: args(int64(21)), want: nil},
		{name: "pow overflow", fn: "pow", args: args(10.0, 400.0), err: "pow(10.0, 400.0) overflows DOUBLE"},
	})
}

func TestConv(t *testing.T) {
	runCases(t, []testCase{
		{name: "conv('1100', 2, 10)", fn: "conv", args: args("1100", int64(2), int64(10)), want: "12"},
		{name: "conv('ab', 16, 16)", fn: "conv", args: args("ab", int64(16), int64(16)), want: "AB"},
		{name: "conv('2.58', 10, 2) reads 2", fn: "conv", args: args("2.58", int64(10), int64(2)), want: "10"},
		{name: "conv('-10', 10, 2) is NULL", fn: "conv", args: args("-10", int64(10), int64(2)), want: nil},
		{name: "conv max", fn: "conv", args: args("FFFFFFFFFFFFFFFF", int64(16), int64(10)), want: "18446744073709551615"},
		{name: "conv overflow", fn: "conv", args: args("18446744073709551616", int64(10), int64(16)), want: nil},
		{name: "conv no digits", fn: "conv", args: args("xyz", int64(10), int64(2)), want: nil},
		{name: "conv base 3", fn: "conv", args: args("12", int64(3), int64(10)), err: "conv: base 3 is not supported; use 2, 8, 10 or 16"},
	})
}

func TestShifts(t *testing.T) {
	runCases(t, []testCase{
		{name: "shiftleft(1, 31) INT", fn: "shiftleft", types: types(eval.IntType, eval.IntType), args: args(int64(1), int64(31)), want: int64(math.MinInt32)},
		{name: "shiftleft(1, 32) INT", fn: "shiftleft", types: types(eval.IntType, eval.IntType), args: args(int64(1), int64(32)), want: int64(1)},
		{name: "shiftleft(1L, 32)", fn: "shiftleft", types: types(eval.BigintType, eval.IntType), args: args(int64(1), 32.0), want: int64(1 << 32)},
		{name: "shiftrightunsigned(-14, 2) INT", fn: "shiftrightunsigned", types: types(eval.IntType, eval.IntType), args: args(int64(-14), int64(2)), want: int64(1073741820)},
		{name: "shiftrightunsigned(-10L, 1)", fn: "shiftrightunsigned", types: types(eval.BigintType, eval.IntType), args: args(int64(-10), 1.0), want: int64(9223372036854775803)},
		{name: "shiftright(-16, 2)", fn: "shiftright", types: types(eval.IntType, eval.IntType), args: args(int64(-16), int64(2)), want: int64(-4)},
		{name: "shiftleft(1, 2L)", fn: "shiftleft", types: types(eval.IntType, eval.BigintType), args: args(int64(1), int64(2)), code: eval.CodeArgumentType,
			err: "invalid type BIGINT of argument 2 for function shiftleft"},
	})
}

func TestWidthBucket(t *testing.T) {
	i := func(v int64) eval.Value { return v }
	for _, tc := range []struct {
		expr eval.Value
		want eval.Value
	}{{i(99), i(0)}, {i(100), i(1)}, {i(199), i(2)}, {i(200), i(2)}, {i(499), i(5)}, {i(500), i(6)}, {i(501), i(6)}} {
		runCases(t, []testCase{{name: "width_bucket", fn: "width_bucket",
			types: types(eval.IntType, eval.IntType, eval.IntType, eval.IntType),
			args:  args(tc.expr, i(100), i(500), i(5)), want: tc.want}})
	}
}

func TestJavaRandom(t *testing.T) {
	// java.util.Random(1).nextDouble(), three times.
	g := newJavaRandom(1)
	for _, want := range []float64{0.7308781907032909, 0.41008081149220166, 0.20771484130971707} {
		if got := g.nextDouble(); got != want {
			t.Errorf("nextDouble = %v, want %v", got, want)
		}
	}
}

func TestRand(t *testing.T) {
	runCases(t, []testCase{
		{name: "rand() from the session source", fn: "rand", args: args(), want: 0.5},
		{name: "rand(1) without its statement's preparation", fn: "rand", args: args(int64(1)), want: 0.7308781907032909},
		{name: "rand(1, 2)", fn: "rand", args: args(int64(1), int64(2)), code: eval.CodeArgumentCount,
			err: "function rand needs 0 to 1 parameters, actually have 2"},
	})
	f, _ := NewRegistry().Lookup("rand")
	impl := f.Overloads[0].Impl
	src := bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 2, 3})
	ctx := &eval.CallContext{Rand: src}
	t.Run("largest draw stays below 1", func(t *testing.T) {
		v, err := impl(ctx, nil)
		if want := float64(1<<53-1) / (1 << 53); err != nil || v != want {
			t.Errorf("rand() = %v, %v; want %v", v, err, want)
		}
	})
	t.Run("exhausted source", func(t *testing.T) {
		_, err := impl(ctx, nil)
		checkError(t, err, "", "rand: reading the random source: unexpected EOF")
	})
	t.Run("no session source", func(t *testing.T) {
		v, err := impl(&eval.CallContext{}, nil)
		if x, ok := v.(float64); err != nil || !ok || x < 0 || x >= 1 {
			t.Errorf("rand() = %v, %v; want a DOUBLE in [0, 1)", v, err)
		}
	})
}
