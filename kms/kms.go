package kms

import (
	"context"
	"fmt"
	"time"
)

// Client is what the wrapped-keyset functions need from a Key Management
// Service. Every call runs with the credentials of a role chain: the first
// role is assumed with the caller's own credentials, each next one with the
// previous role's (kms.md "Roles"). Implementations cache temporary
// credentials until shortly before they expire, and are safe for
// concurrent use.
type Client interface {
	// Encrypt encrypts plaintext (at most 6 KB) under the CMK that key
	// names, creating nothing unless the backend documents it (the local
	// backend creates a missing CMK on first Encrypt and says so).
	Encrypt(ctx context.Context, roles RoleChain, key KeyARN, plaintext []byte) (*EncryptResult, error)
	// Decrypt decrypts a CiphertextBlob, which names its own CMK.
	Decrypt(ctx context.Context, roles RoleChain, blob string) (*DecryptResult, error)
}

// EncryptResult is KMS Encrypt's answer.
type EncryptResult struct {
	CiphertextBlob string // Base64 text; the wrapped keyset is its ASCII bytes
	KeyID          string // the CMK's id, e.g. key-hzz652f8793l4n2n8o21t
	KeyVersionID   string
	RequestID      string
}

// DecryptResult is KMS Decrypt's answer.
type DecryptResult struct {
	Plaintext    []byte
	KeyID        string // the CMK the blob was encrypted under
	KeyVersionID string
	RequestID    string
}

// Credentials are an access key pair, possibly temporary (from STS
// AssumeRole, with a SecurityToken and an Expiration). String never shows
// the secret or the token.
type Credentials struct {
	AccessKeyID     string
	AccessKeySecret string
	SecurityToken   string
	Expiration      time.Time // zero for long-term keys
}

// String shows only the access key id: secrets never reach logs or errors.
func (c Credentials) String() string {
	if c.SecurityToken != "" {
		return fmt.Sprintf("temporary credentials %s (expire %s)", c.AccessKeyID, c.Expiration.UTC().Format(time.RFC3339))
	}
	return "access key " + c.AccessKeyID
}

// GoString keeps secrets out of %#v too.
func (c Credentials) GoString() string { return c.String() }

// Valid reports whether c can still be used at now, with a margin so that
// a call started now does not fail half-way.
func (c Credentials) Valid(now time.Time, margin time.Duration) bool {
	return c.AccessKeyID != "" && (c.Expiration.IsZero() || now.Add(margin).Before(c.Expiration))
}
