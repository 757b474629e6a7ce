package functions

import (
	"bytes"
	"math"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestAbs(t *testing.T) {
	runCases(t, []testCase{
		{name: "abs(-2)", fn: "abs", types: types(eval.IntType), args: args(int64(-2)), want: int64(2)},
		{name: "abs(3L)", fn: "abs", args: args(int64(3)), want: int64(3)},
		{name: "abs(-2.5)", fn: "abs", args: args(-2.5), want: 2.5},
		{name: "abs(-1.50BD)", fn: "abs", args: args(dec("-1.50", 2)), want: dec("1.50", 2)},
		{name: "abs('-1.5')", fn: "abs", args: args("-1.5"), want: 1.5},
		{name: "abs(' 2 ')", fn: "abs", args: args(" 2 "), want: 2.0},
		{name: "abs(null)", fn: "abs", args: args(nil), want: nil},
		{name: "abs('x')", fn: "abs", args: args("x"), err: "invalid number 'x' for function abs"},
		{name: "abs(min bigint)", fn: "abs", args: args(int64(math.MinInt64)),
			err: "abs(-9223372036854775808) overflows BIGINT"},
	})
}

func TestRound(t *testing.T) {
	runCases(t, []testCase{
		{name: "round(2.5)", fn: "round", args: args(2.5), want: 3.0},
		{name: "round(-2.5)", fn: "round", args: args(-2.5), want: -3.0},
		{name: "round(0.49999999999999994)", fn: "round", args: args(0.49999999999999994), want: 0.0},
		{name: "round(-1.25, 1)", fn: "round", args: args(-1.25, int64(1)), want: -1.3},
		{name: "round(1.005, 2)", fn: "round", args: args(1.005, int64(2)), want: 1.01},
		{name: "round(125.315, -1)", fn: "round", args: args(125.315, int64(-1)), want: 130.0},
		{name: "round(125.315, 1000)", fn: "round", args: args(125.315, int64(1000)), want: 125.315},
		{name: "round(-125.315, -1000)", fn: "round", args: args(-125.315, int64(-1000)), want: math.Copysign(0, -1)},
		{name: "round(1e300, 2)", fn: "round", args: args(1e300, int64(2)), want: 1e300},
		{name: "round(inf)", fn: "round", args: args(math.Inf(1)), want: math.Inf(1)},
		{name: "round(1234)", fn: "round", types: types(eval.IntType), args: args(int64(1234)), want: int64(1234)},
		{name: "round(1250, -2)", fn: "round", args: args(int64(1250), int64(-2)), want: int64(1300)},
		{name: "round(-1250, -2)", fn: "round", args: args(int64(-1250), int64(-2)), want: int64(-1300)},
		{name: "round(1234, 2)", fn: "round", args: args(int64(1234), int64(2)), want: int64(1234)},
		{name: "round(1234, -500)", fn: "round", args: args(int64(1234), int64(-500)), want: int64(0)},
		{name: "round(max bigint, -1)", fn: "round", args: args(int64(math.MaxInt64), int64(-1)),
			err: "round(9223372036854775807, -1) overflows BIGINT"},
		{name: "round(3.14159BD, 2)", fn: "round", args: args(dec("3.14159", 5), int64(2)), want: dec("3.14", 2)},
		{name: "round(-2.5BD)", fn: "round", args: args(dec("-2.5", 1)), want: dec("-3", 0)},
		{name: "round(1.5BD, 3)", fn: "round", args: args(dec("1.5", 1), int64(3)), want: dec("1.5", 1)},
		{name: "round(155BD, -1)", fn: "round", args: args(dec("155", 0), int64(-1)), want: dec("160", 0)},
		{name: "round('2.5')", fn: "round", args: args("2.5"), want: 3.0},
		{name: "round('1.25', 1)", fn: "round", args: args("1.25", int64(1)), want: 1.3},
		{name: "round('x', 1)", fn: "round", args: args("x", int64(1)), err: "invalid number 'x' for function round"},
		{name: "round(1.5, null)", fn: "round", args: args(1.5, nil), want: nil},
	})
}

func TestFloorCeil(t *testing.T) {
	runCases(t, []testCase{
		{name: "floor(-1.5)", fn: "floor", args: args(-1.5), want: int64(-2)},
		{name: "floor(1.5)", fn: "floor", args: args(1.5), want: int64(1)},
		{name: "ceil(1.2)", fn: "ceil", args: args(1.2), want: int64(2)},
		{name: "ceil(-1.2)", fn: "ceil", args: args(-1.2), want: int64(-1)},
		{name: "floor(7)", fn: "floor", types: types(eval.IntType), args: args(int64(7)), want: int64(7)},
		{name: "floor(-1.5BD)", fn: "floor", args: args(dec("-1.5", 1)), want: int64(-2)},
		{name: "ceil(-1.5BD)", fn: "ceil", args: args(dec("-1.5", 1)), want: int64(-1)},
		{name: "ceil(2BD)", fn: "ceil", args: args(dec("2", 0)), want: int64(2)},
		{name: "floor('2.7')", fn: "floor", args: args("2.7"), want: int64(2)},
		{name: "ceil(null)", fn: "ceil", args: args(nil), want: nil},
		{name: "floor(1e19)", fn: "floor", args: args(1e19), err: "floor(1e+19) overflows BIGINT"},
		{name: "ceil(nan)", fn: "ceil", args: args(math.NaN()), err: "ceil(NaN) overflows BIGINT"},
		{name: "floor(1e30BD)", fn: "floor", args: args(dec("1e30", 0)),
			err: "floor(1000000000000000000000000000000) overflows BIGINT"},
		{name: "floor('x')", fn: "floor", args: args("x"), err: "invalid number 'x' for function floor"},
	})
}

func TestRand(t *testing.T) {
	runCases(t, []testCase{
		{name: "rand() from the session source", fn: "rand", args: args(), want: 0.5},
		{name: "rand(1)", fn: "rand", args: args(int64(1)), code: eval.CodeArgumentCount,
			err: "function rand needs 0 parameters, actually have 1"},
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
