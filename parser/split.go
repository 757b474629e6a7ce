package parser

import "strings"

// Split cuts script text into whole statements, for the REPL, which must
// know when a statement is complete before it parses it. A statement ends
// at a ';' outside strings, comments and quoted names, except that an IF
// statement ends where its construct does: after the END of its last
// BEGIN ... END block, or after the ';' of a single-statement branch, with
// any ELSE IF and ELSE branches included. Each statement is returned from
// its first token to its last, without the blanks and comments around it;
// lone ';' are dropped.
//
// rest is the unfinished tail: a statement without its end, or text ending
// inside a string, comment or quoted name. An IF statement that is complete
// but ends the text also stays in rest, because an ELSE may still follow;
// SplitFinal decides it. Split never fails: text that will not parse is
// still cut at its ';', so that Parse reports the error.
func Split(src string) (stmts []string, rest string) {
	return split(src, false)
}

// SplitFinal is Split when no more text will follow: an IF statement at the
// end of src that was waiting only for a possible ELSE is a whole
// statement, so rest holds only a statement that is truly unfinished.
func SplitFinal(src string) (stmts []string, rest string) {
	return split(src, true)
}

func split(src string, atEOF bool) (stmts []string, rest string) {
	lx := lexSplit(src)
	r := &stmtReader{toks: lx.toks}
	i := 0
	for i < len(lx.toks) {
		j, st := r.statement(i)
		if st == partial || (st == pending && !atEOF) {
			return stmts, src[lx.toks[i].start:]
		}
		if j > i+1 || !lx.toks[i].is(sSymbol, ";") {
			stmts = append(stmts, src[lx.toks[i].start:lx.toks[j-1].end])
		}
		i = j
	}
	if lx.open >= 0 {
		return stmts, src[lx.open:]
	}
	return stmts, ""
}

// JoinLines returns a statement on one line, as the REPL's history keeps
// it: a line break and the blanks around it become one space, a -- comment
// is dropped, a line break inside a quoted string becomes the escape \n (or
// \r), so that the statement means the same. Only a raw string R'(...)' or
// a quoted name that spans lines keeps its line breaks.
func JoinLines(stmt string) string {
	lx := lexSplit(stmt)
	var b strings.Builder
	prev := 0
	for _, t := range lx.toks {
		b.WriteString(joinGap(stmt[prev:t.start]))
		text := stmt[t.start:t.end]
		switch {
		case t.kind == sSetText:
			text = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(text)
		case t.kind == sLit && (text[0] == '\'' || text[0] == '"'):
			text = strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(text)
		}
		b.WriteString(text)
		prev = t.end
	}
	b.WriteString(joinGap(stmt[prev:]))
	return strings.TrimSpace(b.String())
}

// joinGap rewrites the blanks and comments between two tokens: kept as
// they are within a line; otherwise one space, with any block comment kept.
func joinGap(gap string) string {
	if !strings.ContainsAny(gap, "\r\n") && !strings.Contains(gap, "--") {
		return gap
	}
	var b strings.Builder
	b.WriteByte(' ')
	for off := skipBlanks(gap, 0); off < len(gap); off = skipBlanks(gap, off) {
		end, ok := commentAt(gap, off)
		if !ok || end < 0 {
			end = len(gap) // not a comment: cannot happen between tokens
		}
		if strings.HasPrefix(gap[off:], "/*") {
			c := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(gap[off:end])
			b.WriteString(c + " ")
		}
		off = end
	}
	return b.String()
}

// status says how far a statement got before the tokens ran out.
type status uint8

const (
	done    status = iota // the statement is complete
	pending               // an IF statement, complete unless an ELSE follows
	partial               // the statement is unfinished
)

// maxSplitDepth bounds IF nesting in the splitter's recursion; deeper IFs
// are cut at their next ';' and left for Parse to refuse (it allows fewer).
const maxSplitDepth = 1000

// stmtReader follows the statement structure of grammar_stmt.go over the
// splitter's tokens: just enough to find where each statement ends.
type stmtReader struct {
	toks  []sTok
	depth int
}

// statement reads the statement at i and returns the index after it.
func (r *stmtReader) statement(i int) (int, status) {
	switch t := r.toks[i]; {
	case t.is(sSymbol, ";"):
		return i + 1, done
	case t.is(sWord, "IF") && r.depth < maxSplitDepth:
		return r.ifStmt(i)
	}
	return r.simple(i)
}

// simple reads a statement that ends at the next ';'.
func (r *stmtReader) simple(i int) (int, status) {
	for ; i < len(r.toks); i++ {
		if r.toks[i].is(sSymbol, ";") {
			return i + 1, done
		}
	}
	return i, partial
}

// ifStmt reads IF cond block [ELSE IF cond block]... [ELSE block]. The ELSE
// IF chain is a loop, as in the grammar, so a long chain does not recurse.
func (r *stmtReader) ifStmt(i int) (int, status) {
	r.depth++
	defer func() { r.depth-- }()
	for {
		j, st := r.block(r.condition(i + 1))
		switch {
		case st != done:
			return j, st
		case j >= len(r.toks):
			return j, pending
		case !r.toks[j].is(sWord, "ELSE"):
			return j, done
		case j+1 >= len(r.toks):
			return j + 1, partial
		case r.toks[j+1].is(sWord, "IF"):
			i = j + 1
			continue
		}
		return r.block(j + 1)
	}
}

