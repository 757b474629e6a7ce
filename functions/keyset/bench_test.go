package keyset

import (
	"testing"

	aeadsubtle "github.com/tink-crypto/tink-go/v2/aead/subtle"
)

// benchPlaintext is 11 bytes, like an id card number column value.
var benchPlaintext = []byte("11-byte msg")

// BenchmarkRawAEAD is the baseline: one tink AES-256-GCM call.
func BenchmarkRawAEAD(b *testing.B) {
	a, err := aeadsubtle.NewAESGCM(make([]byte, 32))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := a.Encrypt(benchPlaintext, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func benchCiphers(b *testing.B) map[string]*Cipher {
	out := map[string]*Cipher{}
	for _, typ := range KeyTypes() {
		ks, err := New(string(typ), "", &seqReader{}, testNow)
		if err != nil {
			b.Fatal(err)
		}
		out[string(typ)] = mustCipher(b, ks)
	}
	return out
}

func BenchmarkCipherEncrypt(b *testing.B) {
	for name, c := range benchCiphers(b) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := c.Encrypt(benchPlaintext, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkCipherDecrypt(b *testing.B) {
	for name, c := range benchCiphers(b) {
		ct, err := c.Encrypt(benchPlaintext, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := c.Decrypt(ct, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
