package eval

import (
	"math"
	"strconv"
	"strings"
)

// javaDouble renders f as Java's Double.toString does (JDK 19 and later,
// which print the shortest decimal that reads back as f).
func javaDouble(f float64) string { return javaFloatText(f, 64) }

// javaFloat renders f as Java's Float.toString (the shortest decimal that
// reads back as the same float32), except that a whole number in plain
// notation drops its ".0": MaxCompute prints the FLOAT -1 as -1 (the math
// functions page's sample table, and hex(cast(-1 as float)) = 2D31 there),
// while the DOUBLE -1 prints as -1.0.
func javaFloat(f float32) string {
	s := javaFloatText(float64(f), 32)
	if !strings.ContainsAny(s, "EN") { // not 1.0E10, NaN or Infinity
		s = strings.TrimSuffix(s, ".0")
	}
	return s
}

func javaFloatText(f float64, bits int) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		if math.Signbit(f) {
			return "-0.0"
		}
		return "0.0"
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	digits, exp := javaDigits(f, bits)
	// Java prints plain notation for 10^-3 <= |f| < 10^7 and computerized
	// scientific notation otherwise.
	if exp >= -3 && exp < 7 {
		return sign + plainDigits(digits, exp)
	}
	frac := digits[1:]
	if frac == "" {
		frac = "0"
	}
	return sign + digits[:1] + "." + frac + "E" + strconv.Itoa(exp)
}

// javaDigits returns the significant digits of f > 0 (no trailing zeros)
// and the decimal exponent of the first one. Java picks the shortest
// decimal that rounds to f, except that a one-digit shortest is replaced by
// the closest two-digit decimal: Double.MIN_VALUE is 4.9E-324, not 5.0E-324.
func javaDigits(f float64, bits int) (string, int) {
	s := strconv.FormatFloat(f, 'e', -1, bits)
	mant, exp := splitExp(s)
	if len(mant) == 1 {
		mant, exp = splitExp(strconv.FormatFloat(f, 'e', 1, bits))
	}
	mant = strings.TrimRight(mant, "0")
	if mant == "" {
		mant = "0"
	}
	return mant, exp
}

// splitExp splits strconv's "d.ddde±xx" into "dddd" and the exponent.
func splitExp(s string) (string, int) {
	i := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[i+1:])
	return strings.Replace(s[:i], ".", "", 1), exp
}

// plainDigits places the decimal point in digits (first digit at 10^exp),
// always with at least one digit on each side.
func plainDigits(digits string, exp int) string {
	if exp < 0 {
		return "0." + strings.Repeat("0", -exp-1) + digits
	}
	if len(digits) <= exp+1 {
		return digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	}
	return digits[:exp+1] + "." + digits[exp+1:]
}
