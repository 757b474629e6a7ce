package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The README's commands are run by TestREADMECommands. The convention, also
// stated in an HTML comment at the top of the README's quick start:
//
//   - A fenced block tagged sh holds commands a reader copies. Without `$ `
//     lines, the whole block runs as one `sh -e` script (so a variable set on
//     one line is seen by the next) and must exit 0.
//   - A sh block with `$ ` lines is a transcript: each `$ ` line (with its
//     `\` continuation lines) is a command, the lines under it up to the
//     next `$ ` line are its output (stdout and stderr together, compared
//     with trailing spaces ignored), and it must exit 0, or N when the
//     command ends with the comment `# exit N`.
//   - Blocks tagged otherwise (sql, text, none) are not run; their mcsql
//     lines are logged as not run. A go command in one of them is an
//     error: a reader copies it, so it belongs in a sh block.

// readmePath is the README, relative to this package.
const readmePath = "../../README.md"

// readmeInstall is the README's install command; running it is how the
// test gets the mcsql that the other commands find on PATH.
const readmeInstall = "go install ./cmd/mcsql"

// readmeNotRun lists the README commands that the test recognizes and does
// not run, with the reason. Each must still be in the README (the test
// fails on a stale entry), so nothing is skipped silently.
var readmeNotRun = map[string]string{
	"go vet ./... && go test ./...": "runs the whole test suite, this test included; CI runs it through .ci/run",
}

// readmeBlock is one fenced block of the README.
type readmeBlock struct {
	line  int    // the line of the opening fence, 1-based
	info  string // the fence's info string: sh, sql, text or empty
	lines []string
}

// readmeBlocks returns the README's fenced blocks.
func readmeBlocks(text string) []readmeBlock {
	var blocks []readmeBlock
	var cur *readmeBlock
	for i, line := range strings.Split(text, "\n") {
		switch {
		case cur == nil && strings.HasPrefix(line, "```"):
			cur = &readmeBlock{line: i + 1, info: strings.TrimSpace(strings.TrimPrefix(line, "```"))}
		case cur != nil && strings.TrimSpace(line) == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.lines = append(cur.lines, line)
		}
	}
	return blocks
}

// readmeCommand is one command of a sh block.
type readmeCommand struct {
	line   int    // its first line in the README
	text   string // the command as written, continuation lines included
	output string // transcripts: the output shown under it
	exit   int    // the documented exit status
}

var exitComment = regexp.MustCompile(`#\s*exit\s+(\d+)\s*$`)

// transcript splits a sh block with `$ ` lines into its commands.
func (b readmeBlock) transcript() []readmeCommand {
	var cmds []readmeCommand
	continued := false
	for i, line := range b.lines {
		switch {
		case strings.HasPrefix(line, "$ "):
			cmds = append(cmds, readmeCommand{line: b.line + 1 + i, text: strings.TrimPrefix(line, "$ ")})
		case continued:
			cmds[len(cmds)-1].text += "\n" + line
		case len(cmds) > 0:
			cmds[len(cmds)-1].output += strings.TrimRight(line, " \t") + "\n"
		}
		continued = len(cmds) > 0 && strings.HasSuffix(line, "\\") && (continued || strings.HasPrefix(line, "$ "))
	}
	for i := range cmds {
		if m := exitComment.FindStringSubmatch(cmds[i].text); m != nil {
			cmds[i].exit, _ = strconv.Atoi(m[1])
		}
		cmds[i].output = strings.TrimRight(cmds[i].output, "\n")
	}
	return cmds
}

// isTranscript reports whether the block shows `$ ` commands and output.
func (b readmeBlock) isTranscript() bool {
	for _, line := range b.lines {
		if strings.HasPrefix(line, "$ ") {
			return true
		}
	}
	return false
}

// TestREADMECommands runs every command of the README's sh blocks, in
// order, as a reader in a fresh clone would: in the repository's root,
// with a fresh empty HOME (so mcsql's home, ~/.mcsql, is new too) and no
// MCSQL_* variables, with the mcsql on PATH being the one the README's own
// `go install ./cmd/mcsql` built from this tree (GOBIN points into a
// temporary directory; the build cache is warm, so it takes seconds).
// Commands listed in readmeNotRun are logged, not run. The commands must
// leave the repository as they found it.
func TestREADMECommands(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the README's commands are POSIX shell commands")
	}
	src, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	env := readmeEnv(t)
	before := snapshotTree(t, root)
	seen := map[string]bool{}
	for _, b := range readmeBlocks(string(src)) {
		if b.info != "sh" {
			checkNotRunBlock(t, b)
			continue
		}
		checkInsideClone(t, b)
		if b.isTranscript() {
			for _, c := range b.transcript() {
				seen[c.text] = true
				runTranscriptCommand(t, root, env, c)
			}
			continue
		}
		runScriptBlock(t, root, env, b, seen)
	}
	if !seen[readmeInstall] {
		t.Errorf("the README must say how to get an mcsql command: %q in a sh block", readmeInstall)
	}
	for cmd := range readmeNotRun {
		if !seen[cmd] {
			t.Errorf("readmeNotRun lists %q, which no sh block of the README holds any more", cmd)
		}
	}
	if after := snapshotTree(t, root); after != before {
		t.Errorf("the README's commands changed files in the repository:\n%s", diffLines(before, after))
	}
}

