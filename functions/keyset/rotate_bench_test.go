package keyset

import (
	"crypto/rand"
	"fmt"
	"slices"
	"testing"
)

// bigKeyset returns the binary form of a keyset of n keys, built as
// rotation builds it but without validating and copying the keyset for
// every key, which would make building it quadratic.
func bigKeyset(tb testing.TB, n int) []byte {
	tb.Helper()
	r := rand.Reader
	ks := &Keyset{}
	for len(ks.Keys) < n {
		if _, err := appendGenerated(ks, "AES-GCM-256", "", r, testNow); err != nil {
			tb.Fatal(err)
		}
	}
	return Marshal(ks)
}

// BenchmarkRotate measures one ROTATE_KEYSET as the SQL function runs it:
// decode and validate the binary keyset, rotate, encode. It must grow
// linearly with the keyset size (issue 11: 3,000 rotations took 15 s).
func BenchmarkRotate(b *testing.B) {
	for _, n := range []int{300, 3000} {
		bin := bigKeyset(b, n)
		b.Run(fmt.Sprintf("keys=%d", n), func(b *testing.B) {
			r := rand.Reader
			for b.Loop() {
				ks, err := Unmarshal(bin)
				if err != nil {
					b.Fatal(err)
				}
				out, err := Rotate(ks, "AES-GCM-256", "", r, testNow)
				if err != nil {
					b.Fatal(err)
				}
				_ = Marshal(out)
			}
		})
	}
}

// BenchmarkRotateBinary measures ROTATE_KEYSET as the SQL function runs
// it now, at issue 11's sizes. "remembered" rotates a 3,000-key keyset
// that is the one the previous call returned, as in a script rotating one
// variable: no decoding, a copy. "other" alternates two 3,000-key
// keysets, so that every call decodes, validates and encodes its argument
// as before. "script" is the script: 3,000 rotations in a row,
// from one key, per operation.
func BenchmarkRotateBinary(b *testing.B) {
	const n = 3000
	r := rand.Reader
	b.Run(fmt.Sprintf("keys=%d/remembered", n), func(b *testing.B) {
		bin := bigKeyset(b, n)
		e, err := takeEncoded(bin)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			// Remember bin as a previous call would have, with the spare
			// capacity a chain of calls has: untimed, so that every
			// timed call rotates exactly 3,000 keys.
			b.StopTimer()
			lastAppended.Lock()
			lastAppended.e = &encoded{bin: slices.Grow(slices.Clone(e.bin), 128), keysAt: e.keysAt, ids: slices.Grow(slices.Clone(e.ids), 1)}
			lastAppended.Unlock()
			b.StartTimer()
			if _, err := RotateBinary(bin, "AES-GCM-256", "", r, testNow); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run(fmt.Sprintf("keys=%d/other", n), func(b *testing.B) {
		bins := [2][]byte{bigKeyset(b, n), bigKeyset(b, n)}
		i := 0
		for b.Loop() {
			if _, err := RotateBinary(bins[i%2], "AES-GCM-256", "", r, testNow); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run(fmt.Sprintf("script=%d", n), func(b *testing.B) {
		for b.Loop() {
			bin := Marshal(mustNew(b))
			for range n {
				var err error
				if bin, err = RotateBinary(bin, "AES-GCM-256", "", r, testNow); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

func mustNew(tb testing.TB) *Keyset {
	ks, err := New("AES-GCM-256", "", rand.Reader, testNow)
	if err != nil {
		tb.Fatal(err)
	}
	return ks
}
