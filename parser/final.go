package parser

import "strings"

// AddFinalSemicolon returns src with a ';' after its last statement when
// that statement lacks one, as odpscmd does for -e and -f: `select 1` runs
// as `select 1;`. The ';' goes right after the statement's last token, so
// that a trailing comment stays a comment and every position before it is
// unchanged. src is returned as it is when it is already complete, when it
// ends inside a string or comment, or when one ';' would not finish it (an
// IF block without its END): Parse then reports the real mistake.
func AddFinalSemicolon(src string) string {
	if _, rest := SplitFinal(src); rest == "" {
		return src
	}
	lx := lexSplit(src)
	if lx.open >= 0 || len(lx.toks) == 0 {
		return src
	}
	last := lx.toks[len(lx.toks)-1]
	end := last.end
	if last.kind == sSetText { // raw text runs to the end: keep its blanks out
		end = last.start + len(strings.TrimRight(last.text, " \t\r\n"))
	}
	fixed := src[:end] + ";" + src[end:]
	if _, rest := SplitFinal(fixed); rest != "" {
		return src
	}
	return fixed
}
