package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// scanAll scans src and renders its tokens as "Type:value@line:col", or
// returns the error the scan stopped at.
func scanAll(src string) (string, error) {
	names := lexer.SymbolsByRune(sqlLexer{})
	sc := newScanner(src)
	var out []string
	for {
		t, _ := sc.Next()
		if sc.err != nil {
			return strings.Join(out, " "), sc.err
		}
		if t.EOF() {
			return strings.Join(out, " "), nil
		}
		out = append(out, fmt.Sprintf("%s:%s@%d:%d", names[t.Type], t.Value, t.Pos.Line, t.Pos.Column))
	}
}

func TestScanTokens(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"words", "select Foo from `a b`", "Keyword:select@1:1 Ident:Foo@1:8 Keyword:from@1:12 Ident:`a b`@1:17"},
		{"non-reserved words are names", "date key value type comment user", "Ident:date@1:1 Ident:key@1:6 Ident:value@1:10 Ident:type@1:16 Ident:comment@1:21 Ident:user@1:29"},
		{"operator words", "a AND b or not c div d like e rlike f regexp g", "Ident:a@1:1 BinOp:AND@1:3 Ident:b@1:7 BinOp:or@1:9 Unary:not@1:12 Ident:c@1:16 BinOp:div@1:18 Ident:d@1:22 BinOp:like@1:24 Ident:e@1:29 BinOp:rlike@1:31 Ident:f@1:37 BinOp:regexp@1:39 Ident:g@1:46"},
		{"literal words", "TRUE false Null", "Lit:TRUE@1:1 Lit:false@1:6 Lit:Null@1:12"},
		{"set operators", "union INTERSECT except minus", "SetOp:union@1:1 SetOp:INTERSECT@1:7 SetOp:except@1:17 SetOp:minus@1:24"},
		{"variables", "@a := @b_2", "Var:@a@1:1 Punct::=@1:4 Var:@b_2@1:7"},
		{"longest operators", "<=> <= <> < >= > == = != || | :=", "BinOp:<=>@1:1 BinOp:<=@1:5 BinOp:<>@1:8 BinOp:<@1:11 BinOp:>=@1:13 BinOp:>@1:16 BinOp:==@1:18 BinOp:=@1:21 BinOp:!=@1:23 BinOp:||@1:26 BinOp:|@1:29 Punct::=@1:31"},
		{"single operators", "+-*/%&^~(),;.[]:", "BinOp:+@1:1 BinOp:-@1:2 BinOp:*@1:3 BinOp:/@1:4 BinOp:%@1:5 BinOp:&@1:6 BinOp:^@1:7 Unary:~@1:8 Punct:(@1:9 Punct:)@1:10 Punct:,@1:11 Punct:;@1:12 Punct:.@1:13 Punct:[@1:14 Punct:]@1:15 Punct::@1:16"},
		{"nested generics close separately", "map<string,array<int>>", "Ident:map@1:1 BinOp:<@1:4 Ident:string@1:5 Punct:,@1:11 Ident:array@1:12 BinOp:<@1:17 Ident:int@1:18 BinOp:>@1:21 BinOp:>@1:22"},
		{"numbers", "1 12.5 .5 1. 1e3 1.5E-3 2e+2 10Y 10s 10L 1.5f 1.5D 1.5bd 3BD", "Lit:1@1:1 Lit:12.5@1:3 Lit:.5@1:8 Lit:1.@1:11 Lit:1e3@1:14 Lit:1.5E-3@1:18 Lit:2e+2@1:25 Lit:10Y@1:30 Lit:10s@1:34 Lit:10L@1:38 Lit:1.5f@1:42 Lit:1.5D@1:47 Lit:1.5bd@1:52 Lit:3BD@1:58"},
		{"strings", `'a' "b" R'(c)' r"(d)"`, `Lit:'a' "b" R'(c)' r"(d)"@1:1`},
		{"adjacent strings across lines and comments", "'a' -- c\n /* d */ 'b', 'c'", "Lit:'a' -- c\n /* d */ 'b'@1:1 Punct:,@2:13 Lit:'c'@2:15"},
		{"binary literal", "X'616263' x\"6\"", "Lit:X'616263'@1:1 Lit:x\"6\"@1:11"},
		{"typed literals", "DATE'2024-01-01' datetime '2024-01-01 00:00:00' TIMESTAMP\t'x'", "Lit:DATE'2024-01-01'@1:1 Lit:datetime '2024-01-01 00:00:00'@1:18 Lit:TIMESTAMP\t'x'@1:49"},
		{"date as a name", "date, date=1", "Ident:date@1:1 Punct:,@1:5 Ident:date@1:7 BinOp:=@1:11 Lit:1@1:12"},
		{"comments are dropped", "a -- x\n/* y\n z */ b", "Ident:a@1:1 Ident:b@3:7"},
		{"hint after select is kept", "SELECT /*+ MAPJOIN(a) */ /*+ b */ x", "Keyword:SELECT@1:1 Hint:/*+ MAPJOIN(a) */@1:8 Hint:/*+ b */@1:26 Ident:x@1:35"},
		{"hint elsewhere is dropped", "x /*+ MAPJOIN(a) */ y", "Ident:x@1:1 Ident:y@1:21"},
		{"set text is raw", "set odps.sql.type.system.odps2 = true ;SET a='x;y';", "Keyword:set@1:1 SetText:odps.sql.type.system.odps2 = true @1:5 Punct:;@1:39 Keyword:SET@1:40 SetText:a='x;y'@1:44 Punct:;@1:51"},
		{"columns count characters", "'é' 名字 x", "Lit:'é'@1:1 Ident:名字@1:5 Ident:x@1:8"},
		{"unicode blanks", "a\u3000b\u00a0c", "Ident:a@1:1 Ident:b@1:3 Ident:c@1:5"},
		{"quoted name with doubled backtick", "`a``b`", "Ident:`a``b`@1:1"},
		{"tabs count one", "\ta", "Ident:a@1:2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := scanAll(tc.src)
			if err != nil {
				t.Fatalf("scan %q: %v", tc.src, err)
			}
			if got != tc.want {
				t.Errorf("scan %q:\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

func TestScanErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unterminated string", "x 'abc", "[1,3] unterminated string literal"},
		{"unterminated double-quoted string", "\n  \"abc\\\"", "[2,3] unterminated string literal"},
		{"unterminated raw string", "R'(abc)", "[1,1] unterminated raw string literal"},
		{"unterminated comment", "a /* b", "[1,3] unterminated comment: missing '*/'"},
		{"unterminated hint", "select /*+ b", "[1,8] unterminated hint: missing '*/'"},
		{"unterminated quoted name", "`ab", "[1,1] unterminated quoted name: missing '`'"},
		{"empty quoted name", "``", "[1,1] empty quoted name ``"},
		{"octal out of range", `'ab\400'`, "[1,4] unexpected escape sequence"},
		{"octal zero", `'\000'`, "[1,2] unexpected escape sequence"},
		{"octal too short", `'a\01x'`, "[1,3] unexpected escape sequence"},
		{"octal with 8", `'\08'`, "[1,2] unexpected escape sequence"},
		{"octal digit alone", `'\1'`, "[1,2] unexpected escape sequence"},
		{"bad escape in a later literal", "'ok' '\\200'", "[1,7] unexpected escape sequence"},
		{"backslash at the end", `'abc\`, "[1,1] unterminated string literal"},
		{"bad hex digit", "X'6G'", "[1,4] invalid hex digit 'G' in binary literal"},
		{"unterminated binary", "X'61", "[1,1] unterminated binary literal"},
		{"malformed number", "12ab", "[1,1] malformed number '12ab'"},
		{"suffix needs an integer", "1.5L", "[1,1] malformed number '1.5L'"},
		{"exponent without digits", "1e", "[1,1] malformed number '1e'"},
		{"bare at", "@ x", "[1,1] expected a variable name after '@'"},
		{"unexpected character", "a # b", "[1,3] unexpected character '#'"},
		{"lone bang", "!x", "[1,1] unexpected character '!'"},
		{"too deep", strings.Repeat("(", maxNesting+1), fmt.Sprintf("[1,%d] nested too deeply: more than %d levels", maxNesting+1, maxNesting)},
		{"too deep generics", "x " + strings.Repeat("array<", maxNesting+1), fmt.Sprintf("[1,%d] nested too deeply: more than %d levels", 3+6*maxNesting+5, maxNesting)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := scanAll(tc.src)
			if err == nil {
				t.Fatalf("scan %q: no error, want %s", tc.src, tc.want)
			}
			e := err.(*Error)
			if got := e.Pos.String() + " " + e.Msg; got != tc.want {
				t.Errorf("scan %q:\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}
