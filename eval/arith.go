package eval

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Arithmetic on the three numeric representations: int64 (checked
// against the result kind's range), float64 (IEEE, like Java) and Decimal
// (exact, rounded half up to the result scale).

// overflowError is MaxCompute's error for an integer result out of range:
// `bigint overflow in '9223372036854775807 + 1'`.
func overflowError(k Kind, op string, a, b any) error {
	return InvalidArgument("%s overflow in '%v %s %v'", strings.ToLower(k.String()), a, op, b)
}

// intArith returns op on integers whose result has kind k. Division and
// modulo by zero are NULL.
func intArith(op string, k Kind) func(a, b Value) (Value, error) {
	return func(av, bv Value) (Value, error) {
		a, ok1 := av.(int64)
		b, ok2 := bv.(int64)
		if !ok1 || !ok2 {
			return nil, wrongValue(av, Type{Kind: k})
		}
		r, ok := intOp(op, a, b)
		switch {
		case !ok && (op == "%" || op == "DIV") && b == 0:
			return nil, nil
		case !ok || !inRange(r, k):
			return nil, overflowError(k, op, a, b)
		}
		return r, nil
	}
}

// decimalRangeError marks the error of a DECIMAL value too large for its
// type (a CAST or an arithmetic result): the Hive-compatible edition makes
// such a value NULL instead (see nullOnDecimalRange).
type decimalRangeError struct{ error }

func (e decimalRangeError) Unwrap() error { return e.error }

// nullOnDecimalRange turns fn's DECIMAL range errors into NULL. The
// MaxCompute V2.0 data type edition page: in the Hive-compatible edition,
// "If the integer part exceeds the limit, no error is reported, but the
// input data becomes NULL values" (digits past the scale are rounded, as
// in every edition).
func nullOnDecimalRange(fn func(Value) (Value, error)) func(Value) (Value, error) {
	return func(v Value) (Value, error) { return nullIfRange(fn(v)) }
}

// nullOnDecimalRange2 is nullOnDecimalRange for a binary operator.
func nullOnDecimalRange2(fn func(a, b Value) (Value, error)) func(a, b Value) (Value, error) {
	return func(a, b Value) (Value, error) { return nullIfRange(fn(a, b)) }
}

func nullIfRange(v Value, err error) (Value, error) {
	var re decimalRangeError
	if errors.As(err, &re) {
		return nil, nil
	}
	return v, err
}

// wrappingArith is + - * on integers of kind k with two's-complement
// wraparound, as Java computes them: 9223372036854775807 + 1 is
// -9223372036854775808, and an INT result wraps within 32 bits.
func wrappingArith(op string, k Kind) func(a, b Value) (Value, error) {
	return func(av, bv Value) (Value, error) {
		a, ok1 := av.(int64)
		b, ok2 := bv.(int64)
		if !ok1 || !ok2 {
			return nil, wrongValue(av, Type{Kind: k})
		}
		var r int64
		switch op {
		case "+":
			r = a + b
		case "-":
			r = a - b
		default:
			r = a * b
		}
		return wrapTo(r, k), nil
	}
}

// wrapTo keeps the low bits of r that kind k holds, sign-extended.
func wrapTo(r int64, k Kind) int64 {
	switch k {
	case KindTinyint:
		return int64(int8(r))
	case KindSmallint:
		return int64(int16(r))
	case KindInt:
		return int64(int32(r))
	}
	return r
}

// intOp computes a op b; false on int64 overflow or division by zero.
func intOp(op string, a, b int64) (int64, bool) {
	switch op {
	case "+":
		r := a + b
		return r, (r > a) == (b > 0)
	case "-":
		r := a - b
		return r, (r < a) == (b > 0)
	case "*":
		if a == 0 || b == 0 {
			return 0, true
		}
		r := a * b
		return r, r/b == a && !(a == -1 && b == math.MinInt64) && !(b == -1 && a == math.MinInt64)
	case "%":
		if b == 0 {
			return 0, false
		}
		return a % b, true
	case "DIV":
		if b == 0 || a == math.MinInt64 && b == -1 {
			return 0, false
		}
		return a / b, true
	}
	return 0, false
}

// doubleArith returns op on doubles; DIV truncates the quotient to BIGINT.
// Division and modulo by zero are NULL.
func doubleArith(op string) func(a, b Value) (Value, error) {
	return func(av, bv Value) (Value, error) {
		a, ok1 := av.(float64)
		b, ok2 := bv.(float64)
		if !ok1 || !ok2 {
			return nil, wrongValue(av, DoubleType)
		}
		switch op {
		case "+":
			return a + b, nil
		case "-":
			return a - b, nil
		case "*":
			return a * b, nil
		}
		if b == 0 {
			return nil, nil
		}
		switch op {
		case "/":
			return a / b, nil
		case "%":
			return math.Mod(a, b), nil
		}
		q, ok := floatToInt(a/b, true)
		if !ok {
			return nil, overflowError(KindBigint, op, javaDouble(a), javaDouble(b))
		}
		return q, nil
	}
}

// decimalScale is the scale of a op b for operand scales sa and sb:
// the larger for + - %, the sum for *, at least 6 for /; never above 18.
func decimalScale(op string, sa, sb int) int {
	s := max(sa, sb)
	switch op {
	case "*":
		s = sa + sb
	case "/":
		s = max(s, 6)
	}
	return min(s, maxDecimalScale)
}

// decimalArith returns op on decimals; DIV truncates the quotient to BIGINT.
// Division and modulo by zero are NULL.
func decimalArith(op string) func(a, b Value) (Value, error) {
	return func(av, bv Value) (Value, error) {
		a, ok1 := av.(Decimal)
		b, ok2 := bv.(Decimal)
		if !ok1 || !ok2 {
			return nil, wrongValue(av, DecimalType)
		}
		x, y := ratOf(a), ratOf(b)
		if y.Sign() == 0 && (op == "/" || op == "%" || op == "DIV") {
			return nil, nil
		}
		r := new(big.Rat)
		switch op {
		case "+":
			r.Add(x, y)
		case "-":
			r.Sub(x, y)
		case "*":
			r.Mul(x, y)
		case "/", "DIV":
			r.Quo(x, y)
		case "%":
			q := new(big.Int).Quo(new(big.Int).Mul(x.Num(), y.Denom()), new(big.Int).Mul(x.Denom(), y.Num()))
			r.Sub(x, new(big.Rat).Mul(y, new(big.Rat).SetInt(q)))
		}
		if op == "DIV" {
			q, ok := decimalToInt(Decimal{Rat: r})
			if !ok {
				return nil, overflowError(KindBigint, op, decimalText(a), decimalText(b))
			}
			return q, nil
		}
		d, ok := fitDecimal(Decimal{Rat: r, Scale: decimalScale(op, a.Scale, b.Scale)}, DecimalType)
		if !ok {
			return nil, decimalRangeError{overflowError(KindDecimal, op, decimalText(a), decimalText(b))}
		}
		return d, nil
	}
}

// concatFn is || on strings, or on binaries when both sides are BINARY.
func concatFn(binary bool) func(a, b Value) (Value, error) {
	if binary {
		return func(a, b Value) (Value, error) {
			x, ok1 := a.([]byte)
			y, ok2 := b.([]byte)
			if !ok1 || !ok2 {
				return nil, wrongValue(a, BinaryType)
			}
			if err := CheckStringSize("||", true, int64(len(x))+int64(len(y))); err != nil {
				return nil, err
			}
			return append(append(make([]byte, 0, len(x)+len(y)), x...), y...), nil
		}
	}
	return func(a, b Value) (Value, error) {
		x, ok1 := a.(string)
		y, ok2 := b.(string)
		if !ok1 || !ok2 {
			return nil, wrongValue(a, StringType)
		}
		if err := CheckStringSize("||", false, int64(len(x))+int64(len(y))); err != nil {
			return nil, err
		}
		return x + y, nil
	}
}

// bitwiseFn is & | ^ on BIGINT.
func bitwiseFn(op string) func(a, b Value) (Value, error) {
	return func(av, bv Value) (Value, error) {
		a, ok1 := av.(int64)
		b, ok2 := bv.(int64)
		if !ok1 || !ok2 {
			return nil, wrongValue(av, BigintType)
		}
		switch op {
		case "&":
			return a & b, nil
		case "|":
			return a | b, nil
		}
		return a ^ b, nil
	}
}

// negate returns -x for a numeric kind; integers are range-checked.
func negate(k Kind) func(Value) (Value, error) {
	return func(v Value) (Value, error) {
		switch x := v.(type) {
		case int64:
			if x == math.MinInt64 || !inRange(-x, k) {
				return nil, InvalidArgument("%s overflow in '-(%s)'", strings.ToLower(k.String()), strconv.FormatInt(x, 10))
			}
			return -x, nil
		case float64:
			return -x, nil
		case Decimal:
			return Decimal{Rat: new(big.Rat).Neg(ratOf(x)), Scale: x.Scale}, nil
		}
		return nil, wrongValue(v, Type{Kind: k})
	}
}

// bitNot is ~ on BIGINT.
func bitNot(v Value) (Value, error) {
	x, ok := v.(int64)
	if !ok {
		return nil, wrongValue(v, BigintType)
	}
	return ^x, nil
}
