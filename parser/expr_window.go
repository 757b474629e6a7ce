package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// windowGrammar is the EBNF of the window productions parsed by hand: the
// OVER clause of a call and the body of a window definition, shared by
// OVER (...) and the WINDOW clause.
const windowGrammar = `Over = "OVER" (<ident> | "(" WindowBody ")") .
WindowBody = <ident>? ("PARTITION" "BY" Expr ("," Expr)*)? ("ORDER" "BY" WindowOrder ("," WindowOrder)*)? Frame? .
WindowOrder = Expr ("ASC" | "DESC")? ("NULLS" ("FIRST" | "LAST"))? .
Frame = ("ROWS" | "RANGE" | "GROUPS") ("BETWEEN" FrameBound "AND" FrameBound | FrameBound) ("EXCLUDE" ("CURRENT" "ROW" | "GROUP" | "TIES" | "NO" "OTHERS"))? .
FrameBound = "UNBOUNDED" ("PRECEDING" | "FOLLOWING") | "CURRENT" "ROW" | Expr ("PRECEDING" | "FOLLOWING") .`

// windowBody is the custom participle production of a window definition
// (the part between the parentheses), so the WINDOW clause of the query
// grammar and OVER (...) share one hand-written parser.
type windowBody interface{ windowBody() }

func parseWindowBody(lex *lexer.PeekingLexer) (windowBody, error) {
	p, done := newExprParser(lex)
	defer done()
	return p.windowSpec()
}

// peekName reports whether the unreserved word w (OVER, ROWS, ...) is next,
// written bare: a quoted `over` is a name.
func (p *exprParser) peekName(w string) bool {
	t := p.lex.Peek()
	return (t.Type == tokIdent || t.Type == tokKeyword) && strings.EqualFold(t.Value, w)
}

// expectName consumes the word w or reports it missing.
func (p *exprParser) expectName(w string) error {
	if !p.peekName(w) {
		return p.unexpected(*p.lex.Peek(), "'"+w+"'")
	}
	p.lex.Next()
	return nil
}

// overAhead reports whether an OVER clause follows a call: OVER then '(' or
// a window name. `count(*) over` alone leaves over to be an alias.
func (p *exprParser) overAhead() bool {
	if !p.peekName("OVER") {
		return false
	}
	next := peekSecond(p.lex)
	return next.Type == tokIdent || (next.Type == tokPunct && next.Value == "(")
}

// over parses `OVER w` or `OVER (spec)`; OVER is next.
func (p *exprParser) over() (*WindowSpec, error) {
	at := *p.lex.Next()
	if t := *p.lex.Peek(); t.Type == tokIdent {
		p.lex.Next()
		return &WindowSpec{Pos: pos(t.Pos), Base: unquoteIdent(t.Value)}, nil
	}
	p.lex.Next() // (
	w, err := p.windowSpec()
	if err != nil {
		return nil, err
	}
	w.Pos = pos(at.Pos)
	return w, p.expect(")")
}

// windowSpec parses a window definition up to its closing parenthesis.
func (p *exprParser) windowSpec() (*WindowSpec, error) {
	w := &WindowSpec{Pos: pos(p.lex.Peek().Pos)}
	if t := *p.lex.Peek(); t.Type == tokIdent && !p.frameUnitAhead() {
		p.lex.Next()
		w.Base = unquoteIdent(t.Value)
	}
	var err error
	if p.peekWord("PARTITION") {
		p.lex.Next()
		if err := p.expect("BY"); err != nil {
			return nil, err
		}
		if w.PartitionBy, err = p.exprList(); err != nil {
			return nil, err
		}
	}
	if p.peekWord("ORDER") {
		p.lex.Next()
		if err := p.expect("BY"); err != nil {
			return nil, err
		}
		if w.OrderBy, err = p.windowOrder(); err != nil {
			return nil, err
		}
	}
	if p.frameUnitAhead() {
		if w.Frame, err = p.frame(); err != nil {
			return nil, err
		}
	}
	return w, nil
}

func (p *exprParser) frameUnitAhead() bool {
	return p.peekName("ROWS") || p.peekName("RANGE") || p.peekName("GROUPS")
}

