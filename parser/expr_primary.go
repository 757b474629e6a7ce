package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// primary parses a literal, variable, name, call, parenthesized expression,
// scalar subquery, CASE or CAST.
func (p *exprParser) primary() (Expr, error) {
	t := *p.lex.Peek()
	switch t.Type {
	case tokLit:
		p.lex.Next()
		return lowerLiteral(t), nil
	case tokVar:
		p.lex.Next()
		return &VarRef{Pos: pos(t.Pos), Name: t.Value[1:]}, nil
	case tokIdent:
		return p.nameOrCall()
	case tokPunct:
		if t.Value == "(" {
			return p.paren()
		}
	case tokKeyword:
		if p.isLambdaWord(t) {
			return p.lambdaWord()
		}
		switch strings.ToUpper(t.Value) {
		case "CASE":
			return p.caseExpr()
		case "CAST":
			return p.cast()
		case "EXISTS":
			return p.exists()
		case "IF", "LEFT", "RIGHT":
			if peekSecond(p.lex).Value == "(" {
				p.lex.Next()
				return p.call(t)
			}
		}
	}
	return nil, p.unexpected(t, "an expression")
}

// nameOrCall parses a dotted name, or a call when '(' follows the name.
func (p *exprParser) nameOrCall() (Expr, error) {
	first := *p.lex.Next()
	if p.peekIs("(") {
		return p.call(first)
	}
	parts := []string{unquoteIdent(first.Value)}
	for p.peekIs(".") && peekSecond(p.lex).Type == tokIdent {
		p.lex.Next()
		parts = append(parts, unquoteIdent(p.lex.Next().Value))
	}
	return &Ident{Pos: pos(first.Pos), Parts: parts}, nil
}

// call parses the arguments of a call of name; the '(' is next.
func (p *exprParser) call(name lexer.Token) (Expr, error) {
	if p.isExtractFrom(name) {
		return p.extract(name)
	}
	p.lex.Next()
	c := &Call{Pos: pos(name.Pos), Name: unquoteIdent(name.Value)}
	if strings.EqualFold(c.Name, "TRIM") && !p.peekIs(")") {
		return p.trimCall(c) // TRIM([BOTH | LEADING | TRAILING] [chars] FROM str)
	}
	if p.isStructCall(c) {
		return p.structCall(c) // STRUCT(x [[AS] name], ...): expr_struct.go
	}
	switch {
	case p.peekIs("*"):
		p.lex.Next()
		c.Star = true
	case p.peekWord("DISTINCT") || p.peekWord("ALL"): // COUNT(ALL x) is COUNT(x)
		c.Distinct = p.peekWord("DISTINCT")
		p.lex.Next()
		fallthrough
	case !p.peekIs(")"):
		args, err := p.args()
		if err != nil {
			return nil, err
		}
		c.Args = args
	}
	if err := p.expect(")"); err != nil {
		return nil, err
	}
	if _, err := p.aggregateClauses(c); err != nil { // WITHIN GROUP, FILTER: expr_aggregate.go
		return nil, err
	}
	if p.overAhead() {
		var err error
		if c.Over, err = p.over(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// paren parses ( expr ), a row value ( expr, expr, ... ) or a scalar
// subquery ( SELECT ... ).
func (p *exprParser) paren() (Expr, error) {
	open := *p.lex.Next()
	var x Expr
	var err error
	if p.peekQuery() {
		var q *Query
		if q, err = p.subquery(); err == nil {
			x = &Subquery{Pos: pos(open.Pos), Query: q}
		}
	} else {
		x, err = p.expr(0)
		if err == nil && p.peekIs(",") {
			x, err = p.rowRest(open, x) // (a, b): a row value, ast_row.go
		}
	}
	if err != nil {
		return nil, err
	}
	if err := p.expect(")"); err != nil {
		return nil, err
	}
	return x, nil
}

func (p *exprParser) caseExpr() (Expr, error) {
	c := &Case{Pos: pos(p.lex.Next().Pos)}
	var err error
	if !p.peekWord("WHEN") {
		if !startsExpr(p.lex) {
			return nil, p.unexpected(*p.lex.Peek(), "'WHEN' or an expression")
		}
		if c.Operand, err = p.expr(0); err != nil {
			return nil, err
		}
	}
	for p.peekWord("WHEN") {
		w := &When{Pos: pos(p.lex.Next().Pos)}
		if w.Cond, err = p.expr(0); err != nil {
			return nil, err
		}
		if err := p.expect("THEN"); err != nil {
			return nil, err
		}
		if w.Result, err = p.expr(0); err != nil {
			return nil, err
		}
		c.Whens = append(c.Whens, w)
	}
	if c.Whens == nil {
		return nil, p.unexpected(*p.lex.Peek(), "'WHEN'")
	}
	if p.peekWord("ELSE") {
		p.lex.Next()
		if c.Else, err = p.expr(0); err != nil {
			return nil, err
		}
	}
	if err := p.expect("END"); err != nil {
		return nil, err
	}
	return c, nil
}

func (p *exprParser) cast() (Expr, error) {
	c := &Cast{Pos: pos(p.lex.Next().Pos)}
	if err := p.expect("("); err != nil {
		return nil, err
	}
	var err error
	if c.X, err = p.expr(0); err != nil {
		return nil, err
	}
	if err := p.expect("AS"); err != nil {
		return nil, err
	}
	if c.Type, err = p.typeName(); err != nil {
		return nil, err
	}
	if err := p.expect(")"); err != nil {
		return nil, err
	}
	return c, nil
}

// rowRest parses the rest of a row value `(first, x2, ...)`; a ',' is next.
func (p *exprParser) rowRest(open lexer.Token, first Expr) (Expr, error) {
	p.lex.Next()
	rest, err := p.list()
	if err != nil {
		return nil, err
	}
	return &Row{Pos: pos(open.Pos), Items: append([]Expr{first}, rest...)}, nil
}
