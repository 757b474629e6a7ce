package parser

// TokenKind is the kind of a Token.
type TokenKind uint8

// The kinds of tokens Tokens returns.
const (
	TokenWord    TokenKind = TokenKind(sWord)    // a name or reserved word, `quoted` too
	TokenVar     TokenKind = TokenKind(sVar)     // @name
	TokenLiteral TokenKind = TokenKind(sLit)     // a number, '...', "...", X'..' or R'(..)'
	TokenSymbol  TokenKind = TokenKind(sSymbol)  // an operator or punctuation
	TokenSetText TokenKind = TokenKind(sSetText) // the raw text after SET or a leading TUNNEL
	TokenOther   TokenKind = TokenKind(sOther)   // a character the lexer rejects
)

// Token is a token of source text: its kind, its text and where it is.
type Token struct {
	Kind TokenKind
	// Text is upper case for an unquoted word, "`" for a quoted name, and
	// the source text for the other kinds.
	Text       string
	Start, End int // byte offsets in the source
}

// Tokens cuts src into tokens as Split does, for tools that must look at
// any text, parsable or not (the REPL masks key material in its history
// with them). It never fails: text the scanner would reject is a
// TokenOther, and a string, comment or quoted name that does not end stops
// the tokens; open is then its offset, and -1 otherwise. Blanks and
// comments are the text between the tokens.
func Tokens(src string) (toks []Token, open int) {
	lx := lexSplit(src)
	toks = make([]Token, len(lx.toks))
	for i, t := range lx.toks {
		toks[i] = Token{Kind: TokenKind(t.kind), Text: t.text, Start: t.start, End: t.end}
	}
	return toks, lx.open
}
