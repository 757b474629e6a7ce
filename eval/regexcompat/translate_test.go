package regexcompat

import (
	"errors"
	"go/build"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestTranslateRegexp(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{in: `[[:digit:]]{3}\.x`, want: `[[:digit:]]{3}\.x`},
		{in: `([^\x{00}-\x{ff}]+)`, want: `([^\x{00}-\x{ff}]+)`},
		{in: `\p{Alpha}+\P{Digit}`, want: `[[:alpha:]]+[[:^digit:]]`},
		{in: `[\p{Lower}_]`, want: `[[:lower:]_]`},
		{in: `\p{Han}`, want: `\p{Han}`},
		{in: `\u002d\e`, want: `\x{002d}\x1B`},
		{in: `\cA`, want: `\x{1}`},
		{in: `\x{4e00}+`, want: `\x{4e00}+`},
		{in: `a{`, want: `a\{`},
		{in: `{abc}`, want: `\{abc}`},
		{in: `a{2,}b{1,3}?`, want: `a{2,}b{1,3}?`},
		{in: `[]a]`, want: `[\]a]`},
		{in: `[^]a]`, want: `[^\]a]`},
		{in: `[[a]`, want: `[[a]`},
		{in: `\Q.*\E+`, want: `\.\*+`},
		{in: `(?<year>\d+)`, want: `(?<year>\d+)`},
		{in: `(?iu)a(?u:b)(?d)`, want: `(?i)a(?:b)`},
		{in: `a+?b*?`, want: `a+?b*?`},
		{in: `(a)\1`, err: `backreference \1`},
		{in: `a(?=b)`, err: `lookahead`},
		{in: `a(?!b)`, err: `lookahead`},
		{in: `(?<=a)b`, err: `lookbehind`},
		{in: `(?<!a)b`, err: `lookbehind`},
		{in: `(?>a)`, err: `atomic group`},
		{in: `a++`, err: `possessive quantifier (++)`},
		{in: `a{2}+`, err: `possessive quantifier (}+)`},
		{in: `[a-z&&[^b]]`, err: `intersection`},
		{in: `(?x) a`, err: `comments flag`},
		{in: `\k<n>`, err: `named backreference`},
		{in: `a\Z`, err: `anchor \Z`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Translate(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Translate(%q) = %q, %v; want error with %q", tt.in, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("Translate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
			if _, err := regexp.Compile(got); err != nil {
				t.Fatalf("RE2 rejects %q: %v", got, err)
			}
		})
	}
}

// FuzzTranslateRegexp checks that any pattern either translates into one
// RE2 accepts or is refused with an error, never a panic.
func FuzzTranslateRegexp(f *testing.F) {
	for _, s := range []string{`[[:digit:]]{3}\.`, `(?<n>a)\1`, `\Q(\E`, `[^]\p{Alpha}&&x]`, `a{2}+`, `(?iu-x:a)`, `\u12`, `\c`, `\p{`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		translated, err := Translate(p)
		if err != nil {
			return
		}
		_, _ = regexp.Compile(translated)
		_, _ = Compile(p)
	})
}

func TestCompileEngine(t *testing.T) {
	tests := []struct {
		in          string
		backtrack   bool
		syntaxError bool
	}{
		{in: `(\d+)-(\d+)`},
		{in: `(a)\1`, backtrack: true},
		{in: `a(?=b)`, backtrack: true},
		{in: `a{1001}`, backtrack: true}, // past RE2's repetition limit, not Java's
		{in: `(a`, syntaxError: true},
		{in: `a{2,1}`, syntaxError: true},
		{in: `(a)\1(`, syntaxError: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			re, err := Compile(tt.in)
			var s *SyntaxError
			switch {
			case tt.syntaxError && !errors.As(err, &s):
				t.Fatalf("Compile(%q) error = %v, want *SyntaxError", tt.in, err)
			case tt.syntaxError:
				return
			case err != nil:
				t.Fatalf("Compile(%q): %v", tt.in, err)
			case re.Backtracking() != tt.backtrack:
				t.Fatalf("Compile(%q).Backtracking() = %v", tt.in, re.Backtracking())
			case re.String() != tt.in:
				t.Fatalf("String() = %q", re.String())
			}
		})
	}
}

func TestCache(t *testing.T) {
	var c Cache
	a, err := c.Compile(`\p{Alpha}+`)
	if ok, _ := a.MatchString("abc"); err != nil || !ok {
		t.Fatalf("Compile = %v, %v", a, err)
	}
	if b, _ := c.Compile(`\p{Alpha}+`); b != a {
		t.Fatal("a repeated pattern was compiled again")
	}
	if _, err := c.Compile(`(a`); err == nil {
		t.Fatal("a malformed pattern compiled")
	}
	for i := 0; i < cacheSize+5; i++ {
		if _, err := c.Compile(strconv.Itoa(i)); err != nil {
			t.Fatal(err)
		}
	}
	if len(c.m) > cacheSize {
		t.Fatalf("cache holds %d patterns, bound is %d", len(c.m), cacheSize)
	}
}

// TestNoMcsqlImports keeps the package importable by both eval and
// functions: it must not import any mcsql package.
func TestNoMcsqlImports(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		if strings.Contains(imp, ".") && imp != "github.com/dlclark/regexp2" {
			t.Errorf("regexcompat imports %s; it may use the standard library and regexp2 only", imp)
		}
	}
}
