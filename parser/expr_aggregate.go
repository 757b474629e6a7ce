package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// aggregateGrammar is the EBNF of the clauses that may follow an aggregate
// call, in the order MaxCompute writes them.
const aggregateGrammar = `AggregateClauses = ("WITHIN" "GROUP" "(" "ORDER" "BY" Expr ("ASC" | "DESC")? ("," Expr ("ASC" | "DESC")?)* ")")? ("FILTER" "(" "WHERE" Expr ")")? .`

// aggregateClauses parses `WITHIN GROUP (ORDER BY ...)` and
// `FILTER (WHERE ...)` after a call's closing parenthesis. WITHIN and
// FILTER are not reserved words (filter is also a scalar function and may
// be a column alias), so each is taken only when the words that must
// follow it are there: `sum(x) filter` alone is a call aliased "filter".
// Whether the function is an aggregate is checked by the compiler.
func (p *exprParser) aggregateClauses(c *Call) (Expr, error) {
	if p.wordsAhead("WITHIN", "GROUP", "(") {
		p.lex.Next()
		p.lex.Next()
		p.lex.Next()
		if err := p.expect("ORDER"); err != nil {
			return nil, err
		}
		if err := p.expect("BY"); err != nil {
			return nil, err
		}
		items, err := p.orderItems()
		if err != nil {
			return nil, err
		}
		c.WithinGroup = items
		if err := p.expect(")"); err != nil {
			return nil, err
		}
	}
	if p.wordsAhead("FILTER", "(", "WHERE") {
		p.lex.Next()
		p.lex.Next()
		p.lex.Next()
		cond, err := p.expr(0)
		if err != nil {
			return nil, err
		}
		c.Filter = cond
		if err := p.expect(")"); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// orderItems parses `expr [ASC|DESC], ...`.
func (p *exprParser) orderItems() ([]*OrderItem, error) {
	var items []*OrderItem
	for {
		start := *p.lex.Peek()
		x, err := p.expr(0)
		if err != nil {
			return nil, err
		}
		it := &OrderItem{Pos: pos(start.Pos), Expr: x}
		switch {
		case p.wordsAhead("DESC"):
			p.lex.Next()
			it.Desc = true
		case p.wordsAhead("ASC"):
			p.lex.Next()
		}
		items = append(items, it)
		if !p.peekIs(",") {
			return items, nil
		}
		p.lex.Next()
	}
}

// wordsAhead reports whether the next tokens spell words (names, reserved
// words or punctuation, any letter case), without consuming them.
func (p *exprParser) wordsAhead(words ...string) bool {
	cp := p.lex.MakeCheckpoint()
	defer p.lex.LoadCheckpoint(cp)
	for _, w := range words {
		t := p.lex.Next()
		if t.Type == lexer.EOF || !strings.EqualFold(t.Value, w) || t.Type == tokLit {
			return false
		}
	}
	return true
}

func init() {
	productionWords["AggregateClauses"] = []string{"'WITHIN GROUP'", "'FILTER'"}
}
