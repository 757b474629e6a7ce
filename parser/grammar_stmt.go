package parser

import "github.com/alecthomas/participle/v2/lexer"

// The grammar is a set of unexported structs with participle tags, named
// after the productions they stand for (participle prints them capitalized
// in GrammarString). Lowering turns them into the nodes of ast.go.
// Expressions are the custom production Expr (expr_parse.go).
//
// The parser runs without lookahead (see parse.go): every alternative is
// decided by its first token, or by an explicit (?= ...) group, so that an
// error is reported where it is rather than where a failed alternative
// began.

// script is the whole text; Parse reads it one statement at a time.
type script struct {
	Stmts []*statement `parser:"@@*"`
}

// statement is an IF statement, or a simple statement ended by ';'. A lone
// ';' is an empty statement and is dropped.
type statement struct {
	Simple *simpleStmt `parser:"  @@ ';'"`
	If     *ifStmt     `parser:"| @@"`
	Empty  bool        `parser:"| @';'"`
}

type simpleStmt struct {
	With     *withStmt     `parser:"  @@"`
	Var      *varStmt      `parser:"| @@"`
	Query    *query        `parser:"| @@"`
	Set      *setStmt      `parser:"| @@"`
	Tunnel   *tunnelStmt   `parser:"| @@"`
	Create   *createStmt   `parser:"| @@"`
	Insert   *insertStmt   `parser:"| @@"`
	Drop     *dropStmt     `parser:"| @@"`
	Truncate *truncateStmt `parser:"| @@"`
	Show     *showStmt     `parser:"| @@"`
	Desc     *descStmt     `parser:"| @@"`
	Alter    *alterStmt    `parser:"| @@"`
	// odpscmd's client statements (grammar_client.go).
	Use     *useStmt     `parser:"| @@"`
	Whoami  *whoamiStmt  `parser:"| @@"`
	Read    *readStmt    `parser:"| @@"`
	Explain *explainStmt `parser:"| @@"`
}

// varStmt is `@x := expr`, `@t := SELECT ...`, `@x type` or `@t TABLE(...)`.
// An expression is tried first, so `@x := (SELECT ...)` is a scalar
// subquery; a query there must start with SELECT or VALUES.
type varStmt struct {
	Pos   lexer.Position
	Name  string       `parser:"@Var"`
	Expr  Expr         `parser:"( ':=' ( @@"`
	Query *query       `parser:"            | @@ )"`
	Table []*columnDef `parser:"| 'TABLE' '(' @@ ( ',' @@ )* ')'"`
	Type  *typeName    `parser:"| @@ )"`
}

// ifStmt is IF cond block [ELSE IF cond block]... [ELSE block]. The ELSE IF
// chain is a loop rather than an IF nested in the ELSE block, so that a long
// chain does not nest the parser; lowering nests it as the AST wants.
type ifStmt struct {
	Pos     lexer.Position
	Cond    Expr      `parser:"'IF' @@"`
	Then    *block    `parser:"@@"`
	ElseIfs []*elseIf `parser:"@@*"`
	Else    *block    `parser:"( 'ELSE' @@ )?"`
}

type elseIf struct {
	If   lexer.Token `parser:"(?= 'ELSE' 'IF') 'ELSE' @'IF'"`
	Cond Expr        `parser:"@@"`
	Then *block      `parser:"@@"`
}

// block is BEGIN statements END, or one statement.
type block struct {
	Stmts  []*statement `parser:"(  'BEGIN' @@* 'END'"`
	Single *statement   `parser:" | @@ )"`
}

// tunnelStmt keeps the raw text after TUNNEL; the scanner cuts it at ';'.
type tunnelStmt struct {
	Pos  lexer.Position
	Text lexer.Token `parser:"'TUNNEL' @SetText"`
}

// setStmt keeps the raw text after SET; the scanner cuts it at ';'.
type setStmt struct {
	Pos  lexer.Position
	Text lexer.Token `parser:"'SET' @SetText"`
}

type createStmt struct {
	Pos         lexer.Position
	IfNotExists bool       `parser:"'CREATE' 'TABLE' ( @'IF' 'NOT' 'EXISTS' )?"`
	Name        *tableName `parser:"@@"`
	Like        *tableName `parser:"(  'LIKE' @@"`
	Def         *tableDef  `parser:" | @@"`
	As          *ctas      `parser:" | @@ )"`
}