// checkNotRunBlock fails on a go command outside a sh block: a reader
// copies it, so it must be run by the test. The mcsql lines of such blocks
// (synopses, interactive sessions, commands that need Alibaba Cloud or a
// running emulator) are logged as not run.
func checkNotRunBlock(t *testing.T, b readmeBlock) {
	t.Helper()
	for i, line := range b.lines {
		cmd := strings.TrimPrefix(line, "$ ")
		switch {
		case strings.HasPrefix(cmd, "go "):
			t.Errorf("README line %d: %q is in a ```%s block; commands a reader copies go in ```sh blocks, which this test runs", b.line+1+i, cmd, b.info)
		case strings.HasPrefix(cmd, "mcsql "):
			t.Logf("README line %d: not run: %s (a ```%s block: a synopsis or an illustration)", b.line+1+i, cmd, b.info)
		}
	}
}

// checkInsideClone fails on a sh command that reaches outside the
// repository (`../`): a fresh clone has nothing there, even where a
// developer's checkout happens to (the documentation's copies in
// ../shared/examples).
func checkInsideClone(t *testing.T, b readmeBlock) {
	t.Helper()
	for i, line := range b.lines {
		if strings.Contains(line, "../") {
			t.Errorf("README line %d: %q reaches outside the repository, which a fresh clone does not have", b.line+1+i, line)
		}
	}
}

// runScriptBlock runs a sh block without transcript as one script, minus
// the commands of readmeNotRun (logged with their reason).
func runScriptBlock(t *testing.T, root string, env []string, b readmeBlock, seen map[string]bool) {
	t.Helper()
	var script []string
	for i, line := range b.lines {
		cmd := strings.TrimSpace(line)
		seen[cmd] = true
		if why, ok := readmeNotRun[cmd]; ok {
			t.Logf("README line %d: not run: %s (%s)", b.line+1+i, cmd, why)
			continue
		}
		script = append(script, line)
	}
	text := strings.Join(script, "\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	out, code := runShell(t, root, env, text)
	if code != 0 {
		t.Errorf("README block at line %d exited %d:\n%s\n--- output:\n%s", b.line, code, text, out)
	}
}

// runTranscriptCommand runs one `$ ` command and compares its output and
// exit status with the README's.
func runTranscriptCommand(t *testing.T, root string, env []string, c readmeCommand) {
	t.Helper()
	if why, ok := readmeNotRun[c.text]; ok {
		t.Logf("README line %d: not run: %s (%s)", c.line, c.text, why)
		return
	}
	out, code := runShell(t, root, env, c.text)
	if code != c.exit {
		t.Errorf("README line %d: %s\nexited %d, the README says %d; output:\n%s", c.line, c.text, code, c.exit, out)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		got = append(got, strings.TrimRight(line, " \t"))
	}
	if g := strings.Join(got, "\n"); g != c.output {
		t.Errorf("README line %d: %s\n--- output:\n%s\n--- the README shows:\n%s", c.line, c.text, g, c.output)
	}
}

// runShell runs text with sh -e in dir and returns its combined output and
// exit status.
func runShell(t *testing.T, dir string, env []string, text string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-e", "-c", text)
	cmd.Dir = dir
	cmd.Env = env
	cmd.WaitDelay = 10 * time.Second
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s: timed out after 3 minutes; output:\n%s", text, out.String())
	}
	if err != nil && cmd.ProcessState == nil {
		t.Fatalf("%s: %v", text, err)
	}
	return out.String(), cmd.ProcessState.ExitCode()
}

// readmeEnv is a new user's environment: a fresh HOME and TMPDIR, no
// MCSQL_* variables, GOBIN in a temporary directory that comes first on
// PATH, and no other mcsql on PATH. The Go caches stay the real ones (a
// fresh HOME would otherwise move them), and the network is off: a command
// that would download something fails instead of waiting.
func readmeEnv(t *testing.T) []string {
	t.Helper()
	goEnv := map[string]string{}
	for _, name := range []string{"GOCACHE", "GOMODCACHE", "GOPATH"} {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		goEnv[name] = strings.TrimSpace(string(out))
	}
	bin := t.TempDir()
	env := []string{
		"HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(), "GOBIN=" + bin,
		"GOPROXY=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=readonly",
		"PATH=" + bin + string(os.PathListSeparator) + pathWithoutMcsql(os.Getenv("PATH")),
	}
	for k, v := range goEnv {
		env = append(env, k+"="+v)
	}
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "MCSQL_"), strings.HasPrefix(name, "GO"), strings.HasPrefix(name, "ALIBABA_CLOUD_"),
			name == "HOME", name == "TMPDIR", name == "PATH":
		default:
			env = append(env, kv)
		}
	}
	return env
}

// pathWithoutMcsql drops the PATH directories holding an mcsql, so that
// only the one the README's install command builds is found.
func pathWithoutMcsql(path string) string {
	var keep []string
	for _, dir := range filepath.SplitList(path) {
		if _, err := os.Stat(filepath.Join(dir, "mcsql")); err == nil {
			continue
		}
		keep = append(keep, dir)
	}
	return strings.Join(keep, string(os.PathListSeparator))
}

// snapshotTree lists every file under root but .git, with its size and
// modification time, one per line.
func snapshotTree(t *testing.T, root string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == ".git" {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if !d.IsDir() {
			fmt.Fprintf(&b, "%s %d %d\n", path, info.Size(), info.ModTime().UnixNano())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// diffLines returns the lines of after that are not in before and the
// reverse, marked + and -.
func diffLines(before, after string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	b, a := in(before), in(after)
	var out []string
	for l := range a {
		if !b[l] {
			out = append(out, "+ "+l)
		}
	}
	for l := range b {
		if !a[l] {
			out = append(out, "- "+l)
		}
	}
	return strings.Join(out, "\n")
}
