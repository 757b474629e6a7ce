package parser

import "github.com/alecthomas/participle/v2/lexer"

// odpscmd's client statements: USE project, WHOAMI, READ and EXPLAIN. Their
// first words are not reserved, so they stay usable as names; a statement
// starting with one of them is always the client statement.

// useStmt is USE project.
type useStmt struct {
	Pos     lexer.Position
	Project string `parser:"'USE' @Ident"`
}

// whoamiStmt is WHOAMI.
type whoamiStmt struct {
	Pos  lexer.Position
	Word string `parser:"@'WHOAMI'"`
}

// readStmt is odpscmd's READ <table> [(col, ...)] [PARTITION (spec)]
// [line_num]: the first rows of a table.
type readStmt struct {
	Pos       lexer.Position
	Table     *tableName       `parser:"'READ' @@"`
	Columns   []*readColumn    `parser:"( '(' @@ ( ',' @@ )* ')' )?"`
	Partition *partitionClause `parser:"@@?"`
	Lines     *lexer.Token     `parser:"@Lit?"`
}

// readColumn is a column READ shows.
type readColumn struct {
	Pos  lexer.Position
	Name string `parser:"@Ident"`
}

// explainStmt is EXPLAIN query.
type explainStmt struct {
	Pos   lexer.Position
	Query *query `parser:"'EXPLAIN' @@"`
}
