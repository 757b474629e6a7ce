package functions

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// registerStringFormat adds FORMAT_NUMBER (format_number.go holds the
// number pattern) and FORMAT_STRING.
func registerStringFormat(r registrar) {
	numbers := append(append(append(append([]eval.Kind{}, integerKinds...), eval.KindDouble), decimalKinds...), stringKinds...)
	overloads := func(x []eval.Kind, bits int) []*eval.Overload {
		return []*eval.Overload{
			{Params: []eval.Param{p("x", x), p("d", integerKinds)}, Result: eval.StringType,
				Impl: formatNumberImpl(bits), Prepare: prepareFormatNumber(bits)},
			{Params: []eval.Param{p("x", x), p("pattern", stringKinds)}, Result: eval.StringType,
				Impl: formatNumberImpl(bits), Prepare: prepareFormatNumber(bits)},
		}
	}
	r.Register(fn("FORMAT_NUMBER", "STRING FORMAT_NUMBER(DOUBLE|FLOAT|BIGINT|DECIMAL|STRING x, INT d | STRING pattern)",
		"x with thousands separators rounded (half up) to d decimals (0 to 340), or formatted by a pattern like '#,###.##'",
		"select format_number(12332.123456, 4); -- 12,332.1235",
		append(overloads(floatKinds, 32), overloads(numbers, 64)...)...,
	))
	r.Register(fn("FORMAT_STRING", "STRING FORMAT_STRING(STRING format, BIGINT|INT|SMALLINT|STRING|ARRAY value)",
		"value formatted by format: %d, %'d (thousands separators), %0<n>d, %s, %t (any value as text); NULL is an error",
		"select format_string('%05d', 123); -- 00123",
		&eval.Overload{Bind: eval.BindTypes(formatStringTypes), NullSafe: true, Impl: formatStringImpl, Prepare: prepareFormatString},
	))
}

// numberSpec is a parsed number pattern (a subset of Java's DecimalFormat,
// which Hive's FORMAT_NUMBER uses).
type numberSpec struct {
	prefix, suffix   string
	grouping         int // digits per group; 0 for none
	minInt           int
	minFrac, maxFrac int
	percent          bool
}

// decimalsSpec is the pattern FORMAT_NUMBER(x, d) uses: #,##0.00…0.
func decimalsSpec(d int64) (*numberSpec, error) {
	if d < 0 || d > 340 {
		return nil, invalidArg("format_number: the number of decimal places must be between 0 and 340, got %d", d)
	}
	return &numberSpec{grouping: 3, minInt: 1, minFrac: int(d), maxFrac: int(d)}, nil
}

// parseNumberPattern reads prefix, digits (# 0 , .) and suffix; a
// negative subpattern after ';' is ignored (the minus sign is used).
func parseNumberPattern(pat string) (*numberSpec, error) {
	if i := strings.IndexByte(pat, ';'); i >= 0 {
		pat = pat[:i]
	}
	first := strings.IndexAny(pat, "#0,.")
	if first < 0 {
		return nil, invalidArg("format_number: pattern '%s' has no digits; write it like '#,###,###.##'", pat)
	}
	last := strings.LastIndexAny(pat, "#0,.")
	spec := &numberSpec{prefix: pat[:first], suffix: pat[last+1:]}
	spec.percent = strings.Contains(spec.prefix+spec.suffix, "%")
	intPart, fracPart, hasPoint := strings.Cut(pat[first:last+1], ".")
	if hasPoint && strings.ContainsAny(fracPart, ".,") {
		return nil, invalidArg("format_number: pattern '%s' is malformed: digits after the point may only be 0 or #", pat)
	}
	if i := strings.LastIndexByte(intPart, ','); i >= 0 {
		spec.grouping = len(intPart) - i - 1
	}
	spec.minInt = strings.Count(intPart, "0")
	spec.minFrac = strings.Count(fracPart, "0")
	spec.maxFrac = spec.minFrac + strings.Count(fracPart, "#")
	// Java's DecimalFormat (which FORMAT_NUMBER follows) keeps at most 340
	// fraction digits of a double, as the d form does; more zeros on either
	// side only pad, so a bigger pattern is refused rather than padded.
	if spec.maxFrac > 340 || spec.minInt > 340 {
		return nil, invalidArg("format_number: pattern '%s' has more than 340 digit places on one side of the point; use at most 340", quoteShortPattern(pat))
	}
	if strings.Contains(strings.TrimRight(fracPart, "#"), "#") {
		return nil, invalidArg("format_number: pattern '%s' is malformed: '0' may not follow '#' after the point", pat)
	}
	return spec, nil
}

