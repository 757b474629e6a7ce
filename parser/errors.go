package parser

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// asError returns err as an *Error; lowering only produces *Error values.
func asError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Pos: Pos{1, 1}, Msg: err.Error()}
}

// translate turns a participle error into an *Error that says what was
// found and what was expected, in SQL words rather than grammar names.
// start is the first token of the statement being parsed.
func translate(err error, start lexer.Token) *Error {
	var own *Error
	if errors.As(err, &own) {
		return own
	}
	var ute *participle.UnexpectedTokenError
	if errors.As(err, &ute) {
		tok := ute.Unexpected
		return &Error{Pos: pos(tok.Pos), Msg: unexpectedMessage(tok, expectation(ute.Message()), start)}
	}
	// Participle's other errors name grammar nodes; say what they mean.
	msg, at := "syntax error", start.Pos
	var perr participle.Error
	if errors.As(err, &perr) {
		at = perr.Position()
		if strings.Contains(perr.Message(), "too many iterations") {
			msg = fmt.Sprintf("too many items in one list (more than %d)", participle.MaxIterations)
		}
	}
	return &Error{Pos: pos(at), Msg: msg}
}

func unexpectedMessage(tok lexer.Token, expected []string, start lexer.Token) string {
	found := describeToken(tok)
	atStart := tok.Pos.Offset == start.Pos.Offset && tok.Type == start.Type
	switch {
	case len(expected) == 1 && expected[0] == "';'" && tok.EOF():
		return "missing ';' at end of statement"
	case len(expected) == 1 && expected[0] == "';'" && startsStatement(tok):
		return fmt.Sprintf("missing ';' at end of statement before %s", found)
	case atStart && strings.EqualFold(tok.Value, "END") && tok.Type == tokKeyword:
		return "unexpected 'END' without a matching IF ... BEGIN"
	case atStart && strings.EqualFold(tok.Value, "ELSE") && tok.Type == tokKeyword:
		return "unexpected 'ELSE' without a matching IF"
	case strings.EqualFold(start.Value, "FROM") && fromFirstClause[strings.ToUpper(tok.Value)] && tok.Type == tokKeyword:
		return fmt.Sprintf("unexpected %s after SELECT: a query written FROM first takes WHERE, GROUP BY and HAVING between FROM and SELECT", found)
	case atStart && len(expected) == 0:
		expected = []string{"a statement"}
	case len(expected) == 0:
		return "unexpected " + found
	}
	return fmt.Sprintf("unexpected %s, expected %s%s", found, joinOr(expected), reservedHint(tok))
}

// fromFirstClause are the clauses that come before SELECT in a query
// written FROM first (FROM t WHERE ... SELECT ...).
var fromFirstClause = map[string]bool{"WHERE": true, "GROUP": true, "HAVING": true}

// statementWords are the words that start a statement, or end a block.
var statementWords = map[string]bool{
	"SELECT": true, "VALUES": true, "IF": true, "ELSE": true, "END": true,
	"SET": true, "CREATE": true, "INSERT": true, "DROP": true, "TRUNCATE": true,
	"SHOW": true, "DESC": true, "DESCRIBE": true, "WITH": true,
}

// startsStatement reports whether t could start the next statement, which
// makes a missing ';' the likely mistake.
func startsStatement(t lexer.Token) bool {
	return t.Type == tokVar || (t.Type != tokLit && statementWords[strings.ToUpper(t.Value)])
}

// structuralWords are reserved words nobody means as a name; the others,
// such as LEFT, ORDER or PARTITION, are plausible column names.
var structuralWords = map[string]bool{
	"SELECT": true, "FROM": true, "WHERE": true, "HAVING": true, "AND": true,
	"OR": true, "NOT": true, "AS": true, "ON": true, "BY": true, "IS": true,
	"IN": true, "NULL": true, "TRUE": true, "FALSE": true, "CASE": true,
	"WHEN": true, "THEN": true, "ELSE": true, "END": true,
}

// reservedHint explains, after an error at a reserved word that could be
// meant as a name, how to use it as one.
func reservedHint(t lexer.Token) string {
	w := strings.ToUpper(t.Value)
	if t.Type == tokIdent || t.Type == tokVar || t.Type == tokLit || t.EOF() || !reserved[w] || structuralWords[w] {
		return ""
	}
	return fmt.Sprintf(" ('%s' is a reserved word: write `%s` to use it as a name)", t.Value, t.Value)
}

// describeToken names a token for a message, quoting its source text.
func describeToken(t lexer.Token) string {
	text := t.Value
	if utf8.RuneCountInString(text) > 30 {
		text = string([]rune(text)[:27]) + "..."
	}
	switch t.Type {
	case lexer.EOF:
		return "end of script"
	case tokLit:
		switch k := litKind(t.Value); {
		case k == LitString:
			return "string " + text
		case k >= LitInt && k <= LitDecimal:
			return "number " + text
		}
	case tokVar:
		return "variable " + text
	case tokSetText:
		return "'" + strings.TrimSpace(text) + "'"
	}
	return "'" + text + "'"
}

func joinOr(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// expectation extracts what participle expected from its message, which
// ends in "(expected <EBNF>)", as SQL words: the tokens or phrases that
// may start that EBNF.
func expectation(msg string) []string {
	i := strings.Index(msg, " (expected ")
	if i < 0 || !strings.HasSuffix(msg, ")") {
		return nil
	}
	ebnf := msg[i+len(" (expected ") : len(msg)-1]
	first, _ := firstSet(tokenizeEBNF(ebnf))
	var out []string
	seen := map[string]bool{}
	for _, f := range first {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	if len(out) > 6 {
		out = append(out[:5], "...")
	}
	return out
}
