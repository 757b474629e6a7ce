package functions

import (
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

func registerCase(r registrar) {
	r.Register(fn("TOUPPER", "STRING TOUPPER|UPPER(STRING s)",
		"English letters a-z upper-cased; other characters unchanged",
		"select toupper('aBcd'); -- ABCD",
		ov(eval.StringType, impl1(total(asciiUpper)), p("s", stringKinds)),
	))
	r.Alias("UPPER", "TOUPPER")
	r.Register(fn("TOLOWER", "STRING TOLOWER|LOWER(STRING s)",
		"English letters A-Z lower-cased; other characters unchanged",
		"select tolower('aBcd'); -- abcd",
		ov(eval.StringType, impl1(total(asciiLower)), p("s", stringKinds)),
	))
	r.Alias("LOWER", "TOLOWER")
	r.Register(fn("REVERSE", "STRING REVERSE(STRING s) | BINARY REVERSE(BINARY b) | ARRAY<T> REVERSE(ARRAY<T> a)",
		"the bytes of s or b, or the elements of a, in reverse order",
		"select reverse('I love aliyun very much'); -- hcum yrev nuyila evol I",
		&eval.Overload{Bind: eval.BindTypes(reverseTypes), Impl: reverseImpl, Prepare: reversePrepare},
	))
	r.Register(fn("REPLACE", "STRING REPLACE(STRING s, STRING old, STRING new)",
		"replaces every occurrence of old by new; an empty old leaves s unchanged",
		"select replace('ababab', 'ab', 'x'); -- xxx",
		ov(eval.StringType, impl3(replace), p("s", stringKinds), p("old", stringKinds), p("new", stringKinds)),
	))
}

// asciiUpper and asciiLower change English letters only: the TOUPPER and
// TOLOWER pages say only English characters are supported, and their
// examples keep Chinese text as it is.
func asciiUpper(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, s)
}

func asciiLower(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r - 'A' + 'a'
		}
		return r
	}, s)
}

// reverseBytes reverses byte by byte, as the REVERSE page says MaxCompute
// does by default (only its BigQuery-compatible mode reverses characters),
// so multi-byte characters do not survive.
func reverseBytes(s string) string { return string(reverseBinary([]byte(s))) }

func reverseBinary(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[len(b)-1-i] = c
	}
	return out
}

// reverseTypes keeps an ARRAY or BINARY argument's type and converts
// anything else to STRING.
func reverseTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("REVERSE", "1", len(args))
	}
	switch a := args[0]; {
	case a.Kind == eval.KindArray || a.Kind == eval.KindBinary:
		return args, a, nil
	case eval.CanImplicit(a, eval.StringType):
		return []eval.Type{eval.StringType}, eval.StringType, nil
	}
	return nil, eval.Type{}, eval.ArgumentTypeError("REVERSE", 0, args[0])
}

// reversePrepare picks the BigQuery-compatible REVERSE when the statement
// runs with SET odps.sql.bigquery.compatible=true: the page (reverse-1)
// says a STRING is then reversed by UTF-8 character; BINARY and ARRAY
// values are reversed as always.
func reversePrepare(ctx *eval.CallContext, _ []eval.Value, _ []bool) (eval.Impl, error) {
	if v, ok := flagValue(ctx, bigQueryFlag); !ok || !strings.EqualFold(v, "true") {
		return reverseImpl, nil
	}
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if len(args) == 1 {
			if s, ok := args[0].(string); ok {
				return reverseRunes(s), nil
			}
		}
		return reverseImpl(ctx, args)
	}, nil
}

// reverseRunes reverses s character by character (invalid UTF-8 bytes are
// characters of their own, kept as they are).
func reverseRunes(s string) string {
	out := make([]byte, 0, len(s))
	for end := len(s); end > 0; {
		_, n := utf8.DecodeLastRuneInString(s[:end])
		out = append(out, s[end-n:end]...)
		end -= n
	}
	return string(out)
}

func reverseImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	if len(args) != 1 {
		return nil, internalError("got %d arguments, want 1", len(args))
	}
	switch v := args[0].(type) {
	case string:
		return reverseBytes(v), nil
	case []byte:
		return reverseBinary(v), nil
	case []eval.Value:
		out := make([]eval.Value, len(v))
		for i, e := range v {
			out[len(v)-1-i] = e
		}
		return out, nil
	}
	return nil, internalError("reverse of a %T value", args[0])
}

