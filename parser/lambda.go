package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// Lambda is `x -> body`, `(x, y) -> body` or `() -> body`: an anonymous
// function, allowed only as a function argument (TRANSFORM, FILTER,
// ZIP_WITH, ...). The called function decides the parameters' types.
type Lambda struct {
	Pos
	Params []string // as written; unquoted
	Body   Expr
}

func (*Lambda) exprNode() {}

// lambdaGrammar is the EBNF of a call argument, part of exprGrammar.
const lambdaGrammar = `Arg = Lambda | Expr .
Lambda = (<ident> | "(" (<ident> ("," <ident>)*)? ")") "->" Expr .`

// args parses the arguments of a call: expressions or lambdas.
func (p *exprParser) args() ([]Expr, error) {
	var out []Expr
	for {
		x, err := p.arg()
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

// arg parses one call argument: a lambda when a parameter list followed by
// '->' is next, else an expression.
func (p *exprParser) arg() (Expr, error) {
	start := *p.lex.Peek()
	params, ok := p.lambdaHead()
	if !ok {
		return p.expr(0)
	}
	saved := p.lambdaWords
	for _, name := range params {
		if _, reserved := reserved[strings.ToUpper(name)]; reserved {
			p.lambdaWords = append(p.lambdaWords[:len(p.lambdaWords):len(p.lambdaWords)], strings.ToUpper(name))
		}
	}
	body, err := p.expr(0)
	p.lambdaWords = saved
	if err != nil {
		return nil, err
	}
	return &Lambda{Pos: pos(start.Pos), Params: params, Body: body}, nil
}

// lambdaHead consumes `x ->`, `(x, y) ->` or `() ->` and returns the
// parameter names; when none is next it consumes nothing.
func (p *exprParser) lambdaHead() ([]string, bool) {
	cp := p.lex.MakeCheckpoint()
	var params []string
	switch t := *p.lex.Peek(); {
	case isParamName(t):
		p.lex.Next()
		params = []string{unquoteIdent(t.Value)}
	case p.peekIs("("):
		p.lex.Next()
		for isParamName(*p.lex.Peek()) {
			params = append(params, unquoteIdent(p.lex.Next().Value))
			if !p.peekIs(",") {
				break
			}
			p.lex.Next()
		}
		if !p.peekIs(")") {
			p.lex.LoadCheckpoint(cp)
			return nil, false
		}
		p.lex.Next()
		if params == nil {
			params = []string{}
		}
	}
	if params == nil || !p.peekIs("->") {
		p.lex.LoadCheckpoint(cp)
		return nil, false
	}
	p.lex.Next()
	return params, true
}

// isParamName reports whether t can name a lambda parameter: a name, or
// a reserved word other than those that start expressions; the
// documentation's comparators are written (left, right) -> ...
func isParamName(t lexer.Token) bool {
	if t.Type == tokIdent {
		return true
	}
	if t.Type != tokKeyword {
		return false
	}
	switch strings.ToUpper(t.Value) {
	case "CASE", "CAST", "SELECT", "VALUES", "EXISTS", "WITH":
		return false
	}
	return true
}

// isLambdaWord reports whether the reserved word t names a parameter of an
// enclosing lambda, and is not a call (LEFT(...)).
func (p *exprParser) isLambdaWord(t lexer.Token) bool {
	if len(p.lambdaWords) == 0 || peekSecond(p.lex).Value == "(" {
		return false
	}
	w := strings.ToUpper(t.Value)
	for _, name := range p.lambdaWords {
		if name == w {
			return true
		}
	}
	return false
}

// lambdaWord parses a reserved word naming a lambda parameter, with the
// STRUCT fields read after it, as a name.
func (p *exprParser) lambdaWord() (Expr, error) {
	first := *p.lex.Next()
	parts := []string{first.Value}
	for p.peekIs(".") && peekSecond(p.lex).Type == tokIdent {
		p.lex.Next()
		parts = append(parts, unquoteIdent(p.lex.Next().Value))
	}
	return &Ident{Pos: pos(first.Pos), Parts: parts}, nil
}

// strayLambda handles a '->' after a complete expression, outside a
// function's argument list. `x -> body` becomes a Lambda, which the
// evaluator rejects with a semantic error (ODPS-0130071, as MaxCompute
// reports a lambda out of place); any other expression before '->' is a
// parse error.
func (p *exprParser) strayLambda(left Expr) (Expr, error) {
	arrow := *p.lex.Peek()
	id, ok := left.(*Ident)
	if !ok || len(id.Parts) != 1 {
		return nil, p.errorf(arrow, "unexpected '->': a lambda's parameters are a name or a parenthesized list of names, as in x -> x + 1 or (x, y) -> x + y")
	}
	p.lex.Next()
	body, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	return &Lambda{Pos: id.Pos, Params: id.Parts, Body: body}, nil
}

func init() {
	// Error-message words for the productions of lambdaGrammar.
	productionWords["Arg"] = []string{"an expression", "a lambda"}
	productionWords["Lambda"] = []string{"a lambda"}
}
