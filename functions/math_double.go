package functions

import (
	"math"
	"strings"
	"sync"

	"github.com/mcsql/mcsql/eval"
)

// unaryDouble describes a math function of one DOUBLE: its pages convert
// STRING, BIGINT and DECIMAL arguments to DOUBLE and return DOUBLE. They
// say DECIMAL in gives DECIMAL out, but their own table examples print
// such results as DOUBLEs (pow(-1BD, 2) is 1.0, tanh(20.45BD) is 1.0), so
// mcsql returns DOUBLE.
type unaryDouble struct {
	name, signature, description, example string
	f                                     func(float64) float64
	// outside, when set, reports arguments outside the function's domain,
	// which give NULL (NaN in the Hive-compatible edition when hiveNaN).
	outside func(float64) bool
	hiveNaN bool
	// rule is the argument rule; toDouble unless the page is narrower.
	rule argRule
	// folded, when set, computes a constant argument: MaxCompute folds
	// constants with Java, whose Math.log10 differs from the runtime's
	// ln(x)/ln(10) (see LOG10's golden).
	folded func(float64) float64
}

func below(limit float64) func(float64) bool    { return func(x float64) bool { return x < limit } }
func notAbove(limit float64) func(float64) bool { return func(x float64) bool { return x <= limit } }
func outsideUnit(x float64) bool                { return x < -1 || x > 1 }

// ratioLog is ln x / ln base, each correctly rounded, as the runtime
// computes LOG2 and LOG10; ln base is computed once.
func ratioLog(base float64) func(float64) float64 {
	lnBase := sync.OnceValue(func() float64 { return crLog(base) })
	return func(x float64) float64 { return crLog(x) / lnBase() }
}

var unaryDoubles = []unaryDouble{
	{name: "ACOS", f: crAcos, outside: outsideUnit, hiveNaN: true, description: "arc cosine in [0, π]; NULL outside [-1, 1] (NaN in the Hive-compatible edition)", example: "select acos(0); -- 1.5707963267948966"},
	{name: "ASIN", f: crAsin, outside: outsideUnit, hiveNaN: true, description: "arc sine in [-π/2, π/2]; NULL outside [-1, 1] (NaN in the Hive-compatible edition)", example: "select asin(1); -- 1.5707963267948966"},
	{name: "ATAN", f: crAtan, description: "arc tangent in [-π/2, π/2]", example: "select atan(1); -- 0.7853981633974483"},
	{name: "COS", f: crCos, description: "cosine of radians", example: "select cos(3.1415926); -- -0.9999999999999986"},
	{name: "SIN", f: crSin, description: "sine of radians", example: "select sin(60); -- -0.3048106211022167"},
	{name: "TAN", f: crTan, description: "tangent of radians", example: "select tan(30); -- -6.405331196646276"},
	// cos(x)/sin(x), two roundings: the digits of every COT example.
	{name: "COT", f: func(x float64) float64 { return crCos(x) / crSin(x) }, description: "cotangent of radians", example: "select cot(1); -- 0.6420926159343308"},
	{name: "COSH", f: glibcCosh, description: "hyperbolic cosine", example: "select cosh(0); -- 1.0"},
	{name: "SINH", f: glibcSinh, description: "hyperbolic sine", example: "select sinh(30); -- 5.343237290762231E12"},
	{name: "TANH", f: glibcTanh, description: "hyperbolic tangent", example: "select tanh(30); -- 1.0"},
	{name: "EXP", f: crExp, description: "e to the power x", example: "select exp(0); -- 1.0"},
	{name: "LN", f: crLog, outside: notAbove(0), description: "natural logarithm; NULL for zero or a negative number", example: "select ln(3.1415926); -- 1.144729868791239"},
	{name: "LOG2", f: ratioLog(2), outside: notAbove(0), description: "base-2 logarithm; NULL for zero or a negative number", example: "select log2(8); -- 3.0"},
	{name: "LOG10", f: ratioLog(10), folded: crLog10, outside: notAbove(0), description: "base-10 logarithm; NULL for zero or a negative number", example: "select log10(8); -- 0.9030899869919435"},
	{name: "SQRT", f: math.Sqrt, outside: below(0), description: "square root; NULL for a negative number", example: "select sqrt(4); -- 2.0"},
	{name: "CBRT", f: glibcCbrt, rule: toDoubleNoDecimal, signature: "DOUBLE CBRT(BIGINT|DOUBLE|STRING x)", description: "cube root", example: "select cbrt(8); -- 2.0"},
	// x*180/π and x*π/180, left to right: the digits the DEGREES and
	// RADIANS pages show (x/180*π differs for radians(-10.2)).
	{name: "DEGREES", f: func(x float64) float64 { return x * 180 / math.Pi }, description: "radians to degrees", example: "select degrees(1.5707963267948966); -- 90.0"},
	{name: "RADIANS", f: func(x float64) float64 { return x * math.Pi / 180 }, description: "degrees to radians", example: "select radians(90); -- 1.5707963267948966"},
}

