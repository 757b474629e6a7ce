package keyset

import (
	"encoding/base64"
	"fmt"
	"unicode/utf8"
)

// Keyset is a MaxCompute keyset: keys in insertion order and the id of the
// primary key, the one used for encryption.
type Keyset struct {
	PrimaryKeyID string
	Keys         []*Key
}

// Key is one entry of a keyset. Value is the raw key material and must never
// appear in error messages or logs.
type Key struct {
	ID               string
	Type             KeyType
	Value            []byte
	MaterialType     MaterialType
	Origin           Origin
	Status           Status
	OutputPrefixType OutputPrefixType
	Description      string // empty means none
}

// Clone returns a deep copy of ks, so that operations never share key
// material slices with their input.
func (ks *Keyset) Clone() *Keyset {
	if ks == nil {
		return nil
	}
	out := &Keyset{PrimaryKeyID: ks.PrimaryKeyID, Keys: make([]*Key, len(ks.Keys))}
	for i, k := range ks.Keys {
		if k == nil {
			continue
		}
		c := *k
		c.Value = append([]byte(nil), k.Value...)
		out.Keys[i] = &c
	}
	return out
}

// Primary returns the primary key, or nil when PrimaryKeyID names no key.
func (ks *Keyset) Primary() *Key {
	for _, k := range ks.Keys {
		if k != nil && k.ID == ks.PrimaryKeyID {
			return k
		}
	}
	return nil
}

// Validate checks everything the binary and JSON decoders require: at least
// one key, well-formed unique key ids, supported key types with keys of the
// right size, accepted enum values, UTF-8 descriptions, and an ENABLED
// primary key that exists. Errors name the key by position (from 1) and id.
func (ks *Keyset) Validate() error {
	if ks == nil {
		return fmt.Errorf("keyset: nil keyset")
	}
	if len(ks.Keys) == 0 {
		return fmt.Errorf("keyset: keyset has no keys")
	}
	seen := make(map[string]int, len(ks.Keys))
	for i, k := range ks.Keys {
		if k == nil {
			return fmt.Errorf("keyset: key %d is missing", i+1)
		}
		if err := validateKey(k); err != nil {
			return fmt.Errorf("keyset: %s: %v", keyLabel(i, k.ID), err)
		}
		if j, dup := seen[k.ID]; dup {
			return fmt.Errorf("keyset: %s: duplicate key id, already used by key %d", keyLabel(i, k.ID), j+1)
		}
		seen[k.ID] = i
	}
	if ks.PrimaryKeyID == "" {
		return fmt.Errorf("keyset: primary_key_id is missing")
	}
	p, ok := seen[ks.PrimaryKeyID]
	if !ok {
		return fmt.Errorf("keyset: primary_key_id %s names no key of the keyset", quoteShort(ks.PrimaryKeyID))
	}
	if st := ks.Keys[p].Status; st != StatusEnabled {
		return fmt.Errorf("keyset: primary %s is %s, want ENABLED", keyLabel(p, ks.PrimaryKeyID), st)
	}
	return nil
}

// validateKey checks one key on its own.
func validateKey(k *Key) error {
	if err := checkKeyID(k.ID); err != nil {
		return err
	}
	spec, ok := k.Type.spec()
	if !ok {
		return fmt.Errorf("unknown key type %s, want one of %s", quoteShort(string(k.Type)), validKeyTypeNames())
	}
	if len(k.Value) != spec.keySize {
		return fmt.Errorf("key size %d bytes does not match %s, want %d", len(k.Value), spec.name, spec.keySize)
	}
	for _, c := range []struct {
		e enumSpec
		n int32
	}{
		{materialEnum, int32(k.MaterialType)},
		{originEnum, int32(k.Origin)},
		{statusEnum, int32(k.Status)},
		{prefixEnum, int32(k.OutputPrefixType)},
	} {
		if err := c.e.check(c.n); err != nil {
			return err
		}
	}
	if !utf8.ValidString(k.Description) {
		return fmt.Errorf("description is not valid UTF-8")
	}
	return nil
}

// checkKeyID accepts exactly 16 characters of canonical standard Base64 (12
// bytes). Re-encoding catches what the decoder would silently skip (newlines).
func checkKeyID(id string) error {
	if id == "" {
		return fmt.Errorf("key_id is missing")
	}
	// Fixed arrays, not DecodeString: this runs for every key of every
	// keyset decoded, and allocating here dominated large keysets.
	var raw [keyIDBytes]byte
	var enc [keyIDChars]byte
	ok := len(id) == keyIDChars
	if ok {
		n, err := base64.StdEncoding.Decode(raw[:], []byte(id))
		ok = err == nil && n == keyIDBytes
	}
	if ok {
		base64.StdEncoding.Encode(enc[:], raw[:])
		ok = string(enc[:]) == id
	}
	if !ok {
		return fmt.Errorf("key_id %s is not 16 characters of standard Base64", quoteShort(id))
	}
	return nil
}

// keyLabel names a key in errors: position from 1, and the id when it is
// printable (a well-formed id is never secret).
func keyLabel(i int, id string) string {
	if checkKeyID(id) != nil {
		return fmt.Sprintf("key %d", i+1)
	}
	return fmt.Sprintf("key %d (id %s)", i+1, id)
}

// quoteShort quotes s for an error message, cut to a readable length so a
// corrupted field cannot flood the message.
func quoteShort(s string) string {
	const max = 40
	if len(s) > max {
		return fmt.Sprintf("%q...", s[:max])
	}
	return fmt.Sprintf("%q", s)
}
