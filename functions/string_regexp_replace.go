package functions

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/regexcompat"
)

// REGEXP_REPLACE is NullSafe: a NULL replace_string gives NULL only when
// the pattern matches (the source comes back unchanged otherwise), as its
// page documents. Its replace_string is translated once into Go's
// template syntax (${n}, $$: see regexcompat.Expand), so that replacing
// every match is one call of Regexp.ReplaceAll, which for an RE2 pattern is
// Go's ReplaceAllString (or ReplaceAllLiteralString).

func replaceOverloads() []*eval.Overload {
	s := p("source", stringKinds)
	params := []eval.Param{s, p("pattern", stringKinds), p("replace_string", stringKinds), p("occurrence", integerKinds)}
	var out []*eval.Overload
	for n := 3; n <= 4; n++ {
		out = append(out, &eval.Overload{
			Params:   params[:n],
			Result:   eval.StringType,
			NullSafe: true,
			Impl:     unprepared(prepareReplace),
			Prepare:  prepareReplace,
		})
	}
	return out
}

// replacement is a replace_string translated for one pattern.
type replacement struct {
	template string // Go Expand syntax ($1, $$), or the literal text
	literal  bool   // template holds no group reference
}

// prepareReplace compiles a constant pattern and translates a constant
// replace_string once for the statement.
func prepareReplace(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
	const name = "regexp_replace"
	pat, err := preparePattern(name, consts, isConst, 1, false)
	if err != nil {
		return nil, err
	}
	hive := ctx != nil && ctx.Edition == eval.EditionHive
	var fixed *replacement
	// Java's syntax needs the pattern's groups; the 1.0/2.0 syntax does not.
	if rep, ok := consts[2].(string); ok && isConst[2] && (pat.re != nil || !hive) {
		r, err := translateReplacement(rep, pat.re, hive)
		if err != nil {
			return nil, err
		}
		fixed = &r
	}
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		src, ok := args[0].(string)
		if !ok || args[1] == nil || (len(args) > 3 && args[3] == nil) {
			return nil, nil
		}
		re, err := pat.get(name, args[1], false)
		if err != nil {
			return nil, err
		}
		occurrence := intArg(args, 3, 0)
		if occurrence < 0 {
			return nil, eval.InvalidArgument("%s: occurrence must be 0 (every match) or greater, got %d", name, occurrence)
		}
		rep := fixed
		if rep == nil {
			text, ok := args[2].(string)
			if !ok { // NULL replace_string: NULL if anything would be replaced
				matched, err := re.MatchString(src)
				if err != nil || matched {
					return nil, regexpError(name, re.String(), err)
				}
				return src, nil
			}
			r, err := translateReplacement(text, re, hive)
			if err != nil {
				return nil, err
			}
			rep = &r
		}
		out, err := replaceMatches(re, src, rep, occurrence)
		if err != nil {
			return nil, regexpError(name, re.String(), err)
		}
		return out, nil
	}, nil
}

// replaceMatches replaces every match (occurrence 0) or the occurrence-th.
func replaceMatches(re regexcompat.Regexp, src string, rep *replacement, occurrence int64) (string, error) {
	if occurrence == 0 {
		if err := checkReplaceSize(re, src, rep); err != nil {
			return "", err
		}
		return re.ReplaceAll(src, rep.template, rep.literal)
	}
	ms, err := re.FindAll(src, int(min(occurrence, int64(len(src)+1))), true)
	if err != nil || int64(len(ms)) < occurrence {
		return src, err
	}
	m := ms[occurrence-1]
	var b strings.Builder
	b.WriteString(src[:m[0]])
	if rep.literal {
		b.WriteString(rep.template)
	} else {
		b.Write(regexcompat.Expand(nil, rep.template, src, m))
	}
	b.WriteString(src[m[1]:])
	return b.String(), nil
}

