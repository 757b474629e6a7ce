package functions

import (
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/regexcompat"
)

// registerStringPatterns adds the string functions about regular expressions,
// searching, splitting and URLs (the existing registerSearch holds INSTR
// and SPLIT_PART).
func registerStringPatterns(r registrar) {
	registerRegexp(r)
	registerFind(r)
	registerURL(r)
}

// registerRegexp adds the regular-expression string functions and SPLIT
// (which the documentation files under "other"). Their patterns are
// compiled once per statement when constant (Overload.Prepare), else per
// row through a small cache; see regexp_compat.go for the dialect.
// Positions and start positions count characters, not bytes.
func registerRegexp(r registrar) {
	s, i := p("source", stringKinds), p("pattern", stringKinds)
	n := func(name string) eval.Param { return p(name, integerKinds) }
	r.Register(fn("REGEXP_COUNT", "BIGINT REGEXP_COUNT(STRING source, STRING pattern[, BIGINT start_position])",
		"number of matches of pattern in source from start_position (default 1)",
		"select regexp_count('abababc', 'a.c'); -- 1",
		strictArgs(regexpOverloads("regexp_count", eval.BigintType, regexpCount, s, i, n("start_position")))...,
	))
	r.Register(fn("REGEXP_EXTRACT", "STRING REGEXP_EXTRACT(STRING source, STRING pattern[, BIGINT group_id])",
		"capturing group group_id (default 1; 0 is the whole match) of the first match; NULL when nothing matches",
		"select regexp_extract('foothebar', 'foo(.*?)(bar)'); -- the",
		regexpOverloads("regexp_extract", eval.StringType, regexpExtract, s, i, n("group_id"))...,
	))
	r.Register(fn("REGEXP_EXTRACT_ALL", "ARRAY<STRING> REGEXP_EXTRACT_ALL(STRING source, STRING pattern[, BIGINT group_id])",
		"capturing group group_id (default 1; 0 is the whole match) of every match",
		"select regexp_extract_all('100-200, 300-400', '(\\\\d+)-(\\\\d+)'); -- [\"100\",\"300\"]",
		regexpOverloads("regexp_extract_all", eval.ArrayOf(eval.StringType), regexpExtractAll, s, i, n("group_id"))...,
	))
	r.Register(fn("REGEXP_INSTR",
		"BIGINT REGEXP_INSTR(STRING source, STRING pattern[, BIGINT start_position[, BIGINT occurrence[, BIGINT return_option]]])",
		"position of the start (return_option 0) or just past the end (1) of the occurrence-th match from start_position; 0 if none",
		"select regexp_instr('i love www.taobao.com', 'o[[:alpha:]]{1}', 3, 2); -- 14",
		regexpOverloads("regexp_instr", eval.BigintType, regexpInstr, s, i, n("start_position"), n("occurrence"), n("return_option"))...,
	))
	r.Register(fn("REGEXP_SUBSTR", "STRING REGEXP_SUBSTR(STRING source, STRING pattern[, BIGINT start_position[, BIGINT occurrence]])",
		"the occurrence-th match of pattern from start_position; NULL if none",
		"select regexp_substr('I love aliyun very much', 'a[[:alpha:]]{5}'); -- aliyun",
		regexpOverloads("regexp_substr", eval.StringType, regexpSubstr, s, i, n("start_position"), n("occurrence"))...,
	))
	r.Register(fn("REGEXP_REPLACE", "STRING REGEXP_REPLACE(STRING source, STRING pattern, STRING replace_string[, BIGINT occurrence])",
		"replaces every match (occurrence 0, the default) or the occurrence-th one; \\\\1..\\\\9 and \\\\0 in replace_string insert groups",
		"select regexp_replace('abcd', '(.)', '\\\\1 ', 1); -- a bcd",
		replaceOverloads()...,
	))
	r.Register(inCategory(eval.CategoryOther, fn("SPLIT",
		"ARRAY<STRING> SPLIT(STRING source, STRING delimiter[, BOOLEAN trimTailEmpty])",
		"source split around matches of the regular expression delimiter; trailing empty strings dropped unless trimTailEmpty is false",
		"select split('a,b,c,,', ','); -- [\"a\",\"b\",\"c\"]",
		regexpOverloads("split", eval.ArrayOf(eval.StringType), split, s, p("delimiter", stringKinds), p("trimTailEmpty", booleanKinds))...,
	)))
}

// regexpCall evaluates a regular-expression function on one row whose
// arguments are not NULL; re is the compiled pattern (argument 1).
type regexpCall func(ctx *eval.CallContext, re regexcompat.Regexp, args []eval.Value) (eval.Value, error)

