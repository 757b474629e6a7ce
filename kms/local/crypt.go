package local

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"encoding/base64"
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// Blob layout sizes (kms.md "Wrapped keyset format").
const (
	// MaxPlaintext is the most Encrypt accepts: 6 KB, as the real service.
	MaxPlaintext = 6 * 1024
	ivLen        = 12
	tagLen       = 16
)

// Encrypt encrypts plaintext under the CMK's primary version. The blob is
// Base64 of header ‖ iv ‖ ciphertext ‖ tag, the header being the CMK id,
// "-" and the version id.
func (s *Store) Encrypt(ctx context.Context, keyID string, plaintext []byte, encryptionContext map[string]string) (*kms.EncryptResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := checkPlaintext(keyID, plaintext); err != nil {
		return nil, err
	}
	sf, err := s.read()
	if err != nil {
		return nil, err
	}
	k, err := s.usable(sf, keyID)
	if err != nil {
		return nil, err
	}
	v := k.version(k.PrimaryVersion)
	header := k.ID + "-" + v.ID
	iv := make([]byte, ivLen)
	if err := s.random(iv); err != nil {
		return nil, err
	}
	aead, err := newGCM(v.Material)
	if err != nil {
		return nil, err
	}
	out := append([]byte(header), iv...)
	out = aead.Seal(out, iv, plaintext, additionalData(header, encryptionContext))
	return &kms.EncryptResult{
		CiphertextBlob: base64.StdEncoding.EncodeToString(out),
		KeyID:          k.ID,
		KeyVersionID:   v.ID,
	}, nil
}

func checkPlaintext(keyID string, plaintext []byte) error {
	if len(plaintext) == 0 {
		return kms.Errorf(kms.CodeMissingParameter, keyID, "Plaintext is empty")
	}
	if len(plaintext) > MaxPlaintext {
		return kms.Errorf(kms.CodeInvalidParameter, keyID, "Plaintext is %d bytes; at most %d (6 KB) can be encrypted", len(plaintext), MaxPlaintext)
	}
	return nil
}

// Decrypt decrypts a blob made by Encrypt; the blob names its CMK and key
// version, so no key id is needed.
func (s *Store) Decrypt(ctx context.Context, blob string, encryptionContext map[string]string) (*kms.DecryptResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sf, raw, k, v, err := s.resolve(blob)
	if err != nil {
		return nil, err
	}
	if _, err := s.usable(sf, k.ID); err != nil {
		return nil, err
	}
	header := k.ID + "-" + v.ID
	aead, err := newGCM(v.Material)
	if err != nil {
		return nil, err
	}
	iv := raw[len(header) : len(header)+ivLen]
	plaintext, err := aead.Open(nil, iv, raw[len(header)+ivLen:], additionalData(header, encryptionContext))
	if err != nil {
		return nil, kms.Errorf(kms.CodeInvalidParameter, k.ID,
			"CiphertextBlob failed authentication: it was altered, or its EncryptionContext differs")
	}
	return &kms.DecryptResult{Plaintext: plaintext, KeyID: k.ID, KeyVersionID: v.ID}, nil
}

// BlobKey returns the metadata of the CMK a blob names, whatever its state,
// so that a caller can check permissions before decrypting.
func (s *Store) BlobKey(ctx context.Context, blob string) (*kms.KeyMetadata, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	_, _, k, _, err := s.resolve(blob)
	if err != nil {
		return nil, err
	}
	return k.metadata(), nil
}

// alibabaHeaderRE recognises an Alibaba-shaped CMK id at the start of a
// blob, to name it when the store does not hold it.
var alibabaHeaderRE = regexp.MustCompile(`^(key-[A-Za-z0-9*]{21})-`)

// headerKeyID is the CMK id a blob's header names, whatever its shape:
// the printable text before the last "-" that is followed by a version id
// (the version ids are lower-case letters and digits, the IV after them is
// random bytes). Failing that, an Alibaba-shaped id. "" when neither fits.
func headerKeyID(raw []byte) string {
	id := ""
	for p := 1; p < len(raw) && raw[p] >= ' ' && raw[p] <= '~'; p++ {
		if raw[p] == '-' && p+1+versionIDLen <= len(raw) && isVersionID(raw[p+1:p+1+versionIDLen]) {
			id = string(raw[:p])
		}
	}
	if id != "" && raw[0] >= ' ' && raw[0] <= '~' {
		return id
	}
	if m := alibabaHeaderRE.FindSubmatch(raw); m != nil {
		return string(m[1])
	}
	return ""
}