// block reads BEGIN statements END, or one statement.
func (r *stmtReader) block(i int) (int, status) {
	if i >= len(r.toks) {
		return i, partial
	}
	if !r.toks[i].is(sWord, "BEGIN") {
		return r.statement(i)
	}
	for j := i + 1; j < len(r.toks); {
		if r.toks[j].is(sWord, "END") {
			return j + 1, done
		}
		var st status
		if j, st = r.statement(j); st == partial {
			return j, partial
		}
	}
	return len(r.toks), partial
}

// condition returns the index after the IF condition that starts at i. It
// follows the expression grammar only as far as needed to see where the
// expression stops: after an operand, only an operator continues it, so
// that `IF (@a) BEGIN`, `IF @a > 1 SELECT ...` and `IF (@x) (SELECT 1);`
// end where the parser ends them.
func (r *stmtReader) condition(i int) int {
	operand := true // an operand is expected
	for i < len(r.toks) {
		var ok bool
		if operand {
			i, operand, ok = r.operand(i)
		} else {
			i, operand, ok = r.infix(i)
		}
		if !ok {
			return i
		}
	}
	return i
}

// operand reads a prefix operator or an operand at i; ok is false when the
// token cannot be part of the expression.
func (r *stmtReader) operand(i int) (next int, wantOperand, ok bool) {
	t := r.toks[i]
	switch {
	case t.kind == sSymbol && (t.text == "-" || t.text == "+" || t.text == "~"),
		t.is(sWord, "NOT"):
		return i + 1, true, true
	case t.is(sSymbol, "("):
		return r.group(i), false, true
	case t.is(sWord, "CASE"):
		return r.caseEnd(i), false, true
	case t.kind == sWord && r.followedBy(i, "(") && (!reserved[t.text] || callWords[t.text]):
		return r.group(i + 1), false, true
	case t.kind == sVar || t.kind == sLit || (t.kind == sWord && !reserved[t.text]) ||
		t.is(sWord, "TRUE") || t.is(sWord, "FALSE") || t.is(sWord, "NULL"):
		return i + 1, false, true
	}
	return i, false, false
}

// callWords are the reserved words that name functions: IF(...), CAST(...).
var callWords = map[string]bool{"IF": true, "LEFT": true, "RIGHT": true, "CAST": true}

// infix reads what may follow an operand: an operator, or the rest of the
// operand (a postfix, an adjacent string literal).
func (r *stmtReader) infix(i int) (next int, wantOperand, ok bool) {
	t := r.toks[i]
	switch {
	case t.kind == sSymbol && (symbolTypes[t.text] == tokBinOp || t.text == "."):
		return i + 1, true, true
	case t.is(sSymbol, "["):
		return r.group(i), false, true
	case t.kind == sWord && infixWords[t.text]:
		return i + 1, true, true
	case t.is(sWord, "NOT"): // NOT LIKE, NOT IN, NOT BETWEEN
		return i + 1, false, true
	case t.is(sWord, "IN") && r.followedBy(i, "("):
		return r.group(i + 1), false, true
	case t.kind == sLit && t.quoted && (r.toks[i-1].quoted || typedLiteralWords[r.toks[i-1].text]):
		return i + 1, false, true // 'a' 'b', DATE '2024-01-01'
	}
	return i, false, false
}

// infixWords are the word operators after which an operand follows.
var infixWords = map[string]bool{
	"AND": true, "OR": true, "DIV": true, "LIKE": true, "RLIKE": true,
	"REGEXP": true, "BETWEEN": true, "IS": true,
}

func (r *stmtReader) followedBy(i int, sym string) bool {
	return i+1 < len(r.toks) && r.toks[i+1].is(sSymbol, sym)
}

// group returns the index after the bracket group that opens at i, or the
// index of a ';' inside it (the statement is broken and ends there), or the
// end of the tokens.
func (r *stmtReader) group(i int) int {
	depth := 0
	for ; i < len(r.toks); i++ {
		switch t := r.toks[i]; {
		case t.is(sSymbol, "(") || t.is(sSymbol, "["):
			depth++
		case t.is(sSymbol, ")") || t.is(sSymbol, "]"):
			if depth--; depth == 0 {
				return i + 1
			}
		case t.is(sSymbol, ";"):
			return i
		}
	}
	return i
}

// caseEnd returns the index after the END that closes the CASE at i (or a
// ';' or the end of the tokens, as group does).
func (r *stmtReader) caseEnd(i int) int {
	depth := 0
	for ; i < len(r.toks); i++ {
		switch t := r.toks[i]; {
		case t.is(sWord, "CASE"):
			depth++
		case t.is(sWord, "END"):
			if depth--; depth == 0 {
				return i + 1
			}
		case t.is(sSymbol, ";"):
			return i
		}
	}
	return i
}
