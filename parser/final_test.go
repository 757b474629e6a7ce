package parser

import "testing"

func TestAddFinalSemicolon(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"missing", "select 1", "select 1;"},
		{"complete", "select 1;", "select 1;"},
		{"complete with comment", "select 1; -- done\n", "select 1; -- done\n"},
		{"before a line comment", "select 1 -- done", "select 1; -- done"},
		{"before a block comment", "select 1\n/* end */\n", "select 1;\n/* end */\n"},
		{"second statement", "select 1;\nselect 2\n", "select 1;\nselect 2;\n"},
		{"set", "set odps.sql.type.system.odps2=true\n", "set odps.sql.type.system.odps2=true;\n"},
		{"if block needs none", "IF (1) BEGIN select 1; END", "IF (1) BEGIN select 1; END"},
		{"unfinished if is left alone", "IF (1) BEGIN select 1;", "IF (1) BEGIN select 1;"},
		{"open string is left alone", "select 'abc", "select 'abc"},
		{"open comment is left alone", "select 1 /* end", "select 1 /* end"},
		{"empty", "  -- nothing\n", "  -- nothing\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := AddFinalSemicolon(c.src); got != c.want {
				t.Errorf("AddFinalSemicolon(%q) = %q, want %q", c.src, got, c.want)
			}
		})
	}
}

// TestAddFinalSemicolonParses checks that the completed scripts parse, and
// that an error in them keeps its position.
func TestAddFinalSemicolonParses(t *testing.T) {
	if _, err := Parse(AddFinalSemicolon("select 1 -- trailing comment")); err != nil {
		t.Fatalf("Parse: %v", err)
	}
	_, err := Parse(AddFinalSemicolon("select 1;\nselect from"))
	if err == nil || err.(*Error).Pos.Line != 2 {
		t.Fatalf("Parse error = %v, want one on line 2", err)
	}
}
