//go:build linux || darwin

package main

import (
	"bytes"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// ptyShell is a REPL running on a real pseudo-terminal: the test types
// keys on the master side and reads what the terminal shows.
type ptyShell struct {
	t      *testing.T
	master *os.File
	tty    *os.File
	done   chan int
	mu     sync.Mutex
	out    bytes.Buffer // everything the terminal showed
	seen   int          // how much of out expect has consumed
	update chan struct{}
	// readDone is closed when the master side has nothing more to read.
	readDone chan struct{}
}

// ptyTimeout bounds every wait: a broken shell fails the test, never hangs it.
const ptyTimeout = 10 * time.Second

func startShell(t *testing.T, home string) *ptyShell {
	t.Helper()
	return startShellWith(t, func(tty *os.File) int {
		session := eval.NewSession(eval.Config{
			Registry: functions.NewRegistry(), Stdout: tty, Stderr: tty,
			Now: func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }, Location: time.UTC,
		})
		return runREPL(tty, tty, tty, home, session, replOptions{project: "demo"})
	})
}

// startShellWith runs shell on a new pseudo-terminal: a function that runs
// the shell on the terminal it is given and returns its exit status.
func startShellWith(t *testing.T, shell func(tty *os.File) int) *ptyShell {
	t.Helper()
	master, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("open pty: %v", err)
	}
	if err := pty.Setsize(master, &pty.Winsize{Rows: 50, Cols: 200}); err != nil {
		t.Fatalf("set pty size: %v", err)
	}
	s := &ptyShell{t: t, master: master, tty: tty, done: make(chan int, 1), update: make(chan struct{}, 1), readDone: make(chan struct{})}
	go s.read()
	go func() { s.done <- shell(tty) }()
	t.Cleanup(func() {
		master.Close()
		tty.Close()
	})
	return s
}

