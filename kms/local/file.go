package local

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
// when change fails or the store cannot be read.
func (s *Store) update(change func(*storeFile) error) error {
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("cannot create the key store directory: %w", err)
	}
	unlock, err := lockFile(s.path + ".lock")
	if err != nil {
		return fmt.Errorf("cannot lock key store %s: %w", s.path, err)
	}
	defer unlock()
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
	return s.writeAtomic(data)
}

// writeAtomic replaces the store by data: a temporary file in the same
// directory (so the rename stays on one file system), written, synced and
// renamed over the store, then the directory synced so the rename itself
// survives a crash. On any failure the old store is left as it was.
func (s *Store) writeAtomic(data []byte) error {
	dir := filepath.Dir(s.path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(s.path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write key store %s: %w", s.path, err)
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return fmt.Errorf("cannot write key store %s (it is unchanged): %w", s.path, err)
	}
	if err := tmp.Chmod(0o600); err != nil {
		return fail(err)
	}
	if err := s.hooks.write(tmp, data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := s.hooks.rename(name, s.path); err != nil {
		os.Remove(name)
		return fmt.Errorf("cannot write key store %s (it is unchanged): %w", s.path, err)
	}
	syncDir(dir)
	return nil
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
