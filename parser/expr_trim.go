package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// trimSides maps the side word of TRIM(side [chars] FROM str) to the
// function the call lowers to.
var trimSides = map[string]string{"BOTH": "TRIM", "LEADING": "LTRIM", "TRAILING": "RTRIM"}

// trimCall parses TRIM's arguments after its '(': an ordinary list
// (TRIM(str[, chars])) or the SQL form TRIM([BOTH | LEADING | TRAILING]
// [chars] FROM str), which becomes TRIM, LTRIM or RTRIM(str[, chars]).
func (p *exprParser) trimCall(c *Call) (Expr, error) {
	side := ""
	if t := *p.lex.Peek(); t.Type == tokIdent && trimSides[strings.ToUpper(t.Value)] != "" && trimSideFollows(p.lex) {
		side = strings.ToUpper(t.Value)
		p.lex.Next()
	}
	var chars Expr
	if !p.peekWord("FROM") {
		x, err := p.expr(0)
		if err != nil {
			return nil, err
		}
		if side == "" && !p.peekWord("FROM") { // TRIM(str[, chars])
			c.Args = []Expr{x}
			if p.peekIs(",") {
				p.lex.Next()
				rest, err := p.list()
				if err != nil {
					return nil, err
				}
				c.Args = append(c.Args, rest...)
			}
			return c, p.expect(")")
		}
		chars = x
	}
	if err := p.expect("FROM"); err != nil {
		return nil, err
	}
	str, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	c.Name, c.Args = trimSides[side], []Expr{str}
	if side == "" {
		c.Name = "TRIM"
	}
	if chars != nil {
		c.Args = append(c.Args, chars)
	}
	return c, p.expect(")")
}

// trimSideFollows reports whether the word next is a side of TRIM rather
// than a column named both, leading or trailing: FROM or an expression
// must follow it.
func trimSideFollows(lex *lexer.PeekingLexer) bool {
	t := peekSecond(lex)
	switch t.Type {
	case tokLit, tokVar, tokIdent, tokUnary:
		return true
	case tokKeyword:
		return strings.EqualFold(t.Value, "FROM") || strings.EqualFold(t.Value, "CASE") || strings.EqualFold(t.Value, "CAST")
	case tokPunct:
		return t.Value == "("
	}
	return false
}
