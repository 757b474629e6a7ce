package parser

import "strings"

// binOp is an operator of a flat chain, with its precedence (higher binds
// tighter).
type binOp struct {
	op   string
	pos  Pos
	prec int
	all  bool // UNION ALL and friends
}

// foldBinary builds left-associative nodes from operands[0] ops[0]
// operands[1] ... respecting the operators' precedence (shunting-yard).
func foldBinary[T any](operands []T, ops []binOp, mk func(op binOp, l, r T) T) T {
	vals := []T{operands[0]}
	var stack []binOp
	reduce := func() {
		op := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		l, r := vals[len(vals)-2], vals[len(vals)-1]
		vals = append(vals[:len(vals)-2], mk(op, l, r))
	}
	for i, op := range ops {
		for len(stack) > 0 && stack[len(stack)-1].prec >= op.prec {
			reduce()
		}
		stack = append(stack, op)
		vals = append(vals, operands[i+1])
	}
	for len(stack) > 0 {
		reduce()
	}
	return vals[0]
}

func lowerQuery(q *query) (*Query, error) {
	head, err := lowerTerm(q.Head)
	if err != nil {
		return nil, err
	}
	operands := []QueryBody{head}
	ops := make([]binOp, len(q.Rest))
	for i, r := range q.Rest {
		t, err := lowerTerm(r.Term)
		if err != nil {
			return nil, err
		}
		operands = append(operands, t)
		op := strings.ToUpper(r.Op)
		ops[i] = binOp{op: op, prec: 1, all: strings.EqualFold(r.Quant, "ALL")}
		switch op {
		case "INTERSECT":
			ops[i].prec = 2
		case "MINUS":
			ops[i].op = "EXCEPT"
		}
	}
	body := foldBinary(operands, ops, func(op binOp, l, r QueryBody) QueryBody {
		return &SetOp{Pos: l.Position(), Op: op.op, All: op.all, Left: l, Right: r}
	})
	out := &Query{Pos: pos(q.Pos), Body: body}
	if err := lowerTail(q, out); err != nil {
		return nil, err
	}
	if inner, ok := body.(*Query); ok && len(q.Rest) == 0 && q.Head.With != nil {
		// WITH ... takes the whole query after it: the outer one is empty.
		return inner, nil
	}
	return out, nil
}

// lowerTerm lowers one operand of a set operation. A parenthesized query
// becomes its body, unless it has its own ORDER BY or LIMIT: then the
// *Query itself is the body.
func lowerTerm(t *queryTerm) (QueryBody, error) {
	switch {
	case t.Select != nil:
		return lowerSelect(t.Select)
	case t.Values != nil:
		return &Values{Pos: pos(t.Values.Pos), Rows: lowerRows(t.Values.Rows)}, nil
	case t.With != nil:
		return lowerWithQuery(t.With)
	case t.From != nil:
		return lowerFromFirst(t.From)
	}
	q, err := lowerQuery(t.Paren)
	if err != nil {
		return nil, err
	}
	if !q.hasTail() && q.With == nil {
		return q.Body, nil
	}
	return q, nil
}

func lowerRows(rows []*valuesRow) [][]Expr {
	out := make([][]Expr, len(rows))
	for i, r := range rows {
		out[i] = r.Values
	}
	return out
}

func lowerSelect(s *selectCore) (*Select, error) {
	out := &Select{Pos: pos(s.Pos), Distinct: strings.EqualFold(s.Quant, "DISTINCT"),
		Where: s.Where, Having: s.Having,
		Windows: lowerWindows(s.Windows), Qualify: s.Qualify}
	if s.GroupBy != nil {
		out.GroupBy, out.GroupingSets = s.GroupBy.Keys, s.GroupBy.Sets
	}
	if s.QualifyAt != nil {
		out.QualifyPos = pos(s.QualifyAt.Pos)
	}
	for _, h := range s.Hints {
		out.Hints = append(out.Hints, strings.TrimSpace(h[3:len(h)-2]))
	}
	for _, it := range s.Items {
		item, err := lowerSelectItem(it)
		if err != nil {
			return nil, err
		}
		out.Items = append(out.Items, item)
	}
	if s.From != nil {
		var err error
		if out.From, err = lowerFrom(s.From); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func lowerSelectItem(it *selectItem) (*SelectItem, error) {
	p := pos(it.Pos)
	switch {
	case it.Star:
		return starModifiers(it, &SelectItem{Pos: p, Star: true})
	case it.TableStar != "":
		return starModifiers(it, &SelectItem{Pos: p, Star: true, StarTable: unquoteIdent(it.TableStar)})
	case !it.Mods.empty():
		return nil, errAt(it.Pos, "EXCEPT (...) and REPLACE (...) follow * or t.* in a select list")
	}
	return &SelectItem{Pos: p, Expr: it.Expr, Alias: unquoteIdent(it.Alias), Columns: unquoteIdents(it.Columns)}, nil
}

func lowerFrom(f *fromClause) (TableRef, error) {
	left, err := lowerFactorLateral(f.First)
	if err != nil {
		return nil, err
	}
	for _, j := range f.Joins {
		right, err := lowerFactorLateral(j.Right)
		if err != nil {
			return nil, err
		}
		kind, err := lowerJoinKind(j)
		if err != nil {
			return nil, err
		}
		var using []string
		for _, u := range j.Using {
			using = append(using, unquoteIdent(u))
		}
		left = &Join{Pos: left.Position(), Kind: kind, Left: left, Right: right, On: j.On, Natural: j.Natural, Using: using}
	}
	return left, nil
}

// parenthesizedValues lowers `(VALUES ...) AS t(a, b)`, as the Lambda
// functions page writes it, to the VALUES table it stands for.
func parenthesizedValues(f *tableFactor, p Pos, alias string) (TableRef, bool) {
	if f.Sub == nil || f.Columns == nil {
		return nil, false
	}
	q, err := lowerQuery(f.Sub)
	if err != nil || q.hasTail() || q.With != nil {
		return nil, false
	}
	v, ok := q.Body.(*Values)
	if !ok {
		return nil, false
	}
	cols := make([]string, len(f.Columns))
	for i, c := range f.Columns {
		cols[i] = unquoteIdent(c)
	}
	return &ValuesTable{Pos: p, Rows: v.Rows, Alias: alias, Columns: cols}, true
}

func lowerFactor(f *tableFactor) (TableRef, error) {
	p, alias := pos(f.Pos), unquoteIdent(f.Alias)
	if vt, ok := parenthesizedValues(f, p, alias); ok {
		return vt, nil
	}
	if f.Columns != nil && f.Values == nil {
		return nil, errAt(f.Pos, "column names after the alias need a VALUES table")
	}
	switch {
	case f.Nested != nil:
		return lowerNested(f, alias)
	case f.Var != "":
		return &TableVar{Pos: p, Name: f.Var[1:], Alias: alias}, nil
	case f.Values != nil:
		rows := lowerRows(f.Values.Rows)
		var cols []string
		for _, c := range f.Columns {
			cols = append(cols, unquoteIdent(c))
		}
		return &ValuesTable{Pos: p, Rows: rows, Alias: alias, Columns: cols}, nil
	case f.Sub != nil:
		q, err := lowerQuery(f.Sub)
		if err != nil {
			return nil, err
		}
		return &SubqueryTable{Pos: p, Query: q, Alias: alias}, nil
	}
	return &TableName{Pos: p, Name: lowerTableName(f.Name), Alias: alias}, nil
}
