package local

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// countingReader yields 0, 1, 2, ... 251, 0, ...: ids made from it are
// predictable (byte b gives alphabet[b%36]), so tests assert exact values.
type countingReader struct {
	mu   sync.Mutex
	next byte
}

func (r *countingReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range p {
		p[i] = r.next
		r.next = (r.next + 1) % 252
	}
	return len(p), nil
}

// fakeClock is an adjustable clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

var epoch = time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)

// newTestStore returns a store in a fresh directory (not created yet) with
// predictable randomness and an adjustable clock.
func newTestStore(t *testing.T) (*Store, *fakeClock) {
	t.Helper()
	clock := &fakeClock{t: epoch}
	path := filepath.Join(t.TempDir(), "home", "kms", "keystore.json")
	return NewStore(path, Options{Rand: &countingReader{}, Now: clock.Now}), clock
}

// wantErr checks an error's exact text and KMS code ("" for a plain error).
func wantErr(t *testing.T, err error, code, text string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s", text)
	}
	if err.Error() != text {
		t.Fatalf("error:\n got %s\nwant %s", err, text)
	}
	if got := kms.CodeOf(err); got != code {
		t.Fatalf("code %q, want %q", got, code)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// tempFiles lists leftovers of atomic writes next to the store.
func tempFiles(t *testing.T, path string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			out = append(out, e.Name())
		}
	}
	return out
}
