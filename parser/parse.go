package parser

import (
	"fmt"

	"github.com/alecthomas/participle/v2"
)

// lookahead is the number of tokens a failed alternative may consume before
// the parser commits to it. None: the grammar is written so that the first
// token decides (with a few explicit (?= ...) lookaheads), and an error is
// then reported where it is, not where a backtracked alternative started.
const lookahead = 0

// The parsers are built in init because the expression production calls
// back into the query and type productions of the same grammar.
var (
	grammar     *participle.Parser[script]
	stmtParser  *participle.Parser[statement]
	queryParser *participle.Parser[query]
	typeParser  *participle.Parser[typeName]

	allowTrailing = participle.AllowTrailing(true)
)

func init() {
	grammar = participle.MustBuild[script](
		participle.Lexer(sqlLexer{}),
		participle.CaseInsensitive(caseInsensitive...),
		participle.UseLookahead(lookahead),
		participle.ParseTypeWith(parseExpr),
		participle.ParseTypeWith(parseWindowBody),
	)
	stmtParser = mustProduction[statement](grammar)
	queryParser = mustProduction[query](grammar)
	typeParser = mustProduction[typeName](grammar)
}

func mustProduction[P any](g *participle.Parser[script]) *participle.Parser[P] {
	p, err := participle.ParserForProduction[P](g)
	if err != nil {
		panic(err) // the grammar is fixed at build time; tests cover it
	}
	return p
}

// GrammarString returns the grammar in participle's EBNF notation: the
// participle productions, then the hand-written expression productions.
func GrammarString() string {
	return grammar.String() + "\n" + exprGrammar + "\n" + groupingGrammar + "\n" + windowGrammar
}

// Parse parses a script. Errors are *Error values with the position of the
// offending token. An empty script, or one with only comments, gives an
// empty Script.
func Parse(src string) (script *Script, err error) {
	defer func() {
		// Parse must never panic on input; a panic here is a bug in the
		// grammar, reported as an error rather than a stack trace.
		if r := recover(); r != nil {
			script, err = nil, &Error{Pos: Pos{1, 1}, Msg: fmt.Sprintf("internal parser error: %v", r)}
		}
	}()
	sc := newScanner(src)
	stream := newStmtStream(sc)
	out := &Script{}
	// Statements are parsed one at a time: participle then keeps little
	// state, and an error is reported within the statement that has it.
	for {
		p, ok, perr := stream.next()
		if perr != nil {
			return nil, firstError(sc.err, perr)
		}
		if !ok {
			break
		}
		if p.stmt != nil {
			out.Stmts = append(out.Stmts, p.stmt)
		}
	}
	if sc.err != nil {
		return nil, sc.err
	}
	return out, nil
}

// firstError returns the syntax error unless a lexical error comes first
// in the text: the parser sees a lexical error as the end of the script.
func firstError(lexErr, synErr *Error) *Error {
	if lexErr == nil {
		return synErr
	}
	if synErr.Pos.Line < lexErr.Pos.Line ||
		(synErr.Pos.Line == lexErr.Pos.Line && synErr.Pos.Col < lexErr.Pos.Col) {
		return synErr
	}
	return lexErr
}
