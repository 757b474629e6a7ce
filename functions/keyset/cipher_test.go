package keyset

import (
	"bytes"
	"errors"
	"testing"
)

func mustCipher(t testing.TB, ks *Keyset) *Cipher {
	t.Helper()
	c, err := NewCipher(ks)
	if err != nil {
		t.Fatalf("NewCipher: %v", err)
	}
	return c
}

// TestMaxComputeKnownAnswers decrypts MaxCompute's own ciphertexts (§5).
func TestMaxComputeKnownAnswers(t *testing.T) {
	ks, err := Unmarshal(mustHex(t, docHex))
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	c := mustCipher(t, ks)
	for _, kat := range docKATs {
		t.Run(kat.plaintext, func(t *testing.T) {
			ct := mustB64(t, kat.ciphertext)
			got, err := c.Decrypt(ct, nil)
			if err != nil || string(got) != kat.plaintext {
				t.Errorf("Decrypt = %q, %v; want %q", got, err, kat.plaintext)
			}
			if _, err := c.Decrypt(ct, []byte("x")); !errors.Is(err, ErrDecrypt) {
				t.Errorf("Decrypt with additional_data = %v, want ErrDecrypt", err)
			}
			if _, err := c.Decrypt(flip(ct, len(ct)-1), nil); !errors.Is(err, ErrDecrypt) {
				t.Errorf("Decrypt of a tampered tag = %v, want ErrDecrypt", err)
			}
		})
	}
}

func TestCiphertextPrefix(t *testing.T) {
	want := mustHex(t, "20e4a773bf3d40872636fba40170c9f1834c0950c751bfdbdb2eb34f3e8ba97f")
	if got := CiphertextPrefix(docKeyID); !bytes.Equal(got, want) {
		t.Errorf("CiphertextPrefix = %x, want %x", got, want)
	}
}

func TestCipherRoundTrip(t *testing.T) {
	tests := []struct {
		typ      string
		overhead int
		det      bool
	}{
		{"AES-GCM-256", 60, false},
		{"AES-SIV-CMAC-128", 48, true},
		{"AES-SIV-CMAC-256", 48, true},
	}
	for _, tc := range tests {
		t.Run(tc.typ, func(t *testing.T) {
			ks, err := New(tc.typ, "", &seqReader{}, testNow)
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			c := mustCipher(t, ks)
			if string(c.PrimaryType()) != tc.typ {
				t.Errorf("PrimaryType = %s, want %s", c.PrimaryType(), tc.typ)
			}
			for _, pt := range []string{"", "a", "11-byte msg", "a plaintext longer than one block"} {
				for _, ad := range [][]byte{nil, []byte("additional")} {
					ct, err := c.Encrypt([]byte(pt), ad)
					if err != nil || len(ct) != len(pt)+tc.overhead {
						t.Fatalf("Encrypt(%q) = %d bytes, %v; want %d", pt, len(ct), err, len(pt)+tc.overhead)
					}
					if !bytes.Equal(ct[:PrefixSize], CiphertextPrefix(ks.PrimaryKeyID)) {
						t.Errorf("prefix = %x, want CiphertextPrefix(%s)", ct[:PrefixSize], ks.PrimaryKeyID)
					}
					got, err := c.Decrypt(ct, ad)
					if err != nil || string(got) != pt {
						t.Errorf("Decrypt = %q, %v; want %q", got, err, pt)
					}
					again, _ := c.Encrypt([]byte(pt), ad)
					if bytes.Equal(ct, again) != tc.det {
						t.Errorf("two encryptions equal = %v, want %v", !tc.det, tc.det)
					}
				}
			}
		})
	}
}

