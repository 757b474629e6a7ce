package parser

import "github.com/alecthomas/participle/v2/lexer"

// lateralView is `LATERAL VIEW [OUTER] f(args) alias AS c1, c2, ...`
// after a FROM item, as MaxCompute's LATERAL VIEW page writes it. The
// function is parsed as an expression; lowering checks that it is a call.
type lateralView struct {
	Pos     lexer.Position
	Outer   bool     `parser:"'LATERAL' 'VIEW' @'OUTER'?"`
	Func    Expr     `parser:"@@"`
	Alias   string   `parser:"@Ident"`
	Columns []string `parser:"'AS' @Ident ( ',' @Ident )*"`
}

func init() {
	productionWords["LateralView"] = []string{"LATERAL VIEW"}
}
