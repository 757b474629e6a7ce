package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// operators lists the multi-character operators, longest first.
var operators = []string{"<=>", ":=", "==", "<>", "!=", "<=", ">=", "||", "->"}

// singles are the one-character operators and punctuation. '>' is always
// a token of its own so that `ARRAY<MAP<K,V>>` closes two generics.
const singles = "=<>+-*/%&|^~(),;.[]:"

// scanToken scans the token at the current offset, which is neither blank
// nor a comment.
func (s *scanner) scanToken() (lexer.Token, error) {
	start := s.pos()
	c := s.src[s.off]
	switch {
	case c == '\'' || c == '"':
		return s.scanStrings(start, s.off)
	case isDigit(c) || (c == '.' && s.off+1 < len(s.src) && isDigit(s.src[s.off+1])):
		return s.scanNumber(start)
	case c == '`':
		return s.scanQuotedIdent(start)
	case c == '@':
		return s.scanVar(start)
	}
	if r, _ := utf8.DecodeRuneInString(s.src[s.off:]); isIdentStart(r) {
		return s.scanWord(start)
	}
	for _, op := range operators {
		if strings.HasPrefix(s.src[s.off:], op) {
			return s.symbol(start, len(op)), nil
		}
	}
	if strings.IndexByte(singles, c) >= 0 {
		return s.symbol(start, 1), nil
	}
	r, _ := utf8.DecodeRuneInString(s.src[s.off:])
	return lexer.Token{}, s.errAt(start, fmt.Sprintf("unexpected character %q", r))
}

func (s *scanner) symbol(start lexer.Position, n int) lexer.Token {
	s.advance(n)
	v := s.src[start.Offset:s.off]
	typ, ok := symbolTypes[v]
	if !ok {
		typ = tokPunct
	}
	return lexer.Token{Type: typ, Value: v, Pos: start}
}

// scanWord scans a name, a keyword, or a literal introduced by a word:
// X'..', R'(..)', DATE '..', DATETIME '..', TIMESTAMP '..'.
func (s *scanner) scanWord(start lexer.Position) (lexer.Token, error) {
	end := wordEnd(s.src, s.off)
	word := s.src[s.off:end]
	if end < len(s.src) && (s.src[end] == '\'' || s.src[end] == '"') {
		switch {
		case word == "X" || word == "x":
			return s.scanBinary(start)
		case (word == "R" || word == "r") && end+1 < len(s.src) && s.src[end+1] == '(':
			return s.scanStrings(start, s.off)
		}
	}
	upper := upperWord(word)
	if typedLiteralWords[upper] {
		if q := skipBlanks(s.src, end); q < len(s.src) && (s.src[q] == '\'' || s.src[q] == '"') {
			return s.scanStrings(start, q)
		}
	}
	s.seek(end)
	typ := tokIdent
	if reserved[upper] {
		typ = tokKeyword
		if t, ok := wordTypes[upper]; ok {
			typ = t
		}
	}
	return lexer.Token{Type: typ, Value: word, Pos: start}, nil
}

// typedLiteralWords introduce a date or time literal when a string follows.
var typedLiteralWords = map[string]bool{"DATE": true, "DATETIME": true, "TIMESTAMP": true, "TIMESTAMP_NTZ": true, "JSON": true}

// scanStrings scans one string literal at from, then any adjacent ones
// (across blanks and comments), into one token whose value is the raw text
// from the token start to the end of the last literal.
func (s *scanner) scanStrings(start lexer.Position, from int) (lexer.Token, error) {
	off := from
	for {
		end, err := s.stringEnd(off)
		if err != nil {
			return lexer.Token{}, err
		}
		s.seek(end)
		next := skipBlanksAndComments(s.src, end)
		if !stringStartsAt(s.src, next) {
			break
		}
		off = next
	}
	return lexer.Token{Type: tokLit, Value: s.src[start.Offset:s.off], Pos: start}, nil
}

// stringStartsAt reports whether a string or raw string literal starts at off.
func stringStartsAt(src string, off int) bool {
	if off >= len(src) {
		return false
	}
	if c := src[off]; c == '\'' || c == '"' {
		return true
	}
	return rawStringAt(src, off)
}

func rawStringAt(src string, off int) bool {
	return off+2 < len(src) && (src[off] == 'R' || src[off] == 'r') &&
		(src[off+1] == '\'' || src[off+1] == '"') && src[off+2] == '('
}

// stringEnd validates the literal at off and returns the offset after it.
func (s *scanner) stringEnd(off int) (int, error) {
	end, bad, ok := decodeString(s.src, off, nil)
	if bad >= 0 {
		s.seek(bad)
		return 0, s.errAt(s.pos(), "unexpected escape sequence")
	}
	if !ok {
		s.seek(off)
		what := "string literal"
		if rawStringAt(s.src, off) {
			what = "raw string literal"
		}
		return 0, s.errAt(s.pos(), "unterminated "+what)
	}
	return end, nil
}

