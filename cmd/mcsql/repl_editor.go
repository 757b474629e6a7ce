package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/chzyer/readline"
)

// lineEditor is what the REPL loop needs of a line editor: readline on a
// terminal, a scripted editor in tests.
type lineEditor interface {
	// ReadLine shows prompt and returns the line typed, without its line
	// break: errInterrupted when Ctrl-C cancels it, io.EOF at Ctrl-D on an
	// empty line or at the end of the input.
	ReadLine(prompt string) (string, error)
	// AddHistory records a whole statement, to be recalled as one entry.
	AddHistory(entry string)
	// Close gives the terminal back.
	Close() error
}

// errInterrupted is ReadLine's error when Ctrl-C cancels the input.
var errInterrupted = errors.New("input interrupted")

// historyLimit is how many statements the history keeps.
const historyLimit = 1000

// readlineEditor is the lineEditor of a terminal, on chzyer/readline.
type readlineEditor struct {
	rl     *readline.Instance
	stderr io.Writer
	// history is the history file ("" when it cannot be kept); readline's
	// own file would split a multi-line entry into lines.
	history string
	entries int
	last    string // the last entry: a repeated statement is kept once
}

var _ lineEditor = (*readlineEditor)(nil)

// newReadlineEditor sets readline up on stdin and stdout, loads the
// history file and completes with ac. Prompts and echo go to stdout, or
// to stderr when only stderr is a terminal (mcsql > results.txt).
func newReadlineEditor(stdin io.Reader, stdout, stderr io.Writer, history string, ac readline.AutoCompleter) (*readlineEditor, error) {
	out := stdout
	if !isTTY(stdout) && isTTY(stderr) {
		out = stderr
	}
	raw := rawMode(stdin)
	rl, err := readline.NewEx(&readline.Config{
		Stdin:        io.NopCloser(stdin),
		Stdout:       out,
		Stderr:       stderr,
		AutoComplete: ac,
		HistoryLimit: historyLimit,
		// The REPL records whole statements itself, not each line.
		DisableAutoSaveHistory: true,
		FuncIsTerminal:         func() bool { return isTTY(stdin) && isTTY(out) },
		FuncMakeRaw:            raw.enter,
		FuncExitRaw:            raw.exit,
		FuncGetWidth:           func() int { return terminalWidth(out) },
	})
	if err != nil {
		return nil, err
	}
	e := &readlineEditor{rl: rl, stderr: stderr, history: history}
	e.loadHistory()
	return e, nil
}

// ReadLine implements lineEditor.
func (e *readlineEditor) ReadLine(prompt string) (string, error) {
	e.rl.SetPrompt(prompt)
	line, err := e.rl.Readline()
	if errors.Is(err, readline.ErrInterrupt) {
		return "", errInterrupted
	}
	return line, err
}

// AddHistory implements lineEditor: the entry goes to readline's memory
// as typed, so that the up arrow recalls it runnable for the rest of the
// session (it is on the screen already), and to the history file as
// maskHistory keeps it: key material never reaches the disk.
func (e *readlineEditor) AddHistory(entry string) {
	if entry == "" {
		return
	}
	if e.entries > 0 {
		// After an entry was recalled (up arrow) and Enter pressed,
		// readline's history cursor stays on that entry, and SaveHistory
		// would store the recalled line instead of entry; saving an empty
		// entry first only moves the cursor back to the end.
		_ = e.rl.SaveHistory("")
	}
	if entry == e.last {
		return
	}
	_ = e.rl.SaveHistory(entry) // readline has no file: no error to report
	e.entries++
	e.last = entry
	if e.history == "" {
		return
	}
	kept, ok := maskHistory(entry)
	if !ok {
		return
	}
	if err := appendHistory(e.history, kept); err != nil {
		fmt.Fprintf(e.stderr, "mcsql: the history is not kept: %v\n", err)
		e.history = ""
	}
}

func (e *readlineEditor) loadHistory() {
	if e.history == "" {
		return
	}
	entries, masked, err := loadHistory(e.history, historyLimit)
	if err != nil {
		fmt.Fprintf(e.stderr, "mcsql: the history is not kept: %v\n", err)
		e.history = ""
		return
	}
	if masked > 0 {
		fmt.Fprintf(e.stderr, "mcsql: masked key material in the history file %s (%d entries)\n", e.history, masked)
	}
	for _, entry := range entries {
		if e.entries > 0 {
			_ = e.rl.SaveHistory("")
		}
		_ = e.rl.SaveHistory(entry)
		e.entries++
		e.last = entry
	}
}

// Close implements lineEditor.
func (e *readlineEditor) Close() error { return e.rl.Close() }

// terminalFD reports whether f is a terminal.
func terminalFD(f *os.File) bool { return readline.IsTerminal(int(f.Fd())) }

// terminalWidth is the width of the terminal w, or 80 when w is not one.
func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && terminalFD(f) {
		if cols, _, err := readline.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	return 80
}

// rawTerminal switches the terminal on stdin to raw mode and back; on
// anything else both are no-ops. readline's default would use the process's
// standard input, whatever stdin the shell was given.
type rawTerminal struct {
	fd    int
	state *readline.State
}

func rawMode(stdin io.Reader) *rawTerminal {
	if f, ok := stdin.(*os.File); ok && terminalFD(f) {
		return &rawTerminal{fd: int(f.Fd())}
	}
	return &rawTerminal{fd: -1}
}

func (t *rawTerminal) enter() error {
	if t.fd < 0 {
		return nil
	}
	state, err := readline.MakeRaw(t.fd)
	if err != nil {
		return err
	}
	t.state = state
	return nil
}

func (t *rawTerminal) exit() error {
	if t.state == nil {
		return nil
	}
	state := t.state
	t.state = nil
	return readline.Restore(t.fd, state)
}