// windowOrder parses the keys of a window's ORDER BY.
func (p *exprParser) windowOrder() ([]*OrderItem, error) {
	var out []*OrderItem
	for {
		at := *p.lex.Peek()
		x, err := p.expr(0)
		if err != nil {
			return nil, err
		}
		o := &OrderItem{Pos: pos(at.Pos), Expr: x}
		switch {
		case p.peekName("ASC"):
			p.lex.Next()
		case p.peekName("DESC"):
			p.lex.Next()
			o.Desc = true
		}
		if p.peekName("NULLS") {
			p.lex.Next()
			t := *p.lex.Peek()
			if !p.peekName("FIRST") && !p.peekName("LAST") {
				return nil, p.unexpected(t, "'FIRST' or 'LAST'")
			}
			p.lex.Next()
			o.Nulls = strings.ToUpper(t.Value)
		}
		out = append(out, o)
		if !p.peekIs(",") {
			return out, nil
		}
		p.lex.Next()
	}
}

// frame parses ROWS|RANGE|GROUPS [BETWEEN start AND end | start] [EXCLUDE ...].
func (p *exprParser) frame() (*Frame, error) {
	unit := *p.lex.Next()
	f := &Frame{Pos: pos(unit.Pos), Unit: strings.ToUpper(unit.Value)}
	var err error
	if p.peekWord("BETWEEN") {
		p.lex.Next()
		if f.Start, err = p.frameBound(); err != nil {
			return nil, err
		}
		if err := p.expect("AND"); err != nil {
			return nil, err
		}
		if f.End, err = p.frameBound(); err != nil {
			return nil, err
		}
	} else {
		if f.Start, err = p.frameBound(); err != nil {
			return nil, err
		}
		f.End = &FrameBound{Pos: f.Start.Pos, Kind: "CURRENT ROW"}
	}
	if p.peekName("EXCLUDE") {
		p.lex.Next()
		if f.Exclude, err = p.frameExclusion(); err != nil {
			return nil, err
		}
	}
	return f, nil
}

func (p *exprParser) frameExclusion() (string, error) {
	switch {
	case p.peekName("CURRENT"):
		p.lex.Next()
		return "CURRENT ROW", p.expectName("ROW")
	case p.peekWord("GROUP"):
		p.lex.Next()
		return "GROUP", nil
	case p.peekName("TIES"):
		p.lex.Next()
		return "TIES", nil
	case p.peekName("NO"):
		p.lex.Next()
		return "NO OTHERS", p.expectName("OTHERS")
	}
	return "", p.unexpected(*p.lex.Peek(), "'CURRENT ROW', 'GROUP', 'TIES' or 'NO OTHERS'")
}

// frameBound parses UNBOUNDED PRECEDING|FOLLOWING, CURRENT ROW, or
// n PRECEDING|FOLLOWING.
func (p *exprParser) frameBound() (*FrameBound, error) {
	at := *p.lex.Peek()
	b := &FrameBound{Pos: pos(at.Pos)}
	switch {
	case p.peekName("UNBOUNDED"):
		p.lex.Next()
		dir, err := p.direction()
		b.Kind = "UNBOUNDED " + dir
		return b, err
	case p.peekName("CURRENT"):
		p.lex.Next()
		b.Kind = "CURRENT ROW"
		return b, p.expectName("ROW")
	}
	var err error
	if b.Offset, err = p.expr(0); err != nil {
		return nil, err
	}
	b.Kind, err = p.direction()
	return b, err
}

func (p *exprParser) direction() (string, error) {
	for _, w := range []string{"PRECEDING", "FOLLOWING"} {
		if p.peekName(w) {
			p.lex.Next()
			return w, nil
		}
	}
	return "", p.unexpected(*p.lex.Peek(), "'PRECEDING' or 'FOLLOWING'")
}

// exprList parses expressions separated by commas.
func (p *exprParser) exprList() ([]Expr, error) {
	var out []Expr
	for {
		x, err := p.expr(0)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
		if !p.peekIs(",") {
			return out, nil
		}
		p.lex.Next()
	}
}
