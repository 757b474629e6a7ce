package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestHugeUserTextInErrors runs scripts whose error quotes a 10 MB
// identifier or literal (issue 11: a 100 MB identifier put 100 MB on
// stderr). 10 MB rather than 100 MB keeps the test near a second; the bound
// does not depend on the size. The run must fail with a small stderr that
// still names the text by its prefix and length.
func TestHugeUserTextInErrors(t *testing.T) {
	const n = 10 << 20
	huge := strings.Repeat("a", n)
	for _, c := range []struct{ name, sql, want string }{
		{"column", "select " + huge + ";",
			"column aaaaaaaa"},
		{"function", "select " + huge + "(1);",
			"function aaaaaaaa"},
		{"table", "select * from " + huge + ";",
			"table default.aaaaaaaa"},
		{"cast literal", "select cast('" + huge + "' as int);",
			"value 'aaaaaaaa"},
		{"unexpected token", "select 1 from t " + huge + " " + huge + ";",
			"unexpected 'aaaaaaaa"},
		{"literal full of spaces", "select cast('" + strings.Repeat("a ", n/2) + "' as int);",
			"value 'a a a a"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run([]string{"-e", c.sql}, strings.NewReader(""), &stdout, &stderr, testDepsIn(t, t.TempDir()))
			msg := stderr.String()
			if code == 0 {
				t.Errorf("exit 0, want a failure")
			}
			if len(msg) >= 1024 {
				t.Fatalf("stderr is %d bytes, want under 1 KB; it starts %q", len(msg), msg[:200])
			}
			if !strings.HasPrefix(msg, "FAILED: ODPS-") || !strings.Contains(msg, c.want) {
				t.Errorf("stderr %q, want a FAILED: ODPS- error containing %q", msg, c.want)
			}
			if !strings.Contains(msg, "...") {
				t.Errorf("stderr %q does not show the text was shortened", msg)
			}
		})
	}
}
