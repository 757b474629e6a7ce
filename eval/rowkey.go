package eval

import (
	"fmt"
	"strconv"
)

// rowKey is a string identifying a row's values, for DISTINCT, GROUP BY,
// hash joins and set operations: two rows have the same key exactly when
// their values are the same. Each value is "\x00N" for NULL, else "\x01"
// and a tag; strings and bytes carry their length, so no value's text can
// be mistaken for the next one's.
func rowKey(row []Value) string {
	var buf [64]byte // most keys fit: the only allocation is the string
	return string(appendRowKey(buf[:0], row))
}

// appendRowKey appends row's key to dst. Callers that only look a key up
// (a map index by string(key) does not allocate) reuse dst across rows.
// The common scalar kinds are written without fmt, which made the key the
// largest part of GROUP BY's per-row cost; the text is the same as the fmt
// fallback's ("int64:5", "float64:1.5"), so keys keep one form.
func appendRowKey(dst []byte, row []Value) []byte {
	for _, v := range row {
		if v == nil {
			dst = append(dst, "\x00N"...)
			continue
		}
		dst = append(dst, '\x01')
		switch v := v.(type) {
		case int64:
			dst = strconv.AppendInt(append(dst, "int64:"...), v, 10)
		case float64:
			dst = strconv.AppendFloat(append(dst, "float64:"...), v, 'g', -1, 64)
		case bool:
			dst = strconv.AppendBool(append(dst, "bool:"...), v)
		case string:
			dst = append(strconv.AppendInt(append(dst, 's'), int64(len(v)), 10), ':')
			dst = append(dst, v...)
		case []byte:
			dst = append(strconv.AppendInt(append(dst, 'b'), int64(len(v)), 10), ':')
			dst = append(dst, v...)
		case Decimal:
			dst = append(append(dst, 'd'), v.Rat.RatString()...)
		case JSON:
			dst = append(append(dst, 'j'), v.String()...)
		default:
			// Not fmt.Appendf: dst must not escape, so that rowKey's
			// buffer stays on the stack.
			dst = append(dst, fmt.Sprintf("%T:%v", v, v)...)
		}
	}
	return dst
}
