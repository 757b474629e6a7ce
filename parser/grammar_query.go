package parser

import "github.com/alecthomas/participle/v2/lexer"

// query is a chain of query terms joined by set operators, with the ORDER BY
// and LIMIT of the whole chain. Lowering applies the set operators'
// precedence (INTERSECT binds tighter than UNION and EXCEPT).
type query struct {
	Pos     lexer.Position
	Head    *queryTerm   `parser:"@@"`
	Rest    []*setOpTerm `parser:"@@*"`
	OrderBy []*orderItem `parser:"( 'ORDER' 'BY' @@ ( ',' @@ )* )?"`
	Dist    *distClause  `parser:"@@?"`
	Limit   *limitClause `parser:"@@?"`
}

type setOpTerm struct {
	Op    string     `parser:"@SetOp"`
	Quant string     `parser:"@( 'ALL' | 'DISTINCT' )?"`
	Term  *queryTerm `parser:"@@"`
}

type queryTerm struct {
	Select *selectCore `parser:"  @@"`
	Values *valuesList `parser:"| @@"`
	Paren  *query      `parser:"| '(' @@ ')'"`
	With   *withQuery  `parser:"| @@"`
	From   *fromFirst  `parser:"| @@"`
}

// selectCore is one SELECT block; hints are the /*+ */ comments the scanner
// keeps right after SELECT.
type selectCore struct {
	Pos       lexer.Position
	Hints     []string       `parser:"'SELECT' @Hint*"`
	Quant     string         `parser:"@( 'ALL' | 'DISTINCT' )?"`
	Items     []*selectItem  `parser:"@@ ( ',' @@ )*"`
	From      *fromClause    `parser:"( 'FROM' @@ )?"`
	Where     Expr           `parser:"( 'WHERE' @@ )?"`
	GroupBy   *groupBy       `parser:"( 'GROUP' 'BY' @@ )?"`
	Having    Expr           `parser:"( 'HAVING' @@ )?"`
	Windows   []*namedWindow `parser:"( 'WINDOW' @@ ( ',' @@ )* )?"`
	QualifyAt *lexer.Token   `parser:"( @'QUALIFY'"`
	Qualify   Expr           `parser:"  @@ )?"`
}

// selectItem is expr [[AS] alias], expr AS (a, b) (a table-generating
// function's columns), * or t.*. An expression never starts
// with t.* (parseExpr declines it), so it is tried first, being the most
// common.
type selectItem struct {
	Pos       lexer.Position
	Expr      Expr     `parser:"(  @@"`
	Columns   []string `parser:"   ( 'AS' ( '(' @Ident ( ',' @Ident )* ')'"`
	Alias     string   `parser:"          | @Ident ) | (?! 'ZORDER' 'BY') @Ident )?"`
	Star      bool     `parser:" | @'*'"`
	TableStar string   `parser:" | @Ident '.' '*' )"`
	Mods      *mods    `parser:"@@?"`
}

type valuesList struct {
	Pos  lexer.Position
	Rows []*valuesRow `parser:"'VALUES' @@ ( (?= ',' '(') ',' @@ )*"`
}

type valuesRow struct {
	Values []Expr `parser:"'(' @@ ( ',' @@ )* ')'"`
}

// fromClause is a table followed by joins, folded left to right.
type fromClause struct {
	First *tableFactor  `parser:"@@"`
	Joins []*joinClause `parser:"@@*"`
}

// joinClause is one join of a FROM clause. LEFT SEMI and LEFT ANTI joins,
// NATURAL joins and USING are grammar_join.go's (lowerJoinKind).
type joinClause struct {
	Pos     lexer.Position
	Comma   bool         `parser:"(  @','"`
	Natural bool         `parser:" | @'NATURAL'?"`
	Kind    string       `parser:"   ( @( 'INNER' | 'CROSS' | 'LEFT' | 'RIGHT' | 'FULL' )"`
	Semi    string       `parser:"     @( 'SEMI' | 'ANTI' )?"`
	Outer   bool         `parser:"     @'OUTER'? 'JOIN'"`
	Plain   bool         `parser:"   | @'JOIN' ) )"`
	Right   *tableFactor `parser:"@@"`
	OnPos   *lexer.Token `parser:"( @'ON'"`
	On      Expr         `parser:"  @@"`
	Using   []string     `parser:"| 'USING' '(' @Ident ( ',' @Ident )* ')' )?"`
}

// tableFactor is one FROM item with its alias and LATERAL VIEWs; column
// aliases are only valid after VALUES, which lowering checks. LATERAL is
// no reserved word, so the alias must not take it when VIEW follows. In
// parentheses, a query comes first (it starts with SELECT, VALUES or '('),
// else joins (the JOIN page's `( table_references )`).
type tableFactor struct {
	Pos     lexer.Position
	Var     string      `parser:"(  @Var"`
	Values  *valuesList `parser:" | @@"`
	Sub     *query      `parser:" | '(' ( @@"`
	Nested  *fromClause `parser:"       | @@ ) ')'"`
	Name    *tableName  `parser:" | @@ )"`
	Alias   string      `parser:"( (?! 'LATERAL' 'VIEW' | 'WINDOW' | 'QUALIFY' | 'ZORDER' 'BY' ) 'AS'? (?! 'NATURAL' | 'USING' ) @Ident"`
	Columns []string    `parser:"  ( '(' @Ident ( ',' @Ident )* ')' )? )?"`
	// Laterals are the LATERAL VIEW clauses after the item (grammar_lateral.go).
	Laterals []*lateralView `parser:"@@*"`
}

type orderItem struct {
	Pos   lexer.Position
	Expr  Expr   `parser:"@@"`
	Dir   string `parser:"@( 'ASC' | 'DESC' )?"`
	Nulls string `parser:"( 'NULLS' @( 'FIRST' | 'LAST' ) )?"`
}
