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
// Cryptography comes from tink-go (AES-GCM, 64-byte AES-SIV, AES-CMAC) and
// the standard library (AES-CTR); the 32-byte AES-SIV key that tink refuses is
// composed from those as RFC 5297 describes (see siv.go). Errors never contain
// key material.
package keyset
