package kms

import (
	"context"
	"time"
)

// Key states, as Alibaba Cloud KMS names them.
const (
	StateEnabled         = "Enabled"
	StateDisabled        = "Disabled"
	StatePendingDeletion = "PendingDeletion"
)

// KeyMetadata describes a CMK, as DescribeKey returns it.
type KeyMetadata struct {
	KeyID             string
	Arn               string
	KeyState          string
	Description       string
	CreationDate      time.Time
	DeleteDate        time.Time // set while PendingDeletion
	PrimaryKeyVersion string
	Creator           string // account id
}

// KeyService is a store of CMKs and the cryptography done with them,
// without authentication: the local backend implements it over its key
// store file, and the emulator serves it over HTTP after checking
// signatures and policy. Key ids are the store's own (key-...); ARNs are
// resolved to ids by the caller.
type KeyService interface {
	CreateKey(ctx context.Context, region, account, description string) (*KeyMetadata, error)
	DescribeKey(ctx context.Context, keyID string) (*KeyMetadata, error)
	ListKeys(ctx context.Context) ([]KeyMetadata, error)
	EnableKey(ctx context.Context, keyID string) error
	DisableKey(ctx context.Context, keyID string) error
	// ScheduleKeyDeletion moves the key to PendingDeletion for 7 to 366 days.
	ScheduleKeyDeletion(ctx context.Context, keyID string, pendingWindowDays int) error
	// Encrypt fails with Forbidden.KeyNotFound, Rejected.Disabled or
	// Rejected.PendingDeletion as the real service does.
	Encrypt(ctx context.Context, keyID string, plaintext []byte, encryptionContext map[string]string) (*EncryptResult, error)
	Decrypt(ctx context.Context, blob string, encryptionContext map[string]string) (*DecryptResult, error)
}

// Principal is who makes a call: a user with an access key, or a role
// assumed through STS.
type Principal struct {
	Account string
	User    string  // set for a user
	Role    RoleARN // set for an assumed role
}

// IsRole reports whether the principal is an assumed role.
func (p Principal) IsRole() bool { return p.Role.Name != "" }

func (p Principal) String() string {
	if p.IsRole() {
		return p.Role.String()
	}
	return "acs:ram::" + p.Account + ":user/" + p.User
}

// Policy decides who may do what (kms.md "Policy"): users with access
// keys, roles with a trust list and grants of CMKs. The emulator enforces
// it on every call; the local backend too when given a policy file.
type Policy interface {
	// Authenticate returns the secret of a long-term access key and its user.
	Authenticate(accessKeyID string) (secret string, user Principal, err error)
	// CanAssume fails with Forbidden.NoPermission (naming the role and the
	// reason) unless caller is in role's trust list.
	CanAssume(caller Principal, role RoleARN) error
	// CanUse fails with Forbidden.NoPermission unless caller has a grant for
	// action ("Encrypt", "Decrypt", or a management action) on key.
	CanUse(caller Principal, action string, key KeyARN) error
}
