package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/parser"
)

// exitInterrupted is the status after a second Ctrl-C while a statement
// runs: 128 + SIGINT, as shells report a process killed by Ctrl-C.
const exitInterrupted = 130

// replOptions configure the interactive shell.
type replOptions struct {
	// project is shown in the prompt, as odpscmd does; "default" if empty.
	project string
	// currentProject, when set, names the project after each statement
	// (USE changes it), and the prompt follows it.
	currentProject func() string
	// defines are the -D placeholders, applied to every statement.
	defines map[string]string
	// source gives the completer tables and columns; nil until a warehouse
	// is wired in.
	source completionSource
	// noHistory keeps no history file (MCSQL_HISTORY=off): the up arrow
	// recalls this session's statements only.
	noHistory bool
	// banner is the line printed (on stderr) when the shell starts.
	banner string
}

// historyOff reports whether $MCSQL_HISTORY (value) turns the history
// file off: off, 0, false or no, in any case. Another value is warned
// about and also turns it off: whoever set it meant to change something,
// and keeping no history is the safe reading.
func historyOff(value string, stderr io.Writer) bool {
	switch strings.ToLower(strings.TrimSpace(value)) {
	case "", "on", "1", "true", "yes":
		return false
	case "off", "0", "false", "no":
		return true
	}
	fmt.Fprintf(stderr, "mcsql: MCSQL_HISTORY=%q is neither on nor off; no history file is kept\n", parser.ShortText(value))
	return true
}

// runREPL runs the interactive shell on a terminal: statements are read
// with line editing, completion and history (home/history, with key
// material masked, unless opts.noHistory), and run one by
// one in session, which keeps variables, flags and tables between them. It
// returns the exit status: 0 at Ctrl-D or quit, whatever failed before; 130
// after a second Ctrl-C during a statement; 2 when the terminal fails.
func runREPL(stdin io.Reader, stdout, stderr io.Writer, home string, session *eval.Session, opts replOptions) int {
	history := ""
	if !opts.noHistory {
		history = historyPath(home, stderr)
	}
	ed, err := newReadlineEditor(stdin, stdout, stderr, history, newCompleter(session, opts.source))
	if err != nil {
		fmt.Fprintf(stderr, "mcsql: cannot start the interactive shell: %v\n", err)
		return exitUsage
	}
	defer ed.Close()
	// On a terminal in raw mode Ctrl-C is a key that readline reads; while a
	// statement runs the terminal is not raw and Ctrl-C is SIGINT, which
	// must not kill the session.
	interrupts := make(chan os.Signal, 1)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	r := newREPL(ed, session, stdout, stderr, opts)
	r.interrupts = interrupts
	if opts.banner != "" {
		fmt.Fprintln(stderr, opts.banner)
	}
	return r.loop()
}

// isTTY reports whether f is a terminal, by its termios rather than by
// being a character device (/dev/null is one too); run starts the REPL
// only when standard input is one.
func isTTY(f any) bool {
	file, ok := f.(*os.File)
	return ok && terminalFD(file)
}

// historyPath creates home (0700) and returns the history file in it, or
// "" with a warning when home cannot be created: the shell still works.
func historyPath(home string, stderr io.Writer) string {
	if err := os.MkdirAll(home, 0o700); err != nil {
		fmt.Fprintf(stderr, "mcsql: the history is not kept: %v\n", err)
		return ""
	}
	return filepath.Join(home, "history")
}

// repl is the shell's loop over a line editor, apart from readline so that
// tests can drive it with a scripted editor.
type repl struct {
	ed      lineEditor
	session *eval.Session
	stdout  io.Writer
	stderr  io.Writer
	defines map[string]string
	prompt  string // "project> "
	cont    string // as wide, for the lines of an unfinished statement
	// project, when set, gives the current project for the prompt.
	project func() string
	// exec runs one statement; ctx is cancelled at Ctrl-C. It is
	// session.RunContext, and is replaced in tests; cancellable says
	// whether it honours ctx.
	exec        func(ctx context.Context, src string) error
	cancellable bool
	// interrupts delivers Ctrl-C while a statement runs (SIGINT).
	interrupts <-chan os.Signal
	// buf is the unfinished statement typed so far.
	buf string
}

func newREPL(ed lineEditor, session *eval.Session, stdout, stderr io.Writer, opts replOptions) *repl {
	project := opts.project
	if project == "" {
		project = "default"
	}
	r := &repl{
		ed: ed, session: session, stdout: stdout, stderr: stderr, defines: opts.defines,
		project:     opts.currentProject,
		exec:        session.RunContext,
		cancellable: true,
	}
	r.setPrompt(project)
	return r
}

