package keyset

import (
	"encoding/hex"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// The fuzz targets' corpora live in testdata/fuzz/<target>; the seeds below
// are the documented byte strings.

func FuzzUnmarshal(f *testing.F) {
	for _, h := range []string{docHex, addKeyHex} {
		b, _ := hex.DecodeString(h)
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		ks, err := Unmarshal(in)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "keyset: ") {
				t.Fatalf("error without package prefix: %v", err)
			}
			return
		}
		checkFuzzRoundTrips(t, ks)
	})
}

func FuzzFromJSON(f *testing.F) {
	f.Add(docJSON)
	f.Add(addKeyJSON)
	f.Add(`{"key":[{"status":1}],"primary_key_id":""}`)
	f.Fuzz(func(t *testing.T, in string) {
		ks, err := FromJSON(in)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "keyset: ") {
				t.Fatalf("error without package prefix: %v", err)
			}
			return
		}
		checkFuzzRoundTrips(t, ks)
	})
}

// checkFuzzRoundTrips holds every accepted keyset to both round trips and
// checks that it yields a usable Cipher.
func checkFuzzRoundTrips(t *testing.T, ks *Keyset) {
	bin, err := Unmarshal(Marshal(ks))
	if err != nil || !reflect.DeepEqual(bin, ks) {
		t.Fatalf("binary round trip: %v", err)
	}
	js, err := FromJSON(ToJSON(ks))
	if err != nil || !reflect.DeepEqual(js, ks) {
		t.Fatalf("JSON round trip: %v", err)
	}
	if _, err := NewCipher(ks); err != nil {
		t.Fatalf("NewCipher of a decoded keyset: %v", err)
	}
}

func FuzzDecrypt(f *testing.F) {
	for _, kat := range docKATs {
		f.Add(mustB64(f, kat.ciphertext), []byte(nil))
	}
	f.Add(make([]byte, 60), []byte("ad"))
	c := mustCipher(f, docKeyset(f))
	f.Fuzz(func(t *testing.T, ct, ad []byte) {
		pt, err := c.Decrypt(ct, ad)
		if err == nil {
			// Only MaxCompute's own vectors can authenticate under this key.
			for _, kat := range docKATs {
				if string(pt) == kat.plaintext && len(ad) == 0 {
					return
				}
			}
			t.Fatalf("random input decrypted to %x", pt)
		}
		if !errors.Is(err, ErrDecrypt) && !strings.HasPrefix(err.Error(), "keyset: ciphertext is ") {
			t.Fatalf("unexpected error: %v", err)
		}
	})
}
