package parser

import (
	"runtime"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// Expressions are parsed by hand, by precedence climbing, and plugged into
// the participle grammar as the custom production Expr (participle's
// ParseTypeWith, meant for "an optimized parsing scheme for some portion of
// the grammar"). Written as participle structs, even flattened, they cost
// about 60 µs per statement of the 10,000-statement benchmark, because
// participle allocates for every alternative it tries; by hand they cost a
// few. exprGrammar below is their EBNF, part of GrammarString.

// exprGrammar is the EBNF of the hand-written productions, in participle's
// notation; operators are listed from the loosest binding to the tightest.
const exprGrammar = `Expr = Unary (BinaryOp Expr | Predicate)* .
BinaryOp = "OR" | "AND" | "=" | "==" | "<>" | "!=" | "<=>" | "<" | "<=" | ">" | ">=" | "|" | "&" | "||" | "+" | "-" | "*" | "/" | "%" | "DIV" | "^" .
Predicate = "IS" "NOT"? ("NULL" | "DISTINCT" "FROM" Expr) | "NOT"? (("LIKE" | "RLIKE" | "REGEXP") Expr | "IN" "(" (Query | Expr ("," Expr)*) ")" | "BETWEEN" Expr "AND" Expr) .
Unary = "NOT" Expr | ("-" | "+" | "~") Unary | Primary Postfix* .
Postfix = "." <ident> | "[" Expr "]" .
Primary = <lit> | <var> | <ident> ("." <ident>)* | Call | "(" (Query | Expr) ")" | "EXISTS" "(" Query ")" | Case | Cast .
Call = (<ident> | "IF" | "LEFT" | "RIGHT") "(" ("*" | ("DISTINCT" | "ALL")? (Arg ("," Arg)*)? | ("BOTH" | "LEADING" | "TRAILING")? Expr? "FROM" Expr) ")" AggregateClauses Over? .
` + lambdaGrammar + `
` + aggregateGrammar + `
Case = "CASE" Expr? ("WHEN" Expr "THEN" Expr)+ ("ELSE" Expr)? "END" .
Cast = "CAST" "(" Expr "AS" TypeName ")" .`

// maxDepth bounds expression nesting, so that a pathological script gets an
// error instead of exhausting the stack.
const maxDepth = 200

// maxOperators bounds the binary operators and predicates (AND, OR, +, =,
// LIKE, IN, BETWEEN, IS ...) of one expression. A chain such as a+b+c... is
// parsed in a loop, but it builds a left-deep tree whose height is its
// length, and the compiler, the checker and the other tree walkers recurse
// on that height: a million terms exhausted the goroutine stack (a fatal
// error, not a recoverable panic). MaxCompute documents no such limit (only
// 2 MB per statement); 100,000 is far beyond hand-written or generated SQL,
// runs in well under a second, and stays several times below the height at
// which the stack overflowed (between 500,000 and 1,000,000).
const maxOperators = 100_000

// Binding powers, higher binds tighter; MaxCompute (Hive) precedence.
const (
	precOr = iota + 1
	precAnd
	precNot
	precCmp // comparisons, IS, LIKE, IN, BETWEEN
	precBitOr
	precBitAnd
	precConcat
	precAdd
	precMul
	precXor
)

var binaryPrec = map[string]int{
	"OR": precOr, "AND": precAnd,
	"=": precCmp, "==": precCmp, "<>": precCmp, "!=": precCmp, "<=>": precCmp,
	"<": precCmp, "<=": precCmp, ">": precCmp, ">=": precCmp,
	"LIKE": precCmp, "RLIKE": precCmp, "REGEXP": precCmp,
	"|": precBitOr, "&": precBitAnd, "||": precConcat, "+": precAdd, "-": precAdd,
	"*": precMul, "/": precMul, "%": precMul, "DIV": precMul, "^": precXor,
}

// exprParser reads one expression from participle's token stream.
type exprParser struct {
	lex   *lexer.PeekingLexer
	depth int
	// ops counts the infix operators parsed so far, against maxOperators;
	// it is shared with the expressions nested in subqueries (see
	// newExprParser).
	ops *int
	// lambdaWords are the reserved words (LEFT, RIGHT, ...) that name a
	// parameter of a lambda whose body is being parsed (see lambda.go).
	lambdaWords []string
}

// parseExpr is the custom production. It declines (NextMatch) when the next
// token cannot start an expression, so that optional expressions and other
// alternatives work; once it has consumed a token, it reports errors.
func parseExpr(lex *lexer.PeekingLexer) (Expr, error) {
	if !startsExpr(lex) {
		return nil, participle.NextMatch
	}
	if afterIf(lex) && stackDeeperThan(maxIfFrames) {
		return nil, errAt(lex.Peek().Pos, "IF statements nested too deeply")
	}
	p, done := newExprParser(lex)
	defer done()
	return p.expr(0)
}

// opCounts maps each token stream being parsed (see streamKey) to the
// operator count of the outermost expression, or window definition, being
// read from it.
var opCounts sync.Map // *lexer.Token -> *int

// newExprParser returns a parser for lex, and a function to call when it is
// done. An expression nested in a subquery is parsed by a fresh exprParser
// (participle calls parseExpr again), yet the compiler walks it inside the
// walk of the enclosing expression, so their heights add up: the nested
// parser shares the outer one's operator count, and maxOperators bounds
// the whole, however deep the subqueries nest. A token stream is read by
// one goroutine, so the count needs no lock.
func newExprParser(lex *lexer.PeekingLexer) (*exprParser, func()) {
	key := streamKey(lex)
	if n, ok := opCounts.Load(key); ok {
		return &exprParser{lex: lex, ops: n.(*int)}, func() {}
	}
	n := new(int)
	opCounts.Store(key, n)
	return &exprParser{lex: lex, ops: n}, func() { opCounts.Delete(key) }
}

// streamKey identifies the token stream of lex: participle parses a nested
// production from a copy of the PeekingLexer, so its address changes, but
// every copy shares the token array (which holds at least the EOF token).
func streamKey(lex *lexer.PeekingLexer) *lexer.Token {
	return &lex.Range(0, 1)[0]
}

// maxIfFrames bounds the stack under an IF condition. IF statements nest
// through participle, about 12 frames a level, where no counter can follow
// them; a few hundred levels are far beyond any real script, and far below
// the stack limit, whose overflow would be a crash rather than an error.
const maxIfFrames = 4000

// afterIf reports whether the expression starts right after the IF of an
// IF statement: IF(...) calls are parsed inside expressions, never here.
func afterIf(lex *lexer.PeekingLexer) bool {
	c := lex.RawCursor()
	if c == 0 {
		return false
	}
	prev := lex.Range(c-1, c)[0]
	return prev.Type == tokKeyword && strings.EqualFold(prev.Value, "IF")
}

// stackDeeperThan reports whether the goroutine has more than n frames; it
// costs time in proportion to min(depth, n), so it only runs at IF
// conditions.
func stackDeeperThan(n int) bool {
	var pc [1]uintptr
	return runtime.Callers(n, pc[:]) > 0
}

func startsExpr(lex *lexer.PeekingLexer) bool {
	t := lex.Peek()
	switch t.Type {
	case tokIdent:
		return !tableStarAhead(lex)
	case tokLit, tokVar, tokUnary:
		return true
	case tokBinOp:
		return t.Value == "-" || t.Value == "+"
	case tokPunct:
		return t.Value == "("
	case tokKeyword:
		switch strings.ToUpper(t.Value) {
		case "CASE", "CAST", "EXISTS":
			return true
		case "IF", "LEFT", "RIGHT":
			return peekSecond(lex).Value == "("
		}
	}
	return false
}

// tableStarAhead reports whether t.* is next: a select item, not an
// expression.
func tableStarAhead(lex *lexer.PeekingLexer) bool {
	cp := lex.MakeCheckpoint()
	defer lex.LoadCheckpoint(cp)
	lex.Next()
	if t := lex.Next(); t.Type != tokPunct || t.Value != "." {
		return false
	}
	t := lex.Peek()
	return t.Type == tokBinOp && t.Value == "*"
}

func peekSecond(lex *lexer.PeekingLexer) lexer.Token {
	cp := lex.MakeCheckpoint()
	lex.Next()
	t := *lex.Peek()
	lex.LoadCheckpoint(cp)
	return t
}

// expr parses operators that bind tighter than minPrec, left-associatively.
func (p *exprParser) expr(minPrec int) (Expr, error) {
	if p.depth++; p.depth > maxDepth {
		return nil, p.errorf(*p.lex.Peek(), "expression nested too deeply")
	}
	defer func() { p.depth-- }()
	left, err := p.unary()
	for err == nil {
		var op infixOp
		var ok bool
		if op, ok, err = p.peekInfix(); err != nil || !ok || op.prec <= minPrec {
			break
		}
		if *p.ops++; *p.ops > maxOperators {
			err = p.errorf(*p.lex.Peek(), "expression has more than %d operators; split it into several expressions or statements (a long chain of ORs of equalities is shorter as IN (...))", maxOperators)
			break
		}
		left, err = p.infix(left, op)
	}
	if err == nil && p.peekIs("->") {
		left, err = p.strayLambda(left)
	}
	if err != nil {
		return nil, err
	}
	return left, nil
}

// unary parses prefix operators: NOT takes a comparison along, the signs
// and ~ bind tighter than any binary operator.
func (p *exprParser) unary() (Expr, error) {
	t := *p.lex.Peek()
	isNot := t.Type == tokUnary && strings.EqualFold(t.Value, "NOT")
	if !isNot && t.Type != tokUnary && (t.Type != tokBinOp || (t.Value != "-" && t.Value != "+")) {
		x, err := p.primary()
		if err != nil {
			return nil, err
		}
		return p.postfix(x)
	}
	p.lex.Next()
	var x Expr
	var err error
	if isNot {
		x, err = p.expr(precNot)
	} else {
		x, err = p.nested(p.unary)
	}
	if err != nil {
		return nil, err
	}
	return &Unary{Pos: pos(t.Pos), Op: strings.ToUpper(t.Value), X: x}, nil
}

// nested runs f one level deeper.
func (p *exprParser) nested(f func() (Expr, error)) (Expr, error) {
	if p.depth++; p.depth > maxDepth {
		return nil, p.errorf(*p.lex.Peek(), "expression nested too deeply")
	}
	defer func() { p.depth-- }()
	return f()
}

// postfix applies .field and [index].
func (p *exprParser) postfix(x Expr) (Expr, error) {
	for {
		switch {
		case p.peekIs("."):
			p.lex.Next()
			t := *p.lex.Peek()
			if t.Type != tokIdent {
				return nil, p.unexpected(t, "a field name")
			}
			p.lex.Next()
			x = &FieldAccess{Pos: x.Position(), X: x, Field: unquoteIdent(t.Value)}
		case p.peekIs("["):
			p.lex.Next()
			i, err := p.expr(0)
			if err != nil {
				return nil, err
			}
			if err := p.expect("]"); err != nil {
				return nil, err
			}
			x = &IndexExpr{Pos: x.Position(), X: x, Index: i}
		default:
			return x, nil
		}
	}
}

func (p *exprParser) peekIs(v string) bool {
	t := p.lex.Peek()
	return (t.Type == tokPunct || t.Type == tokBinOp) && t.Value == v
}

// peekWord reports whether the reserved word w is next. Literals keep their
// quotes and names are never reserved, so neither can match.
func (p *exprParser) peekWord(w string) bool {
	t := p.lex.Peek()
	return t.Type != tokIdent && strings.EqualFold(t.Value, w)
}

// expect consumes the punctuation or reserved word v, or reports it missing.
func (p *exprParser) expect(v string) error {
	if p.peekIs(v) || p.peekWord(v) {
		p.lex.Next()
		return nil
	}
	return p.unexpected(*p.lex.Peek(), "'"+v+"'")
}

func (p *exprParser) unexpected(t lexer.Token, want string) *Error {
	return p.errorf(t, "unexpected %s, expected %s%s", describeToken(t), want, reservedHint(t))
}

func (p *exprParser) errorf(t lexer.Token, format string, args ...any) *Error {
	return errAt(t.Pos, format, args...)
}
