package parser

import "strconv"

// DefaultReadLines is how many rows READ shows without a line count, as
// odpscmd's read does.
const DefaultReadLines = 10

// lowerClient lowers odpscmd's client statements (grammar_client.go).
func lowerClient(s *simpleStmt) (Stmt, error) {
	switch {
	case s.Use != nil:
		return &UseStmt{Pos: pos(s.Use.Pos), Project: unquoteIdent(s.Use.Project)}, nil
	case s.Whoami != nil:
		return &WhoamiStmt{Pos: pos(s.Whoami.Pos)}, nil
	case s.Read != nil:
		return lowerRead(s.Read)
	default:
		q, err := lowerQuery(s.Explain.Query)
		if err != nil {
			return nil, err
		}
		return &ExplainStmt{Pos: pos(s.Explain.Pos), Query: q}, nil
	}
}

// lowerRead builds the SELECT that READ stands for: the columns named (all
// of them otherwise), the rows of the partition named (its k=v items
// ANDed into a WHERE) and a LIMIT of the line count.
func lowerRead(r *readStmt) (Stmt, error) {
	p := pos(r.Pos)
	lines := int64(DefaultReadLines)
	if r.Lines != nil {
		n, err := strconv.ParseInt(r.Lines.Value, 10, 64)
		if err != nil || n < 0 {
			return nil, errAt(r.Lines.Pos, "READ needs a whole number of lines, got %s", describeToken(*r.Lines))
		}
		lines = n
	}
	table := lowerTableName(r.Table)
	sel := &Select{Pos: p, From: &TableName{Pos: pos(r.Table.Pos), Name: table}}
	if len(r.Columns) == 0 {
		sel.Items = []*SelectItem{{Pos: p, Star: true}}
	}
	for _, c := range r.Columns {
		cp := pos(c.Pos)
		sel.Items = append(sel.Items, &SelectItem{Pos: cp, Expr: &Ident{Pos: cp, Parts: []string{unquoteIdent(c.Name)}}})
	}
	if r.Partition != nil {
		for _, item := range r.Partition.Items {
			if sel.Where == nil {
				sel.Where = item
				continue
			}
			sel.Where = &Binary{Pos: item.Position(), Op: "AND", L: sel.Where, R: item}
		}
	}
	limit := &Literal{Pos: p, Kind: LitInt, Text: strconv.FormatInt(lines, 10)}
	return &ReadStmt{Pos: p, Table: table, Query: &Query{Pos: p, Body: sel, Limit: limit}}, nil
}
