package parser

import (
	"fmt"
	"strings"
)

// dump renders a node as a compact S-expression, so that tests can compare
// whole trees (and precedence) with exact strings. Positions are left out;
// pos_test.go checks them.
func dump(n Node) string {
	var b strings.Builder
	dumpTo(&b, n)
	return b.String()
}

func dumpList[T Node](b *strings.Builder, name string, list []T) {
	b.WriteString("(" + name)
	for _, n := range list {
		b.WriteString(" ")
		dumpTo(b, n)
	}
	b.WriteString(")")
}

func dumpTo(b *strings.Builder, n Node) {
	switch n := n.(type) {
	case nil:
		b.WriteString("nil")
	case Stmt:
		dumpStmt(b, n)
	case QueryBody, *Query:
		dumpQuery(b, n)
	case TableRef:
		dumpTable(b, n)
	case Expr:
		dumpExpr(b, n)
	case *TypeName:
		dumpType(b, n)
	case *GroupingElement:
		dumpGroupingElement(b, n)
	case *ColumnDef:
		fmt.Fprintf(b, "(col %s ", n.Name)
		dumpType(b, n.Type)
		if n.Comment != "" {
			fmt.Fprintf(b, " %q", n.Comment)
		}
		b.WriteString(")")
	case *SelectItem:
		dumpItem(b, n)
	case *OrderItem:
		b.WriteString("(order ")
		dumpTo(b, n.Expr)
		if n.Desc {
			b.WriteString(" desc")
		}
		b.WriteString(")")
	case *PartitionSpec:
		b.WriteString("(part " + n.Key + " ")
		dumpTo(b, n.Value)
		b.WriteString(")")
	default:
		fmt.Fprintf(b, "?%T", n)
	}
}

func dumpStmt(b *strings.Builder, s Stmt) {
	switch s := s.(type) {
	case *AssignStmt:
		b.WriteString("(:= " + s.Name + " ")
		dumpTo(b, s.Expr)
		b.WriteString(")")
	case *AssignQueryStmt:
		b.WriteString("(:=q " + s.Name + " ")
		dumpTo(b, s.Query)
		b.WriteString(")")
	case *DeclareStmt:
		b.WriteString("(declare " + s.Name + " ")
		if s.Type != nil {
			dumpTo(b, s.Type)
		} else {
			dumpList(b, "table", s.Table)
		}
		b.WriteString(")")
	case *IfStmt:
		b.WriteString("(if ")
		dumpTo(b, s.Cond)
		b.WriteString(" ")
		dumpList(b, "then", s.Then)
		if s.Else != nil {
			b.WriteString(" ")
			dumpList(b, "else", s.Else)
		}
		b.WriteString(")")
	case *SetStmt:
		fmt.Fprintf(b, "(set %q %q)", s.Key, s.Value)
	case *QueryStmt:
		dumpTo(b, s.Query)
	default:
		dumpTableStmt(b, s)
	}
}

func dumpTableStmt(b *strings.Builder, s Stmt) {
	switch s := s.(type) {
	case *CreateTableStmt:
		fmt.Fprintf(b, "(create %s", s.Name)
		if s.IfNotExists {
			b.WriteString(" ifnotexists")
		}
		if s.Columns != nil {
			b.WriteString(" ")
			dumpList(b, "cols", s.Columns)
		}
		if s.Comment != "" {
			fmt.Fprintf(b, " (comment %q)", s.Comment)
		}
		if s.PartitionedBy != nil {
			b.WriteString(" ")
			dumpList(b, "partitioned", s.PartitionedBy)
		}
		if s.Lifecycle != nil {
			fmt.Fprintf(b, " (lifecycle %d)", *s.Lifecycle)
		}
		if s.Like != "" {
			b.WriteString(" (like " + s.Like + ")")
		}
		if s.AsQuery != nil {
			b.WriteString(" (as ")
			dumpTo(b, s.AsQuery)
			b.WriteString(")")
		}
		b.WriteString(")")
	case *DropTableStmt:
		fmt.Fprintf(b, "(drop %s %v)", s.Name, s.IfExists)
	case *TruncateTableStmt:
		fmt.Fprintf(b, "(truncate %s)", s.Name)
	case *InsertStmt:
		fmt.Fprintf(b, "(insert %s overwrite=%v", s.Table, s.Overwrite)
		if s.Partition != nil {
			b.WriteString(" ")
			dumpList(b, "partition", s.Partition)
		}
		if s.Columns != nil {
			fmt.Fprintf(b, " (columns %s)", strings.Join(s.Columns, " "))
		}
		b.WriteString(" ")
		dumpTo(b, s.Query)
		b.WriteString(")")
	case *ShowTablesStmt:
		b.WriteString("(show tables)")
	case *DescStmt:
		if s.Extended {
			fmt.Fprintf(b, "(desc extended %s)", s.Name)
		} else {
			fmt.Fprintf(b, "(desc %s)", s.Name)
		}
	default:
		dumpClientStmt(b, s)
	}
}

