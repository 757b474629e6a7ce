package functions

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// registerIntegerMath adds the functions of integers and of number text:
// BIN, CONV, FACTORIAL, the shifts, NEGATIVE, POSITIVE and WIDTH_BUCKET.
func registerIntegerMath(r registrar) {
	r.Register(fn("BIN", "STRING BIN(BIGINT x)", "binary digits of an integer; negatives as 64-bit two's complement",
		"select bin(12), bin(0); -- 1100 0",
		resolved("bin", 1, 1, fixed(eval.StringType), func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			x, ok := args[0].(int64)
			if !ok {
				return nil, internalError("bin of %T", args[0])
			}
			return strconv.FormatUint(uint64(x), 2), nil
		}, integerOnly)))
	r.Register(fn("FACTORIAL", "BIGINT FACTORIAL(BIGINT n)", "n! for n in [0, 20]; NULL outside that range",
		"select factorial(5), factorial(0); -- 120 1",
		resolved("factorial", 1, 1, fixed(eval.BigintType), factorialImpl, integerOnly)))
	r.Register(fn("CONV", "STRING CONV(STRING input, BIGINT from_base, BIGINT to_base)",
		"input's digits in base from_base rewritten in base to_base (2, 8, 10 or 16), upper case; NULL for a negative number or overflow",
		"select conv('1100', 2, 10), conv('ab', 16, 10); -- 12 171",
		resolved("conv", 3, 3, fixed(eval.StringType), convImpl, convInput, bigintOnly)))
	// The shifts and NEGATIVE depend on the integer's width, which an Impl
	// cannot see: every integer is an int64 (see shiftParams and
	// negativeOverloads).
	for _, s := range shifts {
		r.Register(fn(s.name, "INT|BIGINT "+s.name+"(TINYINT|SMALLINT|INT|BIGINT x, INT n)", s.description, s.example,
			resolved(strings.ToLower(s.name), 2, 2, shiftType, s.impl(), integerOnly, intOnly)))
	}
	r.Register(fn("NEGATIVE", "T NEGATIVE(TINYINT|SMALLINT|INT|BIGINT|DOUBLE|DECIMAL x)", "-x, of x's type",
		"select negative(1); -- -1",
		negativeOverloads()...))
	r.Register(fn("POSITIVE", "T POSITIVE(TINYINT|SMALLINT|INT|BIGINT|DOUBLE|DECIMAL x)", "x unchanged",
		"select positive(1); -- 1",
		resolved("positive", 1, 1, sameAsFirst, func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			return args[0], nil
		}, numberAsIs)))
	r.Register(fn("WIDTH_BUCKET", "BIGINT WIDTH_BUCKET(NUMERIC expr, NUMERIC min_value, NUMERIC max_value, INT num_buckets)",
		"which of num_buckets equal-width buckets of [min_value, max_value) holds expr: 0 below, num_buckets+1 from max_value up",
		"select width_bucket(199, 100, 500, 5); -- 2",
		resolved("width_bucket", 4, 4, fixed(eval.BigintType), widthBucketImpl, numberAsIs, numberAsIs, numberAsIs, intOnly)))
}

func factorialImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	n, ok := args[0].(int64)
	if !ok {
		return nil, internalError("factorial of %T", args[0])
	}
	if n < 0 || n > 20 { // 21! overflows BIGINT; the page answers NULL
		return nil, nil
	}
	f := int64(1)
	for i := int64(2); i <= n; i++ {
		f *= i
	}
	return f, nil
}

// convInput: CONV reads a STRING; numbers are read through their text,
// as the page's table example does (conv(2.58, 10, 2) is 10).
func convInput(t eval.Type) (eval.Type, bool) {
	if t.Kind.IsNumeric() || t.Kind.IsString() || t.Kind == eval.KindVoid {
		return eval.StringType, true
	}
	return eval.Type{}, false
}

// convImpl converts with 64-bit unsigned precision. The digits are read
// up to the first one invalid in from_base (so the text of 2.58 is read as
// 2). A negative input is NULL, or 0 in the Hive-compatible edition; input
// without digits and overflow are NULL.
func convImpl(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	s, ok1 := args[0].(string)
	from, ok2 := args[1].(int64)
	to, ok3 := args[2].(int64)
	if !ok1 || !ok2 || !ok3 {
		return nil, internalError("conv of %T, %T, %T", args[0], args[1], args[2])
	}
	for _, b := range []int64{from, to} {
		if b != 2 && b != 8 && b != 10 && b != 16 {
			return nil, eval.InvalidArgument("conv: base %d is not supported; use 2, 8, 10 or 16", b)
		}
	}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		if hive(ctx) {
			return "0", nil
		}
		return nil, nil
	}
	var v uint64
	digits := 0
	for _, c := range s {
		d, err := strconv.ParseUint(string(c), int(from), 8)
		if err != nil {
			break
		}
		if v > (math.MaxUint64-d)/uint64(from) {
			return nil, nil // more than 64 bits
		}
		v = v*uint64(from) + d
		digits++
	}
	if digits == 0 {
		return nil, nil
	}
	return strings.ToUpper(strconv.FormatUint(v, int(to))), nil
}

// shift is one of the bitwise shifts, with Java's semantics: an INT
// shifts by n mod 32 and a BIGINT by n mod 64.
type shift struct {
	name, description, example string
	int32Op                    func(x int32, n uint) int32
	int64Op                    func(x int64, n uint) int64
}

