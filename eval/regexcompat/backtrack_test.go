package regexcompat

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestTranslateBacktrack(t *testing.T) {
	tests := []struct {
		in, want string
		names    []string
	}{
		{in: `(a)\1`, want: `(a)\k<1>`},
		{in: `(a)\12`, want: `(a)\k<1>2`},
		{in: `(?<x>a)(b)\k<x>`, want: `(a)(b)\k<1>`, names: []string{"", "x", ""}},
		{in: `(?P<x>a)`, want: `(a)`, names: []string{"", "x"}},
		{in: `a*+b`, want: `(?>a*)b`},
		{in: `(ab)++`, want: `(?>(ab)+)`},
		{in: `[ab]?+`, want: `(?>[ab]?)`},
		{in: `a{2,3}+`, want: `(?>a{2,3})`},
		{in: `a+?`, want: `a+?`},
		{in: `\d\W`, want: `[\x{30}-\x{39}][\x{0}-\x{2F}\x{3A}-\x{40}\x{5B}-\x{5E}\x{60}\x{7B}-\x{10FFFF}]`},
		{in: `[[:alpha:]_]`, want: `[\x{41}-\x{5A}\x{61}-\x{7A}_]`},
		{in: `\p{Digit}`, want: `[\x{30}-\x{39}]`},
		{in: `\p{L}\P{Lu}\p{IsHan}\pL`, want: `[\p{L}][\P{Lu}][\p{Han}][\p{L}]`},
		{in: `[a-z&&[^b]]`, want: `(?:(?=[a-z])[^b])`},
		{in: `\_\.`, want: `_\.`},
		{in: `\Qa.b\E+`, want: `a\.b+`},
		{in: `\x{4e00}+`, want: `\x{4e00}+`},
		{in: `(?iu)a(?=b)`, want: `(?i)a(?=b)`},
		{in: `a{`, want: `a\{`},
		{in: `\Gx\Z`, want: `\Gx\Z`},
		{in: `\ba\B`, want: asciiBoundary + "a" + asciiNonBoundary},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, names := translateBacktrack(tt.in)
			if got != tt.want {
				t.Fatalf("translateBacktrack(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if tt.names != nil && !reflect.DeepEqual(names, tt.names) {
				t.Fatalf("names = %q, want %q", names, tt.names)
			}
			if _, err := compileBacktrack(tt.in); err != nil {
				t.Fatalf("regexp2 rejects %q: %v", got, err)
			}
		})
	}
}

// TestBacktrackConstructs runs each construct RE2 lacks.
func TestBacktrackConstructs(t *testing.T) {
	tests := []struct {
		pat, s string
		want   string // every match, group 1 in parentheses when present
	}{
		{`(\w)\1`, "aabccd", "aa(a) cc(c)"},
		{`(?<c>[a-z])\k<c>`, "xyyz", "yy(y)"},
		{`\w+(?=!)`, "hi! yo", "hi"},
		{`\w+(?!\w|!)`, "hi! yo", "yo"},
		{`(?<=\$)\d+`, "a $12 b 34", "12"},
		{`(?<!\$|\d)\d+`, "a $12 b 34", "34"},
		{`(?>a+)b`, "aaab", "aaab"},
		{`a++a`, "aaaa", ""},
		{`a*+b`, "aab", "aab"},
		{`[a-z&&[^aeiou]]+`, "hello", "h ll"},
		{`\Ga`, "aab", "a a"},
		{`ab\Z`, "ab\n", "ab"},
		{`(?x) a b # comment`, "xab", "ab"},
		{`(a)|b\1`, "ba", "a(a)"},
		{`中(?=文)`, "中文中", "中"},
		{`(?<=中)\p{Han}`, "中文中", "文"},
		{`a$(?<=a)`, "a\n", "a"},    // $ before a final newline, as in Java
		{`\b(a)\1`, "中aa", "aa(a)"}, // \b sees ASCII word characters
	}
	for _, tt := range tests {
		t.Run(tt.pat, func(t *testing.T) {
			re, err := Compile(tt.pat)
			if err != nil {
				t.Fatal(err)
			}
			if !re.Backtracking() {
				t.Fatalf("%q runs on RE2", tt.pat)
			}
			ms, err := re.FindAll(tt.s, -1, true)
			if err != nil {
				t.Fatal(err)
			}
			if got := formatMatches(tt.s, ms); got != tt.want {
				t.Fatalf("FindAll(%q, %q) = %q, want %q", tt.pat, tt.s, got, tt.want)
			}
		})
	}
}