// replace leaves s alone for an empty old: strings.ReplaceAll would insert
// new between every character, which no SQL user means.
func replace(s, old, new string) (string, error) {
	if old == "" {
		return s, nil
	}
	if len(new) > len(old) {
		n := int64(strings.Count(s, old))
		if err := checkStringResult("replace", int64(len(s))+n*int64(len(new)-len(old))); err != nil {
			return "", err
		}
	}
	return strings.ReplaceAll(s, old, new), nil
}

func registerTrim(r registrar) {
	trims := []struct {
		name, desc, example string
		f                   func(string, string) string
	}{
		{"TRIM", "removes leading and trailing spaces, or characters of chars", "select trim('  ab  '); -- ab", strings.Trim},
		{"LTRIM", "removes leading spaces, or characters of chars", "select ltrim('xxabx', 'x'); -- abx", strings.TrimLeft},
		{"RTRIM", "removes trailing spaces, or characters of chars", "select rtrim('xxabx', 'x'); -- xxab", strings.TrimRight},
	}
	for _, t := range trims {
		f := t.f
		r.Register(fn(t.name, "STRING "+t.name+"(STRING s[, STRING chars])", t.desc, t.example,
			ov(eval.StringType, impl1(total(func(s string) string { return f(s, " ") })), p("s", stringKinds)),
			ov(eval.StringType, impl2(func(s, chars string) (string, error) { return f(s, chars), nil }),
				p("s", stringKinds), p("chars", stringKinds)),
		))
	}
}

func registerSearch(r registrar) {
	r.Register(fn("SPLIT_PART", "STRING SPLIT_PART(STRING s, STRING sep, BIGINT start[, BIGINT end])",
		"parts start..end (1-based) of s split on sep, joined by sep; '' past the last part",
		"select split_part('a,b,c,d', ',', 2, 3); -- b,c",
		splitPartConstants(ov(eval.StringType, impl3(splitPartOne), p("s", stringKinds), p("sep", stringKinds), p("start", integerKinds))),
		splitPartConstants(&eval.Overload{
			Params: []eval.Param{p("s", stringKinds), p("sep", stringKinds), p("start", integerKinds), p("end", integerKinds)},
			Result: eval.StringType,
			Impl:   splitPartImpl,
		}),
	))
	r.Register(intsInHive(fn("INSTR", "BIGINT INSTR(STRING s, STRING sub[, BIGINT start[, BIGINT nth]])",
		"1-based position of the nth occurrence of sub searching from start (negative: backwards from the end); 0 if absent",
		"select instr('Tech on the net', 'e', 3, 2); -- 14",
		ov(eval.BigintType, impl2(func(s, sub string) (int64, error) { return instr(s, sub, 1, 1) }),
			p("s", stringKinds), p("sub", stringKinds)),
		ov(eval.BigintType, impl3(func(s, sub string, start int64) (int64, error) { return instr(s, sub, start, 1) }),
			p("s", stringKinds), p("sub", stringKinds), p("start", integerKinds)),
		&eval.Overload{
			Params: []eval.Param{p("s", stringKinds), p("sub", stringKinds), p("start", integerKinds), p("nth", integerKinds)},
			Result: eval.BigintType,
			Impl:   instrImpl,
		},
	)))
}

// splitPartConstants makes o reject a separator, start or end that is not
// the same for every row: the page (Mar 26, 2026) says "separator is not a
// STRING constant" and "start or end is not a BIGINT constant" are errors.
func splitPartConstants(o *eval.Overload) *eval.Overload {
	names := []string{"", "separator", "start", "end"}
	o.Prepare = func(_ *eval.CallContext, _ []eval.Value, isConst []bool) (eval.Impl, error) {
		for i := 1; i < len(isConst) && i < len(names); i++ {
			if !isConst[i] {
				return nil, eval.InvalidArgument("split_part: %s must be a constant (a literal or a constant expression), not a column", names[i])
			}
		}
		return o.Impl, nil
	}
	return o
}

func splitPartOne(s, sep string, start int64) (string, error) {
	return splitPart(s, sep, start, start)
}

func splitPartImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	s, err1 := argAs[string](args, 0, 4)
	sep, err2 := argAs[string](args, 1, 4)
	start, err3 := argAs[int64](args, 2, 4)
	end, err4 := argAs[int64](args, 3, 4)
	if err := firstError(err1, err2, err3, err4); err != nil {
		return nil, err
	}
	return result(splitPart(s, sep, start, end))
}

