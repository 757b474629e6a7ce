package functions

import (
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/regexcompat"
)

func TestTranslateReplacement(t *testing.T) {
	re := mustCompile(t, `(a)(?<second>b)`)
	tests := []struct {
		name, in string
		hive     bool
		want     string
		literal  bool
		err      string
	}{
		{name: "literal", in: "x.y", want: "x.y", literal: true},
		{name: "groups", in: `(\1)\2-\0`, want: "(${1})${2}-${0}"},
		{name: "escaped backslash", in: `\\1`, want: `\1`},
		{name: "dollar is literal", in: `$1\1`, want: "$$1${1}"},
		{name: "other escape kept", in: `\n`, want: `\n`},
		{name: "trailing backslash", in: `x\`, want: `x\`},
		{name: "hive groups", in: `$2-$1$0`, hive: true, want: "${2}-${1}${0}"},
		{name: "hive longest valid group", in: `$12`, hive: true, want: "${1}2"},
		{name: "hive named", in: `${second}`, hive: true, want: "${2}"},
		{name: "hive escapes", in: `\$1\\\x`, hive: true, want: `$$1\x`},
		{name: "hive missing group", in: `$3`, hive: true, err: "refers to group 3"},
		{name: "hive missing name", in: `${nope}`, hive: true, err: "group name"},
		{name: "hive bare dollar", in: `a$b`, hive: true, err: "illegal group reference"},
		{name: "hive trailing backslash", in: `a\`, hive: true, err: "ends with a backslash"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := translateReplacement(tt.in, re, tt.hive)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got %+v, %v; want error with %q", got, err, tt.err)
				}
				return
			}
			if err != nil || got.template != tt.want || got.literal != tt.literal {
				t.Fatalf("got %+v, %v; want %q (literal %v)", got, err, tt.want, tt.literal)
			}
		})
	}
}

func TestReplaceMatches(t *testing.T) {
	re := mustCompile(t, `(\d)`)
	rep, _ := translateReplacement(`<\1>`, re, false)
	lit, _ := translateReplacement(`#`, re, false)
	tests := []struct {
		src        string
		rep        *replacement
		occurrence int64
		want       string
	}{
		{"a1b2c3", &rep, 0, "a<1>b<2>c<3>"},
		{"a1b2c3", &rep, 2, "a1b<2>c3"},
		{"a1b2c3", &lit, 3, "a1b2c#"},
		{"a1b2c3", &lit, 4, "a1b2c3"},
		{"abc", &lit, 0, "abc"},
	}
	for _, tt := range tests {
		if got, _ := replaceMatches(re, tt.src, tt.rep, tt.occurrence); got != tt.want {
			t.Errorf("replaceMatches(%q, %q, %d) = %q, want %q", tt.src, tt.rep.template, tt.occurrence, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		s, pat string
		trim   bool
		want   string
	}{
		{"a,b,c,,", ",", true, "a|b|c"},
		{"a,b,c,,", ",", false, "a|b|c||"},
		{",a", ",", true, "|a"},
		{"", ",", true, ""},   // one empty string
		{",,", ",", true, ""}, // no elements: see the length check
		{"abc", "", true, "a|b|c"},
		{"a1b22c", "[0-9]+", true, "a|b|c"},
	}
	for _, tt := range tests {
		v, err := split(nil, mustCompile(t, tt.pat), []eval.Value{tt.s, tt.pat, tt.trim})
		if err != nil {
			t.Fatal(err)
		}
		parts := v.([]eval.Value)
		ss := make([]string, len(parts))
		for i, p := range parts {
			ss[i] = p.(string)
		}
		if got := strings.Join(ss, "|"); got != tt.want {
			t.Errorf("split(%q, %q, %v) = %q, want %q", tt.s, tt.pat, tt.trim, got, tt.want)
		}
		if tt.s == ",," && len(parts) != 0 || tt.s == "" && len(parts) != 1 {
			t.Errorf("split(%q, %q) has %d elements", tt.s, tt.pat, len(parts))
		}
	}
}

func TestSubstringIndex(t *testing.T) {
	tests := []struct {
		s, sep string
		n      int64
		want   string
	}{
		{"https://www.alibabacloud.com", ".", 2, "https://www.alibabacloud"},
		{"https://www.alibabacloud.com", ".", -2, "alibabacloud.com"},
		{"a.b.c", ".", 3, "a.b.c"},
		{"a.b.c", ".", -3, "a.b.c"},
		{"a.b.c", ".", -1, "c"},
		{"aaa", "aa", 2, "a"},  // occurrences overlap, as in Hive
		{"aaa", "aa", -2, "a"}, // likewise from the right
		{"a.b", "", 1, ""},
		{"", ".", 1, ""},
	}
	for _, tt := range tests {
		if got := substringIndex(tt.s, tt.sep, tt.n); got != tt.want {
			t.Errorf("substringIndex(%q, %q, %d) = %q, want %q", tt.s, tt.sep, tt.n, got, tt.want)
		}
	}
}

func TestParseURL(t *testing.T) {
	const u = "https://user@[::1]:8080/p/q.html?a=1&b=&c#frag"
	tests := []struct {
		url, part string
		key       *string
		want      eval.Value
	}{
		{u, "HOST", nil, "[::1]"},
		{u, "AUTHORITY", nil, "user@[::1]:8080"},
		{u, "FILE", nil, "/p/q.html?a=1&b=&c"},
		{u, "QUERY", ptr("b"), ""},
		{u, "QUERY", ptr("c"), nil}, // no = sign: no value
		{u, "REF", nil, "frag"},
		{"mailto:someone@example.com", "PATH", nil, "someone@example.com"},
		{"mailto:someone@example.com", "AUTHORITY", nil, nil},
		{"HTTP://example.com", "PROTOCOL", nil, "http"},
	}
	for _, tt := range tests {
		got, err := parseURL(tt.url, tt.part, tt.key)
		if err != nil || got != tt.want {
			t.Errorf("parseURL(%q, %q) = %v, %v; want %v", tt.url, tt.part, got, err, tt.want)
		}
	}
	for _, bad := range []string{"no-scheme", "http://host:80x/", "http://[::1/", "1http://x"} {
		if _, err := parseURL(bad, "HOST", nil); err == nil {
			t.Errorf("parseURL(%q) did not fail", bad)
		}
	}
}

func ptr(s string) *string { return &s }

func TestURLCoding(t *testing.T) {
	for _, s := range []string{"", "a b+c", "示例 100%", "~!@#$%^&*()_+-=[]{}|;':\",./<>?"} {
		for _, enc := range []string{"UTF-8", "gbk"} {
			e, err := urlEncode(s, enc)
			if err != nil {
				t.Fatal(err)
			}
			d, err := urlDecode(e, enc)
			if err != nil || d != s {
				t.Errorf("urlDecode(urlEncode(%q, %s)) = %q (%q), %v", s, enc, d, e, err)
			}
		}
	}
	if got, _ := urlDecode("%FF%41", "UTF-8"); got != "\uFFFDA" {
		t.Errorf("bad UTF-8 decodes to %q", got)
	}
}

// instrNaive is INSTR as a character-by-character scan, to check instr.
func instrNaive(s, sub string, start, nth int64) int64 {
	rs, rsub := []rune(s), []rune(sub)
	n := int64(len(rs))
	at := func(i int64) bool {
		return i+int64(len(rsub)) <= n && string(rs[i:i+int64(len(rsub))]) == string(rsub)
	}
	step, i := int64(1), start-1
	if start < 0 {
		step, i = -1, n+start
	}
	if start == 0 {
		return 0
	}
	for ; i >= 0 && i <= n; i += step {
		if at(i) {
			if nth--; nth == 0 {
				return i + 1
			}
		}
	}
	return 0
}

func TestInstrMatchesNaiveScan(t *testing.T) {
	for _, s := range []string{"", "Tech on the net", "aaaa", "阿里云阿里云", "abab"} {
		for _, sub := range []string{"", "e", "aa", "云", "ab", "zz"} {
			for start := int64(-6); start <= 7; start++ {
				for nth := int64(1); nth <= 3; nth++ {
					got, err := instr(s, sub, start, nth)
					if want := instrNaive(s, sub, start, nth); err != nil || got != want {
						t.Errorf("instr(%q, %q, %d, %d) = %d, %v; want %d", s, sub, start, nth, got, err, want)
					}
				}
			}
		}
	}
}

// mustCompile compiles a MaxCompute pattern as the functions do.
func mustCompile(t testing.TB, p string) regexcompat.Regexp {
	t.Helper()
	re, err := regexcompat.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	return re
}

// TestBacktrackingReplace runs REGEXP_REPLACE's helpers on patterns only
// the backtracking engine matches, in both replacement syntaxes.
func TestBacktrackingReplace(t *testing.T) {
	tests := []struct {
		pat, src, rep string
		hive          bool
		occurrence    int64
		want          string
	}{
		{`(\w)\1`, "aabbc", `<\1>`, false, 0, "<a><b>c"},
		{`(\w)\1`, "aabbc", `<\1>`, false, 2, "aa<b>c"},
		{`(?<c>\w)\k<c>`, "xxy", `${c}$1`, true, 0, "xxy"},
		{`(\d)(?=(\d{3})+$)`, "1234567", `$1,`, true, 0, "1,234,567"},
		{`(?<=a)b`, "abab", `\0\0`, false, 0, "abbabb"},
		{`a++`, "aaa-a", "X", false, 0, "X-X"},
		{`(?!)`, "abc", "X", false, 0, "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.pat, func(t *testing.T) {
			re := mustCompile(t, tt.pat)
			if !re.Backtracking() {
				t.Fatalf("%q runs on RE2", tt.pat)
			}
			rep, err := translateReplacement(tt.rep, re, tt.hive)
			if err != nil {
				t.Fatal(err)
			}
			got, err := replaceMatches(re, tt.src, &rep, tt.occurrence)
			if err != nil || got != tt.want {
				t.Fatalf("replaceMatches = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
