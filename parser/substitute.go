package parser

import "strings"

// Substitute applies -D definitions to script text (language.md §1,
// Placeholders): `${name}` and `${<name>}` are replaced anywhere in the text
// by the value of name, and a string literal whose whole content is
// `<name>`, such as '<wrapped_keyset>', becomes a literal of the value.
// Placeholders whose name is not defined stay as they are.
//
// In a whole-literal replacement the value's backslashes and quotes are
// escaped, so that the literal's value is exactly the defined value;
// `${...}` is plain text replacement, as DataWorks does.
func Substitute(src string, defs map[string]string) string {
	if len(defs) == 0 {
		return src
	}
	var b strings.Builder
	b.Grow(len(src))
	for i := 0; i < len(src); {
		end := spanEnd(src, i)
		if end == i+1 {
			// Neither a comment, a quoted name nor a literal: copy up to the
			// next character that may start one.
			end = nextSpecial(src, i+1)
			b.WriteString(replacePlaceholders(src[i:end], defs))
		} else if v, ok := wholeLiteral(src[i:end], defs); ok {
			b.WriteString(v)
		} else {
			b.WriteString(replacePlaceholders(src[i:end], defs))
		}
		i = end
	}
	return b.String()
}

// nextSpecial returns the offset of the next quote, backtick, or comment
// start at or after i.
func nextSpecial(src string, i int) int {
	for ; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\'' || c == '"' || c == '`':
			return i
		case (c == '-' || c == '/') && commentStarts(src, i):
			return i
		case (c == 'R' || c == 'r') && rawStringAt(src, i) && (i == 0 || !isIdentChar(rune(src[i-1]))):
			return i
		}
	}
	return i
}

func commentStarts(src string, i int) bool {
	_, ok := commentAt(src, i)
	return ok
}

// spanEnd returns the end of the comment, quoted name or string literal
// starting at i, or i+1 when none starts there. Unterminated ones run to
// the end of the text.
func spanEnd(src string, i int) int {
	if end, ok := commentAt(src, i); ok {
		if end < 0 {
			return len(src)
		}
		return end
	}
	c := src[i]
	switch {
	case c == '`':
		if j := strings.IndexByte(src[i+1:], '`'); j >= 0 {
			return i + j + 2
		}
		return len(src)
	case c == '\'' || c == '"' || rawStringAt(src, i):
		end, bad, ok := decodeString(src, i, nil)
		if bad >= 0 || !ok {
			return len(src)
		}
		return end
	}
	return i + 1
}

// wholeLiteral returns the replacement of a literal '<name>' whose name is
// defined.
func wholeLiteral(lit string, defs map[string]string) (string, bool) {
	if len(lit) < 4 || (lit[0] != '\'' && lit[0] != '"') || lit[1] != '<' || lit[len(lit)-2] != '>' {
		return "", false
	}
	name := lit[2 : len(lit)-2]
	if strings.ContainsAny(name, "\\'\"<>") {
		return "", false
	}
	v, ok := defs[name]
	if !ok {
		return "", false
	}
	q := string(lit[0])
	v = strings.NewReplacer(`\`, `\\`, q, `\`+q).Replace(v)
	return q + v + q, true
}

// replacePlaceholders replaces the defined ${name} and ${<name>} in s.
func replacePlaceholders(s string, defs map[string]string) string {
	if !strings.Contains(s, "${") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.IndexAny(s[i+2:], "}\n")
		if j < 0 || s[i+2+j] != '}' {
			b.WriteString("${")
			s = s[i+2:]
			continue
		}
		name := s[i+2 : i+2+j]
		if len(name) > 2 && name[0] == '<' && name[len(name)-1] == '>' {
			name = name[1 : len(name)-1]
		}
		if v, ok := defs[name]; ok {
			b.WriteString(v)
		} else {
			b.WriteString(s[i : i+3+j])
		}
		s = s[i+3+j:]
	}
}