// splitPart follows MaxCompute: start must be at least 1 and end at least
// start; an empty sep returns s whole; parts past the last give ”.
func splitPart(s, sep string, start, end int64) (string, error) {
	if start < 1 {
		return "", eval.InvalidArgument("split_part start must be at least 1, got %d", start)
	}
	if end < start {
		return "", eval.InvalidArgument("split_part end %d is less than start %d", end, start)
	}
	if sep == "" {
		return s, nil
	}
	parts := strings.Split(s, sep)
	n := int64(len(parts))
	if start > n {
		return "", nil
	}
	return strings.Join(parts[start-1:min(end, n)], sep), nil
}

func instrImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	s, err1 := argAs[string](args, 0, 4)
	sub, err2 := argAs[string](args, 1, 4)
	start, err3 := argAs[int64](args, 2, 4)
	nth, err4 := argAs[int64](args, 3, 4)
	if err := firstError(err1, err2, err3, err4); err != nil {
		return nil, err
	}
	return result(instr(s, sub, start, nth))
}

// instr counts characters. Occurrences may overlap; a start of 0 finds
// nothing, as in Oracle whose INSTR MaxCompute copies; a negative start
// searches backwards from that many characters before the end.
func instr(s, sub string, start, nth int64) (int64, error) {
	if nth < 1 {
		return 0, eval.InvalidArgument("instr nth_appearance must be at least 1, got %d", nth)
	}
	switch {
	case start > 0:
		return instrForward(s, sub, start, nth), nil
	case start < 0:
		return instrBackward(s, sub, start, nth), nil
	}
	return 0, nil
}

// instrForward finds the nth occurrence starting at or after character
// start (1-based), searching bytes and counting characters once.
func instrForward(s, sub string, start, nth int64) int64 {
	pos, ok := charOffset(s, start-1)
	if !ok {
		return 0
	}
	for {
		i := strings.Index(s[pos:], sub)
		if i < 0 {
			return 0
		}
		pos += i
		if nth--; nth == 0 {
			return int64(utf8.RuneCountInString(s[:pos])) + 1
		}
		if pos == len(s) {
			return 0
		}
		_, size := utf8.DecodeRuneInString(s[pos:]) // the next may overlap
		pos += size
	}
}

// instrBackward finds the nth occurrence, counting backwards, that starts
// at or before character len+start (0-based; -1 is the last character).
func instrBackward(s, sub string, start, nth int64) int64 {
	c := int64(utf8.RuneCountInString(s)) + start
	if c < 0 {
		return 0
	}
	limit, _ := charOffset(s, c) // byte offset of the latest allowed start
	for {
		i := strings.LastIndex(s[:min(len(s), limit+len(sub))], sub)
		if i < 0 {
			return 0
		}
		if nth--; nth == 0 {
			return int64(utf8.RuneCountInString(s[:i])) + 1
		}
		if i == 0 {
			return 0
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		limit = i - size
	}
}

func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func registerPad(r registrar) {
	r.Register(fn("LPAD", "STRING LPAD(STRING s, BIGINT length, STRING pad)",
		"s left-padded with pad to length characters, or cut to length; '' when length <= 0",
		"select lpad('7', 3, '0'); -- 007",
		ov(eval.StringType, impl3(func(s string, n int64, pad string) (string, error) { return padTo(s, n, pad, true) }),
			p("s", stringKinds), p("length", integerKinds), p("pad", stringKinds)),
	))
	r.Register(fn("RPAD", "STRING RPAD(STRING s, BIGINT length, STRING pad)",
		"s right-padded with pad to length characters, or cut to length; '' when length <= 0",
		"select rpad('7', 3, '0'); -- 700",
		ov(eval.StringType, impl3(func(s string, n int64, pad string) (string, error) { return padTo(s, n, pad, false) }),
			p("s", stringKinds), p("length", integerKinds), p("pad", stringKinds)),
	))
}

// maxStringLen is MaxCompute's limit on a STRING value (8 MiB); padding
// beyond it would only exhaust memory.
const maxStringLen = eval.MaxStringBytes

// padTo pads or cuts s to n characters. An empty pad cannot lengthen s, so
// s comes back as it is (cut if longer than n).
func padTo(s string, n int64, pad string, left bool) (string, error) {
	rs := []rune(s)
	switch {
	case n <= 0:
		return "", nil
	case n <= int64(len(rs)):
		return string(rs[:n]), nil
	case pad == "":
		return s, nil
	case n > maxStringLen:
		return "", eval.InvalidArgument("pad length %d exceeds the string limit of %d characters", n, maxStringLen)
	}
	rp := []rune(pad)
	fill := make([]rune, 0, n-int64(len(rs)))
	for int64(len(fill)) < n-int64(len(rs)) {
		fill = append(fill, rp[len(fill)%len(rp)])
	}
	if left {
		return string(fill) + s, nil
	}
	return s + string(fill), nil
}