// tableDef is the column list of CREATE TABLE and what may follow it.
type tableDef struct {
	Columns     []*columnDef `parser:"'(' @@ ( ',' @@ )* ')'"`
	Comment     *lexer.Token `parser:"( 'COMMENT' @Lit )?"`
	Partitioned []*columnDef `parser:"( 'PARTITIONED' 'BY' '(' @@ ( ',' @@ )* ')' )?"`
	Lifecycle   *lexer.Token `parser:"( 'LIFECYCLE' @Lit )?"`
}

// ctas is [LIFECYCLE n] AS query.
type ctas struct {
	Lifecycle *lexer.Token `parser:"( 'LIFECYCLE' @Lit 'AS' | 'AS' )"`
	Query     *query       `parser:"@@"`
}

type columnDef struct {
	Pos     lexer.Position
	Name    string       `parser:"@Ident"`
	Type    *typeName    `parser:"@@"`
	Comment *lexer.Token `parser:"( 'COMMENT' @Lit )?"`
}

type dropStmt struct {
	Pos      lexer.Position
	IfExists bool       `parser:"'DROP' 'TABLE' ( @'IF' 'EXISTS' )?"`
	Name     *tableName `parser:"@@"`
}

type truncateStmt struct {
	Pos        lexer.Position
	Name       *tableName         `parser:"'TRUNCATE' 'TABLE' @@"`
	Partitions []*partitionClause `parser:"( @@ ( ',' @@ )* )?"`
}

type insertStmt struct {
	Pos       lexer.Position
	Overwrite bool             `parser:"'INSERT' ( @'OVERWRITE' | 'INTO' ) 'TABLE'?"`
	Table     *tableName       `parser:"@@"`
	Partition []*partitionSpec `parser:"( 'PARTITION' '(' @@ ( ',' @@ )* ')' )?"`
	Columns   []string         `parser:"( (?= '(' Ident) '(' @Ident ( ',' @Ident )* ')' )?"`
	Query     *query           `parser:"@@"`
	// ZOrder is the INSERT page's ZORDER BY: the rows are written in the
	// Z-order of these columns of the query (eval/rel_zorder.go).
	ZOrder []Expr `parser:"( 'ZORDER' 'BY' @@ ( ',' @@ )* )?"`
}

// partitionSpec is k=value, or k alone for a dynamic partition column.
type partitionSpec struct {
	Pos   lexer.Position
	Key   string `parser:"@Ident"`
	Value Expr   `parser:"( '=' @@ )?"`
}

type showStmt struct {
	Pos        lexer.Position
	Tables     *showTables     `parser:"'SHOW' ( @@"`
	Partitions *showPartitions `parser:"| @@"`
	Create     *tableName      `parser:"| 'CREATE' 'TABLE' @@ )"`
}

// showTables is SHOW TABLES [IN project] [LIKE 'pattern'].
type showTables struct {
	Tables  bool         `parser:"@'TABLES'"`
	Project string       `parser:"( 'IN' @Ident )?"`
	Like    *lexer.Token `parser:"( 'LIKE' @Lit )?"`
}

// descStmt is DESC [EXTENDED] [TABLE] t [PARTITION (...)]. EXTENDED is
// not reserved: `desc extended;` describes a table named extended.
type descStmt struct {
	Pos       lexer.Position
	Extended  bool             `parser:"( 'DESC' | 'DESCRIBE' ) ( (?= 'EXTENDED' ( Ident | 'TABLE' )) @'EXTENDED' )?"`
	Name      *tableName       `parser:"'TABLE'? @@"`
	Partition *partitionClause `parser:"@@?"`
}

// tableName is a table of the warehouse, possibly project.table.
type tableName struct {
	Pos   lexer.Position
	Parts []string `parser:"@Ident ( '.' @Ident )*"`
}

// typeName is a written type; lowering checks the name and its arguments.
type typeName struct {
	Pos    lexer.Position
	Name   string     `parser:"@Ident"`
	Params []string   `parser:"( '(' @Lit ( ',' @Lit )* ')' )?"`
	Args   []*typeArg `parser:"( '<' @@ ( ',' @@ )* '>' )?"`
}

// typeArg is an argument of ARRAY<>, MAP<> or STRUCT<>: a type, or
// name:type for a STRUCT field. Both start with a name, so the grammar reads
// the name first and lowering tells them apart.
type typeArg struct {
	Pos    lexer.Position
	Name   string     `parser:"@Ident"`
	Field  *typeName  `parser:"( ':' @@ )?"`
	Params []string   `parser:"( '(' @Lit ( ',' @Lit )* ')' )?"`
	Args   []*typeArg `parser:"( '<' @@ ( ',' @@ )* '>' )?"`
}
