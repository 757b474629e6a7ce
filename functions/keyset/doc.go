// Package keyset is mcsql's keyset core: the model of a MaxCompute keyset, its
// binary (protobuf wire format) and JSON forms, the keyset operations behind
// NEW_KEYSET, ADD_KEY_TO_KEYSET and ROTATE_KEYSET, and the ciphertext layout of
// ENHANCED_SYM_ENCRYPT / ENHANCED_SYM_DECRYPT.
//
// The package knows nothing about SQL values: the SQL adapters in package
// functions convert arguments and call the plain Go API here. Randomness and
// the clock are always passed in, so callers (and tests) control them.
//
// Byte layouts (see keyset.proto in this directory for the schema):
//
//	binary keyset  Keyset{1: primary_key_id, 2: repeated Key} in field order
//	key id         base64std( uint32le(unix seconds) ‖ 0x01 0x00 ‖ 6 random bytes )
//	ciphertext     prefix(32) ‖ body
//	AES-GCM-256    body = nonce(12) ‖ ciphertext ‖ tag(16)
//	AES-SIV-CMAC-* body = siv(16) ‖ ciphertext
//
// Cryptography is composed, never hand-written: AES-GCM is the standard
// library's (crypto/cipher with a random nonce, as tink lays it out), and
// AES-SIV, for both key sizes, is RFC 5297 composed from tink-go's AES-CMAC
// and the standard library's AES (see siv.go), so that everything that
// depends on the key alone is computed once per key rather than per
// message. Tests check both against tink's own AES-GCM and AES-SIV, the
// Wycheproof suites and RFC 5297 A.1. Errors never contain key material.
package keyset
