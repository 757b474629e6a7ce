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
	numbers := append(append(append(append([]eval.Kind{}, integerKinds...), doubleKinds...), decimalKinds...), stringKinds...)
	r.Register(fn("FORMAT_NUMBER", "STRING FORMAT_NUMBER(DOUBLE|BIGINT|DECIMAL|STRING x, INT d | STRING pattern)",
		"x with thousands separators rounded (half-even) to d decimals (0 to 340), or formatted by a pattern like '#,###.##'",
		"select format_number(12332.123456, 4); -- 12,332.1235",
		&eval.Overload{Params: []eval.Param{p("x", numbers), p("d", integerKinds)}, Result: eval.StringType,
			Impl: formatNumberImpl, Prepare: prepareFormatNumber},
		&eval.Overload{Params: []eval.Param{p("x", numbers), p("pattern", stringKinds)}, Result: eval.StringType,
			Impl: formatNumberImpl, Prepare: prepareFormatNumber},
	))
	r.Register(fn("FORMAT_STRING", "STRING FORMAT_STRING(STRING format, BIGINT|INT|SMALLINT|STRING|ARRAY value)",
		"value formatted by format: %d, %'d (thousands separators), %0<n>d, %s, %t (any value as text); NULL is an error",
		"select format_string('%05d', 123); -- 00123",
		&eval.Overload{Generic: formatStringTypes, NullSafe: true, Impl: formatStringImpl, Prepare: prepareFormatString},
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
	digits := roundHalfEven(new(big.Rat).Abs(r), s.maxFrac) // |r| * 10^maxFrac, rounded
	text := digits.String()
	for len(text) <= s.maxFrac {
		text = "0" + text
	}
	intText, frac := text[:len(text)-s.maxFrac], text[len(text)-s.maxFrac:]
	for len(frac) > s.minFrac && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	intText = strings.TrimLeft(intText, "0")
	for len(intText) < s.minInt {
		intText = "0" + intText
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

// roundHalfEven returns r*10^places rounded to an integer, ties to even
// (Java's DecimalFormat default).
func roundHalfEven(r *big.Rat, places int) *big.Int {
	scaled := new(big.Rat).Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)))
	q, m := new(big.Int).QuoRem(scaled.Num(), scaled.Denom(), new(big.Int))
	twice := new(big.Int).Mul(m, big.NewInt(2))
	switch twice.Cmp(scaled.Denom()) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
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

// numberValue returns x's exact value. Doubles keep their binary value
// exactly, as Java's DecimalFormat rounds it; strings are read as doubles.
// NaN and infinities come back as text.
func numberValue(x eval.Value) (*big.Rat, bool, string, error) {
	switch v := x.(type) {
	case int64:
		return new(big.Rat).SetInt64(v), v < 0, "", nil
	case eval.Decimal:
		if v.Rat == nil {
			return new(big.Rat), false, "", nil
		}
		return v.Rat, v.Rat.Sign() < 0, "", nil
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil {
			return nil, false, "", invalidArg("format_number: '%s' is not a number", v)
		}
		return numberValue(f)
	case float64:
		switch {
		case math.IsNaN(v):
			return nil, false, "NaN", nil
		case math.IsInf(v, 1):
			return nil, false, "∞", nil
		case math.IsInf(v, -1):
			return nil, false, "-∞", nil
		}
		return new(big.Rat).SetFloat64(v), math.Signbit(v) && v != 0, "", nil
	}
	return nil, false, "", internalError("format_number of a %T value", x)
}

func formatNumberWith(spec *numberSpec, x eval.Value) (eval.Value, error) {
	r, neg, special, err := numberValue(x)
	if err != nil || special != "" {
		return special, err
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

func formatNumberImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 2 {
		return nil, internalError("got %d arguments, want 2", len(args))
	}
	spec, err := specOf(args[1])
	if err != nil {
		return nil, err
	}
	return formatNumberWith(spec, args[0])
}

// prepareFormatNumber reads a constant decimals count or pattern once.
func prepareFormatNumber(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	if !isConst[1] || consts[1] == nil {
		return formatNumberImpl, nil
	}
	spec, err := specOf(consts[1])
	if err != nil {
		return nil, err
	}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		return formatNumberWith(spec, args[0])
	}, nil
}
