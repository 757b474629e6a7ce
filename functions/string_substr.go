package functions

import (
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// registerSubstr adds SUBSTR and SUBSTRING. Their pages differ: SUBSTR
// gives ” for a length <= 0, SUBSTRING rejects it and also takes BINARY.
func registerSubstr(r registrar) {
	r.Register(fn("SUBSTR", "STRING SUBSTR(STRING str, BIGINT start_position[, BIGINT length])",
		"characters from 1-based start_position (negative counts from the end; 0 gives '', or counts as 1 in the Hive-compatible edition); '' when out of range or length <= 0",
		"select substr('abc', -2, 2); -- bc",
		bigQuerySubstr(ov(eval.StringType, substrImpl(false), p("str", stringKinds), p("start_position", integerKinds))),
		bigQuerySubstr(ov(eval.StringType, substrImpl(false), p("str", stringKinds), p("start_position", integerKinds), p("length", integerKinds))),
	))
	r.Register(fn("SUBSTRING", "STRING SUBSTRING(STRING|BINARY str, INT start_position[, INT length])",
		"like SUBSTR, also on BINARY (bytes, giving BINARY); a length <= 0 is an error",
		"select substring('abc', -3, 2); -- ab",
		ov(eval.StringType, substrImpl(true), p("str", stringKinds), p("start_position", integerKinds)),
		ov(eval.StringType, substrImpl(true), p("str", stringKinds), p("start_position", integerKinds), p("length", integerKinds)),
		ov(eval.BinaryType, substrImpl(true), p("str", binaryKinds), p("start_position", integerKinds)),
		ov(eval.BinaryType, substrImpl(true), p("str", binaryKinds), p("start_position", integerKinds), p("length", integerKinds)),
	))
}

// bigQuerySubstr makes SUBSTR's overload o follow the BigQuery-compatible
// mode when the statement runs with SET odps.sql.bigquery.compatible=true:
// a start_position of 0, or one before the first character, starts at the
// first character, and a negative length is an error.
func bigQuerySubstr(o *eval.Overload) *eval.Overload {
	o.Prepare = func(ctx *eval.CallContext, _ []eval.Value, _ []bool) (eval.Impl, error) {
		if v, ok := flagValue(ctx, bigQueryFlag); !ok || !strings.EqualFold(v, "true") {
			return o.Impl, nil
		}
		return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
			if len(args) != 2 && len(args) != 3 {
				return nil, internalError("got %d arguments, want 2 or 3", len(args))
			}
			s, ok1 := args[0].(string)
			start, ok2 := args[1].(int64)
			if !ok1 || !ok2 {
				return nil, internalError("substr: got %T and %T, want a string and an integer", args[0], args[1])
			}
			if len(args) == 3 {
				if length, _ := args[2].(int64); length < 0 {
					return nil, invalidArg("substr: length must not be negative in the BigQuery-compatible mode, got %d", length)
				}
			}
			if n := int64(utf8.RuneCountInString(s)); start == 0 || start < -n {
				start = 1
			}
			return o.Impl(ctx, append([]eval.Value{s, start}, args[2:]...))
		}, nil
	}
	return o
}

// flagValue returns a session SET flag, trimmed, and whether it was set.
func flagValue(ctx *eval.CallContext, key string) (string, bool) {
	v, ok := ctx.Flag(key)
	return strings.TrimSpace(v), ok
}

// substrImpl evaluates SUBSTR (strict false) or SUBSTRING (strict true:
// a length <= 0 is an error) on a string (by characters) or a binary (by
// bytes).
func substrImpl(strict bool) eval.Impl {
	name := "substr"
	if strict {
		name = "substring"
	}
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, internalError("got %d arguments, want 2 or 3", len(args))
		}
		start, ok := args[1].(int64)
		length, hasLength := int64(0), len(args) == 3
		if hasLength {
			var ok2 bool
			length, ok2 = args[2].(int64)
			ok = ok && ok2
		}
		if !ok {
			return nil, internalError("%s: start_position and length must be integers", name)
		}
		if strict && hasLength && length <= 0 {
			return nil, invalidArg("%s: length must be greater than 0, got %d", name, length)
		}
		hive := ctx != nil && ctx.Edition == eval.EditionHive
		switch v := args[0].(type) {
		case string:
			rs := []rune(v)
			from, to := substrRange(int64(len(rs)), start, length, hasLength, hive)
			return string(rs[from:to]), nil
		case []byte:
			from, to := substrRange(int64(len(v)), start, length, hasLength, hive)
			return append([]byte{}, v[from:to]...), nil
		}
		return nil, internalError("%s of a %T value", name, args[0])
	}
}

// substrRange returns the half-open range [from, to) of a value of n
// characters that SUBSTR(start, length) selects; an empty range is ”.
// Start 0 selects nothing in the 1.0 and 2.0 editions and counts as 1 in
// the Hive-compatible one; a negative start counts from the end, and one
// before the first character selects nothing.
func substrRange(n, start, length int64, hasLength, hive bool) (int64, int64) {
	var from int64
	switch {
	case start > 0:
		from = start - 1
	case start == 0 && hive:
		from = 0
	case start == 0:
		return 0, 0
	default:
		from = n + start
	}
	if from < 0 || from >= n || hasLength && length <= 0 {
		return 0, 0
	}
	to := n
	if hasLength && length < n-from {
		to = from + length
	}
	return from, to
}
