package keyset

import (
	aeadsubtle "github.com/tink-crypto/tink-go/v2/aead/subtle"
	daeadsubtle "github.com/tink-crypto/tink-go/v2/daead/subtle"
)

// Tink's own AES-SIV (64-byte keys only) and AES-GCM, which the project's
// primitives must agree with byte for byte (SIV) or interoperate with
// (GCM, whose nonce is random). They are references for tests only.

// tinkSIV is tink's AESSIV: body = siv(16) ‖ ciphertext.
type tinkSIV struct{ siv *daeadsubtle.AESSIV }

func newSIVTink(key []byte) (primitive, error) {
	s, err := daeadsubtle.NewAESSIV(key)
	if err != nil {
		return nil, err
	}
	return &tinkSIV{siv: s}, nil
}

func (t *tinkSIV) encrypt(plaintext, ad []byte) ([]byte, error) {
	return t.siv.EncryptDeterministically(plaintext, ad)
}

func (t *tinkSIV) appendEncrypt(dst, plaintext, ad []byte) ([]byte, error) {
	body, err := t.encrypt(plaintext, ad)
	return append(dst, body...), err
}

func (t *tinkSIV) decrypt(body, ad []byte) ([]byte, error) {
	return t.siv.DecryptDeterministically(body, ad)
}

func (t *tinkSIV) minBody() int { return sivBlock }

// tinkGCM is tink's AES-GCM without an output prefix: nonce ‖ ct ‖ tag.
func tinkGCM(key []byte) (*aeadsubtle.AESGCM, error) { return aeadsubtle.NewAESGCM(key) }
