package keyset

import (
	"bytes"
	"fmt"
	"io"
	"sync"
	"time"

	"google.golang.org/protobuf/encoding/protowire"
)

// ROTATE_KEYSET and ADD_KEY_TO_KEYSET over BINARY values. Rotating a
// keyset of n keys by decoding it, validating every key and encoding it
// again costs O(n) work with a large constant, so a script that rotates a
// keyset n times was quadratic with that constant (issue 11: 3,000
// rotations took 15 s). The binary form allows better: keys are appended
// at the end and only primary_key_id, which comes first, changes, so the
// new keyset is the old one's key fields copied byte for byte between a
// new primary_key_id and the new key. That is safe only for a keyset known
// valid and canonical (exactly what Marshal writes), which is what this
// package handed out last: it remembers that keyset, and a call whose
// argument is byte for byte the same skips decoding and validation and
// only copies. Any other argument takes the full path. Either way the
// result is byte for byte Marshal(Rotate(Unmarshal(b))).

// InvalidKeysetError is the error of RotateBinary and AddKeyBinary when
// their keyset argument does not decode or validate, so that callers can
// tell a bad argument from a failure to add the key. Its text is
// Unmarshal's.
type InvalidKeysetError struct{ Err error }

func (e *InvalidKeysetError) Error() string { return e.Err.Error() }

// Unwrap returns Unmarshal's error.
func (e *InvalidKeysetError) Unwrap() error { return e.Err }

// RotateBinary returns Marshal(Rotate(ks, ...)) for the binary keyset b
// (ROTATE_KEYSET), without decoding b again when b is the keyset the last
// call of RotateBinary or AddKeyBinary returned. b is not modified.
func RotateBinary(b []byte, keyType, description string, rand io.Reader, now time.Time) ([]byte, error) {
	t, err := ParseKeyType(keyType)
	if err != nil {
		return nil, err
	}
	return appendBinary(b, func(taken func(string) bool) (*Key, error) {
		key := make([]byte, t.KeySize())
		if _, err := io.ReadFull(rand, key); err != nil {
			return nil, fmt.Errorf("keyset: reading random key material: %v", err)
		}
		return newKey(t, key, OriginMaxCompute, description, rand, now, taken)
	})
}

// AddKeyBinary returns Marshal(AddKey(ks, ...)) for the binary keyset b
// (ADD_KEY_TO_KEYSET), as RotateBinary does. Neither b nor rawKey is
// modified.
func AddKeyBinary(b []byte, keyType string, rawKey []byte, description string, rand io.Reader, now time.Time) ([]byte, error) {
	t, err := ParseKeyType(keyType)
	if err != nil {
		return nil, err
	}
	return appendBinary(b, func(taken func(string) bool) (*Key, error) {
		if len(rawKey) != t.KeySize() {
			return nil, fmt.Errorf("keyset: raw key is %d bytes, %s needs %d", len(rawKey), t, t.KeySize())
		}
		return newKey(t, append([]byte(nil), rawKey...), OriginImported, description, rand, now, taken)
	})
}

// encoded is a valid keyset in canonical binary form with what appending
// a key needs.
type encoded struct {
	bin    []byte   // the encoding, this package's own copy: never handed out
	keysAt int      // offset of the first key field, after primary_key_id
	ids    []string // the key ids, for the uniqueness of a new one
}

// lastAppended is the keyset appendBinary returned last. One is enough for
// the case that matters, a variable rotated statement after statement;
// keeping more would keep more key material in memory.
var lastAppended struct {
	sync.Mutex
	e *encoded
}

// takeEncoded returns b as an encoded keyset: the remembered one when b
// is byte for byte its encoding, which is then forgotten (so that
// concurrent callers never share its ids), else by decoding b.
func takeEncoded(b []byte) (*encoded, error) {
	lastAppended.Lock()
	e := lastAppended.e
	hit := e != nil && bytes.Equal(e.bin, b)
	if hit {
		lastAppended.e = nil
	}
	lastAppended.Unlock()
	if hit {
		return e, nil
	}
	ks, err := Unmarshal(b)
	if err != nil {
		return nil, &InvalidKeysetError{Err: err}
	}
	// Encoded again rather than taken as is: b may be valid but not
	// canonical (fields out of order, a key type in lower case), and the
	// result must be what Marshal writes.
	e = &encoded{bin: Marshal(ks), keysAt: primaryFieldSize(ks.PrimaryKeyID), ids: make([]string, len(ks.Keys))}
	for i, k := range ks.Keys {
		e.ids[i] = k.ID
	}
	return e, nil
}

// primaryFieldSize is the encoded size of the primary_key_id field.
func primaryFieldSize(id string) int {
	return protowire.SizeTag(fieldPrimaryKeyID) + protowire.SizeBytes(len(id))
}

// appendBinary returns the encoding of b with the key newKey makes
// appended and made primary; newKey gets the test of ids in use.
func appendBinary(b []byte, newKey func(taken func(string) bool) (*Key, error)) ([]byte, error) {
	e, err := takeEncoded(b)
	if err != nil {
		return nil, err
	}
	k, err := newKey(func(id string) bool {
		// A linear scan: a key id has 48 random bits, so this runs once
		// per call, and comparing n short strings costs less than the
		// copy below.
		for _, have := range e.ids {
			if have == id {
				return true
			}
		}
		return false
	})
	if err != nil {
		// e is unchanged: remembered again, the next call needs no decoding.
		remember(e)
		return nil, err
	}
	// The new key field, then the new primary_key_id field in front of the
	// old key fields. A valid keyset's ids are all 16 characters, so the
	// primary_key_id field keeps its size and e's own copy is updated in
	// place: a rotation then allocates only its result, which matters
	// when each one is a few hundred kilobytes.
	e.bin = protowire.AppendTag(e.bin, fieldKey, protowire.BytesType)
	e.bin = protowire.AppendBytes(e.bin, appendKeyBinary(nil, k))
	head := protowire.AppendString(protowire.AppendTag(nil, fieldPrimaryKeyID, protowire.BytesType), k.ID)
	if len(head) == e.keysAt {
		copy(e.bin, head)
	} else {
		e.bin = append(head, e.bin[e.keysAt:]...)
		e.keysAt = len(head)
	}
	e.ids = append(e.ids, k.ID)
	out := bytes.Clone(e.bin)
	remember(e)
	return out, nil
}

// remember makes e the keyset to recognise in the next call.
func remember(e *encoded) {
	lastAppended.Lock()
	lastAppended.e = e
	lastAppended.Unlock()
}