// registerDoubleMath adds the DOUBLE functions and ATAN2, POW, LOG, E, PI,
// ISNAN and SIGN.
func registerDoubleMath(r registrar) {
	for _, u := range unaryDoubles {
		sig := u.signature
		if sig == "" {
			sig = "DOUBLE " + u.name + "(DOUBLE x)"
		}
		rule := u.rule
		if rule == nil {
			rule = toDouble
		}
		o := resolved(strings.ToLower(u.name), 1, 1, fixed(eval.DoubleType), u.impl(u.f), rule)
		if u.folded != nil {
			folded := u.impl(u.folded)
			o.Prepare = func(_ *eval.CallContext, _ []eval.Value, isConst []bool) (eval.Impl, error) {
				if isConst[0] {
					return folded, nil
				}
				return o.Impl, nil
			}
		}
		r.Register(fn(u.name, sig, u.description, u.example, o))
	}
	r.Register(fn("ATAN2", "DOUBLE ATAN2(DOUBLE y, DOUBLE x)", "the angle of the point (x, y) in radians",
		"select atan2(0, 0); -- 0.0",
		resolved("atan2", 2, 2, fixed(eval.DoubleType), double2(crAtan2), toDouble)))
	r.Register(fn("POW", "DOUBLE POW(DOUBLE x, DOUBLE y)", "x to the power y; overflowing DOUBLE is an error (Infinity in the Hive-compatible edition)",
		"select pow(2, 16); -- 65536.0",
		resolved("pow", 2, 2, fixed(eval.DoubleType), powImpl, toDouble)))
	r.Register(fn("LOG", "DOUBLE LOG(DOUBLE base, DOUBLE x)", "logarithm of x to base; NULL when either is zero or negative, or base is 1",
		"select log(2, 16); -- 4.0",
		resolved("log", 2, 2, fixed(eval.DoubleType), double2(logBase), toDouble)))
	r.Register(fn("E", "DOUBLE E()", "Euler's number e", "select e(); -- 2.718281828459045",
		ov(eval.DoubleType, func(*eval.CallContext, []eval.Value) (eval.Value, error) { return math.E, nil })))
	r.Register(fn("PI", "DOUBLE PI()", "the number π", "select pi(); -- 3.141592653589793",
		ov(eval.DoubleType, func(*eval.CallContext, []eval.Value) (eval.Value, error) { return math.Pi, nil })))
	isnan := resolved("isnan", 1, 1, fixed(eval.BooleanType), func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		x, ok := args[0].(float64)
		return ok && math.IsNaN(x), nil // NULL is not NaN: false, as the page says
	}, toDouble)
	isnan.NullSafe = true
	r.Register(fn("ISNAN", "BOOLEAN ISNAN(DOUBLE x)", "whether x is NaN; false for NULL", "select isnan(100.1); -- false", isnan))
	r.Register(fn("SIGN", "DOUBLE SIGN(DOUBLE|BIGINT|DECIMAL|STRING x)", "-1.0, 0.0 or 1.0 by the sign of x (a BIGINT for a DECIMAL, INT in the Hive-compatible edition)",
		"select sign(-2.5), sign(0); -- -1.0 0.0",
		intInHive(resolved("sign", 1, 1, signType, signImpl, keepDecimal))))
}

// impl evaluates u.f with the page's NULL (or Hive NaN) rule for
// arguments outside the domain.
func (u unaryDouble) impl(f func(float64) float64) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		x, ok := args[0].(float64)
		if !ok {
			return nil, internalError("%s of %T", strings.ToLower(u.name), args[0])
		}
		if u.outside != nil && u.outside(x) {
			if u.hiveNaN && hive(ctx) {
				return math.NaN(), nil
			}
			return nil, nil
		}
		return f(x), nil
	}
}

func hive(ctx *eval.CallContext) bool { return ctx != nil && ctx.Edition == eval.EditionHive }

// double2 adapts a two-DOUBLE helper that may answer NULL (ok false).
func double2(f any) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		a, ok1 := args[0].(float64)
		b, ok2 := args[1].(float64)
		if !ok1 || !ok2 {
			return nil, internalError("arguments %T, %T", args[0], args[1])
		}
		switch g := f.(type) {
		case func(float64, float64) float64:
			return g(a, b), nil
		case func(float64, float64) (float64, bool):
			if v, ok := g(a, b); ok {
				return v, nil
			}
			return nil, nil
		}
		return nil, internalError("helper %T", f)
	}
}

// logBase is ln x / ln base, NULL for a base or x of zero or below and for
// base 1 (a division by zero), as LOG's page says.
func logBase(base, x float64) (float64, bool) {
	if base <= 0 || x <= 0 || base == 1 {
		return 0, false
	}
	return crLog(x) / crLog(base), true
}

// powImpl fails when finite arguments overflow DOUBLE: the data type
// editions page makes that an error for POW outside the Hive-compatible
// edition, which returns the value (Infinity).
func powImpl(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	x, ok1 := args[0].(float64)
	y, ok2 := args[1].(float64)
	if !ok1 || !ok2 {
		return nil, internalError("pow of %T, %T", args[0], args[1])
	}
	v := crPow(x, y)
	if math.IsInf(v, 0) && finite(x) && finite(y) && x != 0 && !hive(ctx) {
		return nil, eval.InvalidArgument("pow(%s, %s) overflows DOUBLE", eval.FormatValue(x, eval.DoubleType), eval.FormatValue(y, eval.DoubleType))
	}
	return v, nil
}

// signType: SIGN's page prints a DECIMAL's sign as 1 or -1, an integer
// as in Hive's sign(decimal): BIGINT, and INT in the Hive-compatible
// edition (intInHive), as the data type editions page says of SIGN;
// everything else is a DOUBLE -1.0, 0.0 or 1.0.
func signType(params []eval.Type) eval.Type {
	if params[0].Kind == eval.KindDecimal {
		return eval.BigintType
	}
	return eval.DoubleType
}

func signImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	switch x := args[0].(type) {
	case float64:
		switch {
		case x > 0:
			return 1.0, nil
		case x < 0:
			return -1.0, nil
		}
		if math.IsNaN(x) {
			return x, nil
		}
		return 0.0, nil
	case eval.Decimal:
		return int64(x.Rat.Sign()), nil
	}
	return nil, internalError("sign of %T", args[0])
}
