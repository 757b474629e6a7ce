package parser

import (
	"fmt"
	"strconv"
	"strings"
)

var litNames = map[LitKind]string{
	LitNull: "null", LitBool: "bool", LitInt: "int", LitTinyint: "tinyint",
	LitSmallint: "smallint", LitBigint: "bigint", LitFloat: "float",
	LitDouble: "double", LitDecimal: "decimal", LitString: "string",
	LitBinary: "binary", LitDate: "date", LitDatetime: "datetime",
	LitTimestamp: "timestamp", LitJSON: "json",
}

func dumpExpr(b *strings.Builder, e Expr) {
	switch e := e.(type) {
	case *Literal:
		switch e.Kind {
		case LitInt:
			b.WriteString(e.Text)
		case LitString:
			b.WriteString(strconv.Quote(e.Text))
		case LitNull:
			b.WriteString("NULL")
		default:
			fmt.Fprintf(b, "%s:%q", litNames[e.Kind], e.Text)
		}
	case *Ident:
		b.WriteString(strings.Join(e.Parts, "."))
	case *VarRef:
		b.WriteString("@" + e.Name)
	case *FieldAccess:
		b.WriteString("(. ")
		dumpTo(b, e.X)
		b.WriteString(" " + e.Field + ")")
	case *IndexExpr:
		b.WriteString("([] ")
		dumpTo(b, e.X)
		b.WriteString(" ")
		dumpTo(b, e.Index)
		b.WriteString(")")
	case *Unary:
		b.WriteString("(" + e.Op + " ")
		dumpTo(b, e.X)
		b.WriteString(")")
	case *Binary:
		b.WriteString("(" + e.Op + " ")
		dumpTo(b, e.L)
		b.WriteString(" ")
		dumpTo(b, e.R)
		b.WriteString(")")
	default:
		dumpExpr2(b, e)
	}
}

func not(b bool) string {
	if b {
		return "NOT "
	}
	return ""
}

func dumpExpr2(b *strings.Builder, e Expr) {
	switch e := e.(type) {
	case *Like:
		op := "LIKE"
		if e.Regexp {
			op = "RLIKE"
		}
		b.WriteString("(" + not(e.Not) + op + " ")
		dumpTo(b, e.X)
		b.WriteString(" ")
		dumpTo(b, e.Pattern)
		b.WriteString(")")
	case *IsNull:
		b.WriteString("(IS " + not(e.Not) + "NULL ")
		dumpTo(b, e.X)
		b.WriteString(")")
	case *In:
		b.WriteString("(" + not(e.Not) + "IN ")
		dumpTo(b, e.X)
		if e.Query != nil {
			b.WriteString(" ")
			dumpTo(b, e.Query)
		}
		for _, x := range e.List {
			b.WriteString(" ")
			dumpTo(b, x)
		}
		b.WriteString(")")
	case *Between:
		b.WriteString("(" + not(e.Not) + "BETWEEN ")
		dumpTo(b, e.X)
		b.WriteString(" ")
		dumpTo(b, e.Lo)
		b.WriteString(" ")
		dumpTo(b, e.Hi)
		b.WriteString(")")
	default:
		dumpExpr3(b, e)
	}
}

func dumpExpr3(b *strings.Builder, e Expr) {
	switch e := e.(type) {
	case *Case:
		b.WriteString("(case")
		if e.Operand != nil {
			b.WriteString(" ")
			dumpTo(b, e.Operand)
		}
		for _, w := range e.Whens {
			b.WriteString(" (when ")
			dumpTo(b, w.Cond)
			b.WriteString(" ")
			dumpTo(b, w.Result)
			b.WriteString(")")
		}
		if e.Else != nil {
			b.WriteString(" (else ")
			dumpTo(b, e.Else)
			b.WriteString(")")
		}
		b.WriteString(")")
	case *Cast:
		b.WriteString("(cast ")
		dumpTo(b, e.X)
		b.WriteString(" ")
		dumpTo(b, e.Type)
		b.WriteString(")")
	case *Call:
		b.WriteString("(call " + e.Name)
		if e.Star {
			b.WriteString(" *")
		}
		if e.Distinct {
			b.WriteString(" distinct")
		}
		for _, a := range e.Args {
			b.WriteString(" ")
			dumpTo(b, a)
		}
		dumpAggregateClauses(b, e)
		b.WriteString(")")
	case *Subquery:
		b.WriteString("(subquery ")
		dumpTo(b, e.Query)
		b.WriteString(")")
	case *Exists:
		b.WriteString("(exists ")
		dumpTo(b, e.Query)
		b.WriteString(")")
	case *Row:
		b.WriteString("(row")
		for _, x := range e.Items {
			b.WriteString(" ")
			dumpTo(b, x)
		}
		b.WriteString(")")
	case *Lambda:
		b.WriteString("(lambda (" + strings.Join(e.Params, " ") + ") ")
		dumpTo(b, e.Body)
		b.WriteString(")")
	default:
		fmt.Fprintf(b, "?%T", e)
	}
}

func dumpType(b *strings.Builder, t *TypeName) {
	b.WriteString(t.Name)
	if t.Params != nil {
		ps := make([]string, len(t.Params))
		for i, p := range t.Params {
			ps[i] = strconv.Itoa(p)
		}
		b.WriteString("(" + strings.Join(ps, ",") + ")")
	}
	switch {
	case t.Elem != nil:
		b.WriteString("<")
		dumpType(b, t.Elem)
		b.WriteString(">")
	case t.Key != nil:
		b.WriteString("<")
		dumpType(b, t.Key)
		b.WriteString(",")
		dumpType(b, t.Value)
		b.WriteString(">")
	case t.Fields != nil:
		b.WriteString("<")
		for i, f := range t.Fields {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(f.Name + ":")
			dumpType(b, f.Type)
		}
		b.WriteString(">")
	}
}
