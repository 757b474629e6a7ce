//go:build unix

package local

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSymlinkedStore: a key store path that is a symbolic link (a store
// kept in a backed-up vault) stays a link; the file it points to receives
// the keys, with mode 0600, and no temporary file is left in either place.
func TestSymlinkedStore(t *testing.T) {
	home, vault := t.TempDir(), t.TempDir()
	real := filepath.Join(vault, "keystore.json")
	link := filepath.Join(home, "keystore.json")
	if err := os.Symlink(real, link); err != nil { // dangling until the first write
		t.Fatal(err)
	}
	s := NewStore(link, Options{Rand: &countingReader{}, Now: (&fakeClock{t: epoch}).Now})
	for range 2 { // the first write creates the file, the second replaces it
		if _, err := s.CreateKey(t.Context(), "cn-hangzhou", "1", ""); err != nil {
			t.Fatal(err)
		}
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", info.Mode(), err)
	}
	info, err := os.Stat(real)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the vault's store: %v, %v; want mode 0600", info, err)
	}
	keys, err := NewStore(real, Options{}).ListKeys(t.Context())
	if err != nil || len(keys) != 2 {
		t.Fatalf("the vault's store holds %d keys (%v), want 2", len(keys), err)
	}
	if left := append(tempFiles(t, real), tempFiles(t, link)...); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

// TestSweepLeftovers: temporary copies of the store a killed writer left
// (each a full copy of every key) are removed on the next use, whether it
// reads or writes, and a notice says so without any key material.
func TestSweepLeftovers(t *testing.T) {
	for _, first := range []string{"read", "write"} {
		t.Run(first, func(t *testing.T) {
			s, _ := newTestStore(t)
			if _, err := s.CreateKey(t.Context(), "cn-hangzhou", "1", ""); err != nil {
				t.Fatal(err)
			}
			secret := readFile(t, s.Path())
			dir := filepath.Dir(s.Path())
			// One named as the old writer named them, one as the new.
			for _, name := range []string{".keystore.json.tmp-1234567", ".keystore.json.tmp-0123456789abcdef"} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(secret), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			var notice bytes.Buffer
			s2 := NewStore(s.Path(), Options{Notice: &notice})
			var err error
			if first == "read" {
				_, err = s2.ListKeys(t.Context())
			} else {
				_, err = s2.CreateKey(t.Context(), "cn-hangzhou", "1", "")
			}
			if err != nil {
				t.Fatal(err)
			}
			if left := tempFiles(t, s.Path()); len(left) != 0 {
				t.Fatalf("temporary files left: %v", left)
			}
			want := "mcsql: removed 2 temporary copies of key store " + s.Path() + " left by an interrupted write\n"
			if notice.String() != want {
				t.Fatalf("notice %q, want %q", notice.String(), want)
			}
			if strings.Contains(notice.String(), "Material") {
				t.Fatal("the notice shows key material")
			}
		})
	}
}
