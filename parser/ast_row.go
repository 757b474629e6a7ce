package parser

// Row is a row value `(x1, x2, ...)` of two or more expressions. It is
// valid only where a row is compared as a whole: `(a, b) [NOT] IN
// (SELECT x, y ...)`, `(a, b) [NOT] IN ((1, 2), (3, 4))` and `(a, b) =
// (SELECT x, y ...)` or `= (c, d)` (the SUBQUERY page's multi-column IN and
// SCALAR SUBQUERY forms); the evaluator rejects it anywhere else.
type Row struct {
	Pos
	Items []Expr
}

func (*Row) exprNode() {}
