package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestExamplesInThrowawayWarehouses checks what the README says about
// running the documentation's examples one after the other: in one default
// warehouse the second example that creates mf_user_info fails on it, and
// with --warehouse :memory: each run starts empty, so an example runs
// again and enhanced_sym_wrapped.sql gets as far as its MaxCompute-wrapped
// keyset.
func TestExamplesInThrowawayWarehouses(t *testing.T) {
	home := t.TempDir()
	example := func(args ...string) (int, string) {
		var stdout, stderr bytes.Buffer
		code := run(args, strings.NewReader(""), &stdout, &stderr, testDepsIn(t, home))
		return code, stderr.String()
	}
	const basic = scriptsDir + "/examples/enhanced_sym_basic.sql"
	const wrapped = scriptsDir + "/examples/enhanced_sym_wrapped.sql"
	if code, stderr := example("-f", basic); code != 0 {
		t.Fatalf("enhanced_sym_basic.sql: exit status %d: %s", code, stderr)
	}
	if code, stderr := example("-f", wrapped); code != exitSQL || !strings.Contains(stderr, "Table or view already exists") {
		t.Errorf("enhanced_sym_wrapped.sql after enhanced_sym_basic.sql in one warehouse: exit status %d, stderr:\n%s\nwant mf_user_info to exist already", code, stderr)
	}
	for i := 0; i < 2; i++ {
		if code, stderr := example("--warehouse", ":memory:", "-f", basic); code != 0 {
			t.Fatalf("enhanced_sym_basic.sql in :memory:, run %d: exit status %d: %s", i+1, code, stderr)
		}
	}
	code, stderr := example("--warehouse", ":memory:", "-f", wrapped)
	if code != exitSQL || !strings.Contains(stderr, "Forbidden.KeyNotFound") || strings.Contains(stderr, "already exists") {
		t.Errorf("enhanced_sym_wrapped.sql in :memory:: exit status %d, stderr:\n%s\nwant it to stop at the MaxCompute-wrapped keyset", code, stderr)
	}
}
