package keyset

import (
	"fmt"

	aeadsubtle "github.com/tink-crypto/tink-go/v2/aead/subtle"
	daeadsubtle "github.com/tink-crypto/tink-go/v2/daead/subtle"
)

// primitive encrypts and decrypts the body of a ciphertext (everything after
// the 32-byte prefix) with one key.
type primitive interface {
	encrypt(plaintext, ad []byte) ([]byte, error)
	decrypt(body, ad []byte) ([]byte, error)
	// minBody is the size of the body of an empty plaintext.
	minBody() int
}

var (
	_ primitive = (*gcmPrimitive)(nil)
	_ primitive = (*aesSIV)(nil)
	_ primitive = (*tinkSIV)(nil)
)

// gcmPrimitive is tink's AES-GCM: body = nonce(12) ‖ ciphertext ‖ tag(16),
// with a random nonce that tink draws from crypto/rand.
type gcmPrimitive struct{ aead *aeadsubtle.AESGCM }

func newGCMPrimitive(key []byte) (primitive, error) {
	a, err := aeadsubtle.NewAESGCM(key)
	if err != nil {
		return nil, fmt.Errorf("keyset: AES-GCM: %v", err)
	}
	return &gcmPrimitive{aead: a}, nil
}

func (g *gcmPrimitive) encrypt(plaintext, ad []byte) ([]byte, error) {
	return g.aead.Encrypt(plaintext, ad)
}

func (g *gcmPrimitive) decrypt(body, ad []byte) ([]byte, error) {
	return g.aead.Decrypt(body, ad)
}

func (g *gcmPrimitive) minBody() int {
	return aeadsubtle.AESGCMIVSize + aeadsubtle.AESGCMTagSize
}

// tinkSIV is tink's AES-SIV for 64-byte keys: body = siv(16) ‖ ciphertext.
type tinkSIV struct{ siv *daeadsubtle.AESSIV }

func newSIVTink(key []byte) (primitive, error) {
	s, err := daeadsubtle.NewAESSIV(key)
	if err != nil {
		return nil, fmt.Errorf("keyset: AES-SIV: %v", err)
	}
	return &tinkSIV{siv: s}, nil
}

func (t *tinkSIV) encrypt(plaintext, ad []byte) ([]byte, error) {
	return t.siv.EncryptDeterministically(plaintext, ad)
}

func (t *tinkSIV) decrypt(body, ad []byte) ([]byte, error) {
	return t.siv.DecryptDeterministically(body, ad)
}

func (t *tinkSIV) minBody() int { return sivBlock }

// newSIVComposed builds the RFC 5297 composition of siv.go; the key table
// uses it for the 32-byte keys tink refuses.
func newSIVComposed(key []byte) (primitive, error) {
	return newAESSIV(key)
}
