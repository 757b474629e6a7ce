package keyset

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestGCMInteroperatesWithTink checks the crypto/cipher AES-GCM primitive
// against tink's AES-GCM (the primitive it replaced): each decrypts the
// other's ciphertexts, bodies have tink's layout and size, and a flipped
// bit anywhere in the body, or different associated data, fails.
func TestGCMInteroperatesWithTink(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 16))
	for k := 0; k < 50; k++ {
		key := randBytes(rng, 32)
		ours, err := newGCMPrimitive(key)
		if err != nil {
			t.Fatal(err)
		}
		tink, err := tinkGCM(key)
		if err != nil {
			t.Fatal(err)
		}
		for m := 0; m < 20; m++ {
			pt, ad := randBytes(rng, rng.IntN(100)), randAD(rng)
			a, err := ours.encrypt(pt, ad)
			if err != nil || len(a) != len(pt)+gcmNonceSize+gcmTagSize {
				t.Fatalf("encrypt = %d bytes, %v; want %d", len(a), err, len(pt)+28)
			}
			if back, err := tink.Decrypt(a, ad); err != nil || !bytes.Equal(back, pt) {
				t.Fatalf("tink cannot decrypt ours: %x, %v", back, err)
			}
			b, err := tink.Encrypt(pt, ad)
			if err != nil {
				t.Fatal(err)
			}
			if back, err := ours.decrypt(b, ad); err != nil || !bytes.Equal(back, pt) {
				t.Fatalf("ours cannot decrypt tink's: %x, %v", back, err)
			}
			if pt, err := ours.decrypt(flip(b, rng.IntN(len(b))), ad); err == nil {
				t.Fatalf("a tampered ciphertext decrypted to %x", pt)
			}
			if pt, err := ours.decrypt(b, append(bytes.Clone(ad), 0)); err == nil {
				t.Fatalf("different associated data decrypted to %x", pt)
			}
		}
	}
}

// TestGCMNonceIsFresh: encrypting the same plaintext twice gives different
// nonces, as a random-nonce AEAD must.
func TestGCMNonceIsFresh(t *testing.T) {
	g, err := newGCMPrimitive(make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := g.encrypt([]byte("same"), nil)
	b, _ := g.encrypt([]byte("same"), nil)
	if bytes.Equal(a[:gcmNonceSize], b[:gcmNonceSize]) {
		t.Errorf("two encryptions share the nonce %x", a[:gcmNonceSize])
	}
}

func TestGCMShortBody(t *testing.T) {
	g, err := newGCMPrimitive(make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	want := "keyset: AES-GCM ciphertext is 27 bytes, want at least 28"
	if _, err := g.decrypt(make([]byte, 27), nil); err == nil || err.Error() != want {
		t.Errorf("decrypt error = %v, want %q", err, want)
	}
}
