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
//   - .NET numbers named groups after the unnamed ones; Java numbers every
//     group by its opening parenthesis. Named groups become plain groups and
//     \k<name> a numbered reference, so numbering is Java's.
//   - .NET's \d \w \s are Unicode; Java's (and RE2's) are ASCII.
//   - .NET's \b uses Unicode word characters; it becomes an ASCII
//     boundary, as RE2's (and Java's since JDK 19, like its \w).
//   - .NET lacks POSIX classes ([[:alpha:]], \p{Alpha}), possessive
//     quantifiers (X*+ becomes the atomic (?>X*)) and class intersection
//     ([a-z&&[^b]] becomes a lookahead); it reads \p{IsHan} as \p{Han}.
//   - .NET rejects \_ and other escaped word characters Java accepts.
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
	case c >= '1' && c <= '9' || c == 'k' && i+2 < len(p) && p[i+2] == '<':
		return t.backreference(i)
	case c == 'Q':
		return t.quote(i)
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

// backreference writes \n or \k<name> at p[i] as .NET's \k<n> and returns
// the bytes consumed. Java reads \1..\9 always, and more digits while
// such a group exists.
func (t *btTranslator) backreference(i int) int {
	p := t.p
	if p[i+1] == 'k' {
		end := strings.IndexByte(p[i:], '>')
		if end < 0 {
			t.out = append(t.out, `\k`...) // regexp2 reports it
			return 2
		}
		name := p[i+3 : i+end]
		for g, n := range t.names {
			if n == name && n != "" {
				name = strconv.Itoa(g)
			}
		}
		t.out = append(t.out, `\k<`+name+`>`...)
		return end + 1
	}
	ref, n := int(p[i+1]-'0'), 2
	for i+n < len(p) && p[i+n] >= '0' && p[i+n] <= '9' && ref*10+int(p[i+n]-'0') < len(t.names) {
		ref = ref*10 + int(p[i+n]-'0')
		n++
	}
	t.out = append(t.out, `\k<`+strconv.Itoa(ref)+`>`...)
	return n
}

// quote writes \Q...\E at p[i] and returns the bytes consumed. Each quoted
// character is an atom, as in Java: a quantifier after \E applies to the
// last one.
func (t *btTranslator) quote(i int) int {
	p := t.p
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
