package parser

// walk calls f for n and every node under it, parents first.
func walk(n Node, f func(Node)) {
	if n == nil {
		return
	}
	f(n)
	for _, c := range children(n) {
		if c != nil {
			walk(c, f)
		}
	}
}

func nodes[T Node](list []T) []Node {
	out := make([]Node, 0, len(list))
	for _, n := range list {
		out = append(out, n)
	}
	return out
}

// opt returns n as a Node, or nil when the interface or pointer is nil.
func opt[T comparable](n T) Node {
	var zero T
	if n == zero {
		return nil
	}
	return any(n).(Node)
}

func children(n Node) []Node {
	switch n := n.(type) {
	case *AssignStmt:
		return []Node{n.Expr}
	case *AssignQueryStmt:
		return []Node{n.Query}
	case *DeclareStmt:
		return append(nodes(n.Table), opt(n.Type))
	case *IfStmt:
		return append(append([]Node{n.Cond}, nodes(n.Then)...), nodes(n.Else)...)
	case *QueryStmt:
		return []Node{n.Query}
	case *CreateTableStmt:
		return append(append(nodes(n.Columns), nodes(n.PartitionedBy)...), opt(n.AsQuery))
	case *InsertStmt:
		return append(nodes(n.Partition), n.Query)
	case *PartitionSpec:
		return []Node{n.Value}
	case *ColumnDef:
		return []Node{n.Type}
	case *TypeName:
		return append(nodes(n.Fields), opt(n.Elem), opt(n.Key), opt(n.Value))
	case *Query:
		return append(append([]Node{n.Body}, nodes(n.OrderBy)...), opt(n.Limit))
	case *Select:
		return append(append(nodes(n.Items), opt(n.From), opt(n.Where), opt(n.Having), opt(n.GroupingSets)), nodes(n.GroupBy)...)
	case *GroupingSets:
		return nodes(n.Elements)
	case *GroupingElement:
		return append(nodes(n.Exprs), nodes(n.Items)...)
	case *SelectItem:
		return []Node{opt(n.Expr)}
	case *SetOp:
		return []Node{n.Left, n.Right}
	case *Values:
		return rows(n.Rows)
	case *OrderItem:
		return []Node{n.Expr}
	case *ValuesTable:
		return rows(n.Rows)
	case *SubqueryTable:
		return []Node{n.Query}
	case *Join:
		return []Node{n.Left, n.Right, opt(n.On)}
	}
	if l, ok := n.(*Lambda); ok {
		return []Node{l.Body}
	}
	return exprChildren(n)
}

func rows(rs [][]Expr) []Node {
	var out []Node
	for _, r := range rs {
		out = append(out, nodes(r)...)
	}
	return out
}

func exprChildren(n Node) []Node {
	switch n := n.(type) {
	case *FieldAccess:
		return []Node{n.X}
	case *IndexExpr:
		return []Node{n.X, n.Index}
	case *Unary:
		return []Node{n.X}
	case *Binary:
		return []Node{n.L, n.R}
	case *Like:
		return []Node{n.X, n.Pattern}
	case *IsNull:
		return []Node{n.X}
	case *In:
		return append([]Node{n.X, opt(n.Query)}, nodes(n.List)...)
	case *Between:
		return []Node{n.X, n.Lo, n.Hi}
	case *Case:
		return append([]Node{opt(n.Operand), opt(n.Else)}, nodes(n.Whens)...)
	case *When:
		return []Node{n.Cond, n.Result}
	case *Cast:
		return []Node{n.X, n.Type}
	case *Call:
		return nodes(n.Args)
	case *Subquery:
		return []Node{n.Query}
	case *Exists:
		return []Node{n.Query}
	case *Row:
		return nodes(n.Items)
	}
	return nil
}
