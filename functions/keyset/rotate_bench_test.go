package keyset

import (
	"crypto/rand"
	"fmt"
	"testing"
)

// bigKeyset returns the binary form of a keyset of n keys, built by rotation.
func bigKeyset(tb testing.TB, n int) []byte {
	tb.Helper()
	r := rand.Reader
	ks, err := New("AES-GCM-256", "", r, testNow)
	if err != nil {
		tb.Fatal(err)
	}
	for len(ks.Keys) < n {
		if ks, err = Rotate(ks, "AES-GCM-256", "", r, testNow); err != nil {
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
