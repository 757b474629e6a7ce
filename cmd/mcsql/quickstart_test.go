package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestQuickstart runs the README's quick start twice in one mcsql home, as
// a reader who runs it again does, and checks that both runs succeed, that
// every result column has a name saying what it shows (none of the unnamed
// _c0, _c1, ...), and that the user's default warehouse holds no table
// afterwards.
func TestQuickstart(t *testing.T) {
	home := t.TempDir()
	for i := 0; i < 2; i++ {
		var stdout, stderr bytes.Buffer
		code := run([]string{"-f", scriptsDir + "/quickstart.sql"}, strings.NewReader(""), &stdout, &stderr, testDepsIn(t, home))
		if code != 0 {
			t.Fatalf("run %d: exit status %d: %s", i+1, code, stderr.String())
		}
		if strings.Contains(stdout.String(), "| _c") {
			t.Errorf("run %d: a result column has no name:\n%s", i+1, stdout.String())
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-M", "-e", "show tables;"}, strings.NewReader(""), &stdout, &stderr, testDepsIn(t, home)); code != 0 {
		t.Fatalf("show tables: exit status %d: %s", code, stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("the quick start left tables in the default warehouse:\n%s", stdout.String())
	}
}
