package eval

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// exprKey is a canonical text of an expression, the same for two
// expressions written alike (positions, letter case of names and keywords
// aside). GROUP BY uses it to recognize a grouped expression in the select
// list. Subqueries are keyed by identity: two of them never match.
func exprKey(e parser.Expr) string {
	var b strings.Builder
	writeExprKey(&b, e)
	return b.String()
}

func writeExprKey(b *strings.Builder, e parser.Expr) {
	switch e := e.(type) {
	case *parser.Literal:
		fmt.Fprintf(b, "lit(%d,%q)", e.Kind, e.Text)
		return
	case *parser.Ident:
		fmt.Fprintf(b, "id(%s)", strings.ToLower(strings.Join(e.Parts, ".")))
		return
	case *parser.VarRef:
		fmt.Fprintf(b, "var(%s)", strings.ToLower(e.Name))
		return
	case *parser.Subquery:
		fmt.Fprintf(b, "subquery(%p)", e)
		return
	case *parser.Exists:
		fmt.Fprintf(b, "exists(%p)", e)
		return
	case *parser.In:
		if e.Query != nil {
			fmt.Fprintf(b, "insubquery(%p)", e)
			return
		}
	}
	b.WriteString(exprLabel(e))
	b.WriteByte('(')
	for i, c := range exprChildren(e) {
		if i > 0 {
			b.WriteByte(',')
		}
		if c == nil {
			b.WriteString("nil")
			continue
		}
		writeExprKey(b, c)
	}
	b.WriteByte(')')
}

// exprLabel names a node with what sets it apart besides its operands.
func exprLabel(e parser.Expr) string {
	switch e := e.(type) {
	case *parser.FieldAccess:
		return "field." + strings.ToLower(e.Field)
	case *parser.Unary:
		return "unary" + strings.ToUpper(e.Op)
	case *parser.Binary:
		return "binary" + normalizeOp(strings.ToUpper(e.Op))
	case *parser.Like:
		return fmt.Sprintf("like.%t.%t", e.Not, e.Regexp)
	case *parser.IsNull:
		return fmt.Sprintf("isnull.%t", e.Not)
	case *parser.In:
		return fmt.Sprintf("in.%t", e.Not)
	case *parser.Between:
		return fmt.Sprintf("between.%t", e.Not)
	case *parser.Case:
		return fmt.Sprintf("case.%d", len(e.Whens))
	case *parser.Cast:
		if t, err := TypeOf(e.Type); err == nil {
			return "cast." + t.String()
		}
		return fmt.Sprintf("cast.%p", e)
	case *parser.Call:
		if e.Over != nil {
			// A window call is keyed by identity, like a subquery: the
			// same node (a select item QUALIFY names by its alias) is
			// computed once.
			return fmt.Sprintf("call.%s.over%p", strings.ToUpper(e.Name), e)
		}
		// FILTER and WITHIN GROUP keys follow the arguments among the
		// children (see exprChildren); the label says which are which.
		label := fmt.Sprintf("call.%s.%t.%t.%d.%t", strings.ToUpper(e.Name), e.Distinct, e.Star, len(e.Args), e.Filter != nil)
		for _, it := range e.WithinGroup {
			label += fmt.Sprintf(".order.%t", it.Desc)
		}
		return label
	case *parser.Lambda:
		return "lambda." + strings.ToLower(strings.Join(e.Params, ","))
	}
	return fmt.Sprintf("%T", e)
}

// exprChildren returns the operands of an expression, in order; nil
// entries stand for absent optional parts (a CASE without operand or
// ELSE). Subqueries are not descended into: they are queries of their own.
func exprChildren(e parser.Expr) []parser.Expr {
	switch e := e.(type) {
	case *parser.FieldAccess:
		return []parser.Expr{e.X}
	case *parser.IndexExpr:
		return []parser.Expr{e.X, e.Index}
	case *parser.Unary:
		return []parser.Expr{e.X}
	case *parser.Binary:
		return []parser.Expr{e.L, e.R}
	case *parser.Like:
		return []parser.Expr{e.X, e.Pattern}
	case *parser.IsNull:
		return []parser.Expr{e.X}
	case *parser.In:
		return append([]parser.Expr{e.X}, e.List...)
	case *parser.Between:
		return []parser.Expr{e.X, e.Lo, e.Hi}
	case *parser.Case:
		out := []parser.Expr{e.Operand}
		for _, w := range e.Whens {
			out = append(out, w.Cond, w.Result)
		}
		return append(out, e.Else)
	case *parser.Cast:
		return []parser.Expr{e.X}
	case *parser.Call:
		if e.Filter == nil && e.WithinGroup == nil {
			return e.Args
		}
		out := append([]parser.Expr(nil), e.Args...)
		if e.Filter != nil {
			out = append(out, e.Filter)
		}
		for _, it := range e.WithinGroup {
			out = append(out, it.Expr)
		}
		return out
	case *parser.Lambda:
		return []parser.Expr{e.Body}
	case *parser.Row:
		return e.Items
	}
	return nil
}

// containsAggregate reports whether e calls an aggregate function outside
// any subquery.
func containsAggregate(e parser.Expr) bool {
	if e == nil {
		return false
	}
	if call, ok := e.(*parser.Call); ok && call.Over == nil && isAggregate(call.Name) {
		return true
	}
	for _, c := range exprChildren(e) {
		if containsAggregate(c) {
			return true
		}
	}
	return windowHasAggregate(e)
}
