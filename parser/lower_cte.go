package parser

import "strings"

// lowerWith lowers a WITH clause: CTE names must differ (the page: "it must
// be unique within a WITH clause"), and a CTE's column list, when given,
// renames its query's columns.
func lowerWith(w *withClause) ([]*CTE, error) {
	if w == nil {
		return nil, nil
	}
	seen := map[string]bool{}
	out := make([]*CTE, 0, len(w.CTEs))
	for _, c := range w.CTEs {
		name := unquoteIdent(c.Name)
		key := strings.ToLower(name)
		if seen[key] {
			return nil, errAt(c.Pos, "CTE %s is defined twice in one WITH clause; give each CTE its own name", name)
		}
		seen[key] = true
		q, err := lowerQuery(c.Query)
		if err != nil {
			return nil, err
		}
		cte := &CTE{Pos: pos(c.Pos), Name: name, Query: q, Recursive: w.Recursive}
		for _, col := range c.Columns {
			cte.Columns = append(cte.Columns, unquoteIdent(col))
		}
		out = append(out, cte)
	}
	return out, nil
}

// lowerWithQuery lowers a query with its WITH clause; a second WITH right
// after the first is refused.
func lowerWithQuery(w *withQuery) (*Query, error) {
	q, err := lowerQuery(w.Query)
	if err != nil {
		return nil, err
	}
	if q.With != nil {
		return nil, &Error{Pos: q.With[0].Pos, Msg: "a query has one WITH clause; list all its CTEs after the first WITH, separated by commas"}
	}
	if q.With, err = lowerWith(w.With); err != nil {
		return nil, err
	}
	return q, nil
}

// lowerWithStmt lowers `WITH ... INSERT ...` and `WITH ... SELECT ...`: the
// CTEs belong to the query (of the INSERT), which may not have a WITH
// clause of its own.
func lowerWithStmt(w *withStmt) (Stmt, error) {
	var st Stmt
	var err error
	var q *Query
	if w.Query != nil && isMultiInsert(w.Query) {
		return lowerWithMultiInsert(w)
	}
	if w.Insert != nil {
		if st, err = lowerInsert(w.Insert); err != nil {
			return nil, err
		}
		q = st.(*InsertStmt).Query
	} else {
		if q, err = lowerQuery(w.Query); err != nil {
			return nil, err
		}
		st = &QueryStmt{Pos: pos(w.With.Pos), Query: q}
	}
	if q.With != nil {
		return nil, &Error{Pos: q.With[0].Pos, Msg: "a query has one WITH clause; list all its CTEs after the first WITH, separated by commas"}
	}
	if q.With, err = lowerWith(w.With); err != nil {
		return nil, err
	}
	return st, nil
}

// lowerWithMultiInsert lowers WITH ... FROM src INSERT ... INSERT ...: every
// INSERT's query gets the CTEs (lowered for each, so that they share no
// nodes).
func lowerWithMultiInsert(w *withStmt) (Stmt, error) {
	st, err := lowerMultiInsert(w.Query)
	if err != nil {
		return nil, err
	}
	for _, in := range st.(*MultiInsertStmt).Inserts {
		if in.Query.With, err = lowerWith(w.With); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// peekQuery reports whether the next token starts a query: SELECT, VALUES,
// the WITH of common table expressions, or the FROM of a query written in
// execution order (grammar_fromfirst.go).
func (p *exprParser) peekQuery() bool {
	return p.peekWord("SELECT") || p.peekWord("VALUES") || p.peekWord("WITH") || p.peekWord("FROM")
}