// regexpOverloads declares one overload per arity, from the two required
// parameters (source, pattern) up to all of params.
func regexpOverloads(name string, result eval.Type, call regexpCall, params ...eval.Param) []*eval.Overload {
	var out []*eval.Overload
	for n := 2; n <= len(params); n++ {
		prepare := func(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
			pat, err := preparePattern(name, consts, isConst, 1, name == "split")
			if err != nil {
				return nil, err
			}
			return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
				if _, ok := args[0].(string); !ok {
					return nil, internalError("%s: source is %T, want string", name, args[0])
				}
				re, err := pat.get(name, args[1], name == "split")
				if err != nil {
					return nil, err
				}
				return call(ctx, re, args)
			}, nil
		}
		out = append(out, &eval.Overload{
			Params:  params[:n],
			Result:  result,
			Impl:    unprepared(prepare),
			Prepare: prepare,
		})
	}
	return out
}

// strictArgs gives REGEXP_COUNT's overloads a Bind hook refusing what its
// page (newest, the String functions page's REGEXP_COUNT section) says is
// an error rather than converting it: a source or pattern that is not a
// string ("If the value is not a string, an error is returned"; "If
// pattern ... is of another data type, an error is returned") and a
// start_position that is not an integer. A NULL literal is still NULL.
func strictArgs(overloads []*eval.Overload) []*eval.Overload {
	for _, o := range overloads {
		o.Bind = func(site *eval.CallSite) (eval.Binding, error) {
			for i, a := range site.Args {
				ok := a.Kind == eval.KindVoid || i < 2 && a.Kind.IsString() || i >= 2 && a.Kind.IsInteger()
				if !ok {
					e := eval.ArgumentTypeError("REGEXP_COUNT", i, a)
					e.Msg += "; regexp_count takes a STRING source and pattern and a BIGINT start_position, so CAST the argument"
					return eval.Binding{}, e
				}
			}
			return eval.Binding{Result: eval.BigintType}, nil
		}
	}
	return overloads
}

// unprepared is the Impl of an overload that has Prepare: eval uses it only
// when a constant argument is NULL, so it may prepare on every call.
func unprepared(prepare func(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error)) eval.Impl {
	return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		impl, err := prepare(ctx, make([]eval.Value, len(args)), make([]bool, len(args)))
		if err != nil {
			return nil, err
		}
		return impl(ctx, args)
	}
}

// intArg returns optional integer argument i, or def when absent.
func intArg(args []eval.Value, i int, def int64) int64 {
	if i < len(args) {
		if v, ok := args[i].(int64); ok {
			return v
		}
	}
	return def
}

// charOffset returns the byte offset of character n (0-based) of s, and
// whether s has that many characters (n == character count is allowed).
func charOffset(s string, n int64) (int, bool) {
	for i := range s {
		if n == 0 {
			return i, true
		}
		n--
	}
	return len(s), n == 0
}

// fromPosition checks a 1-based start_position and returns the byte offset
// at which searching starts; ok is false past the end of s.
func fromPosition(name string, s string, start int64) (from int, ok bool, err error) {
	if start < 1 {
		return 0, false, eval.InvalidArgument("%s: start_position must be greater than 0, got %d", name, start)
	}
	from, ok = charOffset(s, start-1)
	return from, ok, nil
}

func regexpCount(_ *eval.CallContext, re regexcompat.Regexp, args []eval.Value) (eval.Value, error) {
	s := args[0].(string)
	from, ok, err := fromPosition("regexp_count", s, intArg(args, 2, 1))
	if err != nil || !ok {
		return int64(0), err
	}
	ms, err := re.FindAll(s[from:], -1, false)
	if err != nil {
		return nil, regexpError("regexp_count", re.String(), err)
	}
	return int64(len(ms)), nil
}

// nthMatch returns the byte range in s of the occurrence-th match at or
// after character start_position, or nil.
func nthMatch(name string, re regexcompat.Regexp, s string, start, occurrence int64) ([]int, int, error) {
	from, ok, err := fromPosition(name, s, start)
	if err != nil {
		return nil, 0, err
	}
	if occurrence < 1 {
		return nil, 0, eval.InvalidArgument("%s: occurrence must be greater than 0, got %d", name, occurrence)
	}
	if !ok {
		return nil, 0, nil
	}
	ms, err := re.FindAll(s[from:], int(min(occurrence, int64(len(s)+1))), false)
	if err != nil {
		return nil, 0, regexpError(name, re.String(), err)
	}
	if int64(len(ms)) < occurrence {
		return nil, 0, nil
	}
	return ms[occurrence-1], from, nil
}

func regexpInstr(_ *eval.CallContext, re regexcompat.Regexp, args []eval.Value) (eval.Value, error) {
	s := args[0].(string)
	start, option := intArg(args, 2, 1), intArg(args, 4, 0)
	if option != 0 && option != 1 {
		return nil, eval.InvalidArgument("regexp_instr: return_option must be 0 (start of the match) or 1 (end of the match), got %d", option)
	}
	m, from, err := nthMatch("regexp_instr", re, s, start, intArg(args, 3, 1))
	if err != nil || m == nil {
		return int64(0), err
	}
	end := m[option] // m[0] is the start, m[1] the end of the match
	return start + int64(utf8.RuneCountInString(s[from:from+end])), nil
}

