package eval

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// quotedPrintable renders BINARY as odpscmd does: bytes 33–60, 62–123, 125
// and 126 as themselves, every other byte (space, '=', '|', DEL, controls,
// 0x80 and above) as '=' and two upper-case hex digits, without wrapping.
func quotedPrintable(b []byte) string {
	const hexDigits = "0123456789ABCDEF"
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		if c >= 33 && c <= 126 && c != '=' && c != '|' {
			sb.WriteByte(c)
			continue
		}
		sb.WriteByte('=')
		sb.WriteByte(hexDigits[c>>4])
		sb.WriteByte(hexDigits[c&0x0F])
	}
	return sb.String()
}

// writeJSON appends v, of type t, as compact JSON: the form odpscmd prints
// ARRAY, MAP and STRUCT values in.
func writeJSON(sb *strings.Builder, v Value, t Type) {
	if v == nil {
		sb.WriteString("null")
		return
	}
	switch t.Kind {
	case KindArray:
		writeJSONArray(sb, v, t)
	case KindMap:
		writeJSONMap(sb, v, t)
	case KindStruct:
		writeJSONStruct(sb, v, t)
	case KindJSON: // already JSON: embedded as is
		sb.WriteString(FormatValue(v, t))
	case KindTinyint, KindSmallint, KindInt, KindBigint, KindFloat, KindDouble, KindDecimal, KindBoolean:
		sb.WriteString(FormatValue(v, t))
	default:
		writeJSONString(sb, FormatValue(v, t))
	}
}

func writeJSONArray(sb *strings.Builder, v Value, t Type) {
	a, ok := v.([]Value)
	if !ok || t.Elem == nil {
		writeJSONString(sb, FormatValue(v, StringType))
		return
	}
	sb.WriteByte('[')
	for i, e := range a {
		if i > 0 {
			sb.WriteByte(',')
		}
		writeJSON(sb, e, *t.Elem)
	}
	sb.WriteByte(']')
}

func writeJSONMap(sb *strings.Builder, v Value, t Type) {
	m, ok := v.(*Map)
	if !ok || m == nil || t.Key == nil || t.Elem == nil || len(m.Keys) != len(m.Values) {
		writeJSONString(sb, FormatValue(v, StringType))
		return
	}
	sb.WriteByte('{')
	for i, k := range m.Keys {
		if i > 0 {
			sb.WriteByte(',')
		}
		// JSON object keys are strings: a number key is quoted text.
		writeJSONString(sb, FormatValue(k, *t.Key))
		sb.WriteByte(':')
		writeJSON(sb, m.Values[i], *t.Elem)
	}
	sb.WriteByte('}')
}

func writeJSONStruct(sb *strings.Builder, v Value, t Type) {
	s, ok := v.(*Struct)
	if !ok || s == nil || len(s.Fields) != len(t.Fields) {
		writeJSONString(sb, FormatValue(v, StringType))
		return
	}
	sb.WriteByte('{')
	for i, f := range t.Fields {
		if i > 0 {
			sb.WriteByte(',')
		}
		writeJSONString(sb, f.Name)
		sb.WriteByte(':')
		writeJSON(sb, s.Fields[i], f.Type)
	}
	sb.WriteByte('}')
}

// writeJSONString quotes s as Gson does without HTML escaping: quote,
// backslash and control characters escaped, U+2028/U+2029 as \u escapes,
// everything else (invalid UTF-8 included) as is.
func writeJSONString(sb *strings.Builder, s string) {
	sb.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"' || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\b':
			sb.WriteString(`\b`)
		case r == '\f':
			sb.WriteString(`\f`)
		case r < 0x20 || r == '\u2028' || r == '\u2029':
			sb.WriteString(`\u`)
			hex := strconv.FormatInt(int64(r), 16)
			sb.WriteString(strings.Repeat("0", 4-len(hex)) + hex)
		default:
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	sb.WriteByte('"')
}

// formatScalar renders a non-NULL scalar by its Go representation; t
// only tells FLOAT from DOUBLE and DATE from DATETIME and TIMESTAMP.
func formatScalar(v Value, t Type) string {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		if t.Kind == KindFloat {
			return javaFloat(float32(x))
		}
		return javaDouble(x)
	case Decimal:
		return trimDecimalZeros(decimalText(x))
	case string:
		return x
	case []byte:
		return quotedPrintable(x)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return formatTime(x, t.Kind)
	}
	return fmt.Sprint(v)
}

// trimDecimalZeros drops the zeros that end a DECIMAL's fraction, and the
// point when nothing is left after it. MaxCompute prints DECIMALs so by
// default (odps.sql.decimal.tostring.trimzero=true) and static values
// always: cast(round(12345.120BD, 3) as string) is 12345.12, and a
// DECIMAL(38,18) column holding 12.3400BD prints 12.34 (CAST's page).
func trimDecimalZeros(s string) string {
	if strings.IndexByte(s, '.') < 0 {
		return s
	}
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}
