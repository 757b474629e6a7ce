package parser

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// splitTests are statements cut at ;, with every quoting form of the lexer.
var splitTests = []struct {
	name  string
	src   string
	stmts []string
	rest  string
}{
	{"empty", "", nil, ""},
	{"blanks and comments only", "  -- note\n/* c */\n", nil, ""},
	{"one statement", "select 1;", []string{"select 1;"}, ""},
	{"two on a line", "select 1; select 2;", []string{"select 1;", "select 2;"}, ""},
	{"unfinished", "select 1,\n", nil, "select 1,\n"},
	{"finished then unfinished", "select 1; select\n 2", []string{"select 1;"}, "select\n 2"},
	{"multi-line", "select 1,\n  2\n;\n", []string{"select 1,\n  2\n;"}, ""},
	{"lone semicolons dropped", ";; select 1;;", []string{"select 1;"}, ""},
	{"leading comment dropped", "-- a\n/* b */ select 1; -- c\n", []string{"select 1;"}, ""},

	{"semicolon in single quotes", "select 'a;b';", []string{"select 'a;b';"}, ""},
	{"semicolon in double quotes", `select "a;b";`, []string{`select "a;b";`}, ""},
	{"escaped quote", `select 'it\'s;' || ';';`, []string{`select 'it\'s;' || ';';`}, ""},
	{"escaped backslash ends the string", `select 'a\\'; select 2;`, []string{`select 'a\\';`, "select 2;"}, ""},
	{"escaped semicolon", `select 'a\;b';`, []string{`select 'a\;b';`}, ""},
	{"other quote inside", `select "it's;";`, []string{`select "it's;";`}, ""},
	{"raw string", `select r'(a\';)';`, []string{`select r'(a\';)';`}, ""},
	{"raw string with double quotes", `select R"(x;"y)";`, []string{`select R"(x;"y)";`}, ""},
	{"binary literal", "select x'3B'; select 2;", []string{"select x'3B';", "select 2;"}, ""},
	{"backtick name", "select 1 as `a;b`;", []string{"select 1 as `a;b`;"}, ""},
	{"doubled backtick", "select 1 as `a``;`;", []string{"select 1 as `a``;`;"}, ""},
	{"line comment", "select 1 -- not the end;\n;", []string{"select 1 -- not the end;\n;"}, ""},
	{"block comment", "select /* ; */ 1;", []string{"select /* ; */ 1;"}, ""},
	{"hint", "select /*+ mapjoin(a); */ 1;", []string{"select /*+ mapjoin(a); */ 1;"}, ""},
	{"comment opener in a string", "select '--', '/*'; select 2;", []string{"select '--', '/*';", "select 2;"}, ""},

	{"open single quote", "select 'a;\n", nil, "select 'a;\n"},
	{"open double quote", "select 1; select \"a;", []string{"select 1;"}, "select \"a;"},
	{"open after backslash", `select 'a\`, nil, `select 'a\`},
	{"open raw string", "select r'(a;)", nil, "select r'(a;)"},
	{"open backtick", "select 1 as `a;", nil, "select 1 as `a;"},
	{"open block comment", "select 1; /* a;\n", []string{"select 1;"}, "/* a;\n"},
	{"open binary literal", "select x'3B;", nil, "select x'3B;"},

	{"set takes raw text", "set a=b--c; select 1;", []string{"set a=b--c;", "select 1;"}, ""},
	{"set quotes take no escapes", `set a='x\'; select 1;`, []string{`set a='x\';`, "select 1;"}, ""},
	{"set quoted semicolon", "set a='x;y'; select 1;", []string{"set a='x;y';", "select 1;"}, ""},
	{"set unfinished", "set a=b\n", nil, "set a=b\n"},
	{"tunnel takes raw text", "tunnel upload /tmp/a--b'.csv t; select 1;", []string{"tunnel upload /tmp/a--b'.csv t;", "select 1;"}, ""},
	{"tunnel after a statement", "select 1; TUNNEL download t /tmp/x/*.csv; select 2;", []string{"select 1;", "TUNNEL download t /tmp/x/*.csv;", "select 2;"}, ""},
	{"tunnel as a name is no command", "select tunnel from t; select '--';", []string{"select tunnel from t;", "select '--';"}, ""},

	{"bad character still splits", "select 1 # 2; select 3;", []string{"select 1 # 2;", "select 3;"}, ""},
	{"bad escape still splits", `select 'a\400b'; select 3;`, []string{`select 'a\400b';`, "select 3;"}, ""},
	{"unclosed paren ends at semicolon", "select (1 + 2; select 3;", []string{"select (1 + 2;", "select 3;"}, ""},
	{"case end in a simple statement", "select case when 1 then 2 end; select 3;", []string{"select case when 1 then 2 end;", "select 3;"}, ""},
	{"if function in a query", "select if(1 > 2, 'a', 'b');", []string{"select if(1 > 2, 'a', 'b');"}, ""},
	{"create if not exists", "create table if not exists t (a bigint);", []string{"create table if not exists t (a bigint);"}, ""},
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			stmts, rest := Split(tt.src)
			if !reflect.DeepEqual(stmts, tt.stmts) || rest != tt.rest {
				t.Errorf("Split(%q)\n = %q, %q\nwant %q, %q", tt.src, stmts, rest, tt.stmts, tt.rest)
			}
		})
	}
}

