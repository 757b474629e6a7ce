// Package regexcompat compiles MaxCompute regular expressions for Go. It
// depends on nothing of mcsql's so that both the evaluator (RLIKE, REGEXP)
// and the REGEXP_* functions and SPLIT use one compiler.
//
// MaxCompute writes regular expressions in PCRE (1.0 and 2.0 data type
// editions) or Java (Hive-compatible edition) syntax. Compile (engine.go)
// gives a Regexp backed by one of two engines:
//
//   - Go's regexp (RE2, linear time), for every pattern RE2 can express.
//     The two syntaxes agree on almost everything users write: POSIX
//     classes ([[:digit:]]), \d \w \s, \x{4e00}, lazy quantifiers, (?i),
//     \Q...\E. Translate (this file) rewrites the Java/PCRE spellings RE2
//     lacks but can express (\p{Alpha}, \e, \uXXXX, \cX, \h, \R, (?u)) and
//     reports, with an *UnsupportedError, the ones it cannot match at all
//     (backreferences, lookaround, atomic groups, possessive quantifiers,
//     class intersection, \G, \Z, the comments flag).
//   - github.com/dlclark/regexp2 (backtracking, .NET syntax) for those:
//     translateBacktrack (backtrack.go) rewrites the pattern into .NET's
//     syntax with Java's meaning, and each match is bounded by a timeout.
package regexcompat

import (
	"regexp"
	"strconv"
	"strings"
)

// UnsupportedError is a construct RE2 cannot match; Construct names it as
// the pattern writes it, e.g. `backreference \1`.
type UnsupportedError struct{ Construct string }

func (e *UnsupportedError) Error() string { return e.Construct }

// unsupported returns the error for construct c.
func unsupported(c string) error { return &UnsupportedError{Construct: c} }

// posixNames maps Java's \p{Name} POSIX classes to RE2's ASCII classes.
var posixNames = map[string]string{
	"Lower": "lower", "Upper": "upper", "ASCII": "ascii", "Alpha": "alpha", "Digit": "digit",
	"Alnum": "alnum", "Punct": "punct", "Graph": "graph", "Print": "print", "Blank": "blank",
	"Cntrl": "cntrl", "XDigit": "xdigit", "Space": "space",
}

