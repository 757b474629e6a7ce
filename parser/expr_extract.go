package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// isExtractFrom reports whether a call of name, whose '(' is next, is the
// EXTRACT(part FROM x) form: a bare word then FROM follow the '('.
func (p *exprParser) isExtractFrom(name lexer.Token) bool {
	if !strings.EqualFold(name.Value, "EXTRACT") {
		return false
	}
	cp := p.lex.MakeCheckpoint()
	defer p.lex.LoadCheckpoint(cp)
	p.lex.Next() // '('
	part := *p.lex.Next()
	next := *p.lex.Peek()
	return (part.Type == tokIdent || part.Type == tokKeyword) && next.Type == tokKeyword && strings.EqualFold(next.Value, "FROM")
}

// extract parses EXTRACT(part FROM x) into the call EXTRACT('PART', x), so
// that the function sees the part as a constant string argument, as
// DATEPART does. The '(' is next.
func (p *exprParser) extract(name lexer.Token) (Expr, error) {
	p.lex.Next() // '('
	part := *p.lex.Next()
	p.lex.Next() // FROM
	x, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	if err := p.expect(")"); err != nil {
		return nil, err
	}
	unit := &Literal{Pos: pos(part.Pos), Kind: LitString, Text: strings.ToUpper(unquoteIdent(part.Value))}
	return &Call{Pos: pos(name.Pos), Name: unquoteIdent(name.Value), Args: []Expr{unit, x}}, nil
}