// splitIfTests are IF statements: rest is what Split leaves, final what
// SplitFinal leaves (the pending IF is then a statement).
var splitIfTests = []struct {
	name  string
	src   string
	stmts []string
	rest  string // what Split leaves
	final string // what SplitFinal leaves; the pending IF is then a statement
}{
	{"block then statement",
		"IF (@a > 1) BEGIN select 1; select 2; END select 3;",
		[]string{"IF (@a > 1) BEGIN select 1; select 2; END", "select 3;"}, "", ""},
	{"block waits for a possible else",
		"IF (@a > 1) BEGIN\n  select 1;\nEND\n",
		nil, "IF (@a > 1) BEGIN\n  select 1;\nEND\n", ""},
	{"else on the next line",
		"IF (@a) BEGIN select 1; END\nELSE BEGIN select 2; END\nselect 3;",
		[]string{"IF (@a) BEGIN select 1; END\nELSE BEGIN select 2; END", "select 3;"}, "", ""},
	{"final else ends the statement",
		"IF (@a) select 1; ELSE select 2;",
		[]string{"IF (@a) select 1; ELSE select 2;"}, "", ""},
	{"single statement waits for a possible else",
		"IF (@a == 'x') select 'first';\n",
		nil, "IF (@a == 'x') select 'first';\n", ""},
	{"else if chain",
		"IF (@a == 1) select 1;\nELSE IF ((select 2 as x) = 2) select 2;\nELSE select 3;\n@b := 1;",
		[]string{"IF (@a == 1) select 1;\nELSE IF ((select 2 as x) = 2) select 2;\nELSE select 3;", "@b := 1;"}, "", ""},
	{"else if chain waits after its last branch",
		"IF @a select 1; ELSE IF @b select 2;",
		nil, "IF @a select 1; ELSE IF @b select 2;", ""},
	{"dangling else",
		"IF @a BEGIN select 0; END ELSE",
		nil, "IF @a BEGIN select 0; END ELSE", "IF @a BEGIN select 0; END ELSE"},
	{"nested blocks",
		"IF (1 > 2) BEGIN\n  IF (true) BEGIN select 'inner'; END\n  select 'x';\nEND select 'after';",
		[]string{"IF (1 > 2) BEGIN\n  IF (true) BEGIN select 'inner'; END\n  select 'x';\nEND", "select 'after';"}, "", ""},
	{"nested single-statement if in a block",
		"IF (1 > 2) BEGIN IF (true) select 'inner'; END select 1;",
		[]string{"IF (1 > 2) BEGIN IF (true) select 'inner'; END", "select 1;"}, "", ""},
	{"inner if takes the else",
		"IF @a IF @b select 1; ELSE select 2; select 3;",
		[]string{"IF @a IF @b select 1; ELSE select 2;", "select 3;"}, "", ""},
	{"outer else after inner else",
		"IF @a IF @b select 1; ELSE select 2; ELSE select 3; select 4;",
		[]string{"IF @a IF @b select 1; ELSE select 2; ELSE select 3;", "select 4;"}, "", ""},
	{"nested pending makes the outer pending",
		"IF @a IF @b select 1;",
		nil, "IF @a IF @b select 1;", ""},
	{"unfinished block",
		"IF (@a) BEGIN\n select 1;\n",
		nil, "IF (@a) BEGIN\n select 1;\n", "IF (@a) BEGIN\n select 1;\n"},
	{"unfinished condition",
		"IF (@a >\n",
		nil, "IF (@a >\n", "IF (@a >\n"},
	{"no statement after the condition yet",
		"IF (@a)\n",
		nil, "IF (@a)\n", "IF (@a)\n"},
	{"condition without parentheses",
		"IF @a > 1 AND NOT @b select 1; select 2;",
		[]string{"IF @a > 1 AND NOT @b select 1;", "select 2;"}, "", ""},
	{"condition with case end",
		"IF CASE WHEN @a THEN true END BEGIN select 1; END select 2;",
		[]string{"IF CASE WHEN @a THEN true END BEGIN select 1; END", "select 2;"}, "", ""},
	{"condition with predicates",
		"IF @a NOT IN (1, 2) AND @b IS NOT NULL AND @c BETWEEN 1 AND 2 AND @d NOT LIKE 'x%' @e := 1; select 2;",
		[]string{"IF @a NOT IN (1, 2) AND @b IS NOT NULL AND @c BETWEEN 1 AND 2 AND @d NOT LIKE 'x%' @e := 1;", "select 2;"}, "", ""},
	{"condition with calls and typed literals",
		"IF if(@a, 1, 0) = 1 AND cast(@b as string) = 'x' 'y' AND @c > DATE '2024-01-01' select 1; select 2;",
		[]string{"IF if(@a, 1, 0) = 1 AND cast(@b as string) = 'x' 'y' AND @c > DATE '2024-01-01' select 1;", "select 2;"}, "", ""},
	{"condition then a query in parentheses",
		"IF (@x) (select 1); select 2;",
		[]string{"IF (@x) (select 1);", "select 2;"}, "", ""},
	{"condition with a postfix",
		"IF @s.f[0] = 1 BEGIN select 1; END select 2;",
		[]string{"IF @s.f[0] = 1 BEGIN select 1; END", "select 2;"}, "", ""},
	{"end inside a string",
		"IF @a BEGIN select 'END'; END select 2;",
		[]string{"IF @a BEGIN select 'END'; END", "select 2;"}, "", ""},
	{"case end inside a block",
		"IF @a BEGIN select case when 1 then 2 end; END select 2;",
		[]string{"IF @a BEGIN select case when 1 then 2 end; END", "select 2;"}, "", ""},
	{"lower case keywords",
		"if @a begin select 1; end else begin select 2; end select 3;",
		[]string{"if @a begin select 1; end else begin select 2; end", "select 3;"}, "", ""},
	{"unclosed condition ends at its semicolon",
		"IF (1 > 2 BEGIN select 1; END",
		[]string{"IF (1 > 2 BEGIN select 1;"}, "END", "END"},
	{"pending before an open comment",
		"IF @a BEGIN select 1; END /* else?",
		nil, "IF @a BEGIN select 1; END /* else?", "/* else?"},
}

