//go:build unix

package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// tunnelScript runs one script on a fresh memory warehouse holding the
// table users with two rows, and returns its exit code and stderr.
func tunnelScript(t *testing.T, download string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	sql := "create table users (id bigint, name string);" +
		"insert into users values (1, 'bob'), (2, 'kate');" + download
	code := run([]string{"-M", "-e", sql}, strings.NewReader(""), &stdout, &stderr, testDeps(t))
	return code, stderr.String()
}

const usersCSV = "1,bob\n2,kate\n"

// TestDownloadFollowsSymlink: a download to a symbolic link replaces the
// file it points to (in its own directory) and leaves the link a link.
func TestDownloadFollowsSymlink(t *testing.T) {
	dir, vault := t.TempDir(), t.TempDir()
	real := filepath.Join(vault, "real.csv")
	if err := os.WriteFile(real, []byte("old\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "out.csv")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if code, errs := tunnelScript(t, "tunnel download users '"+link+"';"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", info.Mode(), err)
	}
	got, err := os.ReadFile(real)
	if err != nil || string(got) != usersCSV {
		t.Fatalf("the linked file holds %q (%v), want %q", got, err, usersCSV)
	}
	if info, _ := os.Stat(real); info.Mode().Perm() != 0o640 {
		t.Errorf("the replaced file has mode %v, want its old 0640", info.Mode().Perm())
	}
	for _, d := range []string{dir, vault} {
		if entries, _ := os.ReadDir(d); len(entries) != 1 {
			t.Errorf("%s holds %d entries, want 1 (no temporary file left)", d, len(entries))
		}
	}
}

// TestDownloadToFIFO: a FIFO is written in place, so a reader on it gets
// the rows, and it stays a FIFO.
func TestDownloadToFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	read := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo) // blocks until the download opens it
		if err != nil {
			read <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		read <- string(b)
	}()
	if code, errs := tunnelScript(t, "tunnel download users '"+fifo+"';"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// Checked first: a replaced FIFO has no writer, and the reader would
	// wait for ever.
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the FIFO was replaced: %v %v", info.Mode(), err)
	}
	if got := <-read; got != usersCSV {
		t.Fatalf("the reader got %q, want %q", got, usersCSV)
	}
}

// TestDownloadRefusesDirectory: a target that is neither a file, a device
// nor a FIFO is refused with an error naming it.
func TestDownloadRefusesDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	code, errs := tunnelScript(t, "tunnel download users '"+dir+"';")
	if code == 0 || !strings.Contains(errs, "FAILED: ODPS-") || !strings.Contains(errs, "cannot write "+dir+": is a directory") {
		t.Fatalf("exit %d, stderr %q; want a failure saying it is a directory", code, errs)
	}
}

// TestDownloadSweepsStaleTemp: the plaintext rows a killed download left
// in a temporary file beside the target are removed by the next download
// to that target.
func TestDownloadSweepsStaleTemp(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.csv")
	stale := filepath.Join(dir, ".out.csv.tmp-0123456789abcdef")
	if err := os.WriteFile(stale, []byte("1,secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, errs := tunnelScript(t, "tunnel download users '"+out+"';"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if _, err := os.Lstat(stale); !os.IsNotExist(err) {
		t.Fatalf("the stale temporary file is still there: %v", err)
	}
	if got, _ := os.ReadFile(out); string(got) != usersCSV {
		t.Fatalf("downloaded %q, want %q", got, usersCSV)
	}
}
