package keyset

import (
	"crypto/aes"
	"crypto/cipher"
	"fmt"
)

// primitive encrypts and decrypts the body of a ciphertext (everything after
// the 32-byte prefix) with one key. Primitives are built once per key and
// are safe for concurrent use.
type primitive interface {
	encrypt(plaintext, ad []byte) ([]byte, error)
	// appendEncrypt appends the body to dst, so that Cipher writes prefix
	// and body into one allocation.
	appendEncrypt(dst, plaintext, ad []byte) ([]byte, error)
	decrypt(body, ad []byte) ([]byte, error)
	// minBody is the size of the body of an empty plaintext.
	minBody() int
}

var (
	_ primitive = (*gcmPrimitive)(nil)
	_ primitive = (*aesSIV)(nil)
)

// AES-GCM's body is nonce(12) ‖ ciphertext ‖ tag(16), as tink's AES-GCM
// without an output prefix writes it.
const (
	gcmNonceSize = 12
	gcmTagSize   = 16
	// gcmMaxPlaintext is tink's limit (2³⁶ − 32 bytes, NIST SP 800-38D),
	// checked so that crypto/cipher never panics on an oversized message.
	gcmMaxPlaintext = 1<<36 - 32
)

// gcmPrimitive is AES-256-GCM with a random 96-bit nonce drawn by
// crypto/cipher for every message. The AES key schedule and GCM tables are
// built once per key, as tink's AES-GCM does; calling crypto/cipher
// directly lets the body be written straight after the prefix.
type gcmPrimitive struct{ aead cipher.AEAD }

func newGCMPrimitive(key []byte) (primitive, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("keyset: AES-GCM: %v", err)
	}
	a, err := cipher.NewGCMWithRandomNonce(block)
	if err != nil {
		return nil, fmt.Errorf("keyset: AES-GCM: %v", err)
	}
	return &gcmPrimitive{aead: a}, nil
}

func (g *gcmPrimitive) encrypt(plaintext, ad []byte) ([]byte, error) {
	return g.appendEncrypt(make([]byte, 0, g.minBody()+len(plaintext)), plaintext, ad)
}

// appendEncrypt appends nonce ‖ ciphertext ‖ tag to dst.
func (g *gcmPrimitive) appendEncrypt(dst, plaintext, ad []byte) ([]byte, error) {
	if uint64(len(plaintext)) > gcmMaxPlaintext {
		return nil, fmt.Errorf("keyset: AES-GCM plaintext is %d bytes, more than the %d GCM allows",
			len(plaintext), uint64(gcmMaxPlaintext))
	}
	return g.aead.Seal(dst, nil, plaintext, ad), nil
}

func (g *gcmPrimitive) decrypt(body, ad []byte) ([]byte, error) {
	if len(body) < g.minBody() {
		return nil, fmt.Errorf("keyset: AES-GCM ciphertext is %d bytes, want at least %d", len(body), g.minBody())
	}
	pt, err := g.aead.Open(make([]byte, 0, len(body)-g.minBody()), nil, body, ad)
	if err != nil {
		return nil, fmt.Errorf("keyset: AES-GCM: %v", err)
	}
	return pt, nil
}

func (g *gcmPrimitive) minBody() int { return gcmNonceSize + gcmTagSize }

// newSIVComposed builds the RFC 5297 composition of siv.go for both AES-SIV
// key types (32- and 64-byte keys); tests check it against tink's AESSIV
// for 64-byte keys.
func newSIVComposed(key []byte) (primitive, error) {
	return newAESSIV(key)
}
