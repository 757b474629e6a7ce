package eval

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Per-target conversions. Each returns nil when no rule converts from.

// intRange is the range of values of an integer kind.
func intRange(k Kind) (lo, hi int64) {
	switch k {
	case KindTinyint:
		return math.MinInt8, math.MaxInt8
	case KindSmallint:
		return math.MinInt16, math.MaxInt16
	case KindInt:
		return math.MinInt32, math.MaxInt32
	}
	return math.MinInt64, math.MaxInt64
}

func inRange(i int64, k Kind) bool {
	lo, hi := intRange(k)
	return i >= lo && i <= hi
}

func toInteger(from, to Type) convFn {
	var get func(Value) (int64, bool)
	switch k := from.Kind; {
	case k.IsInteger():
		get = func(v Value) (int64, bool) { i, ok := v.(int64); return i, ok }
	case k == KindFloat || k == KindDouble:
		get = func(v Value) (int64, bool) { f, ok := v.(float64); return floatToInt(f, ok) }
	case k == KindDecimal:
		get = func(v Value) (int64, bool) {
			d, ok := v.(Decimal)
			if !ok {
				return 0, false
			}
			return decimalToInt(d)
		}
	case k.IsString():
		get = func(v Value) (int64, bool) { s, ok := v.(string); return parseIntegerText(s, ok) }
	case k == KindBoolean:
		get = func(v Value) (int64, bool) { b, ok := v.(bool); return boolToInt(b), ok }
	default:
		return nil
	}
	return func(v Value) (Value, error) {
		i, ok := get(v)
		if !ok || !inRange(i, to.Kind) {
			return nil, castError(v, from, to)
		}
		return i, nil
	}
}

// floatToInt truncates toward zero; false for NaN, infinities and values
// outside BIGINT.
func floatToInt(f float64, ok bool) (int64, bool) {
	f = math.Trunc(f)
	if !ok || math.IsNaN(f) || f < -(1<<63) || f >= 1<<63 {
		return 0, false
	}
	return int64(f), true
}

// parseIntegerText reads an integer the way CAST does: surrounding spaces
// are ignored and a decimal fraction is truncated ('1.6' is 1).
func parseIntegerText(s string, ok bool) (int64, bool) {
	if !ok {
		return 0, false
	}
	s = strings.TrimSpace(s)
	if i, err := strconv.ParseInt(s, 10, 64); err == nil {
		return i, true
	}
	d, ok := parseDecimalText(s)
	if !ok {
		return 0, false
	}
	return decimalToInt(d)
}

func boolToInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func toFloat(from, to Type) convFn {
	var get func(Value) (float64, bool)
	switch k := from.Kind; {
	case k.IsInteger():
		get = func(v Value) (float64, bool) { i, ok := v.(int64); return float64(i), ok }
	case k == KindFloat || k == KindDouble:
		get = func(v Value) (float64, bool) { f, ok := v.(float64); return f, ok }
	case k == KindDecimal:
		get = func(v Value) (float64, bool) { d, ok := v.(Decimal); return decimalToFloat(d), ok }
	case k.IsString():
		get = func(v Value) (float64, bool) { s, ok := v.(string); return parseFloatText(s, ok) }
	case k == KindBoolean:
		get = func(v Value) (float64, bool) { b, ok := v.(bool); return float64(boolToInt(b)), ok }
	default:
		return nil
	}
	return func(v Value) (Value, error) {
		f, ok := get(v)
		if ok && to.Kind == KindFloat {
			f32 := float32(f)
			// A finite double beyond FLOAT's range does not fit.
			ok = !math.IsInf(float64(f32), 0) || math.IsInf(f, 0)
			f = float64(f32)
		}
		if !ok {
			return nil, castError(v, from, to)
		}
		return f, nil
	}
}

// parseFloatText reads a number with surrounding spaces; Java's NaN and
// Infinity spellings are accepted.
func parseFloatText(s string, ok bool) (float64, bool) {
	if !ok {
		return 0, false
	}
	f, err := ParseDouble(s)
	if err != nil && !isRangeError(err) {
		return 0, false
	}
	return f, true
}

// ParseDouble reads text as a DOUBLE, surrounding spaces ignored. It is
// strconv.ParseFloat without Go's digit separators: ParseFloat reads
// "1_000" as 1000, which no SQL engine (nor Java's Double.parseDouble)
// takes for a number. Out-of-range text gives ±Inf or 0 with strconv's
// range error, as ParseFloat does.
func ParseDouble(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if strings.IndexByte(s, '_') >= 0 {
		return 0, &strconv.NumError{Func: "ParseFloat", Num: s, Err: strconv.ErrSyntax}
	}
	return strconv.ParseFloat(s, 64)
}

