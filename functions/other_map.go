package functions

import (
	"regexp"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// STR_TO_MAP([mapDupKeyPolicy,] text [, delimiter1 [, delimiter2]]) splits
// text into pairs at delimiter1 (default ',') and each pair into key and
// value at the first delimiter2 (default '='), the way Hive's str_to_map
// does with Java's String.split: delimiters are regular expressions
// (hence the page's "\\."), trailing empty pieces are dropped, and a pair
// without delimiter2 maps its key to NULL. Duplicate keys: last_win (the
// later value replaces the earlier one in its place) or exception (an
// error). The odps.sql.map.key.dedup.policy session flag is the default when no policy argument is given (last_win when unset).
//
// With two or three arguments the first is the policy only when it is
// 'exception' or 'last_win'; otherwise it is the text, as in Hive.
func registerOtherMap(r registrar) {
	r.Register(fn("STR_TO_MAP", "MAP<STRING,STRING> STR_TO_MAP([STRING mapDupKeyPolicy,] STRING text [, STRING delimiter1 [, STRING delimiter2]])",
		"splits text into key-value pairs at delimiter1 (default ',') and delimiter2 (default '='), both regular expressions",
		"select str_to_map('test1&1-test2&2', '-', '&'); -- {test1:1, test2:2}",
		&eval.Overload{Bind: eval.BindTypes(strToMapTypes), NullSafe: true, Impl: strToMapImpl, Prepare: prepareStrToMap},
	))
}

var strMapType = eval.MapOf(eval.StringType, eval.StringType)

// strToMapTypes takes one to four arguments, each converted to STRING.
func strToMapTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) < 1 || len(args) > 4 {
		return nil, eval.Type{}, eval.ArgumentCountError("STR_TO_MAP", "1 to 4", len(args))
	}
	for i, a := range args {
		if !a.Kind.IsString() && !eval.CanImplicit(a, eval.StringType) {
			return nil, eval.Type{}, eval.ArgumentTypeError("STR_TO_MAP", i, a)
		}
	}
	return repeat(eval.StringType, len(args)), strMapType, nil
}

// strToMapArgs is one call's arguments, the policy separated out.
type strToMapArgs struct {
	policy     string // "last_win" or "exception"
	policySet  bool   // the call gave the policy
	text       eval.Value
	delimiters []eval.Value // 0 to 2
}

func isDupPolicy(v eval.Value) bool {
	s, ok := v.(string)
	return ok && (strings.EqualFold(s, "last_win") || strings.EqualFold(s, "exception"))
}

func splitStrToMapArgs(args []eval.Value) (strToMapArgs, error) {
	if len(args) < 1 || len(args) > 4 {
		return strToMapArgs{}, eval.ArgumentCountError("STR_TO_MAP", "1 to 4", len(args))
	}
	a := strToMapArgs{policy: "last_win"}
	if len(args) == 4 || len(args) > 1 && isDupPolicy(args[0]) {
		if args[0] != nil {
			p, _ := args[0].(string)
			if !isDupPolicy(p) {
				return a, eval.InvalidArgument("str_to_map: mapDupKeyPolicy is %s; use 'exception' or 'last_win'", quote(p))
			}
			a.policy, a.policySet = strings.ToLower(p), true
		}
		args = args[1:]
	}
	a.text, a.delimiters = args[0], args[1:]
	return a, nil
}

// prepareStrToMap decides once where the policy is (a constant first
// argument naming one, or the first of four arguments) and compiles
// constant delimiters once per statement, so that the usual
// str_to_map(column, ',', '=') compiles nothing per row.
func prepareStrToMap(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	defaultPolicy, err := sessionDupPolicy(ctx)
	if err != nil {
		return nil, err
	}
	n := len(isConst)
	policyFirst := n == 4 || n > 1 && isConst[0] && isDupPolicy(consts[0])
	first := 0
	if policyFirst {
		first = 1
	}
	for i := first + 1; i < n; i++ {
		if !isConst[i] {
			return strToMapImpl, nil
		}
	}
	if n == 4 && isConst[0] && consts[0] != nil && !isDupPolicy(consts[0]) {
		p, _ := consts[0].(string)
		return nil, eval.InvalidArgument("str_to_map: mapDupKeyPolicy is %s; use 'exception' or 'last_win'", quote(p))
	}
	d1, d2, err := compileDelimiters(consts[first+1:])
	if err != nil {
		return nil, err
	}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if len(args) != n {
			return nil, internalError("got %d arguments, want %d", len(args), n)
		}
		policy := defaultPolicy
		if policyFirst && args[0] != nil {
			p, _ := args[0].(string)
			if !isDupPolicy(p) {
				return nil, eval.InvalidArgument("str_to_map: mapDupKeyPolicy is %s; use 'exception' or 'last_win'", quote(p))
			}
			policy = strings.ToLower(p)
		}
		if args[first] == nil || d1 == nil {
			return nil, nil
		}
		text, ok := args[first].(string)
		if !ok {
			return nil, internalError("text is %T, want string", args[first])
		}
		return strToMap(policy, text, d1, d2)
	}, nil
}