// translateReplacement turns a replace_string into Go's template syntax.
//
// 1.0 and 2.0 editions (the page): \0..\9 insert a group (\0 the whole
// match), \\ is one backslash, any other character is itself ($ included).
// A group the pattern lacks inserts nothing; the page calls the result
// undefined, and its examples show ” or the text without the group.
//
// Hive-compatible edition (Java's Matcher.replaceAll): $n and ${name}
// insert a group, \c is the character c, and a reference to a missing
// group is an error, as in Java.
func translateReplacement(r string, re regexcompat.Regexp, hive bool) (replacement, error) {
	if !strings.ContainsAny(r, `\$`) {
		return replacement{template: r, literal: true}, nil
	}
	if hive {
		return javaReplacement(r, re)
	}
	var b strings.Builder
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch {
		case c == '$':
			b.WriteString("$$")
		case c == '\\' && i+1 < len(r) && r[i+1] >= '0' && r[i+1] <= '9':
			b.WriteString("${" + r[i+1:i+2] + "}")
			i++
		case c == '\\' && i+1 < len(r) && r[i+1] == '\\':
			b.WriteByte('\\')
			i++
		default:
			b.WriteByte(c)
		}
	}
	return replacement{template: b.String()}, nil
}

// javaReplacement follows java.util.regex.Matcher.appendReplacement.
func javaReplacement(r string, re regexcompat.Regexp) (replacement, error) {
	const name = "regexp_replace"
	var b strings.Builder
	groups := re.NumSubexp()
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch c {
		case '\\':
			i++
			if i == len(r) {
				return replacement{}, eval.InvalidArgument("%s: replace_string '%s' ends with a backslash: the character to be escaped is missing", name, r)
			}
			if r[i] == '$' {
				b.WriteString("$$")
			} else {
				b.WriteByte(r[i])
			}
		case '$':
			i++
			switch {
			case i == len(r):
				return replacement{}, eval.InvalidArgument("%s: replace_string '%s' ends with $: the group index is missing", name, r)
			case r[i] == '{':
				end := strings.IndexByte(r[i:], '}')
				g := -1
				if end >= 0 {
					g = re.SubexpIndex(r[i+1 : i+end])
				}
				if g < 0 {
					return replacement{}, eval.InvalidArgument("%s: replace_string '%s' refers to a group name the pattern does not define", name, r)
				}
				// By number: both engines expand ${n} alike.
				b.WriteString("${" + strconv.Itoa(g) + "}")
				i += end
			case r[i] >= '0' && r[i] <= '9':
				ref := int(r[i] - '0')
				for i+1 < len(r) && r[i+1] >= '0' && r[i+1] <= '9' && ref*10+int(r[i+1]-'0') <= groups {
					ref = ref*10 + int(r[i+1]-'0')
					i++
				}
				if ref > groups {
					return replacement{}, eval.InvalidArgument("%s: replace_string '%s' refers to group %d, but the pattern has %d capturing groups", name, r, ref, groups)
				}
				b.WriteString("${" + strconv.Itoa(ref) + "}")
			default:
				return replacement{}, eval.InvalidArgument("%s: illegal group reference in replace_string '%s': $ must be followed by a group number or {name} (write \\$ for a dollar sign)", name, r)
			}
		default:
			b.WriteByte(c)
		}
	}
	return replacement{template: b.String()}, nil
}

// checkReplaceSize bounds the result of replacing every match: when even
// the worst case (a match at every position) fits the STRING limit nothing
// is counted; otherwise the matches are counted first. A group reference
// adds at most the whole source per match.
func checkReplaceSize(re regexcompat.Regexp, src string, rep *replacement) error {
	per := int64(len(rep.template))
	if !rep.literal {
		per += int64(len(src)) * int64(strings.Count(rep.template, "$"))
	}
	if int64(len(src))+int64(len(src)+1)*per <= maxStringLen {
		return nil
	}
	// Counting stops one match past what fits, so that counting a
	// refused replacement costs little.
	fits := (maxStringLen - int64(len(src))) / max(1, int64(len(rep.template)))
	ms, err := re.FindAll(src, int(min(fits+1, int64(len(src))+1)), false)
	if err != nil {
		return err
	}
	return checkStringResult("regexp_replace", int64(len(src))+int64(len(ms))*int64(len(rep.template)))
}
