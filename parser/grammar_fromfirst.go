package parser

import "github.com/alecthomas/participle/v2/lexer"

// fromFirst is a SELECT written in execution order, as the "SELECT
// statement order" page allows: FROM ... [WHERE] [GROUP BY] [HAVING]
// [WINDOW ...] [QUALIFY ...] SELECT items. ORDER BY, DISTRIBUTE BY, SORT BY and LIMIT follow as in
// any query. It lowers to the same Select as the usual order.
//
// FROM src INSERT ... SELECT ... INSERT ... SELECT ... is the multi-insert
// statement (MULTI INSERT): Inserts are its INSERTs, whose SELECTs have no
// FROM of their own. Only a whole statement may be one (lowerSimple).
type fromFirst struct {
	Pos       lexer.Position
	From      *fromClause    `parser:"'FROM' @@"`
	Inserts   []*insertStmt  `parser:"( @@+"`
	Where     Expr           `parser:"| ( 'WHERE' @@ )?"`
	GroupBy   *groupBy       `parser:"( 'GROUP' 'BY' @@ )?"`
	Having    Expr           `parser:"( 'HAVING' @@ )?"`
	Windows   []*namedWindow `parser:"( 'WINDOW' @@ ( ',' @@ )* )?"`
	QualifyAt *lexer.Token   `parser:"( @'QUALIFY'"`
	Qualify   Expr           `parser:"  @@ )?"`
	Hints     []string       `parser:"'SELECT' @Hint*"`
	Quant     string         `parser:"@( 'ALL' | 'DISTINCT' )?"`
	Items     []*selectItem  `parser:"@@ ( ',' @@ )* )"`
}

// lowerFromFirst lowers FROM ... SELECT as the SELECT ... FROM it means.
func lowerFromFirst(f *fromFirst) (*Select, error) {
	if f.Inserts != nil {
		return nil, &Error{Pos: pos(f.Inserts[0].Pos), Msg: "FROM ... INSERT ... (a multi-insert) is a statement of its own; it cannot be part of a query"}
	}
	return lowerSelect(&selectCore{Pos: f.Pos, Hints: f.Hints, Quant: f.Quant,
		Items: f.Items, From: f.From, Where: f.Where, GroupBy: f.GroupBy, Having: f.Having,
		Windows: f.Windows, QualifyAt: f.QualifyAt, Qualify: f.Qualify})
}

// lowerMultiInsert lowers FROM src INSERT ... SELECT ... [INSERT ...]...:
// each INSERT's SELECT reads the shared FROM (lowered anew for each, so
// that the INSERTs share no AST nodes).
func lowerMultiInsert(q *query) (Stmt, error) {
	f := q.Head.From
	out := &MultiInsertStmt{Pos: pos(f.Pos)}
	for _, in := range f.Inserts {
		st, err := lowerInsert(in)
		if err != nil {
			return nil, err
		}
		ins := st.(*InsertStmt)
		sel, ok := ins.Query.Body.(*Select)
		if !ok || sel.From != nil || ins.Query.With != nil {
			return nil, &Error{Pos: ins.Query.Pos, Msg: "each INSERT of a multi-insert takes a SELECT without FROM; it reads the table of the statement's FROM"}
		}
		if sel.From, err = lowerFrom(f.From); err != nil {
			return nil, err
		}
		out.Inserts = append(out.Inserts, ins)
	}
	return out, nil
}

// isMultiInsert reports whether a statement's query is FROM ... INSERT ....
func isMultiInsert(q *query) bool {
	return q.Head.From != nil && q.Head.From.Inserts != nil && len(q.Rest) == 0
}
