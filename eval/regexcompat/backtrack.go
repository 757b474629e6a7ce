package regexcompat

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// translateBacktrack rewrites a MaxCompute (Java/PCRE) pattern into the
// .NET syntax of github.com/dlclark/regexp2, used for the patterns RE2
// cannot express. It returns the pattern and the names of the capturing
// groups (names[g] for group g, "" when unnamed).
//
// Java and .NET differ where this rewrites:
//
//   - .NET numbers named groups after the unnamed ones; Java numbers every
//     group by its opening parenthesis. Named groups become plain groups and
//     \k<name> a numbered reference, so numbering is Java's.
//
//   - .NET's \d \w \s are Unicode; Java's (and RE2's) are ASCII.
//
//   - .NET lacks POSIX classes ([[:alpha:]], \p{Alpha}), scripts as \p{Han},
//     possessive quantifiers (X*+ becomes the atomic (?>X*)) and class
//     intersection ([a-z&&[^b]] becomes lookaheads).
//
//   - .NET rejects \_ and other escaped word characters Java accepts.
//
//   - .NET's \b uses Unicode word characters; it becomes an ASCII
//     boundary, as RE2's (and Java's since JDK 19, like its \w).
//
// Kept as .NET reads them: lookaround, atomic groups, backreferences, \Z
// and \G (as Java's); . (any character but \n: PCRE's and RE2's, where
// Java also excludes \r, \u0085, \u2028 and \u2029); (?i), which folds
// Unicode case as RE2 does (Java folds ASCII only without (?u)); and $,
// which without (?m) also matches before a final \n, as in Java and PCRE
// (RE2's $, for the other patterns, matches only at the very end).
func translateBacktrack(p string) (string, []string) {
	t := &btTranslator{p: p, names: []string{""}, atom: -1}
	t.run()
	return string(t.out), t.names
}

// .NET's \b sees Unicode word characters (中 is one); Java's \w, RE2's
// \w and \b see ASCII ones, so \b and \B are spelled out with lookaround.
const (
	asciiBoundary    = `(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))`
	asciiNonBoundary = `(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))`
)

type btTranslator struct {
	p     string
	out   []byte
	names []string // names[g] of group g; len(names)-1 groups so far
	open  []int    // output offsets of the open groups' (
	atom  int      // output offset of the last atom, -1 if none
}

func (t *btTranslator) run() {
	p := t.p
	quant := 0 // 1 after a quantifier, 2 after a lazy or possessive one
	for i := 0; i < len(p); {
		c := p[i]
		wasQuant := quant
		quant = 0
		start := len(t.out)
		switch {
		case c == '\\':
			i += t.escape(i)
		case c == '[':
			i += t.class(i)
			t.atom = start
		case c == '(':
			i += t.group(i)
		case c == ')':
			t.out = append(t.out, ')')
			t.atom = -1
			if n := len(t.open); n > 0 {
				t.atom = t.open[n-1]
				t.open = t.open[:n-1]
			}
			i++
		case c == '+' && wasQuant == 1 && t.atom >= 0:
			// Possessive: the atomic group around the quantified atom.
			rest := string(t.out[t.atom:])
			t.out = append(append(append(t.out[:t.atom], "(?>"...), rest...), ')')
			quant, i = 2, i+1
		case c == '?' && wasQuant == 1:
			t.out = append(t.out, '?')
			quant, i = 2, i+1
		case c == '*' || c == '+' || c == '?':
			t.out = append(t.out, c)
			quant, i = 1, i+1
		case c == '{':
			if end := repetitionEnd(p, i); end > 0 {
				t.out = append(t.out, p[i:end]...)
				quant, i = 1, end
			} else {
				t.out = append(t.out, `\{`...)
				t.atom, i = start, i+1
			}
		case c == '|' || c == '^' || c == '$':
			t.out = append(t.out, c)
			t.atom, i = -1, i+1
		default:
			_, n := utf8.DecodeRuneInString(p[i:])
			t.out = append(t.out, p[i:i+n]...)
			t.atom, i = start, i+n
		}
	}
}

// group handles the opener at p[i] and returns the bytes consumed.
func (t *btTranslator) group(i int) int {
	rest := t.p[i:]
	t.open = append(t.open, len(t.out))
	for _, pre := range []string{"(?=", "(?!", "(?<=", "(?<!", "(?>", "(?:", "(?#"} {
		if strings.HasPrefix(rest, pre) {
			t.out = append(t.out, pre...)
			return len(pre)
		}
	}
	if name, n := groupName(rest); n > 0 {
		t.names = append(t.names, name)
		t.out = append(t.out, '(')
		return n
	}
	if !strings.HasPrefix(rest, "(?") {
		t.names = append(t.names, "")
		t.out = append(t.out, '(')
		return 1
	}
	// Inline flags (?imsx-imsx) or (?flags:...): Java's d, u and U change
	// nothing .NET can express and are dropped.
	j := 2
	var flags []byte
	for j < len(rest) && rest[j] != ')' && rest[j] != ':' {
		if f := rest[j]; f != 'd' && f != 'u' && f != 'U' {
			flags = append(flags, f)
		}
		j++
	}
	if j == len(rest) {
		t.out = append(t.out, rest...) // unterminated: regexp2 reports it
		return len(rest)
	}
	f := strings.TrimSuffix(string(flags), "-")
	switch {
	case rest[j] == ')':
		t.open = t.open[:len(t.open)-1] // not a group
		if f != "" {
			t.out = append(t.out, "(?"+f+")"...)
		}
	case f == "":
		t.out = append(t.out, "(?:"...)
	default:
		t.out = append(t.out, "(?"+f+":"...)
	}
	return j + 1
}

