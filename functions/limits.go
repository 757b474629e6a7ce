package functions

import "github.com/mcsql/mcsql/eval"

// Functions whose result grows with an argument (a count, a replacement, the
// elements of an array) check its size before they build it, so that a
// typo fails with an error instead of allocating gigabytes: STRING results
// are bounded by MaxCompute's 8 MB STRING limit (maxStringLen), arrays by
// ARRAY_REPEAT's maxRepeat elements.

// checkStringResult fails when a result of n bytes would exceed the STRING
// limit; fn names the function.
func checkStringResult(fn string, n int64) error {
	if n > maxStringLen || n < 0 {
		return eval.InvalidArgument("%s: the result would be %d bytes, over the 8 MB (%d bytes) STRING limit; make the input shorter",
			fn, n, int64(maxStringLen))
	}
	return nil
}

// checkArrayResult fails when a result of n elements would exceed maxRepeat.
func checkArrayResult(fn string, n int64) error {
	if n > maxRepeat || n < 0 {
		return eval.InvalidArgument("%s: the result would have %d elements, more than %d; use fewer or smaller arrays", fn, n, maxRepeat)
	}
	return nil
}
