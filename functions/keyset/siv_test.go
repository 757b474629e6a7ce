package keyset

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestRFC5297A1 is RFC 5297 Appendix A.1 (deterministic authenticated
// encryption with one associated-data component).
func TestRFC5297A1(t *testing.T) {
	key := mustHex(t, "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff")
	ad := mustHex(t, "101112131415161718191a1b1c1d1e1f2021222324252627")
	pt := mustHex(t, "112233445566778899aabbccddee")
	want := mustHex(t, "85632d07c6e8f37f950acd320a2ecc93"+"40c02b9690c4dc04daef7f6afe5c")
	s, err := newAESSIV(key)
	if err != nil {
		t.Fatalf("newAESSIV: %v", err)
	}
	checkSIVCase(t, s, "valid", ad, pt, want)
}

// TestSIVComposedMatchesTink compares the composition with tink's AES-SIV
// on 64-byte keys over plaintext and AD lengths around the block size, where
// S2V switches between xorend and padding.
func TestSIVComposedMatchesTink(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	fill := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	for _, ptLen := range []int{0, 1, 15, 16, 17, 31, 32, 33, 100} {
		for _, adLen := range []int{0, 1, 16, 17} {
			t.Run(fmt.Sprintf("pt%d/ad%d", ptLen, adLen), func(t *testing.T) {
				key, pt, ad := fill(64), fill(ptLen), fill(adLen)
				ours, err := newAESSIV(key)
				if err != nil {
					t.Fatalf("newAESSIV: %v", err)
				}
				tink, err := newSIVTink(key)
				if err != nil {
					t.Fatalf("newSIVTink: %v", err)
				}
				a, errA := ours.encrypt(pt, ad)
				b, errB := tink.encrypt(pt, ad)
				if errA != nil || errB != nil || !bytes.Equal(a, b) {
					t.Fatalf("composed = %x, %v; tink = %x, %v", a, errA, b, errB)
				}
				if back, err := tink.decrypt(a, ad); err != nil || !bytes.Equal(back, pt) {
					t.Errorf("tink cannot decrypt the composition: %x, %v", back, err)
				}
			})
		}
	}
}

// TestSIVBothSizes round-trips the composition with 32- and 64-byte keys and
// checks tampering, wrong AD and the halves' independence.
func TestSIVBothSizes(t *testing.T) {
	for _, size := range []int{32, 64} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			key := bytes.Repeat([]byte{0x5a}, size)
			s, err := newAESSIV(key)
			if err != nil {
				t.Fatalf("newAESSIV: %v", err)
			}
			ct, err := s.encrypt([]byte("hello world"), []byte("ad"))
			if err != nil || len(ct) != 16+11 {
				t.Fatalf("encrypt = %x, %v", ct, err)
			}
			again, _ := s.encrypt([]byte("hello world"), []byte("ad"))
			if !bytes.Equal(ct, again) {
				t.Errorf("encryption is not deterministic")
			}
			if pt, err := s.decrypt(ct, []byte("ad")); err != nil || string(pt) != "hello world" {
				t.Errorf("decrypt = %q, %v", pt, err)
			}
			other := append([]byte(nil), key...)
			other[size-1] ^= 1 // a different CTR half must not decrypt
			o, _ := newAESSIV(other)
			for name, run := range map[string]func() ([]byte, error){
				"wrong ad":       func() ([]byte, error) { return s.decrypt(ct, nil) },
				"tampered body":  func() ([]byte, error) { return s.decrypt(flip(ct, 20), []byte("ad")) },
				"tampered siv":   func() ([]byte, error) { return s.decrypt(flip(ct, 0), []byte("ad")) },
				"other ctr half": func() ([]byte, error) { return o.decrypt(ct, []byte("ad")) },
			} {
				if pt, err := run(); err == nil || err.Error() != "keyset: AES-SIV authentication failed" {
					t.Errorf("%s: decrypt = %x, %v; want authentication failure", name, pt, err)
				}
			}
		})
	}
}

func flip(b []byte, i int) []byte {
	c := append([]byte(nil), b...)
	c[i] ^= 0x01
	return c
}

func TestSIVErrors(t *testing.T) {
	for _, n := range []int{0, 16, 31, 33, 128} {
		t.Run(fmt.Sprintf("key%d", n), func(t *testing.T) {
			want := fmt.Sprintf("keyset: AES-SIV key is %d bytes, want 32, 48 or 64", n)
			if _, err := newAESSIV(make([]byte, n)); err == nil || err.Error() != want {
				t.Errorf("newAESSIV error = %v, want %q", err, want)
			}
		})
	}
	s, _ := newAESSIV(make([]byte, 32))
	if _, err := s.decrypt(make([]byte, 15), nil); err == nil ||
		err.Error() != "keyset: AES-SIV ciphertext is 15 bytes, want at least 16" {
		t.Errorf("short decrypt error = %v", err)
	}
}

func TestDbl(t *testing.T) {
	// RFC 5297 A.1: dbl(CMAC(K, <zero>)) for the A.1 key.
	tests := []struct{ in, want string }{
		{"0e04dfafc1efbf040140582859bf073a", "1c09bf5f83df7e080280b050b37e0e74"},
		{"80000000000000000000000000000000", "00000000000000000000000000000087"},
		{"ffffffffffffffffffffffffffffffff", "ffffffffffffffffffffffffffffff79"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var b [16]byte
			copy(b[:], mustHex(t, tc.in))
			dbl(&b)
			if got := fmt.Sprintf("%x", b); got != tc.want {
				t.Errorf("dbl = %s, want %s", got, tc.want)
			}
		})
	}
}
