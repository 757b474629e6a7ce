package local

import (
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/mcsql/mcsql/kms"
)

const validKey = `{"id": "key-1", "region": "cn-hangzhou", "account": "1", "description": "", "state": "Enabled",
  "creation_date": "2025-01-01T00:00:00Z", "primary_version": "abcdefghij",
  "versions": [{"id": "abcdefghij", "creation_date": "2025-01-01T00:00:00Z", "material": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="}]}`

// TestCorruptStoreRefused: every call on a store that does not parse
// fails with a message saying so and how to recover, and the file is
// never rewritten.
func TestCorruptStoreRefused(t *testing.T) {
	shortMaterial := base64.StdEncoding.EncodeToString([]byte("secret-material-16b"))
	cases := []struct{ name, content, problem string }{
		{"garbage", "not json at all", "not a key store (invalid JSON at byte 2)"},
		{"empty", "", "not a key store (the JSON is empty or incomplete)"},
		{"truncated", `{"format": 1, "keys": [`, "not a key store (the JSON is empty or incomplete)"},
		{"trailing", `{"format": 1, "keys": []} x`, "not a key store (unexpected data after the JSON object)"},
		{"wrong type", `{"format": "1"}`, "not a key store (format has the wrong JSON type at byte 14)"},
		{"unknown field", `{"format": 1, "kees": []}`, `not a key store (unknown field "kees")`},
		{"no format", `{"keys": []}`, "key store format 0 is not 1 (written by another version of mcsql?)"},
		{"later format", `{"format": 2, "keys": []}`, "key store format 2 is not 1 (written by another version of mcsql?)"},
		{"bad state", `{"format": 1, "keys": [` + strings.Replace(validKey, `"Enabled"`, `"Gone"`, 1) + `]}`,
			`keys[0]: CMK key-1: state "Gone" is not Enabled, Disabled or PendingDeletion`},
		{"pending without date", `{"format": 1, "keys": [` + strings.Replace(validKey, `"Enabled"`, `"PendingDeletion"`, 1) + `]}`,
			`keys[0]: CMK key-1: a deletion date goes with the PendingDeletion state and only with it`},
		{"short material", `{"format": 1, "keys": [` + strings.Replace(validKey, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", shortMaterial, 1) + `]}`,
			`keys[0]: CMK key-1: version abcdefghij: key material is 19 bytes, not 32`},
		{"bad version id", `{"format": 1, "keys": [` + strings.Replace(validKey, `"id": "abcdefghij"`, `"id": "ABC"`, 1) + `]}`,
			`keys[0]: CMK key-1: versions[0]: id "ABC" is not 10 lower-case letters or digits`},
		{"no primary", `{"format": 1, "keys": [` + strings.Replace(validKey, `"primary_version": "abcdefghij"`, `"primary_version": "zzzzzzzzzz"`, 1) + `]}`,
			`keys[0]: CMK key-1: primary version "zzzzzzzzzz" is not one of its versions`},
		{"duplicate", `{"format": 1, "keys": [` + validKey + `, ` + validKey + `]}`, `keys[1]: CMK key-1 is listed twice`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, _ := newTestStore(t)
			if err := os.MkdirAll(filepath.Dir(s.Path()), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(s.Path(), []byte(c.content), 0o600); err != nil {
				t.Fatal(err)
			}
			want := "key store " + s.Path() + " is corrupt: " + c.problem + "; " + recoverHint
			ctx := t.Context()
			_, err := s.CreateKey(ctx, "cn-hangzhou", "1", "")
			wantErr(t, err, "", want)
			_, _, err = s.EnsureKey(ctx, kms.KeyARN{Region: "cn-hangzhou", Account: "1", KeyID: "key-2"}, "")
			wantErr(t, err, "", want)
			_, err = s.ListKeys(ctx)
			wantErr(t, err, "", want)
			_, err = s.Encrypt(ctx, "key-1", []byte("p"), nil)
			wantErr(t, err, "", want)
			if got := readFile(t, s.Path()); got != c.content {
				t.Fatalf("the corrupt store was rewritten: %q", got)
			}
			if strings.Contains(want, shortMaterial) {
				t.Fatal("the error quotes key material")
			}
		})
	}
}

func TestUnreadableStoreRefused(t *testing.T) {
	s, _ := newTestStore(t)
	// A directory where the file should be: unreadable even for root.
	if err := os.MkdirAll(s.Path(), 0o700); err != nil {
		t.Fatal(err)
	}
	_, err := s.CreateKey(t.Context(), "cn-hangzhou", "1", "")
	wantErr(t, err, "", "cannot read key store "+s.Path()+": is a directory; "+recoverHint)
	if info, err := os.Stat(s.Path()); err != nil || !info.IsDir() {
		t.Fatalf("the unreadable store was replaced: %v", err)
	}
}

// TestAtomicWrite: a write or rename that fails leaves the old store as it
// was, and no temporary file behind.
func TestAtomicWrite(t *testing.T) {
	cases := []struct {
		name     string
		sabotage func(*Store)
		cause    string
	}{
		{"write fails", func(s *Store) {
			s.hooks.write = func(f *os.File, data []byte) error {
				f.Write(data[:len(data)/2]) // a partial write, then the failure
				return errors.New("no space left on device")
			}
		}, "no space left on device"},
		{"rename fails", func(s *Store) {
			s.hooks.rename = func(string, string) error { return errors.New("input/output error") }
		}, "input/output error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, _ := newTestStore(t)
			if _, err := s.CreateKey(t.Context(), "cn-hangzhou", "1", "kept"); err != nil {
				t.Fatal(err)
			}
			before := readFile(t, s.Path())
			c.sabotage(s)
			_, err := s.CreateKey(t.Context(), "cn-hangzhou", "1", "lost")
			wantErr(t, err, "", "cannot write key store "+s.Path()+" (it is unchanged): "+c.cause)
			if after := readFile(t, s.Path()); after != before {
				t.Fatalf("the store changed after a failed write:\n%s", after)
			}
			if left := tempFiles(t, s.Path()); len(left) != 0 {
				t.Fatalf("temporary files left: %v", left)
			}
		})
	}
}

