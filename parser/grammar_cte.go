package parser

import "github.com/alecthomas/participle/v2/lexer"

// withClause is `WITH name [(col, ...)] AS (query), ...`, the common table
// expressions of MaxCompute's "Common table expressions (CTE)" page. It
// starts a query, and a statement: `WITH ... INSERT ...` is how the page
// writes an INSERT that reads CTEs. RECURSIVE (when a name follows it)
// lets a CTE read itself (eval/plan_rcte.go).
type withClause struct {
	Pos       lexer.Position
	Recursive bool      `parser:"'WITH' ( (?= 'RECURSIVE' Ident) @'RECURSIVE' )?"`
	CTEs      []*cteDef `parser:"@@ ( ',' @@ )*"`
}

type cteDef struct {
	Pos     lexer.Position
	Name    string   `parser:"@Ident"`
	Columns []string `parser:"( '(' @Ident ( ',' @Ident )* ')' )?"`
	Query   *query   `parser:"'AS' '(' @@ ')'"`
}

// withQuery is a query with its WITH clause. It is an alternative of
// queryTerm (so that a query starting with WITH is told apart by its first
// token), and takes the whole rest of the query: set operations, ORDER BY
// and LIMIT included.
type withQuery struct {
	With  *withClause `parser:"@@"`
	Query *query      `parser:"@@"`
}

// withStmt is a statement that starts with WITH: an INSERT reading the
// CTEs, or a query.
type withStmt struct {
	With   *withClause `parser:"@@"`
	Insert *insertStmt `parser:"(  @@"`
	Query  *query      `parser:" | @@ )"`
}

func init() {
	productionWords["WithStmt"] = []string{"'WITH'"}
	productionWords["WithClause"] = []string{"'WITH'"}
	productionWords["WithQuery"] = []string{"'WITH'"}
	productionWords["CteDef"] = []string{"a CTE name"}
}