// setPrompt shows project in the prompt, as odpscmd does.
func (r *repl) setPrompt(project string) {
	r.prompt = project + "> "
	r.cont = strings.Repeat(" ", len([]rune(project))) + "> "
}

// errQuit ends the loop: quit, exit, q.
var errQuit = errors.New("quit")

// errKilled ends the loop at a second Ctrl-C during a statement.
var errKilled = errors.New("interrupted")

// loop reads and runs statements until Ctrl-D or quit.
func (r *repl) loop() int {
	for {
		if r.project != nil {
			r.setPrompt(r.project())
		}
		prompt := r.prompt
		switch {
		case r.buf != "" && ifWaitsForElse(r.buf):
			prompt = ifPrompt
		case r.buf != "":
			prompt = r.cont
		}
		line, err := r.ed.ReadLine(prompt)
		switch {
		case errors.Is(err, errInterrupted):
			r.buf = "" // Ctrl-C drops the unfinished statement
			continue
		case errors.Is(err, io.EOF):
			return exitOK
		case err != nil:
			fmt.Fprintf(r.stderr, "mcsql: %v\n", err)
			return exitUsage
		}
		switch err := r.feed(line); {
		case errors.Is(err, errQuit):
			return exitOK
		case errors.Is(err, errKilled):
			return exitInterrupted
		}
	}
}

// feed adds a line to the statement being typed and runs the statements it
// completes. A blank line also ends an IF statement that could still have
// taken an ELSE, as Python's prompt ends a block.
func (r *repl) feed(line string) error {
	if r.buf == "" && !strings.Contains(line, ";") { // a bare command
		if cmd, ok := parseCommand(line); ok {
			r.ed.AddHistory(strings.TrimSpace(line))
			return r.command(cmd)
		}
	}
	r.buf += line + "\n"
	split := parser.Split
	if strings.TrimSpace(line) == "" {
		split = parser.SplitFinal
	}
	stmts, rest := split(r.buf)
	r.buf = rest
	for _, st := range stmts {
		r.ed.AddHistory(parser.JoinLines(st))
		if err := r.statement(st); err != nil {
			r.buf = ""
			return err
		}
	}
	return nil
}

// statement runs a shell command or a SQL statement; an SQL error is
// printed and the session goes on.
func (r *repl) statement(st string) error {
	if cmd, ok := parseCommand(st); ok {
		return r.command(cmd)
	}
	err := r.run(parser.Substitute(st, r.defines))
	if errors.Is(err, errKilled) {
		return err
	}
	if err != nil {
		fmt.Fprintf(r.stderr, "FAILED: %v\n", err)
	}
	return nil
}

// run executes src while watching for Ctrl-C: the first cancels the
// statement's context, a second one leaves mcsql. The statement runs in its
// own goroutine only so that the signals can be watched; the session is
// never used by two goroutines at once.
func (r *repl) run(src string) error {
	select { // a Ctrl-C from before the statement is not for it
	case <-r.interrupts:
	default:
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- r.exec(ctx, src) }()
	for {
		select {
		case err := <-done:
			return err
		case <-r.interrupts:
			if ctx.Err() != nil {
				fmt.Fprintln(r.stderr, "mcsql: interrupted")
				return errKilled
			}
			cancel()
			if r.cancellable {
				fmt.Fprintln(r.stderr, "mcsql: cancelling the statement (press Ctrl-C again to quit mcsql)")
			} else {
				fmt.Fprintln(r.stderr, "mcsql: a running statement cannot be cancelled yet; it goes on (press Ctrl-C again to quit mcsql)")
			}
		}
	}
}

// shellCommand is one of the shell's own commands.
type shellCommand struct {
	name string   // quit or help
	args []string // help's function names
}

// parseCommand recognizes quit, q, exit, help and help <name>..., with or
// without a ';' (odpscmd wants one; no SQL statement starts with these
// words, so a bare one is unambiguous).
func parseCommand(text string) (shellCommand, bool) {
	text = strings.TrimSpace(text)
	text = strings.TrimSpace(strings.TrimSuffix(text, ";"))
	words := strings.Fields(text)
	if len(words) == 0 {
		return shellCommand{}, false
	}
	switch strings.ToLower(words[0]) {
	case "quit", "q", "exit":
		if len(words) == 1 {
			return shellCommand{name: "quit"}, true
		}
	case "help":
		return shellCommand{name: "help", args: words[1:]}, true
	}
	return shellCommand{}, false
}

func (r *repl) command(cmd shellCommand) error {
	if cmd.name == "quit" {
		return errQuit
	}
	reg := r.session.Registry()
	if len(cmd.args) == 0 {
		printHelp(r.stdout, reg)
		return nil
	}
	for _, name := range cmd.args {
		printFunctionHelp(r.stdout, r.stderr, reg, name)
	}
	return nil
}
