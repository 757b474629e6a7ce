package eval

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Limits of MaxCompute's DECIMAL: 38 significant digits. An unparameterized
// DECIMAL keeps its value's own scale, but at most 18 digits after the point
// (the scale of MaxCompute's default DECIMAL(38,18)).
const (
	maxDecimalPrecision = 38
	maxDecimalScale     = 18
	// maxDecimalExponent bounds the exponent accepted in decimal text, so
	// that CAST('1e999999999' AS DECIMAL) fails instead of building a
	// billion-digit number.
	maxDecimalExponent = 400
)

var bigTen = big.NewInt(10)

// pow10 returns 10^n as a big.Int.
func pow10(n int) *big.Int {
	return new(big.Int).Exp(bigTen, big.NewInt(int64(n)), nil)
}

// parseDecimalText parses [+-]digits[.digits][e[+-]digits] exactly. The
// scale is the number of digits after the point, less the exponent.
func parseDecimalText(s string) (Decimal, bool) {
	mant, exp, ok := splitDecimalText(s)
	if !ok {
		return Decimal{}, false
	}
	neg := false
	if mant[0] == '+' || mant[0] == '-' {
		neg, mant = mant[0] == '-', mant[1:]
	}
	intPart, fracPart, _ := strings.Cut(mant, ".")
	if intPart == "" && fracPart == "" || !allDigits(intPart) || !allDigits(fracPart) {
		return Decimal{}, false
	}
	n, _ := new(big.Int).SetString(intPart+fracPart, 10)
	if neg {
		n.Neg(n)
	}
	shift := exp - len(fracPart)
	r := new(big.Rat).SetInt(n)
	if shift > 0 {
		r.Mul(r, new(big.Rat).SetInt(pow10(shift)))
	} else if shift < 0 {
		r.Quo(r, new(big.Rat).SetInt(pow10(-shift)))
	}
	return Decimal{Rat: r, Scale: max(0, -shift)}, true
}

// splitDecimalText separates the mantissa from an optional exponent.
func splitDecimalText(s string) (string, int, bool) {
	if s == "" {
		return "", 0, false
	}
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return s, 0, true
	}
	exp, err := strconv.Atoi(s[i+1:])
	if err != nil || i == 0 || exp > maxDecimalExponent || exp < -maxDecimalExponent {
		return "", 0, false
	}
	return s[:i], exp, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// roundRat rounds r to scale digits after the point, halves away from
// zero (MaxCompute's HALF_UP).
func roundRat(r *big.Rat, scale int) *big.Rat {
	m := pow10(scale)
	num := new(big.Int).Mul(r.Num(), m)
	den := r.Denom()
	q, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	// |rem| * 2 >= den means the dropped part is at least one half.
	rem.Abs(rem).Lsh(rem, 1)
	if rem.Cmp(den) >= 0 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return new(big.Rat).SetFrac(q, m)
}

// intDigits counts the digits of r's integer part (0 when |r| < 1).
func intDigits(r *big.Rat) int {
	q := new(big.Int).Quo(r.Num(), r.Denom())
	if q.Sign() == 0 {
		return 0
	}
	return len(q.Abs(q).String())
}

// fitDecimal rounds d to the scale of t and checks its precision. For the
// unparameterized DECIMAL the value keeps its scale (at most 18) and may
// have up to 38 digits in all.
func fitDecimal(d Decimal, t Type) (Decimal, bool) {
	scale := min(max(d.Scale, 0), maxDecimalScale)
	intLimit := maxDecimalPrecision - scale
	if t.Precision > 0 {
		scale, intLimit = t.Scale, t.Precision-t.Scale
	}
	r := roundRat(ratOf(d), scale)
	if intDigits(r) > intLimit {
		return Decimal{}, false
	}
	return Decimal{Rat: r, Scale: scale}, true
}

// decimalText renders d with exactly d.Scale digits after the point.
func decimalText(d Decimal) string {
	return ratOf(d).FloatString(max(d.Scale, 0))
}

// decimalFromInt converts an integer exactly (scale 0).
func decimalFromInt(i int64) Decimal {
	return Decimal{Rat: new(big.Rat).SetInt64(i), Scale: 0}
}

// decimalFromFloat converts f through its shortest decimal text, so that
// 0.1 becomes 0.1 and not 0.1000000000000000055511151231257827.
func decimalFromFloat(f float64, bits int) (Decimal, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return Decimal{}, false
	}
	return parseDecimalText(strconv.FormatFloat(f, 'e', -1, bits))
}

// decimalToInt truncates d toward zero; false when it does not fit int64.
func decimalToInt(d Decimal) (int64, bool) {
	r := ratOf(d)
	q := new(big.Int).Quo(r.Num(), r.Denom())
	if !q.IsInt64() {
		return 0, false
	}
	return q.Int64(), true
}

// decimalToFloat returns the float64 nearest to d.
func decimalToFloat(d Decimal) float64 {
	f, _ := ratOf(d).Float64()
	return f
}

// ratOf returns d's value, zero for a zero Decimal{}.
func ratOf(d Decimal) *big.Rat {
	if d.Rat == nil {
		return new(big.Rat)
	}
	return d.Rat
}
