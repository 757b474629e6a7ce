package functions

import (
	"math"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/regexcompat"
)

// Functions whose result grows with an argument (a count, a replacement, the
// elements of an array, the matches of a pattern) check its size before
// they build it, or while they build it, so that a typo fails with an
// error instead of allocating gigabytes: STRING results are bounded by
// MaxCompute's 8 MB STRING and BINARY limit (eval.MaxStringBytes), ARRAY,
// MAP and STRUCT results by the 8 MB a table cell holds, measured by
// eval.ValueBytes (eval.MaxValueBytes), and regular expressions by
// regexcompat.MaxPatternBytes.

// checkStringResult fails when a result of n bytes would exceed the STRING
// limit; fn names the function.
func checkStringResult(fn string, n int64) error {
	return eval.CheckStringSize(fn, false, n)
}

// checkBinaryResult is checkStringResult for a BINARY result.
func checkBinaryResult(fn string, n int64) error {
	return eval.CheckStringSize(fn, true, n)
}

// checkArrayResult fails when an ARRAY result measuring n bytes (see
// eval.ValueBytes; eval.SizeOver when only known to be over) would exceed
// eval.MaxValueBytes; fn names the function.
func checkArrayResult(fn string, n int64) error {
	return eval.CheckValueSize(fn, "ARRAY", n)
}

// checkMapResult is checkArrayResult for a MAP result.
func checkMapResult(fn string, n int64) error {
	return eval.CheckValueSize(fn, "MAP", n)
}

// valueBytes is v's measure as an element's payload, or eval.SizeOver when
// it is over the limit.
func valueBytes(v eval.Value) int64 {
	return eval.ValueBytes(v, eval.MaxValueBytes)
}

// elementBytes is what v adds to an ARRAY that holds it. TRANSFORM calls
// it for every element: scalars are counted without measuring.
func elementBytes(v eval.Value) int64 {
	switch x := v.(type) {
	case nil, int64, float64, bool:
		return eval.ElementBytes
	case string:
		return eval.ElementBytes + int64(len(x))
	}
	return addBytes(eval.ElementBytes, valueBytes(v))
}

// addBytes adds two sizes, saturating at eval.SizeOver.
func addBytes(a, b int64) int64 {
	if a < 0 || b < 0 || a > eval.SizeOver-b {
		return eval.SizeOver
	}
	return a + b
}

// mulBytes multiplies a count by a size, saturating at eval.SizeOver.
func mulBytes(n, size int64) int64 {
	if n <= 0 || size <= 0 {
		return 0
	}
	if n > math.MaxInt64/size {
		return eval.SizeOver
	}
	return n * size
}

// maxElements is the most elements an ARRAY (or entries a MAP, counting
// two elements each) can hold within eval.MaxValueBytes: functions that
// find matches ask for one more than this, so that a string with millions
// of matches is refused after a bounded search.
const maxElements = eval.MaxValueBytes / eval.ElementBytes

// checkPattern fails when a regular expression (fn's argument) is longer
// than regexcompat.MaxPatternBytes: compiling costs about 220 bytes of
// memory per byte of pattern.
func checkPattern(fn, pattern string) error {
	if len(pattern) <= regexcompat.MaxPatternBytes {
		return nil
	}
	return eval.InvalidArgument("%s: %s", fn, (&regexcompat.TooLongError{Len: len(pattern)}).Error())
}

// growArray adds element v to *size, the measure of the ARRAY fn is
// building element by element (TRANSFORM, ZIP_WITH: a lambda may make each
// element large), failing as soon as it passes eval.MaxValueBytes.
func growArray(fn string, size *int64, v eval.Value) error {
	*size = addBytes(*size, elementBytes(v))
	return checkArrayResult(fn, *size)
}