// TestConcurrentGoroutines: two stores on one file, each with its own lock
// handle, create 50 keys each; none is lost.
func TestConcurrentGoroutines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kms", "keystore.json")
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for range 2 {
		s := NewStore(path, Options{})
		wg.Go(func() {
			for range 50 {
				if _, err := s.CreateKey(t.Context(), "cn-hangzhou", "1", ""); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	checkKeyCount(t, path, 100)
}

// TestConcurrentProcesses: two processes (this test binary, re-run as a
// helper) create 50 keys each in one store; all 100 are there.
func TestConcurrentProcesses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kms", "keystore.json")
	var cmds []*exec.Cmd
	for range 2 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
		cmd.Env = append(os.Environ(), "MCSQL_KMS_HELPER_STORE="+path, "MCSQL_KMS_HELPER_COUNT=50")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("helper process failed: %v", err)
		}
	}
	checkKeyCount(t, path, 100)
}

// TestHelperProcess is the body of TestConcurrentProcesses's processes; it
// does nothing in a normal test run.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv("MCSQL_KMS_HELPER_STORE")
	if path == "" {
		return
	}
	n, err := strconv.Atoi(os.Getenv("MCSQL_KMS_HELPER_COUNT"))
	if err != nil {
		t.Fatal(err)
	}
	s := NewStore(path, Options{})
	for i := range n {
		if _, err := s.CreateKey(t.Context(), "cn-hangzhou", "1", fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
	}
}

func checkKeyCount(t *testing.T, path string, want int) {
	t.Helper()
	keys, err := NewStore(path, Options{}).ListKeys(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, k := range keys {
		ids[k.KeyID] = true
	}
	if len(keys) != want || len(ids) != want {
		t.Fatalf("%d keys (%d distinct) in the store, want %d", len(keys), len(ids), want)
	}
}
