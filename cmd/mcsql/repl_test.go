package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// scriptedEditor is a lineEditor that replays lines; a line that is
// errInterruptKey stands for Ctrl-C. It records the prompts it showed and
// the history it was given.
type scriptedEditor struct {
	lines   []string
	prompts []string
	history []string
}

const errInterruptKey = "<ctrl-c>"

func (e *scriptedEditor) ReadLine(prompt string) (string, error) {
	e.prompts = append(e.prompts, prompt)
	if len(e.lines) == 0 {
		return "", io.EOF
	}
	line := e.lines[0]
	e.lines = e.lines[1:]
	if line == errInterruptKey {
		return "", errInterrupted
	}
	return line, nil
}

func (e *scriptedEditor) AddHistory(entry string) { e.history = append(e.history, entry) }
func (e *scriptedEditor) Close() error            { return nil }

// loopRun runs the loop over lines and returns the exit status, stdout,
// stderr and the editor.
func loopRun(t *testing.T, opts replOptions, lines ...string) (int, string, string, *scriptedEditor, *eval.Session) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	session := eval.NewSession(eval.Config{
		Registry: functions.NewRegistry(), Stdout: &stdout, Stderr: &stderr,
		Now: func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }, Location: time.UTC,
	})
	ed := &scriptedEditor{lines: lines}
	code := newREPL(ed, session, &stdout, &stderr, opts).loop()
	return code, stdout.String(), stderr.String(), ed, session
}

// loopTests are sessions of typed lines, with what they print, the
// prompts shown and the history kept.
var loopTests = []struct {
	name    string
	opts    replOptions
	lines   []string
	code    int
	stdout  string
	stderr  string
	prompts []string
	history []string
}{
	{name: "prompts follow the statement",
		lines:   []string{"select", "1 as a", ";", "", "select 2 as b;"},
		stdout:  result("a", "1") + result("b", "2"),
		prompts: []string{"default> ", "       > ", "       > ", "default> ", "default> ", "default> "},
		history: []string{"select 1 as a ;", "select 2 as b;"}},
	{name: "project in the prompt", opts: replOptions{project: "sales_prj"},
		lines:   []string{"select 1 +", "1 as two;"},
		stdout:  result("two", "2"),
		prompts: []string{"sales_prj> ", "         > ", "sales_prj> "},
		history: []string{"select 1 + 1 as two;"}},
	{name: "several statements on a line; an error does not stop the others",
		lines:   []string{"@a := 1; select nosuch(); select @a + 1 as a;"},
		stdout:  result("a", "2"),
		stderr:  "FAILED: ODPS-0130071:[1,8] Semantic analysis exception - function nosuch cannot be resolved\n",
		prompts: []string{"default> ", "default> "},
		history: []string{"@a := 1;", "select nosuch();", "select @a + 1 as a;"}},
	{name: "ctrl-c drops the unfinished statement",
		lines:   []string{"select 1 +", errInterruptKey, "select 3 as c;"},
		stdout:  result("c", "3"),
		prompts: []string{"default> ", "       > ", "default> ", "default> "},
		history: []string{"select 3 as c;"}},
	{name: "ctrl-d drops the unfinished statement",
		lines:   []string{"select 1 +"},
		prompts: []string{"default> ", "       > "}},
	{name: "an IF statement runs at an empty line",
		lines:   []string{"IF (true) select 'then' as t;", "", "select 1 as one;"},
		stdout:  result("t", "then") + result("one", "1"),
		prompts: []string{"default> ", ifPrompt, "default> ", "default> "},
		history: []string{"IF (true) select 'then' as t;", "select 1 as one;"}},
	{name: "an IF statement runs when the next statement starts",
		lines:   []string{"IF (false) BEGIN", "select 1;", "END", "ELSE select 'else' as e;", "select 2 as two;"},
		stdout:  result("e", "else") + result("two", "2"),
		prompts: []string{"default> ", "       > ", "       > ", ifPrompt, "default> ", "default> "},
		history: []string{"IF (false) BEGIN select 1; END ELSE select 'else' as e;", "select 2 as two;"}},
	{name: "an empty line inside a string is kept",
		lines:   []string{"select length('a", "", "b') as n;"},
		stdout:  result("n", "4"),
		prompts: []string{"default> ", "       > ", "       > ", "default> "},
		history: []string{`select length('a\n\nb') as n;`}},
	{name: "variables and flags last",
		lines:   []string{"@v := 'x';", "set odps.sql.type.system.odps2=true;", "select @v as v;"},
		stdout:  result("v", "x"),
		prompts: []string{"default> ", "default> ", "default> ", "default> "},
		history: []string{"@v := 'x';", "set odps.sql.type.system.odps2=true;", "select @v as v;"}},
	{name: "placeholders are replaced", opts: replOptions{defines: map[string]string{"who": "world"}},
		lines:   []string{"select 'hi ${who}' as g;"},
		stdout:  result("g", "hi world"),
		prompts: []string{"default> ", "default> "},
		history: []string{"select 'hi ${who}' as g;"}},
	{name: "comments alone change nothing",
		lines:   []string{"-- a note", "/* another */"},
		prompts: []string{"default> ", "default> ", "default> "}},
}