// TestCipherMixedKeyset rotates the documented keyset to AES-SIV: the new
// primary encrypts, MaxCompute's GCM ciphertexts still decrypt.
func TestCipherMixedKeyset(t *testing.T) {
	ks, err := Rotate(docKeyset(t), "AES-SIV-CMAC-128", "", &seqReader{}, testNow)
	if err != nil {
		t.Fatalf("Rotate: %v", err)
	}
	c := mustCipher(t, ks)
	for _, kat := range docKATs {
		if got, err := c.Decrypt(mustB64(t, kat.ciphertext), nil); err != nil || string(got) != kat.plaintext {
			t.Errorf("Decrypt(%s) = %q, %v", kat.plaintext, got, err)
		}
	}
	old := mustCipher(t, docKeyset(t))
	oldCT, _ := old.Encrypt([]byte("old"), nil)
	if got, err := c.Decrypt(oldCT, nil); err != nil || string(got) != "old" {
		t.Errorf("Decrypt(old primary's ciphertext) = %q, %v", got, err)
	}
	newCT, _ := c.Encrypt([]byte("new plaintext"), nil)
	if len(newCT) != 32+16+13 || !bytes.Equal(newCT[:32], CiphertextPrefix(ks.PrimaryKeyID)) {
		t.Errorf("new ciphertext %x is not AES-SIV under the new primary", newCT)
	}
	// A prefix naming one key on a body of another still decrypts.
	swapped := append(CiphertextPrefix(docKeyID), newCT[32:]...)
	if got, err := c.Decrypt(swapped, nil); err != nil || string(got) != "new plaintext" {
		t.Errorf("Decrypt(swapped prefix) = %q, %v", got, err)
	}
	if _, err := old.Decrypt(newCT, nil); !errors.Is(err, ErrDecrypt) {
		t.Errorf("old keyset decrypting a new ciphertext: %v, want ErrDecrypt", err)
	}
}

func TestCipherSkipsDisabledKeys(t *testing.T) {
	for _, st := range []Status{StatusDisabled, StatusDestroyed} {
		t.Run(st.String(), func(t *testing.T) {
			ks, err := Rotate(docKeyset(t), "AES-GCM-256", "", &seqReader{}, testNow)
			if err != nil {
				t.Fatalf("Rotate: %v", err)
			}
			ks.Keys[0].Status = st
			c := mustCipher(t, ks)
			_, err = c.Decrypt(mustB64(t, docKATs[0].ciphertext), nil)
			if !errors.Is(err, ErrDecrypt) {
				t.Errorf("Decrypt with the key %s = %v, want ErrDecrypt", st, err)
			}
		})
	}
}

func TestCipherErrors(t *testing.T) {
	gcm := mustCipher(t, docKeyset(t))
	mixed, err := Rotate(docKeyset(t), "AES-SIV-CMAC-256", "", &seqReader{}, testNow)
	if err != nil {
		t.Fatalf("Rotate: %v", err)
	}
	siv := mustCipher(t, mixed)
	tests := []struct {
		name string
		c    *Cipher
		ct   []byte
		want string
	}{
		{"empty", gcm, nil, "keyset: ciphertext is 0 bytes, shorter than the 60 bytes of an empty plaintext (32-byte prefix and the body of this keyset's keys)"},
		{"gcm short", gcm, make([]byte, 59), "keyset: ciphertext is 59 bytes, shorter than the 60 bytes of an empty plaintext (32-byte prefix and the body of this keyset's keys)"},
		{"mixed short", siv, make([]byte, 47), "keyset: ciphertext is 47 bytes, shorter than the 48 bytes of an empty plaintext (32-byte prefix and the body of this keyset's keys)"},
		{"gcm garbage", gcm, make([]byte, 60), ErrDecrypt.Error()},
		{"mixed garbage", siv, make([]byte, 48), ErrDecrypt.Error()},
		{"mixed garbage long", siv, bytes.Repeat([]byte{1}, 100), ErrDecrypt.Error()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.c.Decrypt(tc.ct, nil)
			if err == nil || err.Error() != tc.want {
				t.Errorf("Decrypt = %x, %v; want error %q", got, err, tc.want)
			}
		})
	}
	if _, err := NewCipher(&Keyset{}); err == nil || err.Error() != "keyset: keyset has no keys" {
		t.Errorf("NewCipher(empty) error = %v", err)
	}
	if ErrDecrypt.Error() != "keyset: ciphertext does not decrypt with any key of this keyset: wrong keyset, tampered data or different additional_data" {
		t.Errorf("ErrDecrypt = %q", ErrDecrypt)
	}
}
