package parser

import "github.com/alecthomas/participle/v2/lexer"

// mods are the EXCEPT and REPLACE lists after * or t.* (lowering refuses
// them after an expression).
type mods struct {
	Except  []string       `parser:"( (?= 'EXCEPT' '(' Ident) 'EXCEPT' '(' @Ident ( ',' @Ident )* ')' )?"`
	Replace []*replaceItem `parser:"( (?= 'REPLACE' '(') 'REPLACE' '(' @@ ( ',' @@ )* ')' )?"`
}

// empty reports whether m has neither list (participle may leave an
// empty struct where the optional group matched nothing).
func (m *mods) empty() bool {
	return m == nil || (m.Except == nil && m.Replace == nil)
}

// replaceItem is one `expr AS column` of `* REPLACE (...)`.
type replaceItem struct {
	Pos  lexer.Position
	Expr Expr   `parser:"@@"`
	Name string `parser:"'AS' @Ident"`
}

func init() {
	productionWords["ReplaceItem"] = []string{"an expression"}
	productionWords["Mods"] = []string{"'EXCEPT'", "'REPLACE'"}
}

// starModifiers lowers the EXCEPT and REPLACE lists of * or t.*.
func starModifiers(it *selectItem, out *SelectItem) (*SelectItem, error) {
	if it.Mods.empty() {
		return out, nil
	}
	for _, name := range it.Mods.Except {
		out.Except = append(out.Except, unquoteIdent(name))
	}
	for _, r := range it.Mods.Replace {
		out.Replace = append(out.Replace, &SelectItem{Pos: pos(r.Pos), Expr: r.Expr, Alias: unquoteIdent(r.Name)})
	}
	return out, nil
}