// scanNumber scans digits with an optional fraction, exponent and type
// suffix. Letters glued to a number that are not a suffix are an error
// rather than a separate name, as `1x` is almost always a typo.
func (s *scanner) scanNumber(start lexer.Position) (lexer.Token, error) {
	src, i := s.src, s.off
	for i < len(src) && isDigit(src[i]) {
		i++
	}
	integral := true
	if i < len(src) && src[i] == '.' {
		integral = false
		for i++; i < len(src) && isDigit(src[i]); i++ {
		}
	}
	if j := exponentEnd(src, i); j > i {
		integral = false
		i = j
	}
	end := wordEnd(src, i)
	if !validSuffix(upperWord(src[i:end]), integral) {
		return lexer.Token{}, s.errAt(start, fmt.Sprintf("malformed number '%s'", src[s.off:end]))
	}
	s.seek(end)
	return lexer.Token{Type: tokLit, Value: src[start.Offset:end], Pos: start}, nil
}

// exponentEnd returns the end of an exponent such as e3 or E-05 at i, or i.
func exponentEnd(src string, i int) int {
	if i >= len(src) || (src[i] != 'e' && src[i] != 'E') {
		return i
	}
	j := i + 1
	if j < len(src) && (src[j] == '+' || src[j] == '-') {
		j++
	}
	if j >= len(src) || !isDigit(src[j]) {
		return i
	}
	for j < len(src) && isDigit(src[j]) {
		j++
	}
	return j
}

// validSuffix checks a number's type suffix: Y, S and L need an integer.
func validSuffix(suffix string, integral bool) bool {
	switch suffix {
	case "", "F", "D", "BD":
		return true
	case "Y", "S", "L":
		return integral
	}
	return false
}

// scanQuotedIdent scans `name`, where a doubled backtick stands for one.
func (s *scanner) scanQuotedIdent(start lexer.Position) (lexer.Token, error) {
	i := s.off + 1
	for {
		j := strings.IndexByte(s.src[i:], '`')
		if j < 0 {
			return lexer.Token{}, s.errAt(start, "unterminated quoted name: missing '`'")
		}
		i += j + 1
		if i < len(s.src) && s.src[i] == '`' {
			i++
			continue
		}
		break
	}
	if i == s.off+2 {
		return lexer.Token{}, s.errAt(start, "empty quoted name ``")
	}
	s.seek(i)
	return lexer.Token{Type: tokIdent, Value: s.src[start.Offset:i], Pos: start}, nil
}

// scanVar scans @name.
func (s *scanner) scanVar(start lexer.Position) (lexer.Token, error) {
	end := wordEnd(s.src, s.off+1)
	if end == s.off+1 {
		return lexer.Token{}, s.errAt(start, "expected a variable name after '@'")
	}
	s.seek(end)
	return lexer.Token{Type: tokVar, Value: s.src[start.Offset:end], Pos: start}, nil
}

// scanBinary scans X'hex'.
func (s *scanner) scanBinary(start lexer.Position) (lexer.Token, error) {
	quote := s.src[s.off+1]
	i := s.off + 2
	for ; i < len(s.src) && s.src[i] != quote; i++ {
		if !isHexDigit(s.src[i]) {
			s.seek(i)
			r, _ := utf8.DecodeRuneInString(s.src[i:])
			return lexer.Token{}, s.errAt(s.pos(), fmt.Sprintf("invalid hex digit %q in binary literal", r))
		}
	}
	if i >= len(s.src) {
		return lexer.Token{}, s.errAt(start, "unterminated binary literal")
	}
	s.seek(i + 1)
	return lexer.Token{Type: tokLit, Value: s.src[start.Offset:s.off], Pos: start}, nil
}

func isHexDigit(c byte) bool {
	return isDigit(c) || ((c|0x20) >= 'a' && (c|0x20) <= 'f')
}

// scanSetText scans the raw text of a SET statement up to its ';' (quoted
// parts may contain ';'), so that any flag value, however it is spelled,
// survives as written.
func (s *scanner) scanSetText() lexer.Token {
	s.seek(skipBlanks(s.src, s.off))
	start := s.pos()
	i := s.off
	for i < len(s.src) && s.src[i] != ';' {
		if c := s.src[i]; c == '\'' || c == '"' || c == '`' {
			if j := strings.IndexByte(s.src[i+1:], c); j >= 0 {
				i += j + 2
				continue
			}
		}
		i++
	}
	s.seek(i)
	return lexer.Token{Type: tokSetText, Value: s.src[start.Offset:i], Pos: start}
}
