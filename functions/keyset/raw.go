package keyset

import "fmt"

// RawAEAD is a key type's bare primitive: what a Cipher runs for one key,
// without the 32-byte prefix. Encrypt returns the ciphertext body (for
// AES-GCM-256 nonce ‖ ciphertext ‖ tag, for AES-SIV siv ‖ ciphertext).
// SYM_ENCRYPT and SYM_DECRYPT use it (their ciphertexts are the bare
// AES-GCM body, without a keyset), and benchmarks use it to measure the
// cost of the primitive alone.
type RawAEAD interface {
	Encrypt(plaintext, additionalData []byte) ([]byte, error)
	Decrypt(body, additionalData []byte) ([]byte, error)
}

// NewRawAEAD returns the primitive of key type t for a raw key of t's size.
func NewRawAEAD(t KeyType, key []byte) (RawAEAD, error) {
	spec, ok := t.spec()
	if !ok {
		return nil, fmt.Errorf("keyset.NewRawAEAD: unknown key type %q", string(t))
	}
	if len(key) != spec.keySize {
		return nil, fmt.Errorf("keyset.NewRawAEAD: key is %d bytes, %s needs %d", len(key), t, spec.keySize)
	}
	p, err := spec.newPrim(key)
	if err != nil {
		return nil, err
	}
	return rawAEAD{p}, nil
}

type rawAEAD struct{ p primitive }

func (r rawAEAD) Encrypt(plaintext, ad []byte) ([]byte, error) { return r.p.encrypt(plaintext, ad) }
func (r rawAEAD) Decrypt(body, ad []byte) ([]byte, error)      { return r.p.decrypt(body, ad) }