func formatMatches(s string, ms [][]int) string {
	var out []string
	for _, m := range ms {
		w := s[m[0]:m[1]]
		if len(m) > 2 && m[2] >= 0 {
			w += "(" + s[m[2]:m[3]] + ")"
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// engineCases are patterns both engines run, with inputs; the tests force
// each through both and want the same results.
var engineCases = []struct{ pat, s string }{
	{`(\d+)-(\d+)-(\d+)`, "2026-01-02 and 1999-12-31"},
	{`a*`, "baaac"},
	{`a*?`, "baaac"},
	{`(a)|(b)`, "abba"},
	{`x*`, "中x文xx"},
	{`[[:alpha:]]+`, "ab1cd 中e"},
	{`\p{Alpha}+\d`, "ab1 cd2"},
	{`\w+\s\S`, "ab c_d\te"},
	{`(?i)ab`, "AB aB ab"},
	{`(?s)a.b`, "a\nb axb"},
	{`(?m)^\w+$`, "ab\ncd\nef"},
	{`\bfoo\b`, "foo food foo"},
	{`\b\w+\B`, "中ab 文c_d é"},
	{`o[[:alpha:]]{1}`, "i love www.taobao.com"},
	{`(?<year>\d{4})/(\d+)`, "2026/1 1999/12"},
	{`[^]a]+`, "ab]c"},
	{`\Q.*\E+`, "a.*.*b"},
	{`\x{4e00}|\u4e8c`, "一二三"},
	{`(a|ab)(c|bcd)(d*)`, "abcd"},
	{"", "abc"},
	{`\\`, `a\b`},
	{`.`, "a\xffb"},
}

// bothEngines compiles p with RE2 and with regexp2.
func bothEngines(t testing.TB, p string) (Regexp, Regexp) {
	t.Helper()
	translated, err := Translate(p)
	if err != nil {
		t.Fatalf("Translate(%q): %v", p, err)
	}
	bt, err := compileBacktrack(p)
	if err != nil {
		t.Fatalf("compileBacktrack(%q): %v", p, err)
	}
	return re2{regexp.MustCompile(translated), p}, bt
}

func TestEnginesAgree(t *testing.T) {
	for _, tt := range engineCases {
		t.Run(tt.pat+"/"+tt.s, func(t *testing.T) {
			a, b := bothEngines(t, tt.pat)
			if a.NumSubexp() != b.NumSubexp() {
				t.Fatalf("NumSubexp: RE2 %d, regexp2 %d", a.NumSubexp(), b.NumSubexp())
			}
			for _, groups := range []bool{false, true} {
				for _, n := range []int{-1, 1, 2} {
					ma, _ := a.FindAll(tt.s, n, groups)
					mb, err := b.FindAll(tt.s, n, groups)
					if err != nil || fmt.Sprint(ma) != fmt.Sprint(mb) {
						t.Fatalf("FindAll(n=%d, groups=%v): RE2 %v, regexp2 %v, %v", n, groups, ma, mb, err)
					}
				}
			}
			ok1, _ := a.MatchString(tt.s)
			ok2, _ := b.MatchString(tt.s)
			if ok1 != ok2 {
				t.Fatalf("MatchString: RE2 %v, regexp2 %v", ok1, ok2)
			}
			for _, tmpl := range []string{"<${0}>", "${1}$$", "x"} {
				ra, _ := a.ReplaceAll(tt.s, tmpl, tmpl == "x")
				rb, _ := b.ReplaceAll(tt.s, tmpl, tmpl == "x")
				if ra != rb {
					t.Fatalf("ReplaceAll(%q): RE2 %q, regexp2 %q", tmpl, ra, rb)
				}
			}
		})
	}
}

func TestExpand(t *testing.T) {
	src := "ab"
	m := []int{0, 2, 0, 1, -1, -1}
	for tmpl, want := range map[string]string{
		"${1}-${0}": "a-ab", "$1x": "ax", "${2}|${7}": "|", "$$1": "$1", "a$": "a$", "${1": "${1",
	} {
		if got := string(Expand(nil, tmpl, src, m)); got != want {
			t.Errorf("Expand(%q) = %q, want %q", tmpl, got, want)
		}
	}
}

// TestMatchTimeout checks that a catastrophic pattern gives a
// *TimeoutError, quickly with a lowered timeout.
func TestMatchTimeout(t *testing.T) {
	defer func(d time.Duration) { matchTimeout = d }(matchTimeout)
	matchTimeout = 50 * time.Millisecond
	re, err := Compile(`^(?=a)(a+)+$`)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = re.MatchString(strings.Repeat("a", 40) + "!")
	var te *TimeoutError
	if !errors.As(err, &te) || te.Timeout != matchTimeout {
		t.Fatalf("err = %v, want a *TimeoutError", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("the timeout took %v", d)
	}
}

// FuzzBacktrack checks that any pattern compiles or is refused without a
// panic, that matching returns byte offsets within the input, and that a
// pattern both engines run gives both the same matches.
func FuzzBacktrack(f *testing.F) {
	for _, c := range engineCases {
		f.Add(c.pat, c.s)
	}
	for _, s := range []string{`(a)\1`, `a(?=b)`, `(?<=a)b`, `(?>a+)`, `a*+`, `[a-z&&[^b]]`, `\k<x>(?<x>a)`, `\Q(\E`, `[[:^digit:]x]`, `\p{Han}+`} {
		f.Add(s, "aab中b")
	}
	defer func(d time.Duration) { matchTimeout = d }(matchTimeout)
	matchTimeout = 100 * time.Millisecond
	f.Fuzz(func(t *testing.T, p, s string) {
		bt, err := compileBacktrack(p)
		if err != nil {
			return
		}
		ms, err := bt.FindAll(s, -1, true)
		if err != nil {
			return
		}
		for _, m := range ms {
			for i := 0; i < len(m); i += 2 {
				if m[i] < -1 || m[i] > m[i+1] || m[i+1] > len(s) {
					t.Fatalf("%q on %q: bad offsets %v", p, s, m)
				}
			}
		}
		_, _ = bt.ReplaceAll(s, "${1}$$", false)
	})
}
