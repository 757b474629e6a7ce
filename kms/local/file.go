package local

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/mcsql/mcsql/kms/atomicfile"
)

// recoverHint ends every error about a store that cannot be used: the file
// is never overwritten, so the user must act.
const recoverHint = "mcsql has not changed it; it holds the CMKs your wrapped keysets need, " +
	"so restore it from a backup, or move it aside to start an empty store " +
	"(keysets wrapped with its CMKs will then no longer decrypt)"

// read loads the store without locking: writers replace the file by an
// atomic rename, so a reader sees a whole store, old or new. A missing
// file is an empty store (it is created on the first write).
func (s *Store) read() (*storeFile, error) {
	s.sweep()
	data, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return &storeFile{Format: storeFormat}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read key store %s: %w; %s", s.path, unwrapPathError(err), recoverHint)
	}
	sf, err := decodeStore(data)
	if err != nil {
		return nil, fmt.Errorf("key store %s is corrupt: %w; %s", s.path, err, recoverHint)
	}
	return sf, nil
}

// unwrapPathError drops the path that os errors repeat.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// update is every change to the store: under the store's lock, re-read
// the file (another process may have changed it), drop expired CMKs, let
// change modify it, and replace the file atomically. Nothing is written
// when change fails or the store cannot be read. A symbolic link at the
// store's path is followed: the file it points to is replaced, in its own
// directory, and locked there, so the link keeps pointing at the live
// store.
func (s *Store) update(change func(*storeFile) error) error {
	s.sweepOnce.Do(func() {}) // this update sweeps itself, under its lock
	target, err := atomicfile.Resolve(s.path)
	if err != nil {
		return fmt.Errorf("cannot write key store %s: %w", s.path, unwrapPathError(err))
	}
	if err := os.MkdirAll(filepath.Dir(target), 0o700); err != nil {
		return fmt.Errorf("cannot create the key store directory: %w", err)
	}
	unlock, err := lockFile(target + ".lock")
	if err != nil {
		return fmt.Errorf("cannot lock key store %s: %w", s.path, err)
	}
	defer unlock()
	s.sweepLocked(target)
	sf, err := s.read()
	if err != nil {
		return err
	}
	sf.purgeExpired(s.clock())
	if err := change(sf); err != nil {
		return err
	}
	data, err := encodeStore(sf)
	if err != nil {
		return err
	}
	return s.writeAtomic(target, data)
}

// writeAtomic replaces the store's file target by data: a locked
// temporary file in the same directory (so the rename stays on one file
// system), written, synced and renamed over the store, then the directory
// synced so the rename itself survives a crash. On any failure the old
// store is left as it was.
func (s *Store) writeAtomic(target string, data []byte) error {
	tmp, err := atomicfile.Create(target, 0o600)
	if err != nil {
		return fmt.Errorf("cannot write key store %s: %w", s.path, err)
	}
	tmp.Rename = s.hooks.rename
	fail := func(err error) error {
		tmp.Abort()
		return fmt.Errorf("cannot write key store %s (it is unchanged): %w", s.path, err)
	}
	if err := tmp.Chmod(0o600); err != nil {
		return fail(err)
	}
	if err := s.hooks.write(tmp.File, data); err != nil {
		return fail(err)
	}
	if err := tmp.Commit(); err != nil {
		return fmt.Errorf("cannot write key store %s (it is unchanged): %w", s.path, err)
	}
	return nil
}

// sweep removes, once per Store (its first use), the temporary copies of
// the store a killed writer left: each holds every key. It looks without
// the lock, and takes the lock only when there is something to remove, so
// readers do not wait for writers in the usual case.
func (s *Store) sweep() {
	s.sweepOnce.Do(func() {
		target, err := atomicfile.Resolve(s.path)
		if err != nil {
			return
		}
		if !atomicfile.HasTemps(target) {
			return
		}
		unlock, err := lockFile(target + ".lock")
		if err != nil {
			return // a store we cannot lock we cannot clean either
		}
		defer unlock()
		s.sweepLocked(target)
	})
}

// sweepLocked removes leftover temporary copies of the store at target
// and says so. The caller holds the store's lock, so no writer is writing
// one; atomicfile.Sweep checks each is unlocked all the same.
func (s *Store) sweepLocked(target string) {
	n, err := atomicfile.Sweep(target)
	if err != nil || n == 0 || s.notice == nil {
		return
	}
	fmt.Fprintf(s.notice, "mcsql: removed %d temporary copies of key store %s left by an interrupted write\n", n, s.path)
}

// fileHooks are the file operations tests replace to simulate failures.
type fileHooks struct {
	write  func(f *os.File, data []byte) error
	rename func(oldpath, newpath string) error
}

func defaultHooks() fileHooks {
	return fileHooks{
		write: func(f *os.File, data []byte) error {
			_, err := f.Write(data)
			return err
		},
		rename: os.Rename,
	}
}
