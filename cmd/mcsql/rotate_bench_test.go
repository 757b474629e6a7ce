package main

import (
	"bytes"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/functions/keyset"
)

// rotationScript is issue 11's script: a keyset rotated n times, one
// statement per rotation, then the keyset.
func rotationScript(n int) string {
	var b strings.Builder
	b.WriteString("@k := new_keyset('AES-GCM-256');\n")
	for range n {
		b.WriteString("@k := rotate_keyset(@k, 'AES-GCM-256');\n")
	}
	b.WriteString("select @k as k;\n")
	return b.String()
}

// BenchmarkRotateKeysetScript runs the 3,000-rotation script through the
// command line, as `mcsql -f` does (issue 11, item 7: it took 15 s, each
// rotation decoding, validating and re-encoding every earlier key).
func BenchmarkRotateKeysetScript(b *testing.B) {
	script := rotationScript(3000)
	home := b.TempDir()
	for b.Loop() {
		d := deps{
			rand: rand.NewChaCha8([32]byte{'r', 'o', 't'}),
			now:  func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) },
			getenv: func(k string) string {
				if k == "MCSQL_HOME" {
					return home
				}
				return ""
			},
		}
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-M", "-e", script}, strings.NewReader(""), &stdout, &stderr, d); code != 0 {
			b.Fatalf("exit %d: %s", code, stderr.String())
		}
		bin, err := hex.DecodeString(strings.TrimSpace(strings.TrimPrefix(stdout.String(), "k\n")))
		if err != nil {
			b.Fatal(err)
		}
		if ks, err := keyset.Unmarshal(bin); err != nil || len(ks.Keys) != 3001 {
			b.Fatalf("the rotated keyset does not decode to 3,001 keys: %v", err)
		}
	}
}
