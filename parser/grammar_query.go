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
	Limit   Expr         `parser:"( 'LIMIT' @@ )?"`
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
	GroupBy   []Expr         `parser:"( 'GROUP' 'BY' @@ ( ',' @@ )* )?"`
	Having    Expr           `parser:"( 'HAVING' @@ )?"`
	Windows   []*namedWindow `parser:"( 'WINDOW' @@ ( ',' @@ )* )?"`
	QualifyAt *lexer.Token   `parser:"( @'QUALIFY'"`
	Qualify   Expr           `parser:"  @@ )?"`
}

// selectItem is expr [[AS] alias], * or t.*. An expression never starts
// with t.* (parseExpr declines it), so it is tried first, being the most
// common.
type selectItem struct {
	Pos       lexer.Position
	Expr      Expr   `parser:"(  @@"`
	Alias     string `parser:"   ( 'AS'? @Ident )?"`
	Star      bool   `parser:" | @'*'"`
	TableStar string `parser:" | @Ident '.' '*' )"`
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

type joinClause struct {
	Pos   lexer.Position
	Comma bool         `parser:"(  @','"`
	Kind  string       `parser:" | @( 'INNER' | 'CROSS' | 'LEFT' | 'RIGHT' | 'FULL' )"`
	Outer bool         `parser:"   @'OUTER'? 'JOIN'"`
	Plain bool         `parser:" | @'JOIN' )"`
	Right *tableFactor `parser:"@@"`
	OnPos *lexer.Token `parser:"( @'ON'"`
	On    Expr         `parser:"  @@ )?"`
}

// tableFactor is one FROM item with its alias; column aliases are only
// valid after VALUES, which lowering checks.
type tableFactor struct {
	Pos     lexer.Position
	Var     string      `parser:"(  @Var"`
	Values  *valuesList `parser:" | @@"`
	Sub     *query      `parser:" | '(' @@ ')'"`
	Name    *tableName  `parser:" | @@ )"`
	Alias   string      `parser:"( (?! 'WINDOW' | 'QUALIFY' ) 'AS'? @Ident"`
	Columns []string    `parser:"  ( '(' @Ident ( ',' @Ident )* ')' )? )?"`
}

type orderItem struct {
	Pos  lexer.Position
	Expr Expr   `parser:"@@"`
	Dir  string `parser:"@( 'ASC' | 'DESC' )?"`
}
