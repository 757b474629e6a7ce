package eval

import (
	"encoding/hex"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// planExprText renders an expression for EXPLAIN: SQL close to what was
// written, with subqueries shown as (subquery).
func planExprText(e parser.Expr) string {
	switch e := e.(type) {
	case nil:
		return ""
	case *parser.Literal:
		return literalText(e)
	case *parser.Ident:
		return strings.Join(e.Parts, ".")
	case *parser.VarRef:
		return "@" + e.Name
	case *parser.FieldAccess:
		return planExprText(e.X) + "." + e.Field
	case *parser.IndexExpr:
		return planExprText(e.X) + "[" + planExprText(e.Index) + "]"
	case *parser.Unary:
		if e.Op == "NOT" {
			return "NOT " + planExprText(e.X)
		}
		return e.Op + planExprText(e.X)
	case *parser.Binary:
		return "(" + planExprText(e.L) + " " + e.Op + " " + planExprText(e.R) + ")"
	case *parser.Like:
		op := map[bool]string{false: " LIKE ", true: " RLIKE "}[e.Regexp]
		return planExprText(e.X) + notText(e.Not) + strings.TrimPrefix(op, " ") + planExprText(e.Pattern)
	case *parser.IsNull:
		return planExprText(e.X) + " IS" + notText(e.Not) + "NULL"
	case *parser.In:
		if e.Query != nil {
			return planExprText(e.X) + notText(e.Not) + "IN (subquery)"
		}
		return planExprText(e.X) + notText(e.Not) + "IN (" + exprList(e.List) + ")"
	case *parser.Between:
		return planExprText(e.X) + notText(e.Not) + "BETWEEN " + planExprText(e.Lo) + " AND " + planExprText(e.Hi)
	case *parser.Case:
		return caseText(e)
	case *parser.Cast:
		t, err := TypeOf(e.Type)
		name := e.Type.Name
		if err == nil {
			name = t.String()
		}
		return "CAST(" + planExprText(e.X) + " AS " + name + ")"
	case *parser.Call:
		return callText(e)
	case *parser.Subquery:
		return "(subquery)"
	case *parser.Exists:
		return "EXISTS (subquery)"
	case *parser.Row:
		return "(" + exprList(e.Items) + ")"
	case *parser.Lambda:
		return "(" + strings.Join(e.Params, ", ") + ") -> " + planExprText(e.Body)
	}
	return "?"
}

func notText(not bool) string {
	if not {
		return " NOT "
	}
	return " "
}

func exprList(xs []parser.Expr) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = planExprText(x)
	}
	return strings.Join(out, ", ")
}

// literalWords and literalSuffixes give literals their written form back.
var (
	literalWords = map[parser.LitKind]string{
		parser.LitDate: "DATE", parser.LitDatetime: "DATETIME", parser.LitTimestamp: "TIMESTAMP",
		parser.LitNTZ: "TIMESTAMP_NTZ", parser.LitJSON: "JSON",
	}
	literalSuffixes = map[parser.LitKind]string{
		parser.LitTinyint: "Y", parser.LitSmallint: "S", parser.LitBigint: "L",
		parser.LitFloat: "F", parser.LitDecimal: "BD",
	}
)

func literalText(l *parser.Literal) string {
	switch l.Kind {
	case parser.LitNull:
		return "NULL"
	case parser.LitString:
		return quoteSQL(l.Text)
	case parser.LitBinary:
		return "X'" + strings.ToUpper(hex.EncodeToString([]byte(l.Text))) + "'"
	}
	if w, ok := literalWords[l.Kind]; ok {
		return w + " " + quoteSQL(strings.Trim(l.Text, `'"`))
	}
	return l.Text + literalSuffixes[l.Kind]
}

func caseText(c *parser.Case) string {
	var b strings.Builder
	b.WriteString("CASE")
	if c.Operand != nil {
		b.WriteString(" " + planExprText(c.Operand))
	}
	for _, w := range c.Whens {
		b.WriteString(" WHEN " + planExprText(w.Cond) + " THEN " + planExprText(w.Result))
	}
	if c.Else != nil {
		b.WriteString(" ELSE " + planExprText(c.Else))
	}
	return b.String() + " END"
}

func callText(c *parser.Call) string {
	args := exprList(c.Args)
	switch {
	case c.Star:
		args = "*"
	case c.Distinct:
		args = "DISTINCT " + args
	}
	out := strings.ToLower(c.Name) + "(" + args + ")"
	if c.Over != nil {
		out += " OVER (...)"
	}
	return out
}
