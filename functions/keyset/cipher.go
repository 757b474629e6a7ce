package keyset

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
)

// PrefixSize is the size of the per-key prefix that starts every ciphertext.
const PrefixSize = 32

// prefixLabel domain-separates the prefix hash from any other use of SHA-256.
const prefixLabel = "mcsql-keyset-prefix:"

// ErrDecrypt is returned by Cipher.Decrypt, unwrapped, when
// no key of the keyset authenticates a ciphertext.
var ErrDecrypt = errors.New("keyset: ciphertext does not decrypt with any key of this keyset: " +
	"wrong keyset, tampered data or different additional_data")

// CiphertextPrefix returns the 32-byte prefix mcsql writes before the body of
// every ciphertext made with key keyID:
//
//	prefix = SHA-256("mcsql-keyset-prefix:" ‖ key id)
//
// MaxCompute's own derivation is unpublished, so this is mcsql's choice. It
// depends on the public key id only, never on key material, so it reveals
// nothing about the key; it is not authenticated data.
func CiphertextPrefix(keyID string) []byte {
	p := prefixOf(keyID)
	return p[:]
}

func prefixOf(keyID string) [PrefixSize]byte {
	return sha256.Sum256([]byte(prefixLabel + keyID))
}

// Cipher encrypts and decrypts with a keyset. It is built once per keyset
// (every ENABLED key's primitive, with its key schedules and whatever else
// depends on the key alone, is constructed up front) and is safe for
// concurrent use: the primitives' only mutable state is AES-SIV's
// associated-data cache, which is replaced atomically.
type Cipher struct {
	keys    []cipherKey // ENABLED keys in keyset order
	primary int         // index in keys
	minLen  int         // shortest ciphertext any key could accept
}

// cipherKey is one usable key.
type cipherKey struct {
	typ    KeyType
	prefix [PrefixSize]byte
	prim   primitive
}

// NewCipher validates ks and builds the primitive of every ENABLED key.
// DISABLED and DESTROYED keys are left out: they are never used.
func NewCipher(ks *Keyset) (*Cipher, error) {
	if err := ks.Validate(); err != nil {
		return nil, err
	}
	c := &Cipher{}
	for i, k := range ks.Keys {
		if k.Status != StatusEnabled {
			continue
		}
		spec, _ := k.Type.spec() // Validate checked the type
		prim, err := spec.newPrim(k.Value)
		if err != nil {
			return nil, fmt.Errorf("keyset: %s: %v", keyLabel(i, k.ID), err)
		}
		if k.ID == ks.PrimaryKeyID {
			c.primary = len(c.keys)
		}
		if n := PrefixSize + prim.minBody(); c.minLen == 0 || n < c.minLen {
			c.minLen = n
		}
		c.keys = append(c.keys, cipherKey{typ: k.Type, prefix: prefixOf(k.ID), prim: prim})
	}
	return c, nil
}

// errNotBuilt guards against a zero Cipher, which has no keys.
var errNotBuilt = errors.New("keyset: Cipher was not built with NewCipher")

// PrimaryType is the key type used by Encrypt ("" for a zero Cipher).
// AES-GCM-256 encryption is randomized; the AES-SIV types are deterministic.
func (c *Cipher) PrimaryType() KeyType {
	if len(c.keys) == 0 {
		return ""
	}
	return c.keys[c.primary].typ
}

// Encrypt encrypts plaintext with the primary key and returns
// prefix(32) ‖ body. ad (nil or empty when absent) is GCM's associated data
// or the single S2V associated-data component of AES-SIV.
func (c *Cipher) Encrypt(plaintext, ad []byte) ([]byte, error) {
	if len(c.keys) == 0 {
		return nil, errNotBuilt
	}
	k := &c.keys[c.primary]
	out := make([]byte, 0, PrefixSize+k.prim.minBody()+len(plaintext))
	out, err := k.prim.appendEncrypt(append(out, k.prefix[:]...), plaintext, ad)
	if err != nil {
		return nil, fmt.Errorf("keyset: encrypting with %s: %v", k.typ, err)
	}
	return out, nil
}

// Decrypt returns the plaintext of ciphertext. Keys whose prefix matches are
// tried first, then every other ENABLED key, because ciphertexts made by
// MaxCompute carry prefixes mcsql cannot derive. The first key that
// authenticates wins; if none does the error is ErrDecrypt, never garbage.
func (c *Cipher) Decrypt(ciphertext, ad []byte) ([]byte, error) {
	if len(c.keys) == 0 {
		return nil, errNotBuilt
	}
	if len(ciphertext) < c.minLen {
		return nil, fmt.Errorf("keyset: ciphertext is %d bytes, shorter than the %d bytes of an empty plaintext "+
			"(%d-byte prefix and the body of this keyset's keys)", len(ciphertext), c.minLen, PrefixSize)
	}
	prefix, body := ciphertext[:PrefixSize], ciphertext[PrefixSize:]
	for _, matching := range []bool{true, false} {
		for i := range c.keys {
			k := &c.keys[i]
			if bytes.Equal(prefix, k.prefix[:]) != matching || len(body) < k.prim.minBody() {
				continue
			}
			if pt, err := k.prim.decrypt(body, ad); err == nil {
				return pt, nil
			}
		}
	}
	return nil, ErrDecrypt
}
