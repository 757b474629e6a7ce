package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandLine covers the flags, the exit statuses and where each kind
// of output goes.
func TestCommandLine(t *testing.T) {
	script := filepath.Join(t.TempDir(), "s.sql")
	if err := os.WriteFile(script, []byte("select 'from file' as src;"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		stdout   string // substring expected on stdout
		stderr   string // substring expected on stderr
		noStdout bool
	}{
		{name: "exec", args: []string{"-e", "select 1 as one;"}, code: 0, stdout: "| one        | \n"},
		{name: "file", args: []string{"-f", script}, code: 0, stdout: "| from file  | \n"},
		{name: "stdin", stdin: "select 'piped' as p;", code: 0, stdout: "| piped      | \n"},
		{name: "csv", args: []string{"-M", "-e", "select 1 as a, 'x' as b;"}, code: 0, stdout: "a,b\n1,x\n"},
		{name: "define", args: []string{"-D", "who=world", "-e", "select 'hello ${who}' as g;"}, code: 0, stdout: "| hello world | \n"},
		{name: "sql error", args: []string{"-e", "select nosuch();"}, code: 1, stderr: "FAILED: ODPS-0130071:[1,8] Semantic analysis exception - function nosuch cannot be resolved\n", noStdout: true},
		{name: "parse error", args: []string{"-e", "select 1 +;"}, code: 1, stderr: "FAILED: ODPS-0130161:[1,11]", noStdout: true},
		{name: "missing file", args: []string{"-f", "/nonexistent/x.sql"}, code: 2, stderr: "mcsql: cannot read script", noStdout: true},
		{name: "unknown flag", args: []string{"-x"}, code: 2, stderr: "Run 'mcsql --help' for usage.", noStdout: true},
		{name: "bad define", args: []string{"-D", "novalue", "-e", "select 1;"}, code: 2, stderr: "-D needs name=value", noStdout: true},
		{name: "both e and f", args: []string{"-e", "select 1;", "-f", script}, code: 2, stderr: "-e and -f cannot be used together", noStdout: true},
		{name: "stray argument", args: []string{"script.sql"}, code: 2, stderr: "unexpected argument \"script.sql\"", noStdout: true},
		{name: "help", args: []string{"--help"}, code: 0, stdout: "Examples:\n  mcsql -e"},
		{name: "version", args: []string{"--version"}, code: 0, stdout: "mcsql " + version + "\nhome: "},
	}
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
		})
	}
}

// TestHomeDir checks MCSQL_HOME and its default.
func TestHomeDir(t *testing.T) {
	env := map[string]string{"HOME": "/home/u"}
	getenv := func(k string) string { return env[k] }
	if got := homeDir(getenv); got != "/home/u/.mcsql" {
		t.Errorf("default home %q, want /home/u/.mcsql", got)
	}
	env["MCSQL_HOME"] = "/srv/mcsql"
	if got := homeDir(getenv); got != "/srv/mcsql" {
		t.Errorf("home with MCSQL_HOME %q, want /srv/mcsql", got)
	}
}