func (s *ptyShell) read() {
	defer close(s.readDone)
	buf := make([]byte, 4096)
	for {
		n, err := s.master.Read(buf)
		if n > 0 {
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			select {
			case s.update <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// expect waits until the terminal shows want after what was already
// expected, and returns what it showed up to the end of want.
func (s *ptyShell) expect(want string) string {
	s.t.Helper()
	deadline := time.After(ptyTimeout)
	for {
		s.mu.Lock()
		out := s.out.String()[s.seen:]
		s.mu.Unlock()
		if i := strings.Index(out, want); i >= 0 {
			s.seen += i + len(want)
			return out[:i+len(want)]
		}
		select {
		case <-s.update:
		case <-deadline:
			s.t.Fatalf("the terminal did not show %q; it showed %q", want, out)
		}
	}
}

func (s *ptyShell) send(keys string) {
	s.t.Helper()
	if _, err := s.master.Write([]byte(keys)); err != nil {
		s.t.Fatalf("type %q: %v", keys, err)
	}
}

// exitStatus waits for the shell to end.
func (s *ptyShell) exitStatus() int {
	s.t.Helper()
	select {
	case code := <-s.done:
		return code
	case <-time.After(ptyTimeout):
		s.t.Fatal("the shell did not exit")
	}
	return -1
}

// finish waits for the shell to exit and returns its status and the
// final screen.
func (s *ptyShell) finish() (int, string) {
	s.t.Helper()
	code := s.exitStatus()
	// With the slave closed, the master reads what is left, then fails.
	s.tty.Close()
	select {
	case <-s.readDone:
	case <-time.After(ptyTimeout):
		s.t.Fatal("the terminal output did not end")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return code, screen(s.out.String())
}

const (
	ready     = "demo>  \b" // an empty prompt, as readline draws it
	contReady = "    >  \b" // an empty continuation prompt
)

// step is what a user types, then what the terminal shows when the shell
// is ready for more.
type step struct{ keys, wait string }

// TestREPLTerminal drives the shell through a real pseudo-terminal with
// the keys a user types: Enter is \r, Tab \t, Ctrl-C \x03, Ctrl-D \x04,
// the up arrow \x1b[A; it compares the whole screen at the end.
//
// Keys typed while a statement runs would meet a terminal out of raw mode,
// so each step waits for the next empty prompt, which readline draws as
// the prompt, a blank and a backspace: no redraw of a typed line shows it.
func TestREPLTerminal(t *testing.T) {
	tests := []struct {
		name   string
		steps  []step
		screen string
	}{
		{"multi-line statement", []step{
			{"select 1 +\r", contReady},
			{"  2 as three;\r", ready},
		}, "demo> select 1 +\n    >   2 as three;\n" + result("three", "3")},
		{"completion of a function", []step{
			{"select unhe\t", "demo> select unhex"},
			{"('616263') as s;\r", ready},
		}, "demo> select unhex('616263') as s;\n" + result("s", "abc")},
		{"completion of a variable", []step{
			{"@answer_to_all := 41;\r", ready},
			{"select @answ\t", "demo> select @answer_to_all"},
			{" + 1 as a;\r", ready},
		}, "demo> @answer_to_all := 41;\ndemo> select @answer_to_all + 1 as a;\n" + result("a", "42")},
		{"ctrl-c on a partial statement", []step{
			{"select 1 +\r", contReady},
			{"2\x03", ready},
			{"select 5 as five;\r", ready},
		}, "demo> select 1 +\n    > 2^C\ndemo> select 5 as five;\n" + result("five", "5")},
		{"an error, then a working statement with the state intact", []step{
			{"@x := 'kept';\r", ready},
			{"select nosuch(1);\r", ready},
			{"select @x as x;\r", ready},
		}, "demo> @x := 'kept';\ndemo> select nosuch(1);\n" +
			"FAILED: ODPS-0130071:[1,8] Semantic analysis exception - function nosuch cannot be resolved\n" +
			"demo> select @x as x;\n" + result("x", "kept")},
		{"an IF block runs at an empty line", []step{
			{"IF (1 < 2) BEGIN\r", contReady},
			{"select 'yes' as y;\r", contReady},
			{"END\r", ifPrompt + " \b"}, // the prompt says why nothing runs yet
			{"\r", ready},
		}, "demo> IF (1 < 2) BEGIN\n    > select 'yes' as y;\n    > END\n" + ifPrompt + "\n" + result("y", "yes")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := startShell(t, t.TempDir())
			s.expect(ready)
			for _, st := range tt.steps {
				s.send(st.keys)
				s.expect(st.wait)
			}
			s.send("\x04")
			code, got := s.finish()
			want := tt.screen + "demo> ^D\n"
			if code != exitOK || got != want {
				t.Errorf("exit status %d, screen:\n%q\nwant status 0, screen:\n%q", code, got, want)
			}
		})
	}
}

// run types the steps, waiting for the prompt first.
func (s *ptyShell) run(steps ...step) {
	s.t.Helper()
	s.expect(ready)
	for _, st := range steps {
		s.send(st.keys)
		s.expect(st.wait)
	}
}

// TestREPLHistory recalls a multi-line statement as one entry with the up
// arrow, in the session that typed it and in the next one, from the
// history file.
func TestREPLHistory(t *testing.T) {
	home := filepath.Join(t.TempDir(), "home") // created by the shell
	ab := "+------------+------------+\n| x          | y          | \n+------------+------------+\n" +
		"| a          | b          | \n+------------+------------+\n"
	joined := "select 'a' as x, 'b' as y;"

	first := startShell(t, home)
	first.run(
		step{"select 'a' as x,\r", contReady},
		step{"  'b' as y;\r", ready},
		step{"\x1b[A", "demo> " + joined},
		step{"\r", ready},
		step{"\x04", "^D"},
	)
	code, got := first.finish()
	want := "demo> select 'a' as x,\n    >   'b' as y;\n" + ab + "demo> " + joined + "\n" + ab + "demo> ^D\n"
	if code != exitOK || got != want {
		t.Errorf("first session: status %d, screen:\n%q\nwant status 0, screen:\n%q", code, got, want)
	}
	checkHistoryFile(t, home, joined+"\n", true)

	second := startShell(t, home)
	second.run(
		step{"\x1b[A", "demo> " + joined},
		step{"\x03", ready},
		step{"\x04", "^D"},
	)
	code, got = second.finish()
	want = "demo> " + joined + "^C\ndemo> ^D\n"
	if code != exitOK || got != want {
		t.Errorf("second session: status %d, screen:\n%q\nwant status 0, screen:\n%q", code, got, want)
	}
}

// TestREPLHistoryRecallOnContinuation recalls an entry on the second line
// of a statement: the history then holds the whole statement, not the
// recalled line.
func TestREPLHistoryRecallOnContinuation(t *testing.T) {
	home := t.TempDir()
	s := startShell(t, home)
	s.run(
		step{"select 7 as n;\r", ready},
		step{"select 10 +\r", contReady},
		step{"\x1b[A", "    > select 7 as n;"},
		step{"\r", ready},
		step{"\x1b[A", "demo> select 10 + select 7 as n;"},
		step{"\x03", ready},
		step{"quit;\r", "quit;"},
	)
	code, got := s.finish()
	want := "demo> select 7 as n;\n" + result("n", "7") +
		"demo> select 10 +\n    > select 7 as n;\n" +
		"FAILED: ODPS-0130161:[2,1] Parse exception - unexpected 'select', expected an expression\n" +
		"demo> select 10 + select 7 as n;^C\ndemo> quit;\n"
	if code != exitOK || got != want {
		t.Errorf("status %d, screen:\n%q\nwant status 0, screen:\n%q", code, got, want)
	}
	checkHistoryFile(t, home, "select 7 as n;\nselect 10 + select 7 as n;\nquit;\n", false)
}

// checkHistoryFile compares the history file with want, and checks that
// it is private, as is a home directory the shell created.
func checkHistoryFile(t *testing.T, home, want string, createdHome bool) {
	t.Helper()
	path := filepath.Join(home, "history")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("history file: %v", err)
	}
	if string(b) != want {
		t.Errorf("history file holds %q, want %q", b, want)
	}
	checkMode(t, path, 0o600)
	if createdHome {
		checkMode(t, home, 0o700)
	}
}

// TestREPLHistoryMasksKeyMaterial types key material as a user would (a
// keyset pasted as hex, keyset JSON over several lines, a plaintext being
// encrypted, a credential SET): the up arrow recalls it as typed in the
// same session, and runs it; the history file holds none of it, only the
// statements with their literals masked, which the next session recalls
// and which fail to parse at the marker rather than run.
func TestREPLHistoryMasksKeyMaterial(t *testing.T) {
	home := t.TempDir()
	jsonLines := strings.Split(docKeysetJSON, `\n`)
	encrypt := "select cast(enhanced_sym_decrypt(@ks, enhanced_sym_encrypt(@ks, '13900001234')) as string) as p;"
	setSecret := "set my.access_key_secret=" + akSecret + ";"

	first := startShell(t, home)
	first.expect(ready)
	first.send("@ks := unhex('" + docKeysetHex + "');\r")
	first.expect(ready)
	first.send("select keyset_to_json(keyset_from_json('" + jsonLines[0] + "\r")
	for _, line := range jsonLines[1 : len(jsonLines)-1] {
		first.expect(contReady)
		first.send(line + "\r")
	}
	first.expect(contReady)
	first.send(jsonLines[len(jsonLines)-1] + "')) = keyset_to_json(@ks) as same;\r")
	first.expect("| true ")
	first.run(
		step{encrypt + "\r", "| 13900001234 |"},
		step{setSecret + "\r", ready},
		step{"\x1b[A", "demo> " + setSecret},
		step{"\x1b[A", "demo> " + encrypt},
		step{"\r", "| 13900001234 |"},
	)
	first.expect(ready)
	first.send("\x04")
	if code, _ := first.finish(); code != exitOK {
		t.Errorf("first session: exit status %d", code)
	}
	masked := "select cast(enhanced_sym_decrypt(@ks, enhanced_sym_encrypt(@ks, <masked: 13 bytes>)) as string) as p;"
	checkHistoryFile(t, home, "@ks := unhex(<masked: 218 bytes>);\n"+
		"select keyset_to_json(keyset_from_json("+marker(len(docKeysetJSON)+2)+")) = keyset_to_json(@ks) as same;\n"+
		masked+"\n"+masked+"\n", false)
	b, err := os.ReadFile(filepath.Join(home, "history"))
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{docKeysetHex, docKeyHex, docKeyBase64, "Jqj7ESbf", "13900001234", akSecret, "access_key_secret"} {
		if strings.Contains(strings.ToUpper(string(b)), strings.ToUpper(secret)) {
			t.Errorf("the history file holds %q", secret)
		}
	}

	second := startShell(t, home)
	second.run(
		step{"\x1b[A", "demo> " + masked},
		step{"\r", "FAILED: ODPS-0130161:[1,65] Parse exception - unexpected '<', expected an expression"},
	)
	second.expect(ready)
	second.send("\x04")
	if code, _ := second.finish(); code != exitOK {
		t.Errorf("second session: exit status %d", code)
	}
}

// TestREPLHistoryOff: with MCSQL_HISTORY=off mcsql neither reads nor
// writes the history file, and the up arrow still recalls the session's
// own statements.
func TestREPLHistoryOff(t *testing.T) {
	home := t.TempDir()
	path := filepath.Join(home, "history")
	old := "select 'old' as o;\n"
	if err := os.WriteFile(path, []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	d := deps{rand: rand.Reader, now: time.Now, getenv: func(k string) string {
		switch k {
		case "MCSQL_HOME":
			return home
		case "MCSQL_HISTORY":
			return "off"
		}
		return ""
	}}
	s := startShellWith(t, func(tty *os.File) int {
		return run([]string{"--project", "demo", "--warehouse", ":memory:"}, tty, tty, tty, d)
	})
	s.run(
		step{"select 'new' as n;\r", ready},
		step{"\x1b[A", "demo> select 'new' as n;"},
		step{"\x1b[A", "\a"}, // the bell: no older entry, the file was not read
		step{"\r", "| new "},
	)
	s.expect(ready)
	s.send("\x04")
	code, screen := s.finish()
	if code != exitOK || strings.Contains(screen, "old") {
		t.Errorf("status %d, screen:\n%s\nwant status 0 and no old entry", code, screen)
	}
	checkHistoryFile(t, home, old, false)
}
