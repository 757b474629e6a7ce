package parser

import (
	"strings"
	"unicode/utf8"
)

// The splitter's own small lexer: just enough of the language to know
// where strings, comments, quoted names and words begin and end.

// sKind is the kind of a splitter token.
type sKind uint8

const (
	sWord    sKind = iota // a name or reserved word; text is upper case
	sVar                  // @name
	sLit                  // a number, string, X'..' or R'(..)'
	sSymbol               // an operator or punctuation
	sSetText              // the raw text of a SET statement
	sOther                // a character the lexer rejects
)

// sTok is a token of the splitter: its kind and where it is.
type sTok struct {
	kind       sKind
	text       string // upper case for words; as written otherwise
	quoted     bool   // a '...' or "..." literal
	start, end int
}

func (t sTok) is(kind sKind, text string) bool { return t.kind == kind && t.text == text }

// splitLexer tokenizes like the scanner but never fails: a character the
// scanner rejects, or a malformed escape, is left for Parse to report.
type splitLexer struct {
	src  string
	toks []sTok
	open int // offset of an unterminated string, comment or name; -1 if none
}

func lexSplit(src string) *splitLexer {
	lx := &splitLexer{src: src, open: -1}
	off := 0
	for {
		off = skipBlanksAndComments(src, off)
		if off >= len(src) {
			return lx
		}
		if end, ok := commentAt(src, off); ok && end < 0 {
			lx.open = off
			return lx
		}
		t, ok := lx.token(off)
		if !ok {
			lx.open = off
			return lx
		}
		lx.toks = append(lx.toks, t)
		off = t.end
		if lx.rawAfter(t) { // as the scanner does, take the rest raw
			if t, ok := lx.setText(off); ok {
				lx.toks = append(lx.toks, t)
				off = t.end
			}
		}
	}
}

// token scans the token at off; ok is false when the text ends inside it.
func (lx *splitLexer) token(off int) (sTok, bool) {
	src := lx.src
	c := src[off]
	t := sTok{kind: sLit, start: off}
	ok := true
	switch {
	case c == '\'' || c == '"':
		t.end, ok = quotedEnd(src, off)
		t.quoted = true
	case rawStringAt(src, off):
		t.end, ok = closingAt(src, off+3, ")"+src[off+1:off+2])
	case (c == 'x' || c == 'X') && off+1 < len(src) && (src[off+1] == '\'' || src[off+1] == '"'):
		t.end, ok = closingAt(src, off+2, src[off+1:off+2])
	case isDigit(c) || (c == '.' && off+1 < len(src) && isDigit(src[off+1])):
		t.end = numberEnd(src, off)
	case c == '`':
		t.kind, t.text = sWord, "`"
		t.end, ok = backtickEnd(src, off)
	case c == '@' && wordEnd(src, off+1) > off+1:
		t.kind, t.end = sVar, wordEnd(src, off+1)
	default:
		return lx.wordOrSymbol(off), true
	}
	if t.kind == sLit || t.kind == sVar {
		t.text = src[off:t.end]
	}
	return t, ok
}

// rawAfter reports whether the text after t is raw up to the ';', as the
// scanner reads it: after SET, and after TUNNEL starting a statement
// (odpscmd's tunnel commands take file paths).
func (lx *splitLexer) rawAfter(t sTok) bool {
	if t.is(sWord, "SET") {
		return true
	}
	n := len(lx.toks)
	return t.is(sWord, "TUNNEL") && (n == 1 || lx.toks[n-2].is(sSymbol, ";"))
}

func (lx *splitLexer) wordOrSymbol(off int) sTok {
	src := lx.src
	if r, _ := utf8.DecodeRuneInString(src[off:]); isIdentStart(r) {
		end := wordEnd(src, off)
		return sTok{kind: sWord, text: upperWord(src[off:end]), start: off, end: end}
	}
	for _, op := range operators {
		if strings.HasPrefix(src[off:], op) {
			return sTok{kind: sSymbol, text: op, start: off, end: off + len(op)}
		}
	}
	if strings.IndexByte(singles, src[off]) >= 0 {
		return sTok{kind: sSymbol, text: src[off : off+1], start: off, end: off + 1}
	}
	_, n := utf8.DecodeRuneInString(src[off:])
	return sTok{kind: sOther, text: src[off : off+n], start: off, end: off + n}
}

// setText scans the raw text after SET up to its ';' exactly as
// scanSetText does (quotes there take no escapes).
func (lx *splitLexer) setText(off int) (sTok, bool) {
	src := lx.src
	start := skipBlanks(src, off)
	i := start
	for i < len(src) && src[i] != ';' {
		if c := src[i]; c == '\'' || c == '"' || c == '`' {
			if j := strings.IndexByte(src[i+1:], c); j >= 0 {
				i += j + 2
				continue
			}
		}
		i++
	}
	if i == start {
		return sTok{}, false
	}
	return sTok{kind: sSetText, text: src[start:i], start: start, end: i}, true
}

// quotedEnd returns the offset after the '...' or "..." literal at off. A
// backslash always takes the character after it, whatever escape it makes.
func quotedEnd(src string, off int) (int, bool) {
	quote := src[off]
	for i := off + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case quote:
			return i + 1, true
		}
	}
	return len(src), false
}

// closingAt returns the offset after the first closing at or after from.
func closingAt(src string, from int, closing string) (int, bool) {
	if i := strings.Index(src[from:], closing); i >= 0 {
		return from + i + len(closing), true
	}
	return len(src), false
}

// backtickEnd returns the offset after the quoted name at off, where a
// doubled backtick stands for one.
func backtickEnd(src string, off int) (int, bool) {
	i := off + 1
	for {
		j := strings.IndexByte(src[i:], '`')
		if j < 0 {
			return len(src), false
		}
		i += j + 1
		if i >= len(src) || src[i] != '`' {
			return i, true
		}
		i++
	}
}

// numberEnd returns the offset after the number at off, as scanNumber
// reads it: digits, fraction, exponent, then any letters (its suffix).
func numberEnd(src string, off int) int {
	i := off
	for i < len(src) && isDigit(src[i]) {
		i++
	}
	if i < len(src) && src[i] == '.' {
		for i++; i < len(src) && isDigit(src[i]); i++ {
		}
	}
	return wordEnd(src, exponentEnd(src, i))
}
