package parser

import "github.com/alecthomas/participle/v2/lexer"

// Participle parses from a PeekingLexer, which holds every token of its
// input (64 bytes each): made from the whole script, the tokens of a
// 1,000,000-statement script took 300 MB before the first statement was
// parsed. A stmtStream instead gives participle a window of a few thousand
// tokens at a time, and moves the window on when a statement is parsed.
//
// A statement parsed from a window is the statement the whole script would
// give as long as participle never looked at the end of the window: the
// grammar decides with at most a few tokens of lookahead (parse.go), so a
// statement is kept only if at least windowMargin tokens follow it in the
// window, or the window ends where the script does; a parse error is
// likewise kept only if it lies windowMargin tokens before the window's end.
// Otherwise the statement is parsed again from a window that starts with it
// and is twice as long, which ends, at worst, where the script does.

// windowTokens is the number of tokens a window is filled with (a
// variable so that tests can cut scripts into tiny windows).
var windowTokens = 4096

const (
	// windowMargin is the number of tokens that must follow a statement, or
	// an error, in its window for the parse to be the whole script's. The
	// grammar's lookahead is three tokens.
	windowMargin = 16
)

// scanState is what the scanner knows before it scans a token: enough to
// scan the script again from there (LazyScript.Stmt). The previous token counts
// only through the three questions the scanner asks of it (see emit, nest,
// hintAllowed).
type scanState struct {
	off       int
	line, col int32
	parens    int32
	generics  int16
	flags     uint8
}

const (
	stateSetPending uint8 = 1 << iota // the next token is SET's raw text
	stateAtStart                      // the previous token is none or ';'
	stateHint                         // a /*+ hint */ may follow (after SELECT or a hint)
	stateGeneric                      // the previous token is ARRAY, MAP or STRUCT
)

func (s *scanner) state() scanState {
	st := scanState{off: s.off, line: int32(s.line), col: int32(s.col),
		parens: int32(s.parens), generics: int16(min(s.generics, maxNesting+1))}
	if s.setPending {
		st.flags |= stateSetPending
	}
	if s.last.Type == 0 || s.last.Value == ";" {
		st.flags |= stateAtStart
	}
	if s.hintAllowed() {
		st.flags |= stateHint
	}
	if s.last.Type == tokIdent && genericTypes[upperWord(s.last.Value)] {
		st.flags |= stateGeneric
	}
	return st
}

// resume returns a scanner over src in the state st, which scans the same
// tokens from there as the scanner st was taken from.
func resume(src string, st scanState) *scanner {
	s := &scanner{src: src, off: st.off, line: int(st.line), col: int(st.col),
		parens: int(st.parens), generics: int(st.generics), setPending: st.flags&stateSetPending != 0}
	s.end = s.pos()
	// A stand-in for the previous token that answers emit's, nest's and
	// hintAllowed's questions as it did.
	switch {
	case st.flags&stateAtStart != 0:
		s.last = lexer.Token{}
	case st.flags&stateHint != 0:
		s.last = lexer.Token{Type: tokHint}
	case st.flags&stateGeneric != 0:
		s.last = lexer.Token{Type: tokIdent, Value: "ARRAY"}
	default:
		s.last = lexer.Token{Type: tokPunct, Value: ")"}
	}
	return s
}

// windowLexer hands participle a window: the tokens kept from the last
// window, then up to n tokens from the scanner, then EOF. It records the
// scanner's state before each token in its stream.
type windowLexer struct {
	st    *stmtStream
	carry []lexer.Token
	n     int
	last  lexer.Token
}

func (l *windowLexer) Next() (lexer.Token, error) {
	st := l.st
	switch {
	case len(l.carry) > 0:
		l.last, l.carry = l.carry[0], l.carry[1:]
		return l.last, nil
	case l.n > 0 && !st.atEOF:
		l.n--
		t, _ := st.sc.Next() // never fails: a lexical error ends the tokens with EOF
		if !t.EOF() {
			st.states = append(st.states, st.sc.state())
			l.last = t
			return t, nil
		}
		st.atEOF = true
	}
	if st.atEOF || l.last.Type == 0 {
		return lexer.Token{Type: lexer.EOF, Pos: st.sc.end}, nil
	}
	// A stand-in end, where a statement cut short is never kept.
	return lexer.Token{Type: lexer.EOF, Pos: l.last.Pos}, nil
}

// stmtStream parses a script's statements one at a time from windows of
// its tokens.
type stmtStream struct {
	sc *scanner
	// peeker holds the current window's n tokens, then EOF; states[i] is
	// the scanner's state before token i, and states[n] the state after
	// the last.
	peeker *lexer.PeekingLexer
	n      int
	states []scanState
	// atEOF is set when the window ends where the script does.
	atEOF bool
}

func newStmtStream(sc *scanner) *stmtStream {
	st := &stmtStream{sc: sc, states: []scanState{sc.state()}}
	st.refill(0, windowTokens)
	return st
}

// refill starts a new window with the current one's tokens from index from
// on, followed by up to n more of the script's.
func (st *stmtStream) refill(from, n int) {
	var carry []lexer.Token
	if st.peeker != nil {
		carry = st.peeker.Range(lexer.RawCursor(from), lexer.RawCursor(st.n))
	}
	// Room for n tokens, or for what the rest of the text can hold at
	// about four bytes a token: a short script gets a short window.
	grow := min(n, (len(st.sc.src)-st.sc.off)/4+16)
	states := make([]scanState, len(carry)+1, len(carry)+grow+1)
	copy(states, st.states[from:])
	st.states = states
	st.peeker, _ = lexer.Upgrade(&windowLexer{st: st, carry: carry, n: n})
	st.n = len(st.states) - 1
}

// parsed is one statement of the stream: its AST (nil for a lone ';'),
// the scanner's state before its first token, and its number of tokens.
type parsed struct {
	stmt   Stmt
	start  scanState
	tokens int
}

// next parses the next statement. ok is false at the end of the script.
func (st *stmtStream) next() (p parsed, ok bool, err *Error) {
	for {
		from := int(st.peeker.RawCursor())
		if from == st.n {
			if st.atEOF {
				return parsed{}, false, nil
			}
			st.refill(from, windowTokens)
			continue
		}
		start := *st.peeker.Peek()
		tree, perr := stmtParser.ParseFromLexer(st.peeker, allowTrailing)
		to := int(st.peeker.RawCursor())
		if perr != nil {
			e := translate(perr, start)
			if st.atEOF || st.beforeMargin(e.Pos) {
				return parsed{}, false, e
			}
		} else if st.atEOF || st.n-to >= windowMargin {
			stmt, lerr := lowerStatement(tree)
			if lerr != nil {
				return parsed{}, false, asError(lerr)
			}
			return parsed{stmt: stmt, start: st.states[from], tokens: to - from}, true, nil
		}
		// The window may have cut the statement short: parse it again from
		// a window that starts with it and holds twice as many tokens.
		st.refill(from, max(windowTokens, st.n-from))
	}
}

// beforeMargin reports whether p lies windowMargin tokens or more before
// the end of a window that does not reach the end of the script.
func (st *stmtStream) beforeMargin(p Pos) bool {
	i := st.n - windowMargin
	if i < 0 {
		return false
	}
	m := st.peeker.Range(lexer.RawCursor(i), lexer.RawCursor(i+1))[0].Pos
	return p.Line < m.Line || (p.Line == m.Line && p.Col < m.Column)
}
