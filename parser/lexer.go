package parser

import (
	"io"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types of the hand-written lexer. Literal tokens keep their raw source
// text as Value (quotes, prefixes and suffixes included) so that no string,
// number or quoted name can ever be mistaken for a keyword or a punctuation
// literal of the grammar; the lowering step decodes them.
const (
	tokIdent   lexer.TokenType = iota + 1 // a name: a word that is not reserved, or `quoted`
	tokKeyword                            // a reserved word
	tokVar                                // @name
	tokLit                                // a number, string, X'..', DATE '..' ..., TRUE, FALSE or NULL
	tokHint                               // /*+ ... */ right after SELECT
	tokSetText                            // the raw text of a SET statement
	tokBinOp                              // a binary operator: = < + - || AND OR DIV LIKE ...
	tokUnary                              // ~ NOT
	tokSetOp                              // UNION INTERSECT EXCEPT MINUS
	tokPunct                              // other punctuation
)

// Binary operators share one token type so that the grammar tests a single
// type where it would otherwise try each operator in turn: participle
// allocates for every alternative it tries.
var tokenSymbols = map[string]lexer.TokenType{
	"EOF":     lexer.EOF,
	"Ident":   tokIdent,
	"Keyword": tokKeyword,
	"Var":     tokVar,
	"Lit":     tokLit,
	"Hint":    tokHint,
	"SetText": tokSetText,
	"BinOp":   tokBinOp,
	"Unary":   tokUnary,
	"SetOp":   tokSetOp,
	"Punct":   tokPunct,
}

// caseInsensitive lists the token types whose grammar literals match in any
// case.
var caseInsensitive = []string{"Ident", "Keyword", "Lit", "BinOp", "Unary", "SetOp"}

// wordTypes gives the reserved words that are operators or literals their
// token type; the other reserved words are keywords.
var wordTypes = map[string]lexer.TokenType{
	"AND": tokBinOp, "OR": tokBinOp, "DIV": tokBinOp,
	"LIKE": tokBinOp, "RLIKE": tokBinOp, "REGEXP": tokBinOp,
	"NOT": tokUnary, "TRUE": tokLit, "FALSE": tokLit, "NULL": tokLit,
	"UNION": tokSetOp, "INTERSECT": tokSetOp, "EXCEPT": tokSetOp, "MINUS": tokSetOp,
}

// symbolTypes gives the operator symbols their token type.
var symbolTypes = map[string]lexer.TokenType{
	"=": tokBinOp, "==": tokBinOp, "<>": tokBinOp, "!=": tokBinOp, "<=>": tokBinOp,
	"<": tokBinOp, "<=": tokBinOp, ">": tokBinOp, ">=": tokBinOp,
	"|": tokBinOp, "&": tokBinOp, "||": tokBinOp, "*": tokBinOp, "/": tokBinOp,
	"%": tokBinOp, "^": tokBinOp, "+": tokBinOp, "-": tokBinOp, "~": tokUnary,
}

// reserved lists the words that cannot be bare names. It is smaller than
// Hive's list on purpose: common column names such as date, key, value, type,
// comment or user stay usable, and only words that would make the grammar
// ambiguous are reserved.
var reserved = map[string]bool{
	"ALL": true, "AND": true, "AS": true, "BETWEEN": true, "BY": true,
	"CASE": true, "CAST": true, "CREATE": true, "CROSS": true,
	"DISTINCT": true, "DIV": true, "DROP": true, "ELSE": true, "END": true,
	"EXCEPT": true, "EXISTS": true, "FALSE": true, "FROM": true, "FULL": true,
	"GROUP": true, "HAVING": true, "IF": true, "IN": true, "INNER": true,
	"INSERT": true, "INTERSECT": true, "INTO": true, "IS": true, "JOIN": true,
	"LEFT": true, "LIKE": true, "LIMIT": true, "MINUS": true, "NOT": true,
	"NULL": true, "ON": true, "OR": true, "ORDER": true, "OUTER": true,
	"PARTITION": true, "REGEXP": true, "RIGHT": true, "RLIKE": true,
	"SELECT": true, "SET": true, "TABLE": true, "THEN": true, "TRUE": true,
	"TRUNCATE": true, "UNION": true, "VALUES": true, "WHEN": true, "WHERE": true,
	"WITH": true, "DISTRIBUTE": true, "SORT": true, "CLUSTER": true,
}

// sqlLexer implements participle's lexer.Definition over the scanner.
type sqlLexer struct{}

var _ lexer.Definition = sqlLexer{}
var _ lexer.StringDefinition = sqlLexer{}

// Symbols returns the token types by name, as participle requires.
func (sqlLexer) Symbols() map[string]lexer.TokenType { return tokenSymbols }

// Lex reads all of r and scans it.
func (d sqlLexer) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

// LexString scans s without copying it.
func (sqlLexer) LexString(_ string, s string) (lexer.Lexer, error) {
	return reportingScanner{newScanner(s)}, nil
}

// reportingScanner reports the scanner's lexical error to participle. Parse
// uses the scanner itself, which ends at an error instead, so that it can
// report an earlier syntax error first.
type reportingScanner struct{ *scanner }

func (r reportingScanner) Next() (lexer.Token, error) {
	t, _ := r.scanner.Next()
	if r.err != nil {
		return t, r.err
	}
	return t, nil
}

// upperWord returns the upper-case form of an ASCII word, without allocating
// for the short words keywords are.
func upperWord(w string) string {
	var buf [16]byte
	if len(w) > len(buf) {
		return strings.ToUpper(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(w)])
}
