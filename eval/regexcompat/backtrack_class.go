package regexcompat

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Character classes for regexp2 (see translateBacktrack).

// classEscape returns the class items (without brackets) of a class
// escape at p[i] — \d \w \s \h, their negations, \p{...} — and its length,
// or "" when p[i] is not one.
func classEscape(p string, i int) (string, int) {
	c := p[i+1]
	var set []rng
	switch c {
	case 'd', 'D':
		set = asciiDigit
	case 'w', 'W':
		set = asciiWord
	case 's', 'S':
		set = asciiSpace
	case 'h':
		return `\t \u00A0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000`, 2
	case 'p', 'P':
		return propertyEscape(p, i)
	default:
		return "", 0
	}
	if c >= 'A' && c <= 'Z' {
		set = complement(set)
	}
	return formatRanges(set), 2
}

// propertyEscape translates \p{Name}, \P{Name} and \pL.
func propertyEscape(p string, i int) (string, int) {
	neg := p[i+1] == 'P'
	var name string
	n := 3
	switch {
	case i+2 >= len(p):
		return "", 0
	case p[i+2] == '{':
		end := strings.IndexByte(p[i:], '}')
		if end < 0 {
			return "", 0
		}
		name, n = p[i+3:i+end], end+1
	default:
		name = p[i+2 : i+3]
	}
	set, ok := posixSets[posixNames[strings.TrimPrefix(name, "Is")]]
	if !ok {
		// A script or general category (\p{Han}, \p{IsHan}, \p{Lu}):
		// regexp2 knows Go's Unicode tables, and rejects other names.
		if _, script := unicode.Scripts[strings.TrimPrefix(name, "Is")]; script {
			name = strings.TrimPrefix(name, "Is")
		} else if _, cat := unicode.Categories[strings.TrimPrefix(name, "Is")]; cat {
			name = strings.TrimPrefix(name, "Is")
		}
		if neg {
			return `\P{` + name + `}`, n
		}
		return `\p{` + name + `}`, n
	}
	if neg {
		set = complement(set)
	}
	return formatRanges(set), n
}

// class translates the bracket expression at p[i] and returns the bytes
// consumed. Java's intersection [A&&B] becomes (?:(?=[A])[B]).
func (t *btTranslator) class(i int) int {
	end, ops := classExtent(t.p, i)
	if end == 0 { // unterminated: regexp2 reports it
		t.out = append(t.out, t.p[i:]...)
		return len(t.p) - i
	}
	neg := i+1 < len(t.p) && t.p[i+1] == '^'
	body := t.p[i+1 : end-1]
	if neg {
		body = body[1:]
	}
	if len(ops) == 0 {
		t.out = append(t.out, classBracket(body, neg)...)
		return end - i
	}
	var b strings.Builder
	b.WriteString("(?:")
	if neg {
		b.WriteString("(?!")
	}
	prev := i + 1
	if neg {
		prev++
	}
	for k, op := range append(ops, end-1) {
		operand := t.p[prev:op]
		if len(operand) >= 2 && operand[0] == '[' && operand[len(operand)-1] == ']' {
			sub := &btTranslator{p: operand, names: []string{""}}
			sub.class(0)
			operand = string(sub.out)
		} else {
			operand = classBracket(operand, false)
		}
		if k < len(ops) {
			operand = "(?=" + operand + ")"
		}
		b.WriteString(operand)
		prev = op + 2
	}
	if neg {
		b.WriteString(`)[\s\S]`)
	}
	b.WriteString(")")
	t.out = append(t.out, b.String()...)
	return end - i
}

// classExtent returns the index after the bracket expression at p[i] (0
// when unterminated) and the indexes of its top-level && operators. Nested [...] count only as
// operands of an intersection, as Java reads them; elsewhere [ is a literal,
// as PCRE and the RE2 translation read it.
func classExtent(p string, i int) (int, []int) {
	j := i + 1
	if j < len(p) && p[j] == '^' {
		j++
	}
	if j < len(p) && p[j] == ']' {
		j++
	}
	var ops []int
	for j < len(p) {
		switch {
		case p[j] == '\\':
			j += 2
			continue
		case strings.HasPrefix(p[j:], "[:"):
			if k := strings.Index(p[j:], ":]"); k > 0 {
				j += k + 2
				continue
			}
		case p[j] == '[' && len(ops) > 0 || strings.HasPrefix(p[j:], "&&["):
			if p[j] == '&' {
				ops = append(ops, j)
				j += 2
			}
			end, _ := classExtent(p, j)
			if end == 0 {
				return 0, nil
			}
			j = end
			continue
		case strings.HasPrefix(p[j:], "&&"):
			ops = append(ops, j)
			j += 2
			continue
		case p[j] == ']':
			return j + 1, ops
		}
		j++
	}
	return 0, nil // unterminated
}

// classBracket translates the items of a class without intersection.
func classBracket(body string, neg bool) string {
	var b strings.Builder
	b.WriteByte('[')
	if neg {
		b.WriteByte('^')
	}
	if strings.HasPrefix(body, "]") {
		b.WriteString(`\]`)
		body = body[1:]
	}
	for j := 0; j < len(body); {
		c := body[j]
		switch {
		case c == '\\' && j+1 < len(body):
			j += classBodyEscape(&b, body, j)
		case strings.HasPrefix(body[j:], "[:"):
			end := strings.Index(body[j:], ":]")
			name := ""
			if end >= 2 {
				name = body[j+2 : j+end]
			}
			neg := strings.HasPrefix(name, "^")
			set, ok := posixSets[strings.TrimPrefix(name, "^")]
			if !ok {
				b.WriteString(`\[`)
				j++
				continue
			}
			if neg {
				set = complement(set)
			}
			b.WriteString(formatRanges(set))
			j += end + 2
		case c == '[':
			b.WriteString(`\[`)
			j++
		default:
			_, n := utf8.DecodeRuneInString(body[j:])
			b.WriteString(body[j : j+n])
			j += n
		}
	}
	b.WriteByte(']')
	return b.String()
}

// writeClassRune writes r as a class item, escaped when special.
func writeClassRune(b *strings.Builder, r rune) {
	if strings.ContainsRune(`\]-^[`, r) {
		b.WriteByte('\\')
	}
	b.WriteRune(r)
}

// classBodyEscape writes the escape at body[j] inside a class and returns
// the bytes consumed.
func classBodyEscape(b *strings.Builder, body string, j int) int {
	if items, n := classEscape(body, j); items != "" {
		b.WriteString(items)
		return n
	}
	if body[j+1] == 'Q' {
		end := strings.Index(body[j+2:], `\E`)
		lit := body[j+2:]
		if end >= 0 {
			lit = body[j+2 : j+2+end]
		}
		for _, r := range lit {
			writeClassRune(b, r)
		}
		return min(2+len(lit)+2, len(body)-j)
	}
	r, n := utf8.DecodeRuneInString(body[j+1:])
	if r == '_' || r >= utf8.RuneSelf {
		b.WriteRune(r)
	} else {
		b.WriteString(body[j : j+1+n])
	}
	return 1 + n
}
