package parser

import "github.com/alecthomas/participle/v2/lexer"

// lateralView is `LATERAL VIEW [OUTER] f(args) alias AS c1, c2, ...`
// after a FROM item, as MaxCompute's LATERAL VIEW page writes it. The
// function is parsed as an expression; lowering checks that it is a call,
// and that the alias and the column names, which the page requires, are
// there (so that their absence gets an error that says so).
type lateralView struct {
	Pos     lexer.Position
	Outer   bool         `parser:"'LATERAL' 'VIEW' @'OUTER'?"`
	Func    Expr         `parser:"@@"`
	Alias   string       `parser:"@Ident?"`
	AsPos   *lexer.Token `parser:"( @'AS'"`
	Columns []string     `parser:"  @Ident ( ',' @Ident )* )?"`
}

func init() {
	productionWords["LateralView"] = []string{"LATERAL VIEW"}
}
