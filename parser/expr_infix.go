package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// infixKind says what an infix operator takes on its right.
type infixKind int

const (
	infixBinary  infixKind = iota // an operand: + - = AND ...
	infixLike                     // a pattern: LIKE RLIKE REGEXP
	infixIs                       // [NOT] NULL
	infixIn                       // ( list ) or ( subquery )
	infixBetween                  // lo AND hi
)

type infixOp struct {
	kind infixKind
	op   string // upper case
	not  bool   // NOT LIKE, NOT IN, NOT BETWEEN
	prec int
}

// peekInfix looks at the operator after an operand without consuming it.
// NOT after an operand must be NOT LIKE, RLIKE, REGEXP, IN or BETWEEN: no
// rule of the grammar lets an expression be followed by NOT otherwise.
func (p *exprParser) peekInfix() (infixOp, bool, error) {
	t := p.lex.Peek()
	switch t.Type {
	case tokBinOp:
		op := strings.ToUpper(t.Value)
		kind := infixBinary
		if op == "LIKE" || op == "RLIKE" || op == "REGEXP" {
			kind = infixLike
		}
		return infixOp{kind: kind, op: op, prec: binaryPrec[op]}, true, nil
	case tokKeyword:
		op, ok := keywordInfix(t.Value, false)
		return op, ok, nil
	case tokUnary:
		if strings.EqualFold(t.Value, "NOT") {
			next := peekSecond(p.lex)
			if op, ok := keywordInfix(next.Value, true); ok && op.kind != infixIs && next.Type != tokIdent && next.Type != tokLit {
				return op, true, nil
			}
			return infixOp{}, false, p.unexpected(next, "LIKE, RLIKE, REGEXP, IN or BETWEEN after NOT")
		}
	}
	return infixOp{}, false, nil
}

func keywordInfix(word string, not bool) (infixOp, bool) {
	op := infixOp{op: strings.ToUpper(word), not: not, prec: precCmp}
	switch op.op {
	case "IS":
		op.kind = infixIs
	case "IN":
		op.kind = infixIn
	case "BETWEEN":
		op.kind = infixBetween
	case "LIKE", "RLIKE", "REGEXP":
		op.kind = infixLike
	default:
		return op, false
	}
	return op, true
}

// infix consumes the operator op and its right side, applied to left.
// Binary.Pos is the operator's; the predicates' Pos is their left side's.
func (p *exprParser) infix(left Expr, op infixOp) (Expr, error) {
	tok := *p.lex.Next()
	if op.not {
		p.lex.Next()
	}
	switch op.kind {
	case infixBinary, infixLike:
		right, err := p.expr(op.prec)
		if err != nil {
			return nil, err
		}
		if op.kind == infixLike {
			return &Like{Pos: left.Position(), X: left, Pattern: right, Not: op.not, Regexp: op.op != "LIKE"}, nil
		}
		return &Binary{Pos: pos(tok.Pos), Op: op.op, L: left, R: right}, nil
	case infixIs:
		not := p.peekWord("NOT")
		if not {
			p.lex.Next()
		}
		if p.peekWord("DISTINCT") {
			return p.distinctFrom(left, tok, not)
		}
		if err := p.expect("NULL"); err != nil {
			return nil, err
		}
		return &IsNull{Pos: left.Position(), X: left, Not: not}, nil
	case infixIn:
		return p.inList(left, op.not)
	}
	return p.between(left, op.not)
}

// distinctFrom parses the rest of x IS [NOT] DISTINCT FROM y, which the
// Operators page defines through <=>: IS NOT DISTINCT FROM is a <=> b, IS
// DISTINCT FROM is NOT (a <=> b).
func (p *exprParser) distinctFrom(x Expr, is lexer.Token, not bool) (Expr, error) {
	p.lex.Next() // DISTINCT
	if err := p.expect("FROM"); err != nil {
		return nil, err
	}
	y, err := p.expr(precCmp)
	if err != nil {
		return nil, err
	}
	eq := &Binary{Pos: pos(is.Pos), Op: "<=>", L: x, R: y}
	if not {
		return eq, nil
	}
	return &Unary{Pos: pos(is.Pos), Op: "NOT", X: eq}, nil
}

// between parses lo AND hi; the bounds bind tighter than comparisons, so
// the AND ends the lower one.
func (p *exprParser) between(x Expr, not bool) (Expr, error) {
	lo, err := p.expr(precCmp)
	if err != nil {
		return nil, err
	}
	if err := p.expect("AND"); err != nil {
		return nil, err
	}
	hi, err := p.expr(precCmp)
	if err != nil {
		return nil, err
	}
	return &Between{Pos: x.Position(), X: x, Lo: lo, Hi: hi, Not: not}, nil
}

func (p *exprParser) inList(x Expr, not bool) (Expr, error) {
	if err := p.expect("("); err != nil {
		return nil, err
	}
	in := &In{Pos: x.Position(), X: x, Not: not}
	if p.peekQuery() {
		q, err := p.subquery()
		if err != nil {
			return nil, err
		}
		in.Query = q
	} else {
		list, err := p.list()
		if err != nil {
			return nil, err
		}
		in.List = list
	}
	if err := p.expect(")"); err != nil {
		return nil, err
	}
	return in, nil
}

// list parses expr (',' expr)*.
func (p *exprParser) list() ([]Expr, error) {
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

// subquery hands a query back to the participle grammar.
func (p *exprParser) subquery() (*Query, error) {
	q, err := queryParser.ParseFromLexer(p.lex, allowTrailing)
	if err != nil {
		return nil, err
	}
	return lowerQuery(q)
}

// typeName hands a type back to the participle grammar.
func (p *exprParser) typeName() (*TypeName, error) {
	if t := *p.lex.Peek(); t.Type != tokIdent {
		return nil, p.unexpected(t, "a type")
	}
	tn, err := typeParser.ParseFromLexer(p.lex, allowTrailing)
	if err != nil {
		return nil, err
	}
	return lowerType(tn)
}
