package parser

import (
	"errors"
	"strings"
	"testing"
)

var parseErrorTests = []struct {
	name, src, want string
}{
	{"missing semicolon at end", "select 1", "[1,9] missing ';' at end of statement"},
	{"lambda with an expression head", "select f(a + 1 -> 2);", "[1,16] unexpected '->': a lambda's parameters are a name or a parenthesized list of names, as in x -> x + 1 or (x, y) -> x + y"},
	{"lambda with a dotted parameter", "select t.x -> 2;", "[1,12] unexpected '->': a lambda's parameters are a name or a parenthesized list of names, as in x -> x + 1 or (x, y) -> x + y"},
	{"lambda without body", "select f(x -> );", "[1,15] unexpected ')', expected an expression"},
	{"missing semicolon before a statement", "select 1\nselect 2;", "[2,1] missing ';' at end of statement before 'select'"},
	{"missing semicolon before a variable", "@a := 1 @b := 2;", "[1,9] missing ';' at end of statement before variable @b"},
	{"missing semicolon before END", "IF (1) BEGIN select 1 END", "[1,23] missing ';' at end of statement before 'END'"},
	{"missing semicolon after comment", "select 1 -- done\n\n", "[1,9] missing ';' at end of statement"},
	{"unclosed paren", "select (1 + 2;", "[1,14] unexpected ';', expected ')'"},
	{"unclosed call", "select f(1,\n2", "[2,2] unexpected end of script, expected ')'"},
	{"unclosed string", "select 1;\nselect 'abc;", "[2,8] unterminated string literal"},
	{"bad octal escape", `select 'a\400';`, "[1,10] unexpected escape sequence"},
	{"short octal escape", `select 'a\01x';`, "[1,10] unexpected escape sequence"},
	{"select from", "select from t;", "[1,8] unexpected 'from', expected an expression or '*'"},
	{"from without table", "select 1 from;", "[1,14] unexpected ';', expected a table"},
	{"junk character", "select # from t;", "[1,8] unexpected character '#'"},
	{"junk tokens", "select a b c from t;", "[1,12] unexpected 'c', expected ';'"},
	{"junk statement", "foo bar;", "[1,1] unexpected 'foo', expected a statement"},
	{"number as statement", "1;", "[1,1] unexpected number 1, expected a statement"},
	{"END without IF", "select 1;\nEND", "[2,1] unexpected 'END' without a matching IF ... BEGIN"},
	{"ELSE without IF", "ELSE select 1;", "[1,1] unexpected 'ELSE' without a matching IF"},
	{"unclosed BEGIN", "IF (1) BEGIN select 1;", "[1,23] unexpected end of script, expected 'END'"},
	{"ELSE at the end", "IF (1) BEGIN select 1; END ELSE", "[1,32] unexpected end of script, expected 'BEGIN' or a statement"},
	{"alias after AS", "select 1 as from t;", "[1,13] unexpected 'from', expected '(' or a name"},
	{"reserved word as an alias", "select a as order from t;", "[1,13] unexpected 'order', expected '(' or a name ('order' is a reserved word: write `order` to use it as a name)"},
	{"reserved word as a name", "select left from t;", "[1,8] unexpected 'left', expected an expression or '*' ('left' is a reserved word: write `left` to use it as a name)"},
	{"empty assignment", "@x := ;", "[1,7] unexpected ';', expected an expression or a query"},
	{"dangling operator", "@x := 1 +;", "[1,10] unexpected ';', expected an expression"},
	{"NOT without predicate", "select a not b;", "[1,14] unexpected 'b', expected LIKE, RLIKE, REGEXP, IN or BETWEEN after NOT"},
	{"IS without NULL", "select a is 1;", "[1,13] unexpected number 1, expected 'NULL'"},
	{"BETWEEN without AND", "select a between 1 or 2;", "[1,20] unexpected 'or', expected 'AND'"},
	{"EXTRACT without an operand", "select extract(year from);", "[1,25] unexpected ')', expected an expression"},
	{"EXTRACT unclosed", "select extract(year from d;", "[1,27] unexpected ';', expected ')'"},
	{"CASE without WHEN", "select case end;", "[1,13] unexpected 'end', expected 'WHEN' or an expression"},
	{"CASE without END", "select case when 1 then 2;", "[1,26] unexpected ';', expected 'END'"},
	{"CAST without type", "select cast(1 as 2);", "[1,18] unexpected number 2, expected a type"},
	{"DISTINCT without argument", "select count(distinct);", "[1,22] unexpected ')', expected an expression"},
	{"number after dot", "select f(x).1;", "[1,12] unexpected number .1, expected ';'"},
	{"star after expression", "select f(x).*;", "[1,13] unexpected '*', expected a field name"},
	{"qualified function", "select a.b(1);", "[1,11] unexpected '(', expected ';'"},
	{"create without body", "create table t;", "[1,15] unexpected ';', expected 'LIKE', '(', 'LIFECYCLE' or 'AS'"},
	{"lifecycle without AS", "create table t lifecycle 1;", "[1,27] unexpected ';', expected 'AS'"},
	{"unknown type", "create table t (a foo);", "[1,19] unknown type 'foo'"},
	{"type parameters", "@x decimal(1,2,3);", "[1,4] wrong parameters for type DECIMAL, write DECIMAL or DECIMAL(precision, scale)"},
	{"varchar without length", "@x varchar;", "[1,4] wrong parameters for type VARCHAR, write VARCHAR(length)"},
	{"parameters on bigint", "@x bigint(3);", "[1,4] type BIGINT takes no parameters"},
	{"bad type parameter", "@x char(1.5);", "[1,4] type parameter of CHAR must be a whole number, got 1.5"},
	{"array arity", "@x array<int, int>;", "[1,4] wrong arguments for type ARRAY, write ARRAY<type>"},
	{"map arity", "@x map<int>;", "[1,4] wrong arguments for type MAP, write MAP<key type, value type>"},
	{"struct needs names", "@x struct<int>;", "[1,4] wrong arguments for type STRUCT, write STRUCT<name:type, ...>"},
	{"generic on a scalar", "@x string<int>;", "[1,4] type STRING takes no <...> arguments"},
	{"unknown type in struct", "@x struct<a:blob>;", "[1,13] unknown type 'blob'"},
	{"comment needs a string", "create table t (a int comment 1);", "[1,31] COMMENT needs a string, got number 1"},
	{"bad lifecycle", "create table t (a int) lifecycle 1.5;", "[1,34] LIFECYCLE needs a positive whole number of days, got 1.5"},
	{"set without equals", "set a;", "[1,5] expected key=value after SET"},
	{"set without key", "set = 1;", "[1,5] expected key=value after SET"},
	{"on after comma", "select * from a, b on a.x = b.x;", "[1,20] ON needs a JOIN, not a comma"},
	{"outer with inner", "select * from a inner outer join b;", "[1,17] OUTER goes with LEFT, RIGHT or FULL, not INNER"},
	{"cross join with on", "select * from a cross join b on 1=1;", "[1,30] CROSS JOIN takes no ON condition"},
	{"columns need values", "select * from t x(a);", "[1,15] column names after the alias need a VALUES table"},
	{"drop without table", "drop t;", "[1,6] unexpected 't', expected 'TABLE'"},
	{"order without by", "select a from t order;", "[1,22] unexpected ';', expected 'BY'"},
	{"union without query", "select 1 union;", "[1,15] unexpected ';', expected a query"},
	{"syntax error before a lexical one", "select from;\nselect 'x", "[1,8] unexpected 'from', expected an expression or '*'"},
	{"lexical error before a syntax one", "select 'x\\400';\nselect from;", "[1,10] unexpected escape sequence"},
	{"lexical error ends the script", "select 1, 'x", "[1,11] unterminated string literal"},
	{"too deep parentheses", "select " + strings.Repeat("(", 300) + "1" + strings.Repeat(")", 300) + ";", "[1,208] expression nested too deeply"},
	{"too deep prefixes", "select " + strings.Repeat("- ", 300) + "1;", "[1,408] expression nested too deeply"},
}

