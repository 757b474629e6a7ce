package eval

import (
	"math"
	"strings"
)

// MaxStringBytes is MaxCompute's limit on a STRING or BINARY value: 8 MB
// (the data type pages: "STRING ... length limit 8 MB", "BINARY ...
// maximum length: 8 MB"). Every function and operator that builds a value
// holds it to this limit, so that a script doubling a string fails at
// 8 MB with an error instead of growing until memory runs out.
const MaxStringBytes = 8 << 20

// MaxValueBytes bounds an ARRAY, MAP or STRUCT value. The MaxCompute pages
// document no element limit for the complex types, only that a single
// cell of a table holds at most 8 MB (the SQL limits page: "Length of a
// column record: 8 MB"); mcsql holds every complex value a function
// builds to that cell limit, measured by ValueBytes, so that a typo
// cannot build gigabytes out of a few small arguments.
const MaxValueBytes = 8 << 20

// ElementBytes is what one element of an ARRAY (a key or a value of a
// MAP, a field of a STRUCT) counts towards MaxValueBytes besides its
// payload: a number, a date or time, a BOOLEAN or a NULL counts only this,
// so an ARRAY<BIGINT> holds at most 1,048,576 elements.
const ElementBytes = 8

// CheckStringSize fails when a STRING (or, with binary, a BINARY) result
// of n bytes would exceed MaxStringBytes; fn names the function or
// operator that builds it. Callers that can compute n before building the
// value call it first, so the oversized value is never allocated.
func CheckStringSize(fn string, binary bool, n int64) error {
	if n <= MaxStringBytes && n >= 0 {
		return nil
	}
	typ := "STRING"
	if binary {
		typ = "BINARY"
	}
	return InvalidArgument("%s: the result would be %d bytes, over the 8 MB (%d bytes) %s limit; make the input shorter",
		fn, n, int64(MaxStringBytes), typ)
}

// CheckValueSize fails when a complex result of kind typ ("ARRAY", "MAP"
// or "STRUCT") would measure n bytes (see ValueBytes), more than
// MaxValueBytes; fn names the function that builds it. Callers that know
// n before building the value (ARRAY_REPEAT, SEQUENCE, SPLIT, ...) call
// it first; n is SizeOver when only a lower bound is known to be over the
// limit (ValueBytes stopped counting, or the arithmetic overflowed).
func CheckValueSize(fn, typ string, n int64) error {
	if n <= MaxValueBytes && n >= 0 {
		return nil
	}
	if n < 0 || n == SizeOver {
		return InvalidArgument("%s: the result would be over the 8 MB (%d bytes) %s limit; make the input shorter",
			fn, int64(MaxValueBytes), typ)
	}
	return InvalidArgument("%s: the result would be %d bytes, over the 8 MB (%d bytes) %s limit; make the input shorter",
		fn, n, int64(MaxValueBytes), typ)
}

// ValueBytes is the measure of v that MaxValueBytes bounds: a STRING or
// BINARY counts its bytes, an ARRAY, MAP or STRUCT the sum over its
// elements (a MAP's keys and values, a STRUCT's fields) of ElementBytes
// plus the element's own measure, a JSON value about the length of its
// text, anything else 0. It stops counting once the total passes limit
// and then returns SizeOver, so measuring a huge value that shares its
// parts (ARRAY_REPEAT of an array) costs at most the limit's worth of
// elements.
func ValueBytes(v Value, limit int64) int64 {
	if n := measureValue(v, 0, limit); n <= limit {
		return n
	}
	return SizeOver
}

// SizeOver stands for a size known only to be over a limit.
const SizeOver = math.MaxInt64

// measureValue returns n plus v's measure, or a number over limit once
// the sum passes it.
func measureValue(v Value, n, limit int64) int64 {
	switch x := v.(type) {
	case string:
		return n + int64(len(x))
	case []byte:
		return n + int64(len(x))
	case []Value:
		return measureElements(x, n, limit)
	case *Map:
		return measureElements(x.Values, measureElements(x.Keys, n, limit), limit)
	case *Struct:
		return measureElements(x.Fields, n, limit)
	case JSON:
		return measureJSON(x.Node, n, limit)
	}
	return n
}

// measureElements returns n plus the measure of the elements es. Every
// function result that is an ARRAY passes here, so scalars, by far the
// most common elements, are counted without a call.
func measureElements(es []Value, n, limit int64) int64 {
	for _, e := range es {
		if n > limit {
			return n
		}
		n += ElementBytes
		switch x := e.(type) {
		case nil, int64, float64, bool:
		case string:
			n += int64(len(x))
		default:
			n = measureValue(e, n, limit)
		}
	}
	return n
}

// measureJSON returns n plus about the length of a JSON node's text.
func measureJSON(node any, n, limit int64) int64 {
	if n > limit {
		return n
	}
	switch x := node.(type) {
	case string:
		return n + int64(len(x)) + 2
	case JSONNumber:
		return n + int64(len(x))
	case []any:
		n += 2
		for _, e := range x {
			n = measureJSON(e, n+1, limit)
		}
		return n
	case *JSONObject:
		n += 2
		for i, k := range x.Keys {
			n = measureJSON(x.Values[i], n+int64(len(k))+4, limit)
		}
		return n
	}
	return n + 4 // true, false, null
}

// complexTypeName is the type an error names for a complex value, or "".
func complexTypeName(v Value) string {
	switch v.(type) {
	case []Value:
		return "ARRAY"
	case *Map:
		return "MAP"
	case *Struct:
		return "STRUCT"
	}
	return ""
}

// checkResultSize is the backstop every function call passes: a STRING or
// BINARY result over MaxStringBytes, or an ARRAY, MAP or STRUCT result
// over MaxValueBytes, fails, naming the function. Functions whose result
// grows with a count check before building it; the rest (TRANSLATE, HEX,
// BASE64, URL_ENCODE, TO_JSON, MAP_CONCAT, ...) grow their input by a
// bounded factor, so building the value before refusing it costs at most
// a few times the limit.
func checkResultSize(fn string, v Value) error {
	switch x := v.(type) {
	case string:
		if len(x) > MaxStringBytes {
			return CheckStringSize(strings.ToLower(fn), false, int64(len(x)))
		}
	case []byte:
		if len(x) > MaxStringBytes {
			return CheckStringSize(strings.ToLower(fn), true, int64(len(x)))
		}
	case []Value, *Map, *Struct:
		if n := ValueBytes(v, MaxValueBytes); n > MaxValueBytes {
			return CheckValueSize(strings.ToLower(fn), complexTypeName(v), n)
		}
	}
	return nil
}