func regexpSubstr(_ *eval.CallContext, re regexcompat.Regexp, args []eval.Value) (eval.Value, error) {
	s := args[0].(string)
	m, from, err := nthMatch("regexp_substr", re, s, intArg(args, 2, 1), intArg(args, 3, 1))
	if err != nil || m == nil {
		return nil, err
	}
	return s[from+m[0] : from+m[1]], nil
}

// groupIndex checks a group_id against the pattern's capturing groups.
func groupIndex(name string, re regexcompat.Regexp, args []eval.Value) (int, error) {
	g := intArg(args, 2, 1)
	switch {
	case g < 0:
		return 0, eval.InvalidArgument("%s: group_id must be 0 or greater, got %d", name, g)
	case g > int64(re.NumSubexp()):
		hint := ""
		if len(args) == 2 {
			hint = " (group_id defaults to 1: add a capturing group (...) to the pattern, or pass group_id 0 for the whole match)"
		}
		return 0, eval.InvalidArgument("%s: the pattern has %d capturing groups, but group %d was requested%s", name, re.NumSubexp(), g, hint)
	}
	return int(g), nil
}

// regexpExtract returns NULL when nothing matches, as MaxCompute's 1.0 and
// 2.0 editions do; the Hive-compatible edition follows Hive and returns ”.
// A group that took no part in the match is NULL.
func regexpExtract(ctx *eval.CallContext, re regexcompat.Regexp, args []eval.Value) (eval.Value, error) {
	s := args[0].(string)
	g, err := groupIndex("regexp_extract", re, args)
	if err != nil {
		return nil, err
	}
	ms, err := re.FindAll(s, 1, true)
	if err != nil {
		return nil, regexpError("regexp_extract", re.String(), err)
	}
	var m []int
	if len(ms) > 0 {
		m = ms[0]
	}
	switch {
	case m == nil && ctx != nil && ctx.Edition == eval.EditionHive:
		return "", nil
	case m == nil || m[2*g] < 0:
		return nil, nil
	}
	return s[m[2*g]:m[2*g+1]], nil
}

func regexpExtractAll(_ *eval.CallContext, re regexcompat.Regexp, args []eval.Value) (eval.Value, error) {
	s := args[0].(string)
	g, err := groupIndex("regexp_extract_all", re, args)
	if err != nil {
		return nil, err
	}
	// More matches than an ARRAY can hold are not searched for: the
	// search itself keeps every match it finds.
	ms, err := re.FindAll(s, maxElements+1, true)
	if err != nil {
		return nil, regexpError("regexp_extract_all", re.String(), err)
	}
	if len(ms) > maxElements {
		return nil, checkArrayResult("regexp_extract_all", eval.SizeOver)
	}
	n := int64(0)
	for _, m := range ms {
		n += eval.ElementBytes
		if m[2*g] >= 0 {
			n += int64(m[2*g+1] - m[2*g])
		}
	}
	if err := checkArrayResult("regexp_extract_all", n); err != nil {
		return nil, err
	}
	out := make([]eval.Value, 0, len(ms))
	for _, m := range ms {
		if m[2*g] < 0 {
			out = append(out, nil)
			continue
		}
		out = append(out, s[m[2*g]:m[2*g+1]])
	}
	return out, nil
}

// split follows Java's String.split, which MaxCompute's SPLIT is: a
// zero-width match at the start yields no leading empty string, no match
// gives the whole source, and trailing empty strings are dropped unless
// trimTailEmpty is false.
func split(_ *eval.CallContext, re regexcompat.Regexp, args []eval.Value) (eval.Value, error) {
	s := args[0].(string)
	trim := true
	if len(args) > 2 {
		trim, _ = args[2].(bool)
	}
	// More matches than an ARRAY can hold are not searched for (one more
	// for the skipped empty match at the start): the search itself keeps
	// every match it finds. A source ending in a million delimiters, whose
	// empty tail would be trimmed, is refused with the rest.
	ms, err := re.FindAll(s, maxElements+2, false)
	if err != nil {
		return nil, regexpError("split", re.String(), err)
	}
	if len(ms) > maxElements+1 {
		return nil, checkArrayResult("split", eval.SizeOver)
	}
	parts := make([]eval.Value, 0, len(ms)+1)
	index := 0
	for _, m := range ms {
		if m[1] == 0 {
			continue
		}
		parts = append(parts, s[index:m[0]])
		index = m[1]
	}
	if index == 0 {
		return []eval.Value{s}, nil
	}
	parts = append(parts, s[index:])
	for trim && len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts, nil
}
