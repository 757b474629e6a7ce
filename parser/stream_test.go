package parser

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// windowScripts are scripts whose statements and errors lie across the
// windows' edges when windows are a few tokens long: IF chains whose ELSE
// follows the ';' or END a window may end at, SET and TUNNEL raw text,
// hints, generic types, errors in every place of a statement, lexical
// errors after or before a syntax error.
var windowScripts = []string{
	"@a := 1; @b := 2; select @a + @b; ; ; select 3;",
	"if (@a > 1) begin select 1; select 2; end else if (@b) select 3; else begin select 4; end select 5;",
	"if (true) select 1; else select 2; if (false) begin end\nelse\nbegin select 3; end",
	"if (1 = 1) begin if (2 = 2) begin select 1; end else select 2; end",
	"if (x) select 1;",
	"set a.b = c d e; set x=1;\nselect 1;",
	"tunnel upload a.csv t; select 1; if (x) begin select 1; end tunnel upload b.csv t;",
	"select /*+ mapjoin(a) */ /*+ x */ 1; /*+ not a hint */ select 2;",
	"@t TABLE(a array<map<string, struct<x: int>>>); select cast(null as array<array<int>>) > 1;",
	"select 1; select 2 select 3; select 4;",
	"select 1; select (1 + ; select 3;",
	"select 1; select 2; @a := ; select 4; select 5; select 6;",
	"select 1; select 2; select 3; select 4; select 5 from",
	"select 1; select 'unterminated",
	"select 1; select (1 +; select 'bad\\400';",
	"select 1; select 2; select 3; select 4; select 5; select 6; select 7; select 8; `x",
	"select 1;\nEND\nselect 2;",
	"select 1; select 2; select 3; select 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 +;",
	"select transform(a, (x, y, z, u, v, w) -> x + 1), zip_with(a, b, (x, y) -> x) from t; select (a, b, c, d, e, f, g);",
	"select a.* except (b, c) replace (1 as d) from t lateral view explode(x) v as y where 1 < 2 window w as (partition by a) qualify 1 = 1; values (1, 2), (3, 4);",
	"with recursive r (n) as (select 1 union all select n + 1 from r where n < 3) select * from r;",
	"select 1; select 2;   -- a comment\n /* block */ ",
	"",
	";;;",
}

// windowInputs returns the scripts to parse in windows: windowScripts, the
// fuzz seeds and corpus, and every script of the golden tests.
func windowInputs(t *testing.T) map[string]string {
	t.Helper()
	in := map[string]string{}
	for i, s := range append(windowScripts, fuzzSeeds...) {
		in[fmt.Sprintf("script %d", i)] = s
	}
	corpus, _ := filepath.Glob("testdata/fuzz/FuzzParse/*")
	for _, file := range corpus {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(v, ")")); err == nil {
					in[file] = s
				}
			}
		}
		f.Close()
	}
	scripts, _ := filepath.Glob("../testdata/scripts/*/*/*.sql")
	top, _ := filepath.Glob("../testdata/scripts/*/*.sql")
	for _, file := range append(scripts, top...) {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		in[file] = string(b)
	}
	if len(in) < 1000 {
		t.Fatalf("found %d scripts, want the fuzz corpus and the golden scripts", len(in))
	}
	return in
}

// parseResult is what Parse returns, comparable.
func parseResult(src string) (*Script, string) {
	s, err := Parse(src)
	if err != nil {
		return nil, err.Error()
	}
	return s, ""
}

// Parsing a script from windows of its tokens gives the ASTs, positions
// and errors that parsing it from all of its tokens at once gives, however
// small the windows; and a LazyScript gives those statements again, in
// order or not.
func TestWindowsParseAsWhole(t *testing.T) {
	defer func(w, k int) { windowTokens, lazyKeepTokens = w, k }(windowTokens, lazyKeepTokens)
	for name, src := range windowInputs(t) {
		windowTokens = 1 << 30
		want, wantErr := parseResult(src)
		// Every window size puts the edges everywhere in the short scripts;
		// the others are many, and long enough to be cut in many places.
		sizes := []int{7}
		if strings.HasPrefix(name, "script ") {
			sizes = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 17, 23, 31, 40}
		}
		for _, w := range sizes {
			windowTokens = w
			got, gotErr := parseResult(src)
			if gotErr != wantErr || !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: in windows of %d tokens: Parse = %v, %q\nwhole: %v, %q", name, w, dumpScript(got), gotErr, dumpScript(want), wantErr)
			}
			lazyKeepTokens = 0
			lazy, err := ParseLazy(src)
			if wantErr != "" {
				if err == nil || err.Error() != wantErr {
					t.Fatalf("%s: in windows of %d tokens: ParseLazy error %v, want %s", name, w, err, wantErr)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%s: in windows of %d tokens: ParseLazy: %v", name, w, err)
			}
			if lazy.Len() != len(want.Stmts) {
				t.Fatalf("%s: ParseLazy has %d statements, want %d", name, lazy.Len(), len(want.Stmts))
			}
			// In order, then backwards (each statement resumed on its own).
			for pass := range 2 {
				for j := range lazy.Len() {
					i := j
					if pass == 1 {
						i = lazy.Len() - 1 - j
					}
					st, err := lazy.Stmt(i)
					if err != nil || !reflect.DeepEqual(st, want.Stmts[i]) {
						t.Fatalf("%s: in windows of %d tokens: statement %d parsed again = %s, %v; want %s",
							name, w, i, dump(st), err, dump(want.Stmts[i]))
					}
				}
			}
		}
	}
}

