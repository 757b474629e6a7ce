package functions

import (
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

func registerStrings(r registrar) {
	r.Register(fn("CONCAT", "STRING CONCAT(STRING a, ...) | BINARY CONCAT(BINARY a, ...)",
		"joins strings, or binaries; NULL if any argument is NULL",
		"select concat('ab', 'c', 1); -- abc1",
		variadic(eval.StringType, concatStrings, p("a", stringKinds)),
		variadic(eval.BinaryType, concatBinaries, p("a", binaryKinds)),
	))
	r.Register(fn("CONCAT_WS", "STRING CONCAT_WS(STRING sep, STRING a, ...)",
		"joins the non-NULL arguments with sep; NULL if sep is NULL",
		"select concat_ws(',', 'a', null, 'b'); -- a,b",
		nullSafe(variadic(eval.StringType, concatWS, p("sep", stringKinds), p("a", stringKinds))),
	))
	r.Register(fn("LENGTH", "BIGINT LENGTH(STRING s)",
		"number of characters",
		"select length('a\\tb'); -- 3",
		ov(eval.BigintType, impl1(total(runeCount)), p("s", stringKinds)),
	))
	r.Register(fn("LENGTHB", "BIGINT LENGTHB(STRING s)",
		"number of bytes of the UTF-8 text",
		"select lengthb('中文'); -- 6",
		ov(eval.BigintType, impl1(total(byteCount)), p("s", stringKinds)),
	))
	r.Register(fn("SUBSTR", "STRING SUBSTR|SUBSTRING(STRING s, BIGINT start[, BIGINT length])",
		"characters from 1-based start (negative counts from the end; 0 gives '' as in the 2.0 type system); '' when out of range or length <= 0",
		"select substr('abcde', -3, 2); -- cd",
		ov(eval.StringType, impl2(substrFrom), p("s", stringKinds), p("start", integerKinds)),
		ov(eval.StringType, impl3(substr), p("s", stringKinds), p("start", integerKinds), p("length", integerKinds)),
	))
	r.Alias("SUBSTRING", "SUBSTR")
	registerCase(r)
	registerTrim(r)
	registerSearch(r)
	registerPad(r)
}

func nullSafe(o *eval.Overload) *eval.Overload {
	o.NullSafe = true
	return o
}

func concatStrings(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	ss, err := allAs[string](args)
	if err != nil {
		return nil, err
	}
	return strings.Join(ss, ""), nil
}

func concatBinaries(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	bs, err := allAs[[]byte](args)
	if err != nil {
		return nil, err
	}
	var out []byte
	for _, b := range bs {
		out = append(out, b...)
	}
	if out == nil { // BINARY values are never nil: nil means NULL
		out = []byte{}
	}
	return out, nil
}

// concatWS is NullSafe: a NULL separator gives NULL, NULL parts are skipped.
func concatWS(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) == 0 || args[0] == nil {
		return nil, nil
	}
	parts := make([]eval.Value, 0, len(args)-1)
	for _, a := range args[1:] {
		if a != nil {
			parts = append(parts, a)
		}
	}
	all, err := allAs[string](append([]eval.Value{args[0]}, parts...))
	if err != nil {
		return nil, err
	}
	return strings.Join(all[1:], all[0]), nil
}

func runeCount(s string) int64 { return int64(utf8.RuneCountInString(s)) }

func byteCount(s string) int64 { return int64(len(s)) }

func substrFrom(s string, start int64) (string, error) {
	return substr(s, start, int64(len(s))+1)
}

// substr takes characters, not bytes. A negative start counts from the end
// (-1 is the last character); a start before the first character, past the
// end, or a length <= 0 gives ”.
func substr(s string, start, length int64) (string, error) {
	rs := []rune(s)
	n := int64(len(rs))
	var from int64
	switch {
	case start > 0:
		from = start - 1
	case start == 0:
		// MaxCompute's 1.0 and 2.0 type systems return '' for start 0
		// (only the Hive-compatible edition treats it as 1).
		return "", nil
	default:
		from = n + start
	}
	if from < 0 || from >= n || length <= 0 {
		return "", nil
	}
	to := n
	if length < n-from {
		to = from + length
	}
	return string(rs[from:to]), nil
}
