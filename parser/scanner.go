package parser

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// scanner turns script text into tokens. It tracks 1-based lines and
// columns counted in characters, as MaxCompute reports them.
type scanner struct {
	src  string
	off  int
	line int
	col  int
	// end is the position just after the last token, where EOF is reported:
	// "missing ';'" reads better there than after trailing blank lines.
	end lexer.Position
	// last is the previous token; a hint is kept only right after SELECT.
	last lexer.Token
	// setPending makes the token after SET the raw text of the statement.
	setPending bool
	// parens and generics count open ( [ and ARRAY< MAP< STRUCT<, to bound
	// nesting before the parser recurses into it.
	parens, generics int
	// err is the lexical error the scan stopped at; the scanner then
	// returns EOF at its position, so that participle sees a clean end and
	// Parse can still report an earlier syntax error first.
	err *Error
}

// byteOrderMark is U+FEFF in UTF-8, as some editors start a file with it.
const byteOrderMark = "\uFEFF"

func newScanner(src string) *scanner {
	s := &scanner{src: src, line: 1, col: 1}
	if strings.HasPrefix(src, byteOrderMark) {
		// A BOM that a Windows editor put first is no character of the
		// script: skipped uncounted, line 1's columns stay right.
		s.off = len(byteOrderMark)
	}
	s.end = s.pos()
	return s
}

func (s *scanner) pos() lexer.Position {
	return lexer.Position{Offset: s.off, Line: s.line, Column: s.col}
}

// advance moves n bytes forward, counting lines and characters.
func (s *scanner) advance(n int) {
	for _, c := range []byte(s.src[s.off : s.off+n]) {
		switch {
		case c == '\n':
			s.line++
			s.col = 1
		case c&0xC0 != 0x80: // not a UTF-8 continuation byte
			s.col++
		}
	}
	s.off += n
}

// seek moves to a byte offset at or after the current one.
func (s *scanner) seek(off int) { s.advance(off - s.off) }

func (s *scanner) errAt(p lexer.Position, msg string) *Error {
	return &Error{Pos: Pos{Line: p.Line, Col: p.Column}, Msg: msg}
}

// Next returns the next token; comments and blanks are skipped. After a
// lexical error it returns EOF.
func (s *scanner) Next() (lexer.Token, error) {
	if s.err != nil {
		return lexer.Token{Type: lexer.EOF, Pos: s.end}, nil
	}
	t, err := s.next()
	if err != nil {
		s.err = asError(err)
		s.end = lexer.Position{Offset: len(s.src), Line: s.err.Pos.Line, Column: s.err.Pos.Col}
		return lexer.Token{Type: lexer.EOF, Pos: s.end}, nil
	}
	return t, nil
}

func (s *scanner) next() (lexer.Token, error) {
	if s.setPending {
		s.setPending = false
		return s.emit(s.scanSetText()), nil
	}
	for {
		s.seek(skipBlanks(s.src, s.off))
		if s.off >= len(s.src) {
			return lexer.Token{Type: lexer.EOF, Pos: s.end}, nil
		}
		end, hint, err := s.commentEnd()
		if err != nil {
			return lexer.Token{}, err
		}
		if end < 0 {
			break
		}
		if hint && s.hintAllowed() {
			start := s.pos()
			s.seek(end)
			return s.emit(lexer.Token{Type: tokHint, Value: s.src[start.Offset:end], Pos: start}), nil
		}
		s.seek(end)
	}
	t, err := s.scanToken()
	if err != nil {
		return lexer.Token{}, err
	}
	if err := s.nest(t); err != nil {
		return lexer.Token{}, err
	}
	return s.emit(t), nil
}

// maxNesting bounds the nesting of parentheses, brackets and generic types:
// deeper input is refused rather than risk exhausting the parser's stack.
const maxNesting = 256

