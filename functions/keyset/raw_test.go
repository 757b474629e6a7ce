package keyset

import (
	"bytes"
	"testing"
)

func TestRawAEADRoundTrip(t *testing.T) {
	for _, kt := range KeyTypes() {
		t.Run(string(kt), func(t *testing.T) {
			a, err := NewRawAEAD(kt, bytes.Repeat([]byte{7}, kt.KeySize()))
			if err != nil {
				t.Fatal(err)
			}
			body, err := a.Encrypt([]byte("13900001234"), []byte("ad"))
			if err != nil {
				t.Fatal(err)
			}
			pt, err := a.Decrypt(body, []byte("ad"))
			if err != nil || string(pt) != "13900001234" {
				t.Fatalf("Decrypt = %q, %v", pt, err)
			}
			if _, err := a.Decrypt(body, []byte("other")); err == nil {
				t.Error("Decrypt with other additional data succeeded")
			}
		})
	}
	if _, err := NewRawAEAD(AESGCM256, make([]byte, 16)); err == nil {
		t.Error("NewRawAEAD accepted a 16-byte AES-GCM-256 key")
	}
}
