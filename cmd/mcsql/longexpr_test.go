package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// repeatJoin returns n copies of term joined by sep.
func repeatJoin(term, sep string, n int) string {
	var b strings.Builder
	b.Grow(n * (len(term) + len(sep)))
	for i := range n {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(term)
	}
	return b.String()
}

// TestLongFlatExpressions runs the flat chains that used to end in "fatal
// error: stack overflow" (the compiler recursed once per operator of a
// left-deep chain), at the sizes that crashed: each is now refused by the
// parser with ODPS-0130161, the same error under --check as in a run.
// Before the fix this test took the whole test binary down.
func TestLongFlatExpressions(t *testing.T) {
	ors := make([]string, 1_000_000)
	for i := range ors {
		ors[i] = fmt.Sprintf("a = %d", i)
	}
	cases := []struct{ name, sql string }{
		{"1,000,000 terms of +", "select " + repeatJoin("1", "+", 1_000_000) + ";"},
		{"750,000 ANDs", "select " + repeatJoin("true", " and ", 750_001) + ";"},
		{"1,000,000 ORs in WHERE", "create table t(a bigint);\nselect * from t where " + strings.Join(ors, " or ") + ";"},
	}
	want := fmt.Sprintf("Parse exception - expression has more than %d operators; split it", 100_000)
	for _, c := range cases {
		for _, mode := range [][]string{nil, {"--check"}} {
			t.Run(c.name+strings.Join(mode, ""), func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				args := append(append([]string(nil), mode...), "-e", c.sql)
				code := run(args, strings.NewReader(""), &stdout, &stderr, testDeps(t))
				if code != 1 {
					t.Errorf("exit status %d, want 1", code)
				}
				if got := stderr.String(); !strings.HasPrefix(got, "FAILED: ODPS-0130161:[") || !strings.Contains(got, want) {
					t.Errorf("stderr %.300q, want an ODPS-0130161 error containing %q", got, want)
				}
				if stdout.Len() > 0 {
					t.Errorf("stdout should be empty, got %.300q", stdout.String())
				}
			})
		}
	}
}

// TestLongestFlatExpression runs a chain at the limit, 100,000 operators:
// it must still compile and run (the limit is not what keeps the walkers
// from overflowing by a thin margin), under --check and in a run.
func TestLongestFlatExpression(t *testing.T) {
	sql := "select " + repeatJoin("1", "+", 100_001) + " as s;"
	for _, mode := range [][]string{nil, {"--check"}} {
		var stdout, stderr bytes.Buffer
		args := append(append([]string(nil), mode...), "-M", "-e", sql)
		if code := run(args, strings.NewReader(""), &stdout, &stderr, testDeps(t)); code != 0 {
			t.Fatalf("%v: exit status %d, stderr %.300q", mode, code, stderr.String())
		}
		if mode == nil && stdout.String() != "s\n100001\n" {
			t.Errorf("stdout %q, want the sum 100001", stdout.String())
		}
	}
}
