package functions

import (
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// GET_JSON_OBJECT's older return behaviour. The page: with
// `set odps.sql.udf.getjsonobj.new=false;` the function escapes JSON
// reserved characters in what it returns (a value ["1"] comes back as
// [\"1\"], a line feed as \n), a document whose object repeats a key cannot
// be parsed (NULL), the encoded strings of emojis cannot be parsed (NULL),
// and objects come back with their keys in alphabetical order. Projects
// created from January 2021 on default to the new behaviour, and so does
// mcsql. The page also says ['name'] steps are read only with
// getjsonobj.new=true: the old behaviour gives NULL for them.

// getJSONObjNewFlag is the session flag that chooses the behaviour.
const getJSONObjNewFlag = "odps.sql.udf.getjsonobj.new"

// legacyGetJSONObject reports whether the session chose the old behaviour.
func legacyGetJSONObject(ctx *eval.CallContext) bool {
	v, ok := ctx.Flag(getJSONObjNewFlag)
	return ok && strings.EqualFold(strings.TrimSpace(v), "false")
}

// getJSONObjectLegacy is GET_JSON_OBJECT on STRING in the old behaviour.
func getJSONObjectLegacy(doc string, steps []jsonStep) eval.Value {
	root, ok := validJSONText(doc)
	if !ok || hasSupplementary(doc) || hasDuplicateKeys(doc, root, 0) {
		return nil
	}
	matches := []span{root}
	wild := false
	for _, st := range steps {
		if st.bracket {
			return nil
		}
		wild = wild || st.wildcard
		var next []span
		for _, m := range matches {
			next = stepSpans(doc, m, st, next)
		}
		if len(next) == 0 {
			return nil
		}
		matches = next
	}
	if wild && len(matches) > 1 {
		parts := make([]string, len(matches))
		for i, m := range matches {
			parts[i] = sortedJSONText(doc[m.start:m.end])
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	v := doc[matches[0].start:matches[0].end]
	switch v[0] {
	case 'n':
		return nil
	case '"':
		// The string with its reserved characters escaped, unquoted.
		q := eval.AppendJSONQuoted(nil, eval.UnquoteJSONString(v))
		return string(q[1 : len(q)-1])
	}
	return sortedJSONText(v)
}

// sortedJSONText renders validated JSON text compactly with every object's
// keys in alphabetical order.
func sortedJSONText(t string) string {
	j, err := eval.ParseJSON(t) // JSON values keep their keys sorted
	if err != nil {
		return compactJSONText(t)
	}
	return j.String()
}

// hasSupplementary reports whether the text holds a character outside the
// Basic Multilingual Plane (emojis), raw or as a \uD8xx surrogate escape.
func hasSupplementary(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0xF0 {
			if r, _ := utf8.DecodeRuneInString(s[i:]); r > 0xFFFF {
				return true
			}
		}
		if c == '\\' && i+5 < len(s) && s[i+1] == 'u' && (s[i+2] == 'd' || s[i+2] == 'D') {
			if d := s[i+3]; d >= '8' && d <= '9' || d >= 'a' && d <= 'b' || d >= 'A' && d <= 'B' {
				return true
			}
		}
	}
	return false
}

// hasDuplicateKeys reports whether an object in the validated value v
// repeats a member name.
func hasDuplicateKeys(s string, v span, depth int) bool {
	if depth > maxScanDepth {
		return false
	}
	switch s[v.start] {
	case '{':
		var seen map[string]bool
		for i := skipBlanks(s, v.start+1); i < len(s) && s[i] == '"'; {
			kend := eval.ScanJSONString(s, i)
			key := eval.UnquoteJSONString(s[i:kend])
			if seen[key] {
				return true
			}
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[key] = true
			vstart := skipBlanks(s, skipBlanks(s, kend)+1)
			vend := skipJSONValue(s, vstart, 0)
			if hasDuplicateKeys(s, span{vstart, vend}, depth+1) {
				return true
			}
			if i = skipBlanks(s, vend); s[i] != ',' {
				break
			}
			i = skipBlanks(s, i+1)
		}
	case '[':
		i := skipBlanks(s, v.start+1)
		for s[i] != ']' {
			end := skipJSONValue(s, i, 0)
			if hasDuplicateKeys(s, span{i, end}, depth+1) {
				return true
			}
			if i = skipBlanks(s, end); s[i] != ',' {
				break
			}
			i = skipBlanks(s, i+1)
		}
	}
	return false
}
