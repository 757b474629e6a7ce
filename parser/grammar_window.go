package parser

import "github.com/alecthomas/participle/v2/lexer"

// namedWindow is an entry of a SELECT's WINDOW clause; its body is the
// hand-written window production (expr_window.go).
type namedWindow struct {
	Pos  lexer.Position
	Name string     `parser:"@Ident 'AS'"`
	Body windowBody `parser:"'(' @@ ')'"`
}

// lowerWindows lowers a WINDOW clause.
func lowerWindows(ws []*namedWindow) []*NamedWindow {
	var out []*NamedWindow
	for _, w := range ws {
		out = append(out, &NamedWindow{Pos: pos(w.Pos), Name: unquoteIdent(w.Name), Spec: w.Body.(*WindowSpec)})
	}
	return out
}

func init() {
	for name, words := range map[string][]string{
		"NamedWindow": {"a window name"}, "WindowBody": {"a window definition"},
		"Over":        {"'OVER'"},
		"WindowOrder": {"an expression"}, "Frame": {"'ROWS'", "'RANGE'", "'GROUPS'"},
		"FrameBound": {"'UNBOUNDED'", "'CURRENT'", "an expression"},
	} {
		productionWords[name] = words
	}
}
