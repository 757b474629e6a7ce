//go:build unix

package atomicfile

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestResolve follows a chain of relative and absolute links, also to a
// file that does not exist yet.
func TestResolve(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "sub", "real")
	if err := os.Mkdir(filepath.Dir(real), 0o700); err != nil {
		t.Fatal(err)
	}
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.Symlink("sub/real", b); err != nil { // dangling, relative
		t.Fatal(err)
	}
	if err := os.Symlink(b, a); err != nil {
		t.Fatal(err)
	}
	if got, err := Resolve(a); err != nil || got != real {
		t.Fatalf("Resolve = %q, %v; want %q", got, err, real)
	}
	loop := filepath.Join(dir, "loop")
	if err := os.Symlink("loop", loop); err != nil {
		t.Fatal(err)
	}
	if _, err := Resolve(loop); err == nil {
		t.Fatal("a link to itself resolved")
	}
}

// TestSweepKeepsLocked: Sweep removes an abandoned temporary file but not
// one a live writer holds locked, nor files that merely look alike.
func TestSweepKeepsLocked(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.csv")
	live, err := Create(target, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer live.Abort()
	stale := filepath.Join(dir, TempPrefix("out.csv")+"00")
	other := filepath.Join(dir, ".other.csv.tmp-00")
	for _, p := range []string{stale, other} {
		if err := os.WriteFile(p, []byte("rows"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// A stale file a sweeper holds locked is someone's: also kept.
	held := filepath.Join(dir, TempPrefix("out.csv")+"11")
	if err := os.WriteFile(held, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(held)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	n, err := Sweep(target)
	if err != nil || n != 1 {
		t.Fatalf("Sweep = %d, %v; want 1", n, err)
	}
	if _, err := os.Lstat(stale); !os.IsNotExist(err) {
		t.Errorf("the abandoned file is still there: %v", err)
	}
	for _, p := range []string{live.Name(), held, other} {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s was removed: %v", p, err)
		}
	}
	if _, err := live.WriteString("data"); err != nil {
		t.Fatal(err)
	}
	if err := live.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "data" {
		t.Fatalf("target holds %q after Commit", got)
	}
}

// modeInfo is a FileInfo of a given mode: a device node cannot be made
// safely in a test (a broken build run as root would replace /dev/null).
type modeInfo fs.FileMode

func (m modeInfo) Name() string       { return "x" }
func (m modeInfo) Size() int64        { return 0 }
func (m modeInfo) Mode() fs.FileMode  { return fs.FileMode(m) }
func (m modeInfo) ModTime() time.Time { return time.Time{} }
func (m modeInfo) IsDir() bool        { return fs.FileMode(m).IsDir() }
func (m modeInfo) Sys() any           { return nil }

// TestDirect: devices and FIFOs are written in place, regular files
// replaced, anything else refused.
func TestDirect(t *testing.T) {
	cases := []struct {
		mode   fs.FileMode
		direct bool
		err    string
	}{
		{0o644, false, ""},
		{fs.ModeDevice | fs.ModeCharDevice | 0o666, true, ""},
		{fs.ModeNamedPipe | 0o600, true, ""},
		{fs.ModeDir | 0o700, false, "is a directory"},
		{fs.ModeSocket | 0o600, false, "is not a regular file (S---------)"},
		{fs.ModeDevice | 0o600, false, "is not a regular file (D---------)"},
	}
	for _, c := range cases {
		direct, err := Direct(modeInfo(c.mode))
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if direct != c.direct || msg != c.err {
			t.Errorf("Direct(%v) = %v, %q; want %v, %q", c.mode, direct, msg, c.direct, c.err)
		}
	}
}
