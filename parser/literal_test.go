package parser

import (
	"testing"
)

// parseExpr1 parses `select <expr>;` and returns the expression.
func parseExpr1(t *testing.T, expr string) Expr {
	t.Helper()
	s, err := Parse("select " + expr + ";")
	if err != nil {
		t.Fatalf("Parse(select %s): %v", expr, err)
	}
	q := s.Stmts[0].(*QueryStmt).Query
	return q.Body.(*Select).Items[0].Expr
}

var literalTests = []struct {
	src  string
	kind LitKind
	text string
}{
	{"NULL", LitNull, ""},
	{"true", LitBool, "true"},
	{"FALSE", LitBool, "false"},
	{"12", LitInt, "12"},
	{"99999999999999999999", LitInt, "99999999999999999999"},
	{"7Y", LitTinyint, "7"},
	{"7s", LitSmallint, "7"},
	{"7L", LitBigint, "7"},
	{"1.5F", LitFloat, "1.5"},
	{"1.5d", LitDouble, "1.5"},
	{"2D", LitDouble, "2"},
	{"1.5BD", LitDecimal, "1.5"},
	{"3bd", LitDecimal, "3"},
	{"1.5", LitDouble, "1.5"},
	{".5", LitDouble, ".5"},
	{"1.", LitDouble, "1."},
	{"1e3", LitDouble, "1e3"},
	{"1.5e-3", LitDouble, "1.5e-3"},
	{"1E+3F", LitFloat, "1E+3"},
	{"'abc'", LitString, "abc"},
	{`"abc"`, LitString, "abc"},
	{"''", LitString, ""},
	{"'abc' 'xyz'", LitString, "abcxyz"},
	{"'abc'\n  -- comment ';\n  \"xyz\" /* c */ 'q'", LitString, "abcxyzq"},
	{"'it''s'", LitString, "its"},
	{`'say "hi"'`, LitString, `say "hi"`},
	{`"it's"`, LitString, "it's"},
	{`'\b\t\n\r\'\"\\\;\Z\0'`, LitString, "\b\t\n\r'\"\\;\x1a\x00"},
	{`'\101\102\001\177'`, LitString, "AB\x01\x7f"},
	{`'\q\z\%\_\é'`, LitString, "qz%_é"},
	{`'\8'`, LitString, "8"},
	{`'\0a'`, LitString, "\x00a"},
	{`R'(a\n'b)'`, LitString, `a\n'b`},
	{`R"(x)" 'y\t'`, LitString, "xy\t"},
	{"X'616263'", LitBinary, "abc"},
	{"x'4142'", LitBinary, "AB"},
	{"X'616'", LitBinary, "\x06\x16"},
	{"X''", LitBinary, ""},
	{"DATE '2024-01-01'", LitDate, "2024-01-01"},
	{"date'2024-01-01'", LitDate, "2024-01-01"},
	{"DATETIME '2024-01-01 00:00:00'", LitDatetime, "2024-01-01 00:00:00"},
	{"TIMESTAMP '2024-01-01 00:00:00.123'", LitTimestamp, "2024-01-01 00:00:00.123"},
	{"TIMESTAMP_NTZ '2024-01-01 00:00:00.123456'", LitNTZ, "2024-01-01 00:00:00.123456"},
	{"timestamp_ntz'2024-01-01 00:00:00'", LitNTZ, "2024-01-01 00:00:00"},
	{`JSON '{"a":1}'`, LitJSON, `{"a":1}`},
	{`json"123"`, LitJSON, `123`},
	{`JSON '"te\\nst"'`, LitJSON, `"te\nst"`}, // SQL's \\ leaves JSON's \n
}

func TestLiterals(t *testing.T) {

	for _, tc := range literalTests {
		t.Run(tc.src, func(t *testing.T) {
			lit, ok := parseExpr1(t, tc.src).(*Literal)
			if !ok {
				t.Fatalf("got %s, want a literal", dump(parseExpr1(t, tc.src)))
			}
			if lit.Kind != tc.kind || lit.Text != tc.text {
				t.Errorf("got %s %q, want %s %q", litNames[lit.Kind], lit.Text, litNames[tc.kind], tc.text)
			}
			if lit.Pos != (Pos{1, 8}) {
				t.Errorf("position %s, want [1,8]", lit.Pos)
			}
		})
	}
}

// TestNegativeNumbers checks that the sign is an operator, not part of the
// literal.
func TestNegativeNumbers(t *testing.T) {
	if got := dump(parseExpr1(t, "-1")); got != "(- 1)" {
		t.Errorf("got %s, want (- 1)", got)
	}
	if got := dump(parseExpr1(t, "- -1.5D")); got != `(- (- double:"1.5"))` {
		t.Errorf("got %s", got)
	}
}