// format renders r (negative when neg; neg also covers -0 results).
func (s *numberSpec) format(r *big.Rat, neg bool) string {
	if s.percent {
		r = new(big.Rat).Mul(r, big.NewRat(100, 1))
	}
	digits := roundHalfUp(new(big.Rat).Abs(r), s.maxFrac) // |r| * 10^maxFrac, rounded
	text := digits.String()
	if len(text) <= s.maxFrac {
		text = strings.Repeat("0", s.maxFrac+1-len(text)) + text
	}
	intText, frac := text[:len(text)-s.maxFrac], text[len(text)-s.maxFrac:]
	for len(frac) > s.minFrac && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	intText = strings.TrimLeft(intText, "0")
	if len(intText) < s.minInt {
		intText = strings.Repeat("0", s.minInt-len(intText)) + intText
	}
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	sb.WriteString(s.prefix)
	sb.WriteString(groupDigits(intText, s.grouping))
	if frac != "" {
		sb.WriteByte('.')
		sb.WriteString(frac)
	}
	sb.WriteString(s.suffix)
	return sb.String()
}

// roundHalfUp returns r*10^places rounded to an integer, ties away from
// zero: the FORMAT_NUMBER page's table rounds DECIMAL 20.45 to one place
// as 20.5 and FLOAT -7.5 to none as -8.
func roundHalfUp(r *big.Rat, places int) *big.Int {
	scaled := new(big.Rat).Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)))
	q, m := new(big.Int).QuoRem(scaled.Num(), scaled.Denom(), new(big.Int))
	if new(big.Int).Mul(m, big.NewInt(2)).CmpAbs(scaled.Denom()) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// groupDigits inserts commas every size digits from the right.
func groupDigits(s string, size int) string {
	if size <= 0 || len(s) <= size {
		return s
	}
	var sb strings.Builder
	head := len(s) % size
	if head > 0 {
		sb.WriteString(s[:head])
	}
	for i := head; i < len(s); i += size {
		if sb.Len() > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(s[i : i+size])
	}
	return sb.String()
}

// numberValue returns x's value. A DOUBLE or FLOAT counts as its shortest
// decimal text (0.525 is 0.525, not the binary value just above it), as
// the page's table shows; a string is read as a DOUBLE, and an empty one is
// NULL (the page's format_number(”, 3)). NaN and infinities come back as
// text.
func numberValue(x eval.Value, bits int) (*big.Rat, bool, string, bool, error) {
	switch v := x.(type) {
	case int64:
		return new(big.Rat).SetInt64(v), v < 0, "", true, nil
	case eval.Decimal:
		if v.Rat == nil {
			return new(big.Rat), false, "", true, nil
		}
		return v.Rat, v.Rat.Sign() < 0, "", true, nil
	case string:
		if strings.TrimSpace(v) == "" {
			return nil, false, "", false, nil
		}
		f, err := eval.ParseDouble(v)
		if err != nil {
			return nil, false, "", false, invalidArg("format_number: '%s' is not a number", v)
		}
		return numberValue(f, 64)
	case float64:
		switch {
		case math.IsNaN(v):
			return nil, false, "NaN", true, nil
		case math.IsInf(v, 1):
			return nil, false, "∞", true, nil
		case math.IsInf(v, -1):
			return nil, false, "-∞", true, nil
		}
		r, _ := new(big.Rat).SetString(strconv.FormatFloat(v, 'e', -1, bits))
		return r, math.Signbit(v) && v != 0, "", true, nil
	}
	return nil, false, "", false, internalError("format_number of a %T value", x)
}

func formatNumberWith(spec *numberSpec, x eval.Value, bits int) (eval.Value, error) {
	r, neg, special, ok, err := numberValue(x, bits)
	switch {
	case err != nil:
		return nil, err
	case !ok:
		return nil, nil
	case special != "":
		return special, nil
	}
	return spec.format(r, neg), nil
}

// specOf reads FORMAT_NUMBER's second argument: decimals or a pattern.
func specOf(v eval.Value) (*numberSpec, error) {
	switch d := v.(type) {
	case int64:
		return decimalsSpec(d)
	case string:
		return parseNumberPattern(d)
	}
	return nil, internalError("format_number: argument 2 is %T", v)
}

// formatNumberImpl formats a value whose floats, if any, are DOUBLE (bits
// 64) or FLOAT (bits 32): their shortest text differs.
func formatNumberImpl(bits int) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if len(args) != 2 {
			return nil, internalError("got %d arguments, want 2", len(args))
		}
		spec, err := specOf(args[1])
		if err != nil {
			return nil, err
		}
		return formatNumberWith(spec, args[0], bits)
	}
}

// prepareFormatNumber reads a constant decimals count or pattern once.
func prepareFormatNumber(bits int) func(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error) {
	return func(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		if !isConst[1] || consts[1] == nil {
			return formatNumberImpl(bits), nil
		}
		spec, err := specOf(consts[1])
		if err != nil {
			return nil, err
		}
		return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			return formatNumberWith(spec, args[0], bits)
		}, nil
	}
}

// quoteShortPattern shortens a long pattern for an error message.
func quoteShortPattern(pat string) string {
	if len(pat) > 40 {
		return pat[:40] + "..."
	}
	return pat
}
