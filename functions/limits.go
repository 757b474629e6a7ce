package functions

import "github.com/mcsql/mcsql/eval"

// Functions whose result grows with an argument (a count, a replacement, the
// elements of an array) check its size before they build it, so that a
// typo fails with an error instead of allocating gigabytes: STRING results
// are bounded by MaxCompute's 8 MB STRING and BINARY limit (eval.MaxStringBytes), arrays by
// ARRAY_REPEAT's maxRepeat elements.

// checkStringResult fails when a result of n bytes would exceed the STRING
// limit; fn names the function.
func checkStringResult(fn string, n int64) error {
	return eval.CheckStringSize(fn, false, n)
}

// checkBinaryResult is checkStringResult for a BINARY result.
func checkBinaryResult(fn string, n int64) error {
	return eval.CheckStringSize(fn, true, n)
}

// checkArrayResult fails when a result of n elements would exceed maxRepeat.
func checkArrayResult(fn string, n int64) error {
	if n > maxRepeat || n < 0 {
		return eval.InvalidArgument("%s: the result would have %d elements, more than %d; use fewer or smaller arrays", fn, n, maxRepeat)
	}
	return nil
}