func strToMapImpl(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, err := splitStrToMapArgs(args)
	if err != nil || a.text == nil {
		return nil, err
	}
	if !a.policySet {
		if a.policy, err = sessionDupPolicy(ctx); err != nil {
			return nil, err
		}
	}
	d1, d2, err := compileDelimiters(a.delimiters)
	if err != nil || d1 == nil {
		return nil, err
	}
	text, ok := a.text.(string)
	if !ok {
		return nil, internalError("text is %T, want string", a.text)
	}
	return strToMap(a.policy, text, d1, d2)
}

// sessionDupPolicy reads odps.sql.map.key.dedup.policy: last_win unless set.
func sessionDupPolicy(ctx *eval.CallContext) (string, error) {
	v, ok := ctx.Flag(policyFlag)
	if !ok {
		return "last_win", nil
	}
	if !isDupPolicy(strings.TrimSpace(v)) {
		return "", eval.InvalidArgument("str_to_map: SET %s=%s is not a policy; use exception or last_win", policyFlag, v)
	}
	return strings.ToLower(strings.TrimSpace(v)), nil
}

// compileDelimiters compiles delimiter1 and delimiter2 with their
// defaults; a NULL delimiter gives nil regexps (a NULL result).
func compileDelimiters(ds []eval.Value) (*regexp.Regexp, *regexp.Regexp, error) {
	pats := []string{",", "="}
	for i, d := range ds {
		if d == nil {
			return nil, nil, nil
		}
		s, ok := d.(string)
		if !ok {
			return nil, nil, internalError("delimiter is %T, want string", d)
		}
		if s == "" {
			return nil, nil, eval.InvalidArgument("str_to_map: delimiter%d is empty", i+1)
		}
		pats[i] = s
	}
	var res [2]*regexp.Regexp
	for i, s := range pats {
		if err := checkPattern("str_to_map", s); err != nil {
			return nil, nil, err
		}
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, nil, eval.InvalidArgument("str_to_map: delimiter%d %s is not a valid regular expression (%v); "+
				"escape special characters with two backslashes, e.g. '\\\\.'", i+1, quote(s), err)
		}
		res[i] = re
	}
	return res[0], res[1], nil
}

func strToMap(policy, text string, d1, d2 *regexp.Regexp) (eval.Value, error) {
	m := &eval.Map{}
	index := map[string]int{}
	// A MAP entry counts two elements: more pairs than a MAP can hold
	// are not searched for, and the entries are counted as they are made.
	pairs, ok := javaSplitN(text, d1, -1, maxElements/2+2)
	if !ok {
		return nil, checkMapResult("str_to_map", eval.SizeOver)
	}
	size := int64(0)
	for _, pair := range pairs {
		kv := javaSplit(pair, d2, 2)
		key := kv[0]
		var val eval.Value
		if len(kv) > 1 {
			val = kv[1]
		}
		if i, dup := index[key]; dup {
			if policy == "exception" {
				return nil, eval.InvalidArgument("str_to_map: duplicate key %s (mapDupKeyPolicy is exception)", quote(key))
			}
			size += valueBytes(val) - valueBytes(m.Values[i])
			m.Values[i] = val
			continue
		}
		size += 2*eval.ElementBytes + int64(len(key)) + valueBytes(val)
		if err := checkMapResult("str_to_map", size); err != nil {
			return nil, err
		}
		index[key] = len(m.Keys)
		m.Keys = append(m.Keys, key)
		m.Values = append(m.Values, val)
	}
	return m, nil
}

// javaSplit is Java's String.split(regex, limit): at most limit pieces
// when limit > 0; with limit <= 0 trailing empty pieces are removed. A
// zero-width match at the start yields no leading empty piece, and no
// match at all yields the whole input.
func javaSplit(s string, re *regexp.Regexp, limit int) []string {
	out, _ := javaSplitN(s, re, limit, -1)
	return out
}

// javaSplitN is javaSplit looking for at most maxMatches matches (every
// one when maxMatches < 0); ok is false when s holds more, and then out
// is nil. With limit > 0 only the first limit matches are looked for.
func javaSplitN(s string, re *regexp.Regexp, limit, maxMatches int) (out []string, ok bool) {
	n := maxMatches
	if limit > 0 {
		// limit-1 pieces end at a match, and a zero-width match at the
		// start may come first.
		n = limit
	}
	ms := re.FindAllStringIndex(s, n)
	if maxMatches >= 0 && limit <= 0 && len(ms) >= maxMatches {
		return nil, false
	}
	start := 0
	for _, m := range ms {
		if limit > 0 && len(out) == limit-1 {
			break
		}
		if m[1] == 0 {
			continue // a zero-width match at the beginning
		}
		out = append(out, s[start:m[0]])
		start = m[1]
	}
	if len(out) == 0 {
		return []string{s}, true
	}
	out = append(out, s[start:])
	if limit <= 0 {
		for len(out) > 1 && out[len(out)-1] == "" {
			out = out[:len(out)-1]
		}
		if len(out) == 1 && out[0] == "" && s != "" {
			out = out[:0]
		}
	}
	return out, true
}
