package parser

import "github.com/alecthomas/participle/v2/lexer"

// replaceItem is one `expr AS column` of `* REPLACE (...)`.
type replaceItem struct {
	Pos  lexer.Position
	Expr Expr   `parser:"@@"`
	Name string `parser:"'AS' @Ident"`
}

func init() {
	productionWords["ReplaceItem"] = []string{"an expression"}
}

// starModifiers lowers the EXCEPT and REPLACE lists of * or t.*.
func starModifiers(it *selectItem, out *SelectItem) (*SelectItem, error) {
	for _, name := range it.Except {
		out.Except = append(out.Except, unquoteIdent(name))
	}
	for _, r := range it.Replace {
		out.Replace = append(out.Replace, &SelectItem{Pos: pos(r.Pos), Expr: r.Expr, Alias: unquoteIdent(r.Name)})
	}
	return out, nil
}