// Translate rewrites a MaxCompute (PCRE/Java) pattern into RE2 syntax. A
// construct RE2 cannot match gives an *UnsupportedError naming it.
func Translate(p string) (string, error) {
	var b strings.Builder
	b.Grow(len(p) + 8)
	inClass := false
	quantified := false // the previous token was a quantifier
	for i := 0; i < len(p); i++ {
		c := p[i]
		wasQuantified := quantified
		quantified = false
		switch {
		case c == '\\':
			n, err := translateEscape(&b, p, i, inClass)
			if err != nil {
				return "", err
			}
			i += n - 1
		case inClass:
			n, err := translateInClass(&b, p, i)
			if err != nil {
				return "", err
			}
			inClass = c != ']'
			i += n - 1
		case c == '[':
			inClass = true
			i += openClass(&b, p, i) - 1
		case c == '(':
			n, err := translateGroup(&b, p, i)
			if err != nil {
				return "", err
			}
			i += n - 1
		case c == '*' || c == '+' || c == '?':
			if wasQuantified && c == '+' {
				return "", unsupported("possessive quantifier (" + string(p[i-1]) + "+)")
			}
			b.WriteByte(c)
			// ? after a quantifier makes it lazy; it is not a new quantifier.
			quantified = !(wasQuantified && c == '?')
		case c == '{':
			end := repetitionEnd(p, i)
			if end == 0 {
				b.WriteString(`\{`) // a literal brace, as Java and PCRE read it
				continue
			}
			b.WriteString(p[i:end])
			i = end - 1
			quantified = true
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// openClass writes the [ at p[i] and a leading ] (after an optional ^),
// which is a literal in both syntaxes; it returns the bytes consumed.
func openClass(b *strings.Builder, p string, i int) int {
	n := 1
	b.WriteByte('[')
	if i+n < len(p) && p[i+n] == '^' {
		b.WriteByte('^')
		n++
	}
	if i+n < len(p) && p[i+n] == ']' {
		b.WriteString(`\]`)
		n++
	}
	return n
}

// translateInClass handles p[i] inside [...], other than an escape, and
// returns the bytes consumed. A [ is a literal there, as in PCRE, unless
// it opens a POSIX class [:name:].
func translateInClass(b *strings.Builder, p string, i int) (int, error) {
	c := p[i]
	switch {
	case c == '&' && i+1 < len(p) && p[i+1] == '&':
		return 0, unsupported("character class intersection (&&)")
	case c == '[' && i+1 < len(p) && p[i+1] == ':':
		if end := strings.Index(p[i:], ":]"); end >= 0 {
			b.WriteString(p[i : i+end+2])
			return end + 2, nil
		}
	}
	b.WriteByte(c)
	return 1, nil
}

// repetitionEnd returns the index after a {n}, {n,} or {n,m} at i, or 0.
func repetitionEnd(p string, i int) int {
	j := i + 1
	digits := func() int {
		k := j
		for j < len(p) && p[j] >= '0' && p[j] <= '9' {
			j++
		}
		return j - k
	}
	if digits() == 0 {
		return 0
	}
	if j < len(p) && p[j] == ',' {
		j++
		digits()
	}
	if j < len(p) && p[j] == '}' {
		return j + 1
	}
	return 0
}

// translateGroup handles the group opener at p[i] and returns how many
// bytes it consumed.
func translateGroup(b *strings.Builder, p string, i int) (int, error) {
	rest := p[i:]
	switch {
	case strings.HasPrefix(rest, "(?="), strings.HasPrefix(rest, "(?!"):
		return 0, unsupported("lookahead " + rest[:3] + "...)")
	case strings.HasPrefix(rest, "(?<="), strings.HasPrefix(rest, "(?<!"):
		return 0, unsupported("lookbehind " + rest[:4] + "...)")
	case strings.HasPrefix(rest, "(?>"):
		return 0, unsupported("atomic group (?>...)")
	case strings.HasPrefix(rest, "(?<"), strings.HasPrefix(rest, "(?P<"), strings.HasPrefix(rest, "(?:"):
		b.WriteString("(?")
		return 2, nil
	case strings.HasPrefix(rest, "(?"):
		// Inline flags (?imsU-imsU) or (?flags:...). RE2 lacks Java's d
		// (UNIX_LINES) and u (UNICODE_CASE), which change nothing here,
		// and x (comments), which changes the meaning of the pattern.
		j := 2
		var flags strings.Builder
		for j < len(rest) && rest[j] != ')' && rest[j] != ':' {
			switch f := rest[j]; f {
			case 'x':
				return 0, unsupported("comments flag (?x)")
			case 'd', 'u':
			default:
				flags.WriteByte(f)
			}
			j++
		}
		if j == len(rest) {
			b.WriteString(rest) // unterminated: let RE2 report it
			return len(rest), nil
		}
		f := strings.TrimSuffix(flags.String(), "-")
		switch {
		case f == "" && rest[j] == ')':
			// nothing left to set
		case f == "":
			b.WriteString("(?:")
		default:
			b.WriteString("(?" + f + string(rest[j]))
		}
		return j + 1, nil
	}
	b.WriteByte('(')
	return 1, nil
}

// translateEscape handles the escape at p[i] and returns how many bytes it
// consumed.
func translateEscape(b *strings.Builder, p string, i int, inClass bool) (int, error) {
	if i+1 >= len(p) {
		b.WriteByte('\\') // a trailing backslash: RE2 reports it
		return 1, nil
	}
	c := p[i+1]
	switch {
	case c >= '1' && c <= '9' && !inClass:
		return 0, unsupported("backreference \\" + string(c))
	case c == 'k' && !inClass:
		return 0, unsupported("named backreference \\k<...>")
	case c == 'G' || c == 'Z':
		return 0, unsupported("anchor \\" + string(c) + " (use $ or \\z)")
	case c == 'Q':
		end := strings.Index(p[i+2:], `\E`)
		if end < 0 {
			b.WriteString(regexp.QuoteMeta(p[i+2:]))
			return len(p) - i, nil
		}
		b.WriteString(regexp.QuoteMeta(p[i+2 : i+2+end]))
		return end + 4, nil
	case c == 'x' && i+2 < len(p) && p[i+2] == '{' && strings.IndexByte(p[i:], '}') > 0:
		// \x{4e00} whole: its brace is not a repetition.
		end := strings.IndexByte(p[i:], '}')
		b.WriteString(p[i : i+end+1])
		return end + 1, nil
	case c == 'e':
		b.WriteString(`\x1B`)
	case c == 'h':
		b.WriteString(wrapClass(`\t \x{A0}\x{1680}\x{180E}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}`, inClass))
	case c == 'R' && !inClass:
		b.WriteString(`(?:\r\n|[\n\x0B\f\r\x{85}\x{2028}\x{2029}])`)
	case c == 'u' && i+6 <= len(p) && isHex(p[i+2:i+6]):
		b.WriteString(`\x{` + p[i+2:i+6] + `}`)
		return 6, nil
	case c == 'c' && i+2 < len(p):
		b.WriteString(`\x{` + strconv.FormatInt(int64(p[i+2]^64), 16) + `}`)
		return 3, nil
	case (c == 'p' || c == 'P') && i+2 < len(p) && p[i+2] == '{':
		end := strings.IndexByte(p[i:], '}')
		if end < 0 {
			break
		}
		name := p[i+3 : i+end]
		if posix, ok := posixNames[strings.TrimPrefix(name, "Is")]; ok {
			neg := ""
			if c == 'P' {
				neg = "^"
			}
			b.WriteString(wrapClass("[:"+neg+posix+":]", inClass))
			return end + 1, nil
		}
		b.WriteString(p[i : i+end+1]) // \p{Han}, \p{L}: RE2 knows Unicode names
		return end + 1, nil
	default:
		b.WriteString(p[i : i+2])
	}
	return 2, nil
}

// wrapClass returns class items as a bracket expression, or bare inside one.
func wrapClass(items string, inClass bool) string {
	if inClass {
		return items
	}
	return "[" + items + "]"
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(s[i])) {
			return false
		}
	}
	return true
}
