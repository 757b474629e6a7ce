package functions

import (
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

func registerStrings(r registrar) {
	r.Register(fn("CONCAT", "STRING CONCAT(STRING a, ...) | BINARY CONCAT(BINARY a, ...) | ARRAY<T> CONCAT(ARRAY<T> a, ...)",
		"joins strings, binaries or arrays; NULL if any argument is NULL or there is none",
		"select concat('ab', 'c', 1); -- abc1",
		&eval.Overload{Bind: eval.BindTypes(concatTypes), Impl: concatImpl},
	))
	r.Register(fn("CONCAT_WS", "STRING CONCAT_WS(STRING sep, STRING a, STRING b, ...) | STRING CONCAT_WS(STRING sep, ARRAY<STRING> a)",
		"joins the strings, or the elements of an array, with sep; NULL if any argument is NULL",
		"select concat_ws(':', 'name', 'hanmeimei'); -- name:hanmeimei",
		&eval.Overload{Bind: eval.BindTypes(concatWSTypes), Impl: concatWS},
	))
	r.Register(intsInHive(fn("LENGTH", "BIGINT LENGTH(STRING s)",
		"number of characters; -1 when s is not valid UTF-8",
		"select length('Tech on the net'); -- 15",
		ov(eval.BigintType, impl1(total(runeCount)), p("s", stringKinds)),
	)))
	r.Register(intsInHive(fn("LENGTHB", "BIGINT LENGTHB(STRING s)",
		"number of bytes of the UTF-8 text",
		"select lengthb('中文'); -- 6",
		ov(eval.BigintType, impl1(total(byteCount)), p("s", stringKinds)),
	)))
	registerSubstr(r)
	registerCase(r)
	registerTrim(r)
	registerSearch(r)
	registerPad(r)
}

func nullSafe(o *eval.Overload) *eval.Overload {
	o.NullSafe = true
	return o
}

// runeCount counts characters; text that is not UTF-8 gives -1, as the
// LENGTH page says.
func runeCount(s string) int64 {
	if !utf8.ValidString(s) {
		return -1
	}
	return int64(utf8.RuneCountInString(s))
}

func byteCount(s string) int64 { return int64(len(s)) }