func dumpScript(s *Script) string {
	if s == nil {
		return "nil"
	}
	var parts []string
	for _, st := range s.Stmts {
		parts = append(parts, dump(st))
	}
	return strings.Join(parts, " ")
}

// A script short enough keeps its ASTs; a longer one keeps none and parses
// each statement again.
func TestLazyScriptKeepsShortScripts(t *testing.T) {
	defer func(k int) { lazyKeepTokens = k }(lazyKeepTokens)
	lazyKeepTokens = 10 // the first script's 3 statements have 10 tokens
	short, err := ParseLazy("select 1; @a := 2; ; select @a;")
	if err != nil {
		t.Fatal(err)
	}
	if short.Len() != 3 || len(short.stmts) != 3 {
		t.Errorf("a 3-statement script: Len %d, %d ASTs kept; want 3 and 3", short.Len(), len(short.stmts))
	}
	long, err := ParseLazy("select 1; @a := 2; select @a; select 4;") // 13 tokens
	if err != nil {
		t.Fatal(err)
	}
	if long.Len() != 4 || long.stmts != nil {
		t.Errorf("a 4-statement script: Len %d, %d ASTs kept; want 4 and none", long.Len(), len(long.stmts))
	}
	st, err := long.Stmt(3)
	if err != nil || dump(st) != "(select 4)" {
		t.Errorf("statement 3 = %s, %v", dump(st), err)
	}
}

// IF nesting is bounded by the depth of the stack, which is deeper where a
// statement is parsed again (as the script runs) than where ParseLazy
// checked it: a statement nested as deeply as ParseLazy allows is still
// parsed again.
func TestLazyScriptDeepIfOnDeeperStack(t *testing.T) {
	defer func(k int) { lazyKeepTokens = k }(lazyKeepTokens)
	lazyKeepTokens = 0
	nested := func(k int) string { return strings.Repeat("if (true) ", k) + "select 1;" }
	// The deepest nesting ParseLazy accepts from here.
	lo, hi := 1, 2000
	if _, err := ParseLazy(nested(hi)); err == nil || !strings.Contains(err.Error(), "nested too deeply") {
		t.Fatalf("%d nested IFs: %v, want an error", hi, err)
	}
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if _, err := ParseLazy(nested(mid)); err == nil {
			lo = mid
		} else {
			hi = mid
		}
	}
	src := nested(lo)
	lazy, err := ParseLazy(src)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	var deeper func(n int) (Stmt, error)
	deeper = func(n int) (Stmt, error) {
		if n == 0 {
			return lazy.Stmt(0)
		}
		return deeper(n - 1)
	}
	st, err := deeper(100)
	if err != nil || !reflect.DeepEqual(st, want.Stmts[0]) {
		t.Errorf("%d nested IFs parsed again 100 frames deeper: %v", lo, err)
	}
}

// Statements gives the statements of a kept or a lazy script in order,
// then io.EOF; stopped early, its goroutine ends.
func TestLazyScriptStatements(t *testing.T) {
	defer func(k int) { lazyKeepTokens = k }(lazyKeepTokens)
	var b strings.Builder
	for i := range 500 {
		fmt.Fprintf(&b, "@v%d := %d; if (@v%d > 2) select %d; else select 'x';\n", i, i, i, i)
	}
	src := b.String()
	want, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, keep := range []int{1 << 20, 0} {
		lazyKeepTokens = keep
		lazy, err := ParseLazy(src)
		if err != nil {
			t.Fatal(err)
		}
		next, stop := lazy.Statements(8)
		for i, w := range want.Stmts {
			st, err := next()
			if err != nil || !reflect.DeepEqual(st, w) {
				t.Fatalf("keep %d tokens: statement %d = %s, %v; want %s", keep, i, dump(st), err, dump(w))
			}
		}
		if st, err := next(); err != io.EOF {
			t.Errorf("keep %d tokens: after the last statement: %s, %v; want io.EOF", keep, dump(st), err)
		}
		stop()
		stop() // twice is harmless
		// Stopped after 10 statements, the goroutine ends: next drains
		// what it parsed ahead and then reports the end.
		next, stop = lazy.Statements(8)
		for range 10 {
			if _, err := next(); err != nil {
				t.Fatal(err)
			}
		}
		stop()
		n := 0
		for ; ; n++ {
			if _, err := next(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatal(err)
			}
		}
		if keep == 0 && n > 9 {
			t.Errorf("after stop, %d more statements came; want at most the 8 parsed ahead and the one being parsed", n)
		}
	}
}