var shifts = []shift{
	{name: "SHIFTLEFT", description: "x << n (INT for TINYINT, SMALLINT and INT; BIGINT for BIGINT)", example: "select shiftleft(1, 2); -- 4",
		int32Op: func(x int32, n uint) int32 { return x << n }, int64Op: func(x int64, n uint) int64 { return x << n }},
	{name: "SHIFTRIGHT", description: "x >> n, keeping the sign (INT for TINYINT, SMALLINT and INT; BIGINT for BIGINT)", example: "select shiftright(32, 3); -- 4",
		int32Op: func(x int32, n uint) int32 { return x >> n }, int64Op: func(x int64, n uint) int64 { return x >> n }},
	{name: "SHIFTRIGHTUNSIGNED", description: "x >>> n, filling with zeros (INT for TINYINT, SMALLINT and INT; BIGINT for BIGINT)", example: "select shiftrightunsigned(-14, 2); -- 1073741820",
		int32Op: func(x int32, n uint) int32 { return int32(uint32(x) >> n) }, int64Op: func(x int64, n uint) int64 { return int64(uint64(x) >> n) }},
}

// shiftType is INT for TINYINT, SMALLINT and INT, BIGINT for BIGINT. The
// count n reaches the Impl as an int64 for a 32-bit shift and, so that the
// Impl can tell the widths apart, as a DOUBLE for a 64-bit one.
func shiftType(params []eval.Type) eval.Type {
	if params[0].Kind == eval.KindBigint {
		params[1] = eval.DoubleType
		return eval.BigintType
	}
	params[0] = eval.IntType
	return eval.IntType
}

// impl shifts an INT (count as int64) or a BIGINT (count as float64).
func (s shift) impl() eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		x, ok := args[0].(int64)
		if !ok {
			return nil, internalError("%s of %T", strings.ToLower(s.name), args[0])
		}
		switch n := args[1].(type) {
		case int64:
			return int64(s.int32Op(int32(x), uint(n&31))), nil
		case float64:
			return s.int64Op(x, uint(int64(n)&63)), nil
		}
		return nil, internalError("%s count is %T", strings.ToLower(s.name), args[1])
	}
}

// negativeOverloads keep the argument's type; negating the most negative
// value of an integer type overflows it, an error as for the minus
// operator (the Hive-compatible edition wraps around instead).
func negativeOverloads() []*eval.Overload {
	var out []*eval.Overload
	for _, k := range []struct {
		t  eval.Type
		lo int64
	}{
		{eval.TinyintType, math.MinInt8},
		{eval.SmallintType, math.MinInt16},
		{eval.IntType, math.MinInt32},
		{eval.BigintType, math.MinInt64},
	} {
		t, lo := k.t, k.lo
		out = append(out, ov(t, func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
			x, ok := args[0].(int64)
			if !ok {
				return nil, internalError("negative of %T", args[0])
			}
			if x == lo {
				if hive(ctx) {
					return x, nil // two's complement wrap-around
				}
				return nil, eval.InvalidArgument("negative(%d) overflows %s", x, t)
			}
			return -x, nil
		}, p("x", []eval.Kind{t.Kind})))
	}
	negDouble := impl1(total(func(x float64) float64 { return -x }))
	negDecimal := ov(eval.DecimalType, impl1(total(func(x eval.Decimal) eval.Decimal {
		return eval.Decimal{Rat: new(big.Rat).Neg(x.Rat), Scale: x.Scale}
	})), p("x", decimalKinds))
	// A DECIMAL(p,s) stays DECIMAL(p,s), as POSITIVE and unary minus keep it.
	negDecimal.Bind = func(site *eval.CallSite) (eval.Binding, error) {
		return eval.Binding{Params: site.Args, Result: site.Args[0]}, nil
	}
	return append(out, rejectStrings("negative", "TINYINT, SMALLINT, INT, BIGINT, DOUBLE or DECIMAL"),
		// A FLOAT stays FLOAT ("of x's type", as -x and POSITIVE keep it):
		// read as a DOUBLE it printed negative(cast(1.1 as float)) as
		// -1.100000023841858 where -cast(1.1 as float) is -1.1.
		ov(eval.FloatType, negDouble, p("x", floatKinds)),
		ov(eval.DoubleType, negDouble, p("x", doubleKinds)),
		negDecimal)
}

// widthBucketImpl computes floor(n·(expr−min)/(max−min)) + 1 exactly, 0
// below min_value and n+1 from max_value up (the page's example puts 500
// of [100, 500] in bucket 6).
func widthBucketImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	var rats [3]*big.Rat
	for i := range rats {
		r, ok := ratOfNumber(args[i])
		if !ok {
			return nil, nil // NaN or infinity: no bucket
		}
		rats[i] = r
	}
	n, ok := args[3].(int64)
	if !ok {
		return nil, internalError("num_buckets is %T", args[3])
	}
	x, lo, hi := rats[0], rats[1], rats[2]
	switch {
	case n <= 0:
		return nil, eval.InvalidArgument("width_bucket: num_buckets must be greater than 0, got %d", n)
	case hi.Cmp(lo) <= 0:
		return nil, eval.InvalidArgument("width_bucket: max_value must be greater than min_value")
	case x.Cmp(lo) < 0:
		return int64(0), nil
	case x.Cmp(hi) >= 0:
		return n + 1, nil
	}
	q := new(big.Rat).Sub(x, lo)
	q.Mul(q, new(big.Rat).SetInt64(n))
	q.Quo(q, new(big.Rat).Sub(hi, lo))
	return floorRat(q).Int64() + 1, nil
}

// ratOfNumber reads an integer, DOUBLE or DECIMAL exactly.
func ratOfNumber(v eval.Value) (*big.Rat, bool) {
	switch x := v.(type) {
	case int64:
		return new(big.Rat).SetInt64(x), true
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, false
		}
		return new(big.Rat).SetFloat64(x), true
	case eval.Decimal:
		return x.Rat, true
	}
	return nil, false
}
