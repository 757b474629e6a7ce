package parser

import "github.com/alecthomas/participle/v2/lexer"

// distClause is DISTRIBUTE BY keys [SORT BY keys], SORT BY keys or
// CLUSTER BY keys, which MaxCompute's SELECT syntax places between ORDER
// BY and LIMIT.
type distClause struct {
	Pos        lexer.Position
	Distribute []Expr       `parser:"(  'DISTRIBUTE' 'BY' @@ ( ',' @@ )*"`
	ThenSort   []*orderItem `parser:"   ( 'SORT' 'BY' @@ ( ',' @@ )* )?"`
	Sort       []*orderItem `parser:" | 'SORT' 'BY' @@ ( ',' @@ )*"`
	Cluster    []Expr       `parser:" | 'CLUSTER' 'BY' @@ ( ',' @@ )* )"`
}

// limitClause is LIMIT n [OFFSET m]. `LIMIT m, n` is read only to say how
// MaxCompute writes it.
type limitClause struct {
	Pos    lexer.Position
	Count  Expr         `parser:"'LIMIT' @@"`
	Comma  *lexer.Token `parser:"( @','"`
	Second Expr         `parser:"  @@"`
	Offset Expr         `parser:"| 'OFFSET' @@ )?"`
}

func init() {
	productionWords["DistClause"] = []string{"'DISTRIBUTE'", "'SORT'", "'CLUSTER'"}
	productionWords["LimitClause"] = []string{"'LIMIT'"}
}
