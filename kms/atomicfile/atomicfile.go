// Package atomicfile replaces files atomically without replacing what is
// not a file of ours: a symbolic link is followed, so the file it points to
// is replaced in its own directory and the link stays a link, and the
// temporary file is locked while it is written, so a temporary file left
// by a killed process can be told apart from one being written and removed
// by the next writer (Sweep).
//
// It imports only the standard library and x/sys, so both cmd/mcsql
// (tunnel downloads) and kms/local (the key store) may use it without
// kms/local depending on eval. It lives under kms/ because the design card
// fixes the repository's top level, and the key store is its first user.
package atomicfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// maxLinks bounds the symbolic links Resolve follows, as the kernel's
// ELOOP does.
const maxLinks = 40

// Resolve follows the symbolic links at path until it names something that
// is not a link or does not exist (a dangling link resolves to the path it
// points to, so the first write creates the file there).
func Resolve(path string) (string, error) {
	for range maxLinks {
		info, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", &fs.PathError{Op: "resolve", Path: path, Err: errors.New("too many levels of symbolic links")}
}

// TempPrefix is how the temporary files replacing the file named base
// begin: "." + base + ".tmp-", followed by random hex digits.
func TempPrefix(base string) string { return "." + base + ".tmp-" }

// Temp is a temporary file beside the file it will replace, locked for as
// long as it is open.
type Temp struct {
	*os.File
	target string
	// Rename replaces the target; os.Rename unless a test sabotages it.
	Rename func(oldpath, newpath string) error
}

// Create opens a new temporary file beside target (which must already be
// resolved) with permissions perm (less the umask), locked so that Sweep
// leaves it alone.
func Create(target string, perm fs.FileMode) (*Temp, error) {
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	for {
		var r [8]byte
		rand.Read(r[:])
		name := filepath.Join(dir, TempPrefix(base)+hex.EncodeToString(r[:]))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := lock(f, true); err != nil {
			f.Close()
			os.Remove(name)
			return nil, err
		}
		// A Sweep may have locked and removed the file between its
		// creation and our lock: then the name is gone, and we try again.
		if sameFile(f, name) {
			return &Temp{File: f, target: target, Rename: os.Rename}, nil
		}
		f.Close()
	}
}

// Commit syncs the temporary file, renames it over the target while still
// holding its lock (so no Sweep can take it first), closes it and syncs
// the directory so the rename survives a crash. On failure the target is
// unchanged and the temporary file removed.
func (t *Temp) Commit() error {
	name := t.Name()
	if err := t.Sync(); err != nil {
		t.Abort()
		return err
	}
	if err := t.Rename(name, t.target); err != nil {
		t.Abort()
		return err
	}
	if err := t.Close(); err != nil {
		return err
	}
	syncDir(filepath.Dir(t.target))
	return nil
}

// Abort removes the temporary file and closes it; the target is untouched.
func (t *Temp) Abort() {
	os.Remove(t.Name())
	t.Close()
}

// Sweep removes the temporary files beside target (resolved) that a
// crashed or killed writer left: those named TempPrefix(base) and
// something, that are regular files and that nobody holds locked. It
// returns how many it removed. Off Unix, where there is no lock to tell,
// it removes nothing.
func Sweep(target string) (int, error) {
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, err
	}
	removed := 0
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), TempPrefix(base)) || !e.Type().IsRegular() {
			continue
		}
		if sweepOne(filepath.Join(dir, e.Name())) {
			removed++
		}
	}
	return removed, nil
}

// HasTemps reports whether there are temporary files beside target
// (resolved), whether abandoned or being written: a cheap look before
// taking a lock to Sweep.
func HasTemps(target string) bool {
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), TempPrefix(base)) {
			return true
		}
	}
	return false
}

// sweepOne removes name if no writer holds it locked. It removes it while
// holding the lock itself, after checking the name still is the file it
// locked, so a writer never loses a file it is writing.
func sweepOne(name string) bool {
	if !canLock {
		return false
	}
	f, err := os.OpenFile(name, os.O_RDONLY|noFollow, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if lock(f, false) != nil || !sameFile(f, name) {
		return false
	}
	return os.Remove(name) == nil
}

// sameFile reports whether name still names the open file f.
func sameFile(f *os.File, name string) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Lstat(name)
	return err == nil && os.SameFile(a, b)
}

// syncDir flushes a directory entry. Some file systems cannot sync a
// directory; the data itself is already synced, so that is not an error.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	d.Close()
}

// Direct reports whether a target that already exists must be written in
// place rather than replaced: a character device (/dev/stdout, a
// terminal) or a FIFO (a pipe a reader waits on). Replacing those by a
// regular file would take them away from whoever uses them. Any other
// non-regular file (a directory, a socket, a block device) is refused
// with an error naming it.
func Direct(info fs.FileInfo) (bool, error) {
	switch m := info.Mode(); {
	case m.IsRegular():
		return false, nil
	case m&(fs.ModeCharDevice|fs.ModeNamedPipe) != 0:
		return true, nil
	case m.IsDir():
		return false, errors.New("is a directory")
	default:
		return false, fmt.Errorf("is not a regular file (%s)", m.Type())
	}
}
