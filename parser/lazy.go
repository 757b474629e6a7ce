package parser

import (
	"fmt"
	"io"
	"sync"
)

// LazyScript is a script that has been parsed whole, every statement
// checked, but that keeps of each statement only where it starts in the
// text (24 bytes), not its AST: Stmt parses it again when it is
// needed. An AST takes from 150 bytes (`@v := 1;`) to a few kilobytes, so
// a script of a million statements held as ASTs took gigabytes; a runner
// that asks for one statement at a time and lets it go when it has run
// holds the text, the positions and one statement.
//
// The price is parsing each statement twice. Scripts of up to
// lazyKeepTokens tokens, the usual kind, keep their ASTs and are parsed
// once. A LazyScript is not safe for concurrent use.
type LazyScript struct {
	src string
	// starts are the scanner's states before each statement's first token.
	starts []scanState
	// stmts holds the ASTs while the script is short enough to keep them.
	stmts []Stmt
	// stream parses statement next and those after it again.
	stream *stmtStream
	next   int
}

// lazyKeepTokens is the number of tokens of a script short enough for a
// LazyScript to keep its ASTs rather than parse them again: an AST takes
// 40 to 150 bytes a token, so a few megabytes at most. A longer script
// keeps none.
var lazyKeepTokens = 1 << 16

// ParseLazy parses a script as Parse does, with the same errors, and
// returns it as a LazyScript.
func ParseLazy(src string) (script *LazyScript, err error) {
	return ParseLazyEach(src, nil)
}

// ParseLazyEach is ParseLazy that also hands each statement, in order, to
// each (when not nil) while it is parsed the first time, so that a caller
// can learn what the whole script does (whether it writes, say) without
// parsing it again.
func ParseLazyEach(src string, each func(Stmt)) (script *LazyScript, err error) {
	defer func() {
		if r := recover(); r != nil {
			script, err = nil, &Error{Pos: Pos{1, 1}, Msg: fmt.Sprintf("internal parser error: %v", r)}
		}
	}()
	sc := newScanner(src)
	stream := newStmtStream(sc)
	out := &LazyScript{src: src}
	keep, tokens := true, 0
	for {
		p, ok, perr := stream.next()
		if perr != nil {
			return nil, firstError(sc.err, perr)
		}
		if !ok {
			break
		}
		if p.stmt == nil {
			continue
		}
		if each != nil {
			each(p.stmt)
		}
		out.starts = append(out.starts, p.start)
		tokens += p.tokens
		if keep = keep && tokens <= lazyKeepTokens; keep {
			out.stmts = append(out.stmts, p.stmt)
		} else {
			out.stmts = nil // from now on, parse again when asked
		}
	}
	if sc.err != nil {
		return nil, sc.err
	}
	return out, nil
}

// Len returns the number of statements.
func (l *LazyScript) Len() int { return len(l.starts) }

// Stmt returns statement i, parsing it again unless the script kept it.
// Statements asked for in order are parsed from one stream of windows, as
// the first time. Stmt fails only if parsing is not deterministic, which
// would be a bug.
func (l *LazyScript) Stmt(i int) (stmt Stmt, err error) {
	if l.stmts != nil {
		return l.stmts[i], nil
	}
	start := l.starts[i]
	defer func() {
		if r := recover(); r != nil {
			stmt, err = nil, &Error{Pos: Pos{int(start.line), int(start.col)}, Msg: fmt.Sprintf("internal parser error: %v", r)}
		}
	}()
	if l.stream == nil || i != l.next {
		l.stream = newStmtStream(resume(l.src, start))
	}
	stmt, err = l.find(start)
	if err != nil {
		// IF nesting is bounded by the depth of the goroutine's stack
		// (maxIfFrames), which is deeper here than where ParseLazy ran:
		// parse the statement again on a fresh stack, shallower than both.
		done := make(chan struct{})
		go func() {
			defer close(done)
			defer func() {
				if r := recover(); r != nil {
					err = &Error{Pos: Pos{int(start.line), int(start.col)}, Msg: fmt.Sprintf("internal parser error: %v", r)}
				}
			}()
			l.stream = newStmtStream(resume(l.src, start))
			stmt, err = l.find(start)
		}()
		<-done
	}
	if err != nil {
		l.stream = nil
		return nil, err
	}
	l.next = i + 1
	return stmt, nil
}

// find reads l.stream on to the statement that starts at start.
func (l *LazyScript) find(start scanState) (Stmt, error) {
	for {
		p, ok, perr := l.stream.next()
		switch {
		case perr != nil:
			return nil, perr
		case !ok || p.start.off > start.off:
			return nil, &Error{Pos: Pos{int(start.line), int(start.col)}, Msg: "internal parser error: the statement is not found again"}
		case p.stmt != nil && p.start.off == start.off:
			return p.stmt, nil
		}
		// a lone ';' before statement i
	}
}

// Statements returns the script's statements in order, one per call of
// next, which returns io.EOF after the last. A long script's statements
// are parsed again on a goroutine of their own, up to ahead statements
// before the caller asks for them, so that the parsing overlaps the
// caller's work on the statements before (running them); stop ends that
// goroutine, and must be called once the caller is done, at the end or
// not. The LazyScript must not be used otherwise until stop is called.
func (l *LazyScript) Statements(ahead int) (next func() (Stmt, error), stop func()) {
	if l.stmts != nil {
		i := 0
		return func() (Stmt, error) {
			if i == len(l.stmts) {
				return nil, io.EOF
			}
			i++
			return l.stmts[i-1], nil
		}, func() {}
	}
	type parsed struct {
		stmt Stmt
		err  error
	}
	out := make(chan parsed, max(ahead, 1))
	done := make(chan struct{})
	go func() {
		defer close(out)
		for i := range l.Len() {
			select {
			case <-done:
				return
			default:
			}
			st, err := l.Stmt(i)
			select {
			case out <- parsed{st, err}:
			case <-done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	next = func() (Stmt, error) {
		p, ok := <-out
		if !ok {
			return nil, io.EOF
		}
		return p.stmt, p.err
	}
	return next, sync.OnceFunc(func() { close(done) })
}