// isRangeError reports strconv's out-of-range error: like Java, a huge
// number reads as Infinity and a tiny one as 0.
func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func toDecimal(from, to Type) convFn {
	var get func(Value) (Decimal, bool)
	switch k := from.Kind; {
	case k.IsInteger():
		get = func(v Value) (Decimal, bool) { i, ok := v.(int64); return decimalFromInt(i), ok }
	case k == KindFloat || k == KindDouble:
		bits := 64
		if k == KindFloat {
			bits = 32
		}
		get = func(v Value) (Decimal, bool) {
			f, ok := v.(float64)
			if !ok {
				return Decimal{}, false
			}
			return decimalFromFloat(f, bits)
		}
	case k == KindDecimal:
		get = func(v Value) (Decimal, bool) { d, ok := v.(Decimal); return d, ok }
	case k.IsString():
		get = func(v Value) (Decimal, bool) {
			s, ok := v.(string)
			if !ok {
				return Decimal{}, false
			}
			return parseDecimalText(strings.TrimSpace(s))
		}
	case k == KindBoolean:
		get = func(v Value) (Decimal, bool) { b, ok := v.(bool); return decimalFromInt(boolToInt(b)), ok }
	default:
		return nil
	}
	return func(v Value) (Value, error) {
		d, ok := get(v)
		if !ok {
			return nil, castError(v, from, to)
		}
		if d, ok = fitDecimal(d, to); !ok {
			return nil, decimalRangeError{castError(v, from, to)}
		}
		return d, nil
	}
}

func toString(from Type) convFn {
	switch k := from.Kind; {
	case k.IsString():
		return identity
	case k == KindBinary:
		return func(v Value) (Value, error) {
			b, ok := v.([]byte)
			if !ok {
				return nil, wrongValue(v, from)
			}
			return string(b), nil
		}
	case k.IsNumeric() || k == KindBoolean || k.IsTime():
		return func(v Value) (Value, error) { return FormatValue(v, from), nil }
	}
	return nil
}

// toChars converts to VARCHAR(n) or CHAR(n): through STRING, then cut to n
// characters; CHAR pads with spaces to n. A zero length means unbounded.
func toChars(from, to Type) convFn {
	str := toString(from)
	if str == nil {
		return nil
	}
	return func(v Value) (Value, error) {
		s, err := str(v)
		if err != nil {
			return nil, err
		}
		str, ok := s.(string)
		if !ok {
			return nil, wrongValue(v, from)
		}
		return fitChars(str, to), nil
	}
}

func fitChars(s string, t Type) string {
	if t.Len <= 0 {
		return s
	}
	n := 0
	for i := range s {
		if n == t.Len {
			return s[:i]
		}
		n++
	}
	if t.Kind == KindChar && n < t.Len {
		return s + strings.Repeat(" ", t.Len-utf8.RuneCountInString(s))
	}
	return s
}

func toBoolean(from Type) convFn {
	var get func(Value) (bool, bool)
	switch k := from.Kind; {
	case k.IsInteger():
		get = func(v Value) (bool, bool) { i, ok := v.(int64); return i != 0, ok }
	case k == KindFloat || k == KindDouble:
		get = func(v Value) (bool, bool) { f, ok := v.(float64); return f != 0, ok }
	case k == KindDecimal:
		get = func(v Value) (bool, bool) { d, ok := v.(Decimal); return ratOf(d).Sign() != 0, ok }
	case k.IsString():
		get = func(v Value) (bool, bool) { s, ok := v.(string); return s != "", ok }
	default:
		return nil
	}
	return func(v Value) (Value, error) {
		b, ok := get(v)
		if !ok {
			return nil, wrongValue(v, from)
		}
		return b, nil
	}
}

func toBinary(from Type) convFn {
	if !from.Kind.IsString() {
		return nil
	}
	return func(v Value) (Value, error) {
		s, ok := v.(string)
		if !ok {
			return nil, wrongValue(v, from)
		}
		return []byte(s), nil
	}
}

// flagDecimalTrimZero controls CAST(decimal AS STRING): DECIMALs print
// without the zeros that end their fraction unless the session sets it to
// false (the CAST page's Example 7; its newest version applies the flag to
// table data and literals alike).
const flagDecimalTrimZero = "odps.sql.decimal.tostring.trimzero"

// decimalWithScale is CAST(decimal AS STRING) under trimzero=false: every
// digit of the scale is kept, so 12.340 stays 12.340.
func decimalWithScale(from Type) convFn {
	return func(v Value) (Value, error) {
		d, ok := v.(Decimal)
		if !ok {
			return nil, wrongValue(v, from)
		}
		return decimalText(d), nil
	}
}

func toTime(from, to Type) convFn {
	switch k := from.Kind; {
	case k.IsString():
		return func(v Value) (Value, error) {
			s, _ := v.(string)
			if to.Kind == KindDate {
				return stringToDate(s, from, to, false)
			}
			t, ok := parseTimeText(s, to.Kind)
			if !ok {
				return nil, castError(v, from, to)
			}
			return t, nil
		}
	case k.IsTime():
		return func(v Value) (Value, error) {
			t, ok := v.(time.Time)
			if !ok {
				return nil, wrongValue(v, from)
			}
			return convertTime(t, to.Kind), nil
		}
	}
	return nil
}

// stringToDate is CAST(string AS DATE). The CAST page: 'yyyy-mm-dd' is a
// date; a text with hours, minutes and seconds ('2022-12-20 00:01:01')
// gives NULL unless odps.sql.executionengine.enable.string.to.date.full.format
// is true, when its date is kept; any other text fails.
func stringToDate(s string, from, to Type, fullFormat bool) (Value, error) {
	if t, ok := parseTimeText(s, KindDate); ok {
		return t, nil
	}
	if t, ok := parseTimeText(s, KindTimestamp); ok {
		if fullFormat {
			return convertTime(t, KindDate), nil
		}
		return nil, nil
	}
	return nil, castError(s, from, to)
}
