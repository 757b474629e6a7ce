package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// structStar lowers STRUCT(*), which the STRUCT data type page documents as
// wrapping all the columns of the FROM clause into one STRUCT named by the
// columns (STRUCT<str_col:string,...>), to NAMED_STRUCT('col', col, ...).
// Any other call is returned as it is.
func (c *compiler) structStar(e *parser.Call) (*parser.Call, error) {
	if !e.Star || !strings.EqualFold(e.Name, "STRUCT") {
		return e, nil
	}
	if c.sc.empty() {
		return nil, semanticError(e.Pos, "STRUCT(*) wraps the columns of the FROM clause, and there are none here")
	}
	out := &parser.Call{Pos: e.Pos, Name: "NAMED_STRUCT"}
	for _, col := range c.sc.cols {
		parts := []string{col.name}
		if col.qual != "" {
			parts = []string{col.qual, col.name}
		}
		out.Args = append(out.Args, &parser.Literal{Pos: e.Pos, Kind: parser.LitString, Text: col.name},
			&parser.Ident{Pos: e.Pos, Parts: parts})
	}
	return out, nil
}