func TestSplitIf(t *testing.T) {
	for _, tt := range splitIfTests {
		t.Run(tt.name, func(t *testing.T) {
			stmts, rest := Split(tt.src)
			if !reflect.DeepEqual(stmts, tt.stmts) || rest != tt.rest {
				t.Errorf("Split(%q)\n = %q, %q\nwant %q, %q", tt.src, stmts, rest, tt.stmts, tt.rest)
			}
			wantFinal := tt.stmts
			if tt.rest != "" && tt.final != tt.rest {
				wantFinal = append(append([]string{}, tt.stmts...), strings.TrimSpace(strings.TrimSuffix(tt.rest, tt.final)))
			}
			stmts, rest = SplitFinal(tt.src)
			if !reflect.DeepEqual(stmts, wantFinal) || rest != tt.final {
				t.Errorf("SplitFinal(%q)\n = %q, %q\nwant %q, %q", tt.src, stmts, rest, wantFinal, tt.final)
			}
		})
	}
}

// TestSplitDeepNesting checks that nesting far beyond what Parse accepts
// neither overflows the splitter nor loses the statement's end.
func TestSplitDeepNesting(t *testing.T) {
	src := strings.Repeat("IF @a ", 5000) + "select 1; select 2;"
	stmts, rest := Split(src)
	want := []string{strings.Repeat("IF @a ", 5000) + "select 1;", "select 2;"}
	if !reflect.DeepEqual(stmts, want) || rest != "" {
		t.Errorf("Split(5000 nested IFs) = %d statements, rest %q; want 2 statements, no rest", len(stmts), rest)
	}
}

