package keyset

import (
	"fmt"
	"strings"
)

// KeyType is the canonical (upper-case) name of a key type, as stored in the
// keyset and accepted, case-insensitively, as the SQL key_type argument.
type KeyType string

// The key types MaxCompute documents.
const (
	// AESGCM256 is AES-256-GCM with a random 12-byte nonce and a 16-byte tag.
	AESGCM256 KeyType = "AES-GCM-256"
	// AESSIVCMAC128 is deterministic AES-SIV (RFC 5297) over two AES-128 keys.
	AESSIVCMAC128 KeyType = "AES-SIV-CMAC-128"
	// AESSIVCMAC256 is deterministic AES-SIV (RFC 5297) over two AES-256 keys.
	AESSIVCMAC256 KeyType = "AES-SIV-CMAC-256"
)

// keyTypeSpec describes one key type. Adding a key type is one entry in
// keyTypes: its name, its raw key size and how to build its primitive.
type keyTypeSpec struct {
	name    KeyType
	keySize int
	newPrim func(key []byte) (primitive, error)
}

// keyTypes lists the supported key types in the order error messages name them.
var keyTypes = []keyTypeSpec{
	{name: AESGCM256, keySize: 32, newPrim: newGCMPrimitive},
	{name: AESSIVCMAC128, keySize: 32, newPrim: newSIVComposed},
	{name: AESSIVCMAC256, keySize: 64, newPrim: newSIVComposed},
}

// KeyTypes returns the supported key types in their documented order.
func KeyTypes() []KeyType {
	out := make([]KeyType, len(keyTypes))
	for i, s := range keyTypes {
		out[i] = s.name
	}
	return out
}

// ParseKeyType matches name case-insensitively against the supported key
// types and returns the canonical form. Surrounding spaces are not trimmed:
// MaxCompute's names contain none and a stray space is more likely a mistake.
func ParseKeyType(name string) (KeyType, error) {
	for _, s := range keyTypes {
		if strings.EqualFold(name, string(s.name)) {
			return s.name, nil
		}
	}
	return "", fmt.Errorf("keyset: unknown key type %q, want one of %s", name, validKeyTypeNames())
}

// KeySize returns the raw key size in bytes of t, or 0 if t is not supported.
func (t KeyType) KeySize() int {
	if s, ok := t.spec(); ok {
		return s.keySize
	}
	return 0
}

// spec finds the table entry of t; t must be canonical.
func (t KeyType) spec() (keyTypeSpec, bool) {
	for _, s := range keyTypes {
		if s.name == t {
			return s, true
		}
	}
	return keyTypeSpec{}, false
}

// validKeyTypeNames renders the valid names for error messages.
func validKeyTypeNames() string {
	names := make([]string, len(keyTypes))
	for i, s := range keyTypes {
		names[i] = string(s.name)
	}
	return strings.Join(names, ", ")
}
