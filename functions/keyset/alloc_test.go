//go:build !race

package keyset

import (
	"bytes"
	"testing"
)

// TestCipherAllocations pins the garbage per call of Cipher (issue 14): the
// returned value is one allocation; AES-SIV adds only the 16-byte tag
// tink's CMAC returns, whatever the associated data (the AD's S2V state is
// cached per key) and for messages up to shortCTR (no CTR stream). Longer
// AES-SIV messages add crypto/cipher's CTR stream. (The race detector
// changes allocation, hence the build tag.)
func TestCipherAllocations(t *testing.T) {
	short := []byte("13900001234")
	long := bytes.Repeat([]byte("x"), shortCTR+1)
	tests := []struct {
		typ              KeyType
		pt               []byte
		encrypt, decrypt float64
	}{
		{AESGCM256, short, 1, 1},
		{AESGCM256, long, 1, 1},
		{AESSIVCMAC128, short, 2, 2},
		{AESSIVCMAC256, short, 2, 2},
		{AESSIVCMAC256, long, 3, 3},
	}
	for _, tc := range tests {
		for _, ad := range [][]byte{nil, []byte("orders.tel")} {
			t.Run(string(tc.typ)+"/"+string(ad), func(t *testing.T) {
				ks, err := New(string(tc.typ), "", &seqReader{}, testNow)
				if err != nil {
					t.Fatal(err)
				}
				c := mustCipher(t, ks)
				ct, err := c.Encrypt(tc.pt, ad)
				if err != nil {
					t.Fatal(err)
				}
				enc := testing.AllocsPerRun(200, func() { _, err = c.Encrypt(tc.pt, ad) })
				dec := testing.AllocsPerRun(200, func() { _, err = c.Decrypt(ct, ad) })
				if err != nil {
					t.Fatal(err)
				}
				if enc != tc.encrypt || dec != tc.decrypt {
					t.Errorf("%d-byte plaintext: %v allocations per Encrypt, %v per Decrypt; want %v and %v",
						len(tc.pt), enc, dec, tc.encrypt, tc.decrypt)
				}
			})
		}
	}
}