func TestParseErrors(t *testing.T) {

	for _, tc := range parseErrorTests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse(tc.src)
			if err == nil {
				t.Fatalf("Parse(%q) = %d statements, want error %s", tc.src, len(s.Stmts), tc.want)
			}
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			if got := pe.Pos.String() + " " + pe.Msg; got != tc.want {
				t.Errorf("Parse(%q):\n got %s\nwant %s", tc.src, got, tc.want)
			}
			if want := "ODPS-0130161:" + pe.Pos.String() + " Parse exception - " + pe.Msg; err.Error() != want {
				t.Errorf("Error() = %q, want %q", err.Error(), want)
			}
		})
	}
}

// TestDeepNesting checks that pathological nesting is an error, not a stack
// overflow. Where the IF limit falls depends on the depth of participle's
// frames, so only the message is checked.
func TestDeepNesting(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"IF", strings.Repeat("IF (1) ", 5000) + "select 1;", "IF statements nested too deeply"},
		{"BEGIN", strings.Repeat("IF (1) BEGIN ", 5000) + "select 1;" + strings.Repeat(" END", 5000), "IF statements nested too deeply"},
		{"subqueries", "select " + strings.Repeat("(select ", 5000) + "1" + strings.Repeat(")", 5000) + ";", "nested too deeply: more than 256 levels"},
		{"FROM subqueries", "select * from " + strings.Repeat("(select * from ", 5000) + "t" + strings.Repeat(")", 5000) + ";", "nested too deeply: more than 256 levels"},
		{"CASE", "select " + strings.Repeat("case when 1 then ", 5000) + "1" + strings.Repeat(" end", 5000) + ";", "expression nested too deeply"},
		{"NOT", "select " + strings.Repeat("not ", 5000) + "1;", "expression nested too deeply"},
		{"types", "@x " + strings.Repeat("array<", 5000) + "int" + strings.Repeat(">", 5000) + ";", "nested too deeply: more than 256 levels"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.src)
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if pe.Msg != tc.want || pe.Pos.Line != 1 {
				t.Errorf("got %v, want %s on line 1", err, tc.want)
			}
		})
	}
	// A long ELSE IF chain is a loop, not nesting: it parses.
	src := "IF (1) select 1;" + strings.Repeat(" ELSE IF (1) select 1;", 5000)
	if _, err := Parse(src); err != nil {
		t.Errorf("ELSE IF chain: %v", err)
	}
}
