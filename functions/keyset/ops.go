package keyset

import (
	"fmt"
	"io"
	"time"
)

// New returns a keyset of one freshly generated key (NEW_KEYSET): origin
// Origin_ALIYUN_MAXCOMPUTE, ENABLED, PREFIX_ALIYUN_MAXCOMPUTE, primary. Key
// material and the random part of the id come from rand; now dates the id.
func New(keyType, description string, rand io.Reader, now time.Time) (*Keyset, error) {
	return appendGenerated(&Keyset{}, keyType, description, rand, now)
}

// AddKey returns a copy of ks with rawKey appended as a key of keyType
// (ADD_KEY_TO_KEYSET): origin Origin_IMPORTED, ENABLED, and primary. The
// existing keys are unchanged, so they re-encode byte for byte. ks is not
// modified.
func AddKey(ks *Keyset, keyType string, rawKey []byte, description string, rand io.Reader, now time.Time) (*Keyset, error) {
	if err := ks.Validate(); err != nil {
		return nil, err
	}
	t, err := ParseKeyType(keyType)
	if err != nil {
		return nil, err
	}
	if len(rawKey) != t.KeySize() {
		return nil, fmt.Errorf("keyset: raw key is %d bytes, %s needs %d", len(rawKey), t, t.KeySize())
	}
	out := ks.Clone()
	if err := appendKey(out, t, append([]byte(nil), rawKey...), OriginImported, description, rand, now); err != nil {
		return nil, err
	}
	return out, nil
}

// Rotate returns a copy of ks with a freshly generated key of keyType
// appended and made primary (ROTATE_KEYSET); keyType may differ from the
// existing keys'. ks is not modified.
func Rotate(ks *Keyset, keyType, description string, rand io.Reader, now time.Time) (*Keyset, error) {
	if err := ks.Validate(); err != nil {
		return nil, err
	}
	return appendGenerated(ks.Clone(), keyType, description, rand, now)
}

// appendGenerated draws key material of keyType from rand and appends it to
// ks (which it owns) with origin Origin_ALIYUN_MAXCOMPUTE.
func appendGenerated(ks *Keyset, keyType, description string, rand io.Reader, now time.Time) (*Keyset, error) {
	t, err := ParseKeyType(keyType)
	if err != nil {
		return nil, err
	}
	key := make([]byte, t.KeySize())
	if _, err := io.ReadFull(rand, key); err != nil {
		return nil, fmt.Errorf("keyset: reading random key material: %v", err)
	}
	if err := appendKey(ks, t, key, OriginMaxCompute, description, rand, now); err != nil {
		return nil, err
	}
	return ks, nil
}

// appendKey adds an ENABLED key with a fresh id to ks and makes it primary.
func appendKey(ks *Keyset, t KeyType, key []byte, origin Origin, description string, rand io.Reader, now time.Time) error {
	k, err := newKey(t, key, origin, description, rand, now, func(id string) bool { return hasKeyID(ks, id) })
	if err != nil {
		return err
	}
	ks.Keys = append(ks.Keys, k)
	ks.PrimaryKeyID = k.ID
	return nil
}

// newKey returns an ENABLED key of material key with a fresh id, one that
// taken does not report in use.
func newKey(t KeyType, key []byte, origin Origin, description string, rand io.Reader, now time.Time, taken func(string) bool) (*Key, error) {
	id, err := newKeyID(rand, now, taken)
	if err != nil {
		return nil, err
	}
	k := &Key{
		ID:               id,
		Type:             t,
		Value:            key,
		MaterialType:     MaterialSymmetric,
		Origin:           origin,
		Status:           StatusEnabled,
		OutputPrefixType: PrefixMaxCompute,
		Description:      description,
	}
	if err := validateKey(k); err != nil {
		return nil, fmt.Errorf("keyset: new key: %v", err)
	}
	return k, nil
}