// nest tracks the nesting that t opens or closes.
func (s *scanner) nest(t lexer.Token) error {
	if t.Type != tokPunct && t.Type != tokBinOp {
		return nil
	}
	switch t.Value {
	case "(", "[":
		s.parens++
	case ")", "]":
		s.parens = max(s.parens-1, 0)
	case "<":
		if s.last.Type == tokIdent && genericTypes[upperWord(s.last.Value)] {
			s.generics++
		}
	case ">":
		s.generics = max(s.generics-1, 0)
	case ";":
		s.generics = 0
	}
	if s.parens > maxNesting || s.generics > maxNesting {
		return s.errAt(t.Pos, fmt.Sprintf("nested too deeply: more than %d levels", maxNesting))
	}
	return nil
}

var genericTypes = map[string]bool{"ARRAY": true, "MAP": true, "STRUCT": true}

func (s *scanner) emit(t lexer.Token) lexer.Token {
	atStart := s.last.Type == 0 || s.last.Value == ";"
	s.last = t
	s.end = s.pos()
	if t.Type == tokKeyword && strings.EqualFold(t.Value, "SET") {
		s.setPending = true
	}
	// odpscmd's `tunnel upload|download ...` takes file paths, which are not
	// SQL tokens: keep its arguments as raw text, like SET's.
	if atStart && t.Type == tokIdent && strings.EqualFold(t.Value, "TUNNEL") {
		s.setPending = true
	}
	return t
}

func (s *scanner) hintAllowed() bool {
	return s.last.Type == tokHint ||
		(s.last.Type == tokKeyword && strings.EqualFold(s.last.Value, "SELECT"))
}

// commentEnd reports the end offset of a comment starting at the current
// offset (-1 if there is none) and whether it is a /*+ hint */.
func (s *scanner) commentEnd() (int, bool, error) {
	end, ok := commentAt(s.src, s.off)
	if !ok {
		return -1, false, nil
	}
	if end < 0 {
		what := "comment"
		if strings.HasPrefix(s.src[s.off:], "/*+") {
			what = "hint"
		}
		return 0, false, s.errAt(s.pos(), "unterminated "+what+": missing '*/'")
	}
	return end, strings.HasPrefix(s.src[s.off:], "/*+"), nil
}

// commentAt reports whether a comment starts at off and where it ends (-1
// when a block comment is not closed).
func commentAt(src string, off int) (int, bool) {
	rest := src[off:]
	switch {
	case strings.HasPrefix(rest, "--"):
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			return off + i + 1, true
		}
		return len(src), true
	case strings.HasPrefix(rest, "/*"):
		if i := strings.Index(rest[2:], "*/"); i >= 0 {
			return off + 2 + i + 2, true
		}
		return -1, true
	}
	return 0, false
}

// skipBlanks returns the offset of the first non-blank byte at or after off.
func skipBlanks(src string, off int) int {
	for off < len(src) {
		c := src[off]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
				return off
			}
			off++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[off:])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			return off
		}
		off += n
	}
	return off
}

// skipBlanksAndComments skips blanks and complete comments; an unterminated
// comment stops the skip so that the main loop reports it.
func skipBlanksAndComments(src string, off int) int {
	for {
		off = skipBlanks(src, off)
		end, ok := commentAt(src, off)
		if !ok || end < 0 {
			return off
		}
		off = end
	}
}

func isIdentStart(r rune) bool {
	return r == '_' || (r < utf8.RuneSelf && isASCIILetter(byte(r))) || (r >= utf8.RuneSelf && unicode.IsLetter(r))
}

func isIdentChar(r rune) bool {
	return isIdentStart(r) || (r >= '0' && r <= '9') || (r >= utf8.RuneSelf && unicode.IsDigit(r))
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// wordEnd returns the end offset of the identifier characters from off.
func wordEnd(src string, off int) int {
	for off < len(src) {
		c := src[off]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) && !isDigit(c) && c != '_' {
				return off
			}
			off++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[off:])
		if !isIdentChar(r) {
			return off
		}
		off += n
	}
	return off
}
