package eval

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// planNode is one operator of EXPLAIN's tree and its inputs.
type planNode struct {
	op     string
	inputs []*planNode
}

func node(op string, inputs ...*planNode) *planNode { return &planNode{op: op, inputs: inputs} }

// execExplain checks a query as running it would, then prints the tree of
// mcsql's operators that would run it, outermost first, each input indented
// under the operator that reads it. **(mcsql)** This is mcsql's plan, not
// MaxCompute's: MaxCompute prints jobs, tasks (M1_Stg1, J3_1_2_Stg1, ...)
// and their operators (TS, FIL, RS, ...), which a local interpreter does
// not have.
func (s *Session) execExplain(st *parser.ExplainStmt) error {
	s.explained = &explainedPush{scans: map[*parser.TableName]*pushTarget{}, aggs: map[*parser.Select]bool{}, sorts: map[*parser.OrderItem]bool{}}
	defer func() { s.explained = nil }()
	if _, err := s.compileQuery(st.Query); err != nil {
		return err
	}
	if scans, aggs := s.pushesTo(); !scans {
		s.explained.scans = nil
		s.explained.aggs = nil
		s.explained.sorts = nil
	} else if !aggs {
		s.explained.aggs = nil
	}
	var b strings.Builder
	b.WriteString("mcsql plan (mcsql's operators, not MaxCompute's jobs and tasks):\n")
	writePlan(&b, s.queryPlan(st.Query, nil), 0)
	_, err := fmt.Fprint(s.stdout, b.String())
	return err
}

func writePlan(b *strings.Builder, n *planNode, depth int) {
	b.WriteString(strings.Repeat("  ", depth) + n.op + "\n")
	for _, in := range n.inputs {
		writePlan(b, in, depth+1)
	}
}

// queryPlan is the plan of a query: its body, then ORDER BY, OFFSET and
// LIMIT, under a With node listing its common table expressions. ctes are
// the names of the enclosing queries' common table expressions.
func (s *Session) queryPlan(q *parser.Query, ctes map[string]bool) *planNode {
	inner := map[string]bool{}
	for name := range ctes {
		inner[name] = true
	}
	for _, c := range q.With {
		inner[strings.ToLower(c.Name)] = true
	}
	n := s.bodyPlan(q.Body, inner)
	if len(q.DistributeBy) > 0 {
		n = node("Distribute: "+exprListText(q.DistributeBy), n)
	}
	if len(q.SortBy) > 0 {
		n = node("Sort (within each distribution): "+orderText(q.SortBy), n)
	}
	if len(q.OrderBy) > 0 {
		op := "Sort: " + orderText(q.OrderBy)
		if s.explained != nil && s.explained.sorts[q.OrderBy[0]] {
			op += " (pushed to the warehouse"
			if q.Limit != nil {
				op += ", with the Limit"
			}
			op += ")"
		}
		n = node(op, n)
	}
	if q.Offset != nil {
		n = node("Offset: "+planExprText(q.Offset), n)
	}
	if q.Limit != nil {
		n = node("Limit: "+planExprText(q.Limit), n)
	}
	if len(q.With) == 0 {
		return n
	}
	with := node("With", n)
	for _, c := range q.With {
		with.inputs = append(with.inputs, node("CTE "+c.Name, s.queryPlan(c.Query, inner)))
	}
	return with
}

func (s *Session) bodyPlan(body parser.QueryBody, ctes map[string]bool) *planNode {
	switch b := body.(type) {
	case *parser.Select:
		return s.selectPlan(b, ctes)
	case *parser.SetOp:
		op := b.Op
		if b.All {
			op += " ALL"
		}
		return node("Set operation: "+op, s.bodyPlan(b.Left, ctes), s.bodyPlan(b.Right, ctes))
	case *parser.Values:
		return node("Values: " + rowCount(len(b.Rows)))
	case *parser.Query:
		return s.queryPlan(b, ctes)
	}
	return node(fmt.Sprintf("%T", body))
}

