package eval

import "strings"

// MaxStringBytes is MaxCompute's limit on a STRING or BINARY value: 8 MB
// (the data type pages: "STRING ... length limit 8 MB", "BINARY ...
// maximum length: 8 MB"). Every function and operator that builds a value
// holds it to this limit, so that a script doubling a string fails at
// 8 MB with an error instead of growing until memory runs out.
const MaxStringBytes = 8 << 20

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

// checkResultSize is the backstop every function call passes: a STRING or
// BINARY result over MaxStringBytes fails, naming the function. Functions
// whose result grows with a count check before building it; the rest
// (TRANSLATE, HEX, BASE64, URL_ENCODE, TO_JSON, ...) grow their input by a
// bounded factor, so building the value before refusing it costs at most a
// few times the limit.
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
	}
	return nil
}