// groupName reads a named group opener (?<name>, (?P<name> or (?'name' and
// returns the name and its length, or 0.
func groupName(rest string) (string, int) {
	var open int
	var close byte = '>'
	switch {
	case strings.HasPrefix(rest, "(?P<"):
		open = 4
	case strings.HasPrefix(rest, "(?<"):
		open = 3
	case strings.HasPrefix(rest, "(?'"):
		open, close = 3, '\''
	default:
		return "", 0
	}
	end := strings.IndexByte(rest[open:], close)
	if end <= 0 {
		return "", 0
	}
	return rest[open : open+end], open + end + 1
}

// escape handles the escape at p[i] outside a class; it returns the bytes
// consumed.
func (t *btTranslator) escape(i int) int {
	p := t.p
	start := len(t.out)
	t.atom = start
	if i+1 >= len(p) {
		t.out = append(t.out, '\\') // trailing backslash: regexp2 reports it
		return 1
	}
	c := p[i+1]
	switch {
	case c >= '1' && c <= '9':
		// Java: \1..\9 always, more digits while such a group exists.
		ref, n := int(c-'0'), 2
		for i+n < len(p) && p[i+n] >= '0' && p[i+n] <= '9' && ref*10+int(p[i+n]-'0') < len(t.names) {
			ref = ref*10 + int(p[i+n]-'0')
			n++
		}
		t.out = append(t.out, `\k<`+strconv.Itoa(ref)+`>`...)
		return n
	case c == 'k' && i+2 < len(p) && p[i+2] == '<':
		end := strings.IndexByte(p[i:], '>')
		if end > 0 {
			name := p[i+3 : i+end]
			for g, n := range t.names {
				if n == name && n != "" {
					name = strconv.Itoa(g)
				}
			}
			t.out = append(t.out, `\k<`+name+`>`...)
			return end + 1
		}
	case c == 'Q':
		// Each quoted character is an atom, as in Java: a quantifier after
		// \E applies to the last one.
		end := strings.Index(p[i+2:], `\E`)
		lit := p[i+2:]
		if end >= 0 {
			lit = p[i+2 : i+2+end]
		}
		for _, r := range lit {
			t.atom = len(t.out)
			t.out = append(t.out, regexp2.Escape(string(r))...)
		}
		if end < 0 {
			return len(p) - i
		}
		return end + 4
	case c == 'x' && i+2 < len(p) && p[i+2] == '{':
		end := strings.IndexByte(p[i:], '}')
		if end > 0 {
			t.out = append(t.out, p[i:i+end+1]...)
			return end + 1
		}
	case c == 'R':
		t.out = append(t.out, `(?:\r\n|[\n\x0B\f\r\u0085\u2028\u2029])`...)
		return 2
	case c == 'b':
		t.out = append(t.out, asciiBoundary...)
		t.atom = -1
		return 2
	case c == 'B':
		t.out = append(t.out, asciiNonBoundary...)
		t.atom = -1
		return 2
	case c == 'A' || c == 'z' || c == 'Z' || c == 'G':
		t.out = append(t.out, '\\', c)
		t.atom = -1
		return 2
	}
	items, n := classEscape(p, i)
	if items != "" {
		t.out = append(t.out, "["+items+"]"...)
		return n
	}
	return t.plainEscape(i)
}

// plainEscape copies an escape that means one character (or that regexp2
// should judge). Java accepts any escaped non-letter as itself; .NET
// rejects escaped word characters such as \_.
func (t *btTranslator) plainEscape(i int) int {
	r, n := utf8.DecodeRuneInString(t.p[i+1:])
	switch {
	case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		t.out = append(t.out, t.p[i:i+1+n]...)
	case r < utf8.RuneSelf && r != '_':
		t.out = append(t.out, '\\', byte(r))
	default:
		t.out = append(t.out, t.p[i+1:i+1+n]...)
	}
	return 1 + n
}

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
			if items, n := classEscape(body, j); items != "" {
				b.WriteString(items)
				j += n
				continue
			}
			if body[j+1] == 'Q' {
				end := strings.Index(body[j+2:], `\E`)
				lit := body[j+2:]
				if end >= 0 {
					lit = body[j+2 : j+2+end]
				}
				for _, r := range lit {
					writeClassRune(&b, r)
				}
				j += 2 + len(lit) + 2
				continue
			}
			r, n := utf8.DecodeRuneInString(body[j+1:])
			if r == '_' || r >= utf8.RuneSelf {
				b.WriteRune(r)
			} else {
				b.WriteString(body[j : j+1+n])
			}
			j += 1 + n
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
