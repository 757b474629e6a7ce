package keyset

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"time"
)

// Key id layout (12 bytes, 16 Base64 characters):
//
//	uint32 little-endian Unix seconds ‖ 0x01 0x00 ‖ 6 random bytes
const (
	keyIDBytes       = 12
	keyIDChars       = 16 // Base64 of keyIDBytes, no padding needed
	keyIDRandomBytes = 6
	// keyIDAttempts bounds the retries on collision; 6 random bytes collide
	// with an existing id only if the reader is broken or constant.
	keyIDAttempts = 16
)

// NewKeyID returns a fresh key id for time now, drawing 6 bytes from rand,
// that is not already used by a key of existing (which may be nil).
func NewKeyID(rand io.Reader, now time.Time, existing *Keyset) (string, error) {
	return newKeyID(rand, now, func(id string) bool { return hasKeyID(existing, id) })
}

// newKeyID is NewKeyID with the ids in use given by taken.
func newKeyID(rand io.Reader, now time.Time, taken func(string) bool) (string, error) {
	secs := now.Unix()
	if secs < 0 || secs > math.MaxUint32 {
		return "", fmt.Errorf("keyset: clock time %s cannot be stored in a key id (1970 to 2106)", now.UTC().Format(time.RFC3339))
	}
	var raw [keyIDBytes]byte
	binary.LittleEndian.PutUint32(raw[:4], uint32(secs))
	raw[4], raw[5] = 0x01, 0x00
	for range keyIDAttempts {
		if _, err := io.ReadFull(rand, raw[6:]); err != nil {
			return "", fmt.Errorf("keyset: reading random key id bytes: %v", err)
		}
		id := base64.StdEncoding.EncodeToString(raw[:])
		if !taken(id) {
			return id, nil
		}
	}
	return "", fmt.Errorf("keyset: no unique key id after %d attempts: the random source repeats itself", keyIDAttempts)
}

// KeyIDTime returns the creation time encoded in a key id.
func KeyIDTime(id string) (time.Time, error) {
	if err := checkKeyID(id); err != nil {
		return time.Time{}, fmt.Errorf("keyset: %v", err)
	}
	raw, _ := base64.StdEncoding.DecodeString(id) // checked just above
	return time.Unix(int64(binary.LittleEndian.Uint32(raw[:4])), 0).UTC(), nil
}

// hasKeyID reports whether ks has a key with this id.
func hasKeyID(ks *Keyset, id string) bool {
	if ks == nil {
		return false
	}
	for _, k := range ks.Keys {
		if k != nil && k.ID == id {
			return true
		}
	}
	return false
}
