package parser

import (
	"errors"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// groupingGrammar is the EBNF of groupBy, which is parsed by hand
// (see groupBy.Parse); it is part of GrammarString.
const groupingGrammar = `groupBy = GroupElem ("," GroupElem)* ("GROUPING" "SETS" "(" SetItem ("," SetItem)* ")")? .
GroupElem = "GROUPING" "SETS" "(" SetItem ("," SetItem)* ")" | ("CUBE" | "ROLLUP") "(" ColGroup ("," ColGroup)* ")" | ColGroup .
SetItem = GroupElem .
ColGroup = "(" (Expr ("," Expr)*)? ")" | Expr .`

// groupBy is everything after GROUP BY. It is a custom participle
// production because a grouping element starting with '(' may be a list of
// expressions, `(a, b)`, or one parenthesized expression, `(a + b) * 2`:
// the parser tries the expression first and falls back to the list, which
// the grammar, committed by its first token, cannot do.
type groupBy struct {
	Keys []Expr        // a plain GROUP BY, or the keys of the Hive form
	Sets *GroupingSets // nil for a plain GROUP BY
}

var _ participle.Parseable = (*groupBy)(nil)

// Parse reads the GROUP BY list.
func (g *groupBy) Parse(lex *lexer.PeekingLexer) error {
	p := &groupingParser{lex: lex}
	start := *lex.Peek()
	var elems []*GroupingElement
	plain := true
	for {
		el, err := p.element()
		if err != nil {
			return err
		}
		elems = append(elems, el)
		plain = plain && el.Kind == GroupingList && len(el.Exprs) == 1
		if !p.punct(",") {
			break
		}
	}
	if p.wordsAhead("GROUPING", "SETS") {
		// Hive's form: GROUP BY a, b GROUPING SETS ((a), (a, b)).
		t := *lex.Peek()
		if !plain {
			return errAt(t.Pos, "GROUPING SETS after the GROUP BY keys needs plain keys, not ROLLUP, CUBE, GROUPING SETS or lists")
		}
		sets, err := p.element()
		if err != nil {
			return err
		}
		g.Keys = flatExprs(elems)
		g.Sets = &GroupingSets{Pos: pos(t.Pos), Elements: []*GroupingElement{sets}}
		return nil
	}
	if plain {
		g.Keys = flatExprs(elems)
		return nil
	}
	g.Sets = &GroupingSets{Pos: pos(start.Pos), Elements: elems}
	return nil
}

func flatExprs(elems []*GroupingElement) []Expr {
	out := make([]Expr, len(elems))
	for i, el := range elems {
		out[i] = el.Exprs[0]
	}
	return out
}

// groupingParser reads grouping elements from participle's token stream.
type groupingParser struct {
	lex   *lexer.PeekingLexer
	depth int
}

// element reads GROUPING SETS (...), CUBE (...), ROLLUP (...) or a column
// group.
func (p *groupingParser) element() (*GroupingElement, error) {
	if p.depth++; p.depth > maxDepth {
		return nil, errAt(p.lex.Peek().Pos, "GROUPING SETS nested too deeply")
	}
	defer func() { p.depth-- }()
	t := *p.lex.Peek()
	switch {
	case p.wordsAhead("GROUPING", "SETS"):
		p.lex.Next()
		p.lex.Next()
		items, err := p.list(p.element)
		return &GroupingElement{Pos: pos(t.Pos), Kind: GroupingSetsOf, Items: items}, err
	case p.wordsAhead("CUBE", "(") || p.wordsAhead("ROLLUP", "("):
		p.lex.Next()
		items, err := p.list(p.columnGroup)
		return &GroupingElement{Pos: pos(t.Pos), Kind: strings.ToUpper(t.Value), Items: items}, err
	}
	return p.columnGroup()
}

// list reads '(' item (',' item)* ')'.
func (p *groupingParser) list(item func() (*GroupingElement, error)) ([]*GroupingElement, error) {
	if err := p.expect("("); err != nil {
		return nil, err
	}
	var out []*GroupingElement
	for {
		el, err := item()
		if err != nil {
			return nil, err
		}
		out = append(out, el)
		if !p.punct(",") {
			break
		}
	}
	return out, p.expect(")")
}

// columnGroup reads `(a, b)`, `()` or one expression.
func (p *groupingParser) columnGroup() (*GroupingElement, error) {
	t := *p.lex.Peek()
	at := pos(t.Pos)
	if !isPunct(t, "(") {
		x, err := p.expr()
		return &GroupingElement{Pos: at, Kind: GroupingList, Exprs: []Expr{x}}, err
	}
	cp := p.lex.MakeCheckpoint()
	if x, err := parseExpr(p.lex); err == nil {
		if r, isRow := x.(*Row); isRow {
			return &GroupingElement{Pos: at, Kind: GroupingList, Exprs: r.Items}, nil // (a, b)
		}
		return &GroupingElement{Pos: at, Kind: GroupingList, Exprs: []Expr{x}}, nil
	}
	p.lex.LoadCheckpoint(cp)
	p.lex.Next() // (
	el := &GroupingElement{Pos: at, Kind: GroupingList}
	if p.punct(")") {
		return el, nil
	}
	for {
		x, err := p.expr()
		if err != nil {
			return nil, err
		}
		el.Exprs = append(el.Exprs, x)
		if !p.punct(",") {
			break
		}
	}
	return el, p.expect(")")
}

// expr reads one expression, which must be there.
func (p *groupingParser) expr() (Expr, error) {
	x, err := parseExpr(p.lex)
	if errors.Is(err, participle.NextMatch) {
		t := *p.lex.Peek()
		return nil, errAt(t.Pos, "unexpected %s, expected an expression%s", describeToken(t), reservedHint(t))
	}
	return x, err
}

// wordsAhead reports whether the next tokens are the (unreserved) words or
// punctuation given.
func (p *groupingParser) wordsAhead(words ...string) bool {
	cp := p.lex.MakeCheckpoint()
	defer p.lex.LoadCheckpoint(cp)
	for _, w := range words {
		t := p.lex.Next()
		if !isPunct(*t, w) && (t.Type != tokIdent || !strings.EqualFold(t.Value, w)) {
			return false
		}
	}
	return true
}

// punct consumes the punctuation v when it is next.
func (p *groupingParser) punct(v string) bool {
	if isPunct(*p.lex.Peek(), v) {
		p.lex.Next()
		return true
	}
	return false
}

func (p *groupingParser) expect(v string) error {
	if p.punct(v) {
		return nil
	}
	t := *p.lex.Peek()
	return errAt(t.Pos, "unexpected %s, expected '%s'%s", describeToken(t), v, reservedHint(t))
}

func isPunct(t lexer.Token, v string) bool {
	return t.Type == tokPunct && t.Value == v
}

func init() {
	for _, name := range []string{"groupBy", "GroupElem", "SetItem", "ColGroup"} {
		productionWords[name] = []string{"an expression", "'GROUPING SETS'", "'CUBE'", "'ROLLUP'"}
	}
}
