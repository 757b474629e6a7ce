package regexcompat

import (
	"fmt"
	"strings"
	"unicode"
)

// rng is an inclusive range of code points; a set is sorted and disjoint.
type rng struct{ lo, hi rune }

// The ASCII classes Java's \d \w \s and POSIX classes mean (RE2's too,
// but for \s, where Java also has \x0B).
var (
	asciiDigit = []rng{{'0', '9'}}
	asciiWord  = []rng{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
	asciiSpace = []rng{{'\t', '\r'}, {' ', ' '}}
)

// posixSets holds the POSIX classes by their RE2 names (see posixNames).
var posixSets = map[string][]rng{
	"lower":  {{'a', 'z'}},
	"upper":  {{'A', 'Z'}},
	"ascii":  {{0, 0x7F}},
	"alpha":  {{'A', 'Z'}, {'a', 'z'}},
	"digit":  asciiDigit,
	"alnum":  {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}},
	"punct":  {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}},
	"graph":  {{'!', '~'}},
	"print":  {{' ', '~'}},
	"blank":  {{'\t', '\t'}, {' ', ' '}},
	"cntrl":  {{0, 0x1F}, {0x7F, 0x7F}},
	"xdigit": {{'0', '9'}, {'A', 'F'}, {'a', 'f'}},
	"space":  asciiSpace,
	"word":   asciiWord,
}

// complement returns the code points not in set.
func complement(set []rng) []rng {
	var out []rng
	next := rune(0)
	for _, r := range set {
		if r.lo > next {
			out = append(out, rng{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, rng{next, unicode.MaxRune})
	}
	return out
}

// formatRanges writes a set as class items in regexp2's \x{...} syntax.
func formatRanges(set []rng) string {
	var b strings.Builder
	for _, r := range set {
		fmt.Fprintf(&b, `\x{%X}`, r.lo)
		if r.hi != r.lo {
			fmt.Fprintf(&b, `-\x{%X}`, r.hi)
		}
	}
	return b.String()
}