// TestSplitAgreesWithParse splits every golden script that parses and
// checks that the pieces parse to the same statements as the whole.
func TestSplitAgreesWithParse(t *testing.T) {
	files, err := filepath.Glob("../testdata/scripts/*/*.sql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden scripts found: %v", err)
	}
	checked := 0
	for _, f := range append(files, "../testdata/scripts/quickstart.sql") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := Parse(string(b))
		if err != nil {
			continue // the error scripts: their statements are split in TestSplit
		}
		checked++
		t.Run(filepath.Base(f), func(t *testing.T) {
			stmts, rest := SplitFinal(string(b))
			if rest != "" {
				t.Fatalf("rest = %q, want none", rest)
			}
			var kinds []string
			for _, s := range stmts {
				script, err := Parse(s)
				if err != nil {
					t.Fatalf("piece %q: %v", s, err)
				}
				for _, st := range script.Stmts {
					kinds = append(kinds, reflect.TypeOf(st).String())
				}
			}
			var want []string
			for _, st := range whole.Stmts {
				want = append(want, reflect.TypeOf(st).String())
			}
			if !reflect.DeepEqual(kinds, want) || len(stmts) != len(want) {
				t.Errorf("pieces parse to %v (%d pieces), the whole to %v", kinds, len(stmts), want)
			}
		})
	}
	if checked < 10 {
		t.Errorf("only %d golden scripts parse; expected the suite's scripts", checked)
	}
}

func TestJoinLines(t *testing.T) {
	tests := []struct {
		name, stmt, want string
	}{
		{"one line unchanged", "select  1,\t2;", "select  1,\t2;"},
		{"lines joined", "select 1,\n    2\n;", "select 1, 2 ;"},
		{"crlf", "select 1,\r\n2;", "select 1, 2;"},
		{"line comment dropped", "select 1, -- one\n  2; -- two", "select 1, 2;"},
		{"block comment kept on one line", "select /* a\nb */ 1\n, 2;", "select /* a b */ 1 , 2;"},
		{"line break in a string escaped", "select 'a\nb', \"c\r\nd\";", `select 'a\nb', "c\r\nd";`},
		{"comment opener in a string kept", "select '--x',\n2;", "select '--x', 2;"},
		{"raw string kept", "select r'(a\nb)';", "select r'(a\nb)';"},
		{"set text joined", "set a=b\nc;", "set a=b c;"},
		{"if block", "IF (@a) BEGIN\n  select 1;\nEND\nELSE BEGIN\n  select 2;\nEND", "IF (@a) BEGIN select 1; END ELSE BEGIN select 2; END"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := JoinLines(tt.stmt); got != tt.want {
				t.Errorf("JoinLines(%q) = %q, want %q", tt.stmt, got, tt.want)
			}
		})
	}
}

// TestJoinLinesKeepsMeaning checks that a joined statement parses to the
// same value as the original, line breaks in strings included.
func TestJoinLinesKeepsMeaning(t *testing.T) {
	src := "@x := 'a\nb' -- note\n  || \"c\"; "
	want, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(JoinLines(src))
	if err != nil {
		t.Fatal(err)
	}
	wantVal := want.Stmts[0].(*AssignStmt).Expr.(*Binary).L.(*Literal).Text
	gotVal := got.Stmts[0].(*AssignStmt).Expr.(*Binary).L.(*Literal).Text
	if gotVal != wantVal || wantVal != "a\nb" {
		t.Errorf("joined literal = %q, original %q, want %q", gotVal, wantVal, "a\nb")
	}
}

// FuzzSplit checks that Split never panics, that its pieces are the text's
// own in order, and that a script that parses splits into pieces that parse
// to as many statements. Run with
// go test ./parser -run '^$' -fuzz FuzzSplit -fuzztime 1m.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"select 1; select 'a;b';",
		"IF (@a) BEGIN select 1; END ELSE IF @b select 2; ELSE select 3;",
		"set a=b; @x := case when 1 then 2 end;",
		"IF @a IF @b select 1; ELSE select 2;",
	} {
		f.Add(s)
	}
	scripts, _ := filepath.Glob("../testdata/scripts/*/*.sql")
	for _, file := range scripts {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		stmts, rest := SplitFinal(src)
		if !strings.HasSuffix(src, rest) {
			t.Fatalf("rest %q is not a suffix of the text", rest)
		}
		off := 0
		for _, s := range stmts {
			i := strings.Index(src[off:], s)
			if i < 0 || s == "" {
				t.Fatalf("statement %q is not the text's, in order", s)
			}
			off += i + len(s)
		}
		whole, err := Parse(src)
		if err != nil || rest != "" {
			return
		}
		n := 0
		for _, s := range stmts {
			script, err := Parse(s)
			if err != nil {
				t.Fatalf("piece %q of a script that parses: %v", s, err)
			}
			n += len(script.Stmts)
		}
		if n != len(whole.Stmts) {
			t.Fatalf("pieces %q parse to %d statements, the whole to %d", stmts, n, len(whole.Stmts))
		}
	})
}
