package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cliCase is one command line: its arguments, standard input and what it
// must print and return.
type cliCase struct {
	name     string
	args     []string
	stdin    string
	code     int
	stdout   string // substring expected on stdout
	stderr   string // substring expected on stderr
	noStdout bool
	noStderr bool
}

// runCLICases runs each case through run and checks its outputs.
func runCLICases(t *testing.T, cases []cliCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(c.args, strings.NewReader(c.stdin), &stdout, &stderr, testDeps(t))
			if code != c.code {
				t.Errorf("exit status %d, want %d (stderr %q)", code, c.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), c.stdout) {
				t.Errorf("stdout %q does not contain %q", stdout.String(), c.stdout)
			}
			if !strings.Contains(stderr.String(), c.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), c.stderr)
			}
			if c.noStdout && stdout.Len() > 0 {
				t.Errorf("stdout should be empty, got %q", stdout.String())
			}
			if c.noStderr && stderr.Len() > 0 {
				t.Errorf("stderr should be empty, got %q", stderr.String())
			}
		})
	}
}

// writeTemp writes a file in a fresh temporary directory and returns its
// path.
func writeTemp(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestFinalSemicolon: odpscmd adds the ';' the last statement of -e or -f
// lacks, also before a trailing comment; --check agrees.
func TestFinalSemicolon(t *testing.T) {
	noSemi := writeTemp(t, "a.sql", "@a := select 'b' as g;\nselect g from @a\n-- the end\n")
	runCLICases(t, []cliCase{
		{name: "exec", args: []string{"-e", "select 1 as one"}, stdout: "| one        | \n", noStderr: true},
		{name: "exec with comment", args: []string{"-e", "select 1 as one -- done"}, stdout: "| 1          | \n", noStderr: true},
		{name: "file", args: []string{"-f", noSemi}, stdout: "| g          | \n", noStderr: true},
		{name: "check exec", args: []string{"--check", "-e", "select 1"}, stderr: "OK:"},
		{name: "check file", args: []string{"--check", "-f", noSemi}, stderr: "OK:"},
		{name: "inner one still missing", args: []string{"-e", "select 1\nselect 2"}, code: 1,
			stderr: "[2,1] Parse exception - missing ';' at end of statement before 'select'"},
	})
}

// TestSmallCommandLine covers issue 12's smaller command-line items:
// --help on stdout, -f - for standard input, a second -f refused, and a
// BOM that does not shift line 1's columns.
func TestSmallCommandLine(t *testing.T) {
	script := writeTemp(t, "s.sql", "select 'from file' as src;")
	bom := writeTemp(t, "bom.sql", "\uFEFFselect nosuch();")
	runCLICases(t, []cliCase{
		{name: "help on stdout", args: []string{"--help"}, stdout: "Usage: mcsql", noStderr: true},
		{name: "-h", args: []string{"-h"}, stdout: "\nExit status: 0 success", noStderr: true},
		{name: "-f - reads stdin", args: []string{"-f", "-"}, stdin: "select 'piped' as p", stdout: "| piped      | \n", noStderr: true},
		{name: "second -f", args: []string{"-f", script, "-f", script}, code: 2, noStdout: true,
			stderr: "-f given twice: mcsql runs one script"},
		{name: "-s after -f", args: []string{"-f", script, "-s", script}, code: 2, noStdout: true, stderr: "-f given twice"},
		{name: "second -e", args: []string{"-e", "select 1", "-e", "select 2"}, code: 2, noStdout: true, stderr: "-e given twice"},
		{name: "BOM in a file", args: []string{"-f", bom}, code: 1, noStdout: true,
			stderr: "FAILED: ODPS-0130071:[1,8] Semantic analysis exception - function nosuch cannot be resolved\n"},
		{name: "BOM in -e", args: []string{"-e", "\uFEFFselect nosuch();"}, code: 1, noStdout: true, stderr: "FAILED: ODPS-0130071:[1,8]"},
	})
}
