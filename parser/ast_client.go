package parser

// UseStmt is odpscmd's USE project: later statements' unqualified table
// names are the project's.
type UseStmt struct {
	Pos
	Project string
}

// WhoamiStmt is odpscmd's WHOAMI.
type WhoamiStmt struct {
	Pos
}

// ReadStmt is odpscmd's READ table [(col, ...)] [PARTITION (spec)] [n]:
// Query is the SELECT it stands for, SELECT cols FROM table WHERE spec
// LIMIT n.
type ReadStmt struct {
	Pos
	Table string
	Query *Query
}

// ExplainStmt is EXPLAIN query.
type ExplainStmt struct {
	Pos
	Query *Query
}

// ShowCreateTableStmt is SHOW CREATE TABLE name.
type ShowCreateTableStmt struct {
	Pos
	Name string
}

func (*UseStmt) stmtNode()             {}
func (*WhoamiStmt) stmtNode()          {}
func (*ReadStmt) stmtNode()            {}
func (*ExplainStmt) stmtNode()         {}
func (*ShowCreateTableStmt) stmtNode() {}