func isVersionID(b []byte) bool {
	for _, c := range b {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// resolve decodes a blob and finds its CMK: the longest id of the store
// that, followed by "-", starts the blob and has the version named next.
// Ids of any shape work, so auto-created CMKs decrypt too.
func (s *Store) resolve(blob string) (sf *storeFile, raw []byte, key *storedKey, version *storedVersion, err error) {
	if strings.TrimSpace(blob) == "" {
		return nil, nil, nil, nil, kms.Errorf(kms.CodeMissingParameter, "", "CiphertextBlob is empty")
	}
	raw, err = base64.StdEncoding.DecodeString(strings.TrimSpace(blob))
	if err != nil {
		return nil, nil, nil, nil, kms.Errorf(kms.CodeInvalidParameter, "", "CiphertextBlob is not Base64 text")
	}
	if sf, err = s.read(); err != nil {
		return nil, nil, nil, nil, err
	}
	key, version, versionless := s.match(sf, raw)
	switch {
	case key != nil && len(raw) < len(key.ID)+1+versionIDLen+ivLen+tagLen:
		return nil, nil, nil, nil, kms.Errorf(kms.CodeInvalidParameter, key.ID,
			"CiphertextBlob is truncated: %d bytes cannot hold an IV and a tag", len(raw))
	case key != nil:
		return sf, raw, key, version, nil
	case versionless != nil:
		v := string(raw[len(versionless.ID)+1 : len(versionless.ID)+1+versionIDLen])
		return nil, nil, nil, nil, kms.Errorf(kms.CodeKeyNotFound, versionless.ID,
			"CMK %s has no key version %q in key store %s", versionless.ID, v, s.path)
	}
	if id := headerKeyID(raw); id != "" {
		return nil, nil, nil, nil, kms.Errorf(kms.CodeKeyNotFound, id, "no CMK %s in key store %s", id, s.path)
	}
	return nil, nil, nil, nil, kms.Errorf(kms.CodeKeyNotFound, "", "the CiphertextBlob names no CMK of key store %s", s.path)
}

// match returns the CMK and version a decoded blob names, or, when none
// does, a CMK whose id starts the blob but lacks the version named.
func (s *Store) match(sf *storeFile, raw []byte) (key *storedKey, version *storedVersion, versionless *storedKey) {
	now := s.clock()
	for i := range sf.Keys {
		k := &sf.Keys[i]
		n := len(k.ID) + 1
		if k.expired(now) || len(raw) < n+versionIDLen || string(raw[:n]) != k.ID+"-" {
			continue
		}
		v := k.version(string(raw[n : n+versionIDLen]))
		switch {
		case v == nil:
			versionless = k
		case key == nil || len(k.ID) > len(key.ID):
			key, version = k, v
		}
	}
	return key, version, versionless
}

// usable finds a CMK that may encrypt and decrypt, failing as the real
// service does for disabled keys and keys pending deletion.
func (s *Store) usable(sf *storeFile, keyID string) (*storedKey, error) {
	k, err := s.lookup(sf, keyID)
	if err != nil {
		return nil, err
	}
	switch k.State {
	case kms.StateDisabled:
		return nil, kms.Errorf(kms.CodeDisabled, keyID, "CMK %s is disabled", keyID)
	case kms.StatePendingDeletion:
		return nil, kms.Errorf(kms.CodePendingDeletion, keyID, "CMK %s is pending deletion on %s", keyID, k.DeletionDate.Format(time.RFC3339))
	}
	return k, nil
}

func newGCM(material []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(material)
	if err != nil {
		return nil, kms.Errorf(kms.CodeInternalFailure, "", "bad key material length %d", len(material))
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, kms.Errorf(kms.CodeInternalFailure, "", "cannot set up AES-GCM: %v", err)
	}
	return aead, nil
}

// additionalData binds the header and the encryption context to the
// ciphertext; a map marshals with sorted keys, so the bytes are canonical.
func additionalData(header string, encryptionContext map[string]string) []byte {
	aad := []byte(header)
	if len(encryptionContext) > 0 {
		ctx, _ := json.Marshal(encryptionContext) // a map[string]string always marshals
		aad = append(aad, ctx...)
	}
	return aad
}