// dumpClientStmt dumps odpscmd's client statements.
func dumpClientStmt(b *strings.Builder, s Stmt) {
	switch s := s.(type) {
	case *UseStmt:
		fmt.Fprintf(b, "(use %s)", s.Project)
	case *WhoamiStmt:
		b.WriteString("(whoami)")
	case *ShowCreateTableStmt:
		fmt.Fprintf(b, "(show create table %s)", s.Name)
	case *ReadStmt:
		fmt.Fprintf(b, "(read %s ", s.Table)
		dumpTo(b, s.Query)
		b.WriteString(")")
	case *ExplainStmt:
		b.WriteString("(explain ")
		dumpTo(b, s.Query)
		b.WriteString(")")
	default:
		fmt.Fprintf(b, "?%T", s)
	}
}

func dumpQuery(b *strings.Builder, n Node) {
	switch q := n.(type) {
	case *Query:
		if q.OrderBy == nil && q.Limit == nil {
			dumpTo(b, q.Body)
			return
		}
		b.WriteString("(query ")
		dumpTo(b, q.Body)
		if q.OrderBy != nil {
			b.WriteString(" ")
			dumpList(b, "orderby", q.OrderBy)
		}
		if q.Limit != nil {
			b.WriteString(" (limit ")
			dumpTo(b, q.Limit)
			b.WriteString(")")
		}
		b.WriteString(")")
	case *Select:
		dumpSelect(b, q)
	case *SetOp:
		op := q.Op
		if q.All {
			op += "-ALL"
		}
		b.WriteString("(" + op + " ")
		dumpTo(b, q.Left)
		b.WriteString(" ")
		dumpTo(b, q.Right)
		b.WriteString(")")
	case *Values:
		dumpRows(b, "values", q.Rows)
	}
}

func dumpRows(b *strings.Builder, name string, rows [][]Expr) {
	b.WriteString("(" + name)
	for _, r := range rows {
		b.WriteString(" ")
		dumpList(b, "row", r)
	}
	b.WriteString(")")
}

func dumpSelect(b *strings.Builder, s *Select) {
	b.WriteString("(select")
	if s.Hints != nil {
		fmt.Fprintf(b, " (hints %q)", s.Hints)
	}
	if s.Distinct {
		b.WriteString(" distinct")
	}
	for _, it := range s.Items {
		b.WriteString(" ")
		dumpTo(b, it)
	}
	clause := func(name string, n Node) {
		b.WriteString(" (" + name + " ")
		dumpTo(b, n)
		b.WriteString(")")
	}
	if s.From != nil {
		clause("from", s.From)
	}
	if s.Where != nil {
		clause("where", s.Where)
	}
	if s.Having != nil {
		clause("having", s.Having)
	}
	if s.GroupBy != nil {
		b.WriteString(" ")
		dumpList(b, "groupby", s.GroupBy)
	}
	if s.GroupingSets != nil {
		b.WriteString(" ")
		dumpGroupingSets(b, s.GroupingSets)
	}
	b.WriteString(")")
}

func dumpItem(b *strings.Builder, it *SelectItem) {
	switch {
	case it.Star && it.StarTable != "":
		b.WriteString(it.StarTable + ".*")
	case it.Star:
		b.WriteString("*")
	case it.Alias != "":
		b.WriteString("(as ")
		dumpTo(b, it.Expr)
		b.WriteString(" " + it.Alias + ")")
	default:
		dumpTo(b, it.Expr)
	}
}

func dumpTable(b *strings.Builder, t TableRef) {
	alias := func(a string) {
		if a != "" {
			b.WriteString(" " + a)
		}
	}
	switch t := t.(type) {
	case *TableName:
		b.WriteString("(table " + t.Name)
		alias(t.Alias)
	case *TableVar:
		b.WriteString("(tablevar " + t.Name)
		alias(t.Alias)
	case *ValuesTable:
		b.WriteString("(valuestable")
		for _, r := range t.Rows {
			b.WriteString(" ")
			dumpList(b, "row", r)
		}
		alias(t.Alias)
		if t.Columns != nil {
			b.WriteString(" (" + strings.Join(t.Columns, " ") + ")")
		}
	case *SubqueryTable:
		b.WriteString("(subtable ")
		dumpTo(b, t.Query)
		alias(t.Alias)
	case *Join:
		b.WriteString("(join " + t.Kind + " ")
		if t.Natural {
			b.WriteString("natural ")
		}
		dumpTo(b, t.Left)
		b.WriteString(" ")
		dumpTo(b, t.Right)
		if t.On != nil {
			b.WriteString(" (on ")
			dumpTo(b, t.On)
			b.WriteString(")")
		}
		if t.Using != nil {
			b.WriteString(" (using " + strings.Join(t.Using, " ") + ")")
		}
	}
	b.WriteString(")")
}