// selectPlan follows compileSelect: FROM, WHERE, grouping, HAVING,
// windows, the select list, DISTINCT.
func (s *Session) selectPlan(sel *parser.Select, ctes map[string]bool) *planNode {
	n := s.fromPlan(sel.From, ctes)
	if sel.Where != nil {
		n = node("Filter: "+planExprText(sel.Where), n)
	}
	if needsGrouping(sel, nil) {
		op := "Aggregate"
		if len(sel.GroupBy) > 0 {
			op += ": group by " + exprListText(sel.GroupBy)
		}
		if s.explained != nil && s.explained.aggs[sel] {
			op += " (pushed to the warehouse, with the Filter)"
		}
		if sel.GroupingSets != nil {
			op += " (grouping sets)"
		}
		n = node(op, n)
	}
	if sel.Having != nil {
		n = node("Filter (HAVING): "+planExprText(sel.Having), n)
	}
	if hasWindow(sel) {
		n = node("Window", n)
	}
	if sel.Qualify != nil {
		n = node("Filter (QUALIFY): "+planExprText(sel.Qualify), n)
	}
	n = node("Project: "+selectListText(sel.Items), n)
	if sel.Distinct {
		n = node("Distinct", n)
	}
	return n
}

func (s *Session) fromPlan(from parser.TableRef, ctes map[string]bool) *planNode {
	switch f := from.(type) {
	case nil:
		return node("One row (no FROM)")
	case *parser.TableName:
		name := strings.ToLower(f.Name)
		op := "Scan: " + name
		if ctes[name] {
			op = "Scan CTE: " + name
		} else if !strings.Contains(name, ".") {
			op = "Scan: " + s.currentProject() + "." + name
		}
		op += aliasText(f.Alias)
		if s.explained != nil && s.explained.scans[f] != nil {
			op += s.explained.scans[f].pushText()
		}
		return node(op)
	case *parser.TableVar:
		return node("Scan: @" + f.Name + aliasText(f.Alias))
	case *parser.ValuesTable:
		return node("Values: " + rowCount(len(f.Rows)) + aliasText(f.Alias))
	case *parser.SubqueryTable:
		return node("Subquery"+aliasText(f.Alias), s.queryPlan(f.Query, ctes))
	case *parser.Join:
		return node(joinText(f), s.fromPlan(f.Left, ctes), s.fromPlan(f.Right, ctes))
	case *parser.LateralView:
		op := "Lateral view: " + callText(f.Func) + " " + f.Alias + " AS " + strings.Join(f.Columns, ", ")
		return node(op, s.fromPlan(f.Source, ctes))
	}
	return node(fmt.Sprintf("%T", from))
}

func joinText(j *parser.Join) string {
	op := "Join (" + j.Kind + ")"
	switch {
	case j.Natural:
		op += ": NATURAL"
	case len(j.Using) > 0:
		op += ": USING (" + strings.Join(j.Using, ", ") + ")"
	case j.On != nil:
		op += ": " + planExprText(j.On)
	}
	return op
}

// rowCount is "1 row" or "n rows".
func rowCount(n int) string {
	if n == 1 {
		return "1 row"
	}
	return fmt.Sprintf("%d rows", n)
}

func aliasText(alias string) string {
	if alias == "" {
		return ""
	}
	return " AS " + alias
}

func exprListText(xs []parser.Expr) string { return exprList(xs) }

func orderText(items []*parser.OrderItem) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = planExprText(it.Expr)
		if it.Desc {
			out[i] += " DESC"
		} else {
			out[i] += " ASC"
		}
	}
	return strings.Join(out, ", ")
}

func selectListText(items []*parser.SelectItem) string {
	out := make([]string, len(items))
	for i, it := range items {
		switch {
		case it.Star && it.StarTable != "":
			out[i] = it.StarTable + ".*"
		case it.Star:
			out[i] = "*"
		default:
			out[i] = planExprText(it.Expr)
			if it.Alias != "" {
				out[i] += " AS " + it.Alias
			}
		}
	}
	return strings.Join(out, ", ")
}

// hasWindow reports whether the select list calls a window function.
func hasWindow(sel *parser.Select) bool {
	for _, it := range sel.Items {
		if containsWindow(it.Expr) {
			return true
		}
	}
	return false
}