func TestREPLLoop(t *testing.T) {
	for _, tt := range loopTests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr, ed, _ := loopRun(t, tt.opts, tt.lines...)
			if code != tt.code || stdout != tt.stdout || stderr != tt.stderr {
				t.Errorf("status %d, stdout %q, stderr %q\nwant %d, %q, %q", code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			}
			if !reflect.DeepEqual(ed.prompts, tt.prompts) {
				t.Errorf("prompts %q, want %q", ed.prompts, tt.prompts)
			}
			if !reflect.DeepEqual(ed.history, tt.history) {
				t.Errorf("history %q, want %q", ed.history, tt.history)
			}
		})
	}
}

func TestREPLFlagsLast(t *testing.T) {
	_, _, _, _, session := loopRun(t, replOptions{}, "set odps.sql.type.system.odps2=true;", "select 1;")
	if v, ok := session.Flag("odps.sql.type.system.odps2"); !ok || v != "true" {
		t.Errorf("flag = %q, %v; want \"true\", true", v, ok)
	}
}

func TestREPLQuit(t *testing.T) {
	for _, line := range []string{"quit;", "q;", "exit;", "QUIT", "exit", " q ; ", "select 1 as one; quit; select 2;"} {
		t.Run(line, func(t *testing.T) {
			code, stdout, stderr, ed, _ := loopRun(t, replOptions{}, line, "select 'after quit';")
			wantOut := ""
			if strings.HasPrefix(line, "select") {
				wantOut = result("one", "1")
			}
			if code != exitOK || stdout != wantOut || stderr != "" || len(ed.lines) != 1 {
				t.Errorf("status %d, stdout %q, stderr %q, %d lines unread; want 0, %q, \"\", 1", code, stdout, stderr, len(ed.lines), wantOut)
			}
		})
	}
}

func TestParseCommand(t *testing.T) {
	tests := []struct {
		text string
		cmd  shellCommand
		ok   bool
	}{
		{"quit;", shellCommand{name: "quit"}, true},
		{"Q", shellCommand{name: "quit"}, true},
		{"help;", shellCommand{name: "help", args: []string{}}, true},
		{"HELP hex unhex ;", shellCommand{name: "help", args: []string{"hex", "unhex"}}, true},
		{"quit now;", shellCommand{}, false},
		{"select 1;", shellCommand{}, false},
		{"", shellCommand{}, false},
		{"quitter;", shellCommand{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cmd, ok := parseCommand(tt.text)
			if ok != tt.ok || !reflect.DeepEqual(cmd, tt.cmd) {
				t.Errorf("parseCommand(%q) = %+v, %v; want %+v, %v", tt.text, cmd, ok, tt.cmd, tt.ok)
			}
		})
	}
}

// TestREPLInterruptRunning sends Ctrl-C (SIGINT) while a statement runs:
// the first cancels the statement's context and says whether the statement
// can stop, the session goes on; a second leaves with status 130.
func TestREPLInterruptRunning(t *testing.T) {
	warnCannot := "mcsql: a running statement cannot be cancelled yet; it goes on (press Ctrl-C again to quit mcsql)\n"
	warnCancel := "mcsql: cancelling the statement (press Ctrl-C again to quit mcsql)\n"
	tests := []struct {
		name        string
		cancellable bool
		presses     int
		code        int
		stderr      string
		ran         []string
	}{
		{"once", false, 1, exitOK, warnCannot + "FAILED: stopped\nFAILED: stopped\n", []string{"select 'slow';", "select 'next';"}},
		{"once, cancellable", true, 1, exitOK, warnCancel + "FAILED: stopped\nFAILED: stopped\n", []string{"select 'slow';", "select 'next';"}},
		{"twice", false, 2, exitInterrupted, warnCannot + "mcsql: interrupted\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			session := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Stdout: &stdout})
			ed := &scriptedEditor{lines: []string{"select 'slow';", "select 'next';"}}
			r := newREPL(ed, session, &stdout, &stderr, replOptions{})
			interrupts := make(chan os.Signal)
			r.interrupts, r.cancellable = interrupts, tt.cancellable
			started, release := make(chan context.Context), make(chan struct{})
			var ran []string
			r.exec = func(ctx context.Context, src string) error {
				if src == "select 'slow';" {
					started <- ctx
					<-release
				}
				ran = append(ran, src)
				return errors.New("stopped")
			}
			done := make(chan int, 1)
			go func() { done <- r.loop() }()
			ctx := <-started
			for range tt.presses {
				interrupts <- os.Interrupt // unbuffered: received by the loop
			}
			select {
			case <-ctx.Done():
			case <-time.After(5 * time.Second):
				t.Error("Ctrl-C did not cancel the statement's context")
			}
			close(release)
			var code int
			select {
			case code = <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("the loop did not end")
			}
			if code != tt.code || stderr.String() != tt.stderr {
				t.Errorf("status %d, stderr %q; want %d, %q", code, stderr.String(), tt.code, tt.stderr)
			}
			if tt.presses == 1 && !reflect.DeepEqual(ran, tt.ran) {
				t.Errorf("ran %q, want %q", ran, tt.ran)
			}
		})
	}
}

// result is the odpscmd table of one value in a column named name (both
// at most 10 characters wide).
func result(name, value string) string {
	pad := func(s string) string { return s + strings.Repeat(" ", 10-len(s)) }
	return "+------------+\n| " + pad(name) + " | \n+------------+\n| " + pad(value) + " | \n+------------+\n"
}

func checkMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != want {
		t.Errorf("%s has mode %v, want %v", path, got, want)
	}
}
