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
