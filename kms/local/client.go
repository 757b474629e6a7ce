package local

import (
	"context"
	"fmt"
	"io"

	"github.com/mcsql/mcsql/kms"
)

// DefaultUser is the name of the local caller when ClientOptions.Caller is
// not set: a policy file names it as acs:ram::<account>:user/mcsql (or
// trusts the whole account with acs:ram::<account>:root).
const DefaultUser = "mcsql"

// KeyStore is what the Client needs from a key store: the KeyService, plus
// creating a CMK with a chosen id and finding the CMK a blob names. *Store
// is one.
type KeyStore interface {
	kms.KeyService
	// EnsureKey returns the CMK with key's id, creating it (with key's
	// region and account) if missing; created reports a creation.
	EnsureKey(ctx context.Context, key kms.KeyARN, description string) (meta *kms.KeyMetadata, created bool, err error)
	// BlobKey returns the metadata of the CMK a CiphertextBlob names.
	BlobKey(ctx context.Context, blob string) (*kms.KeyMetadata, error)
	// Path names the store in notices.
	Path() string
}

// ClientOptions configure a Client.
type ClientOptions struct {
	// Notice receives one line per CMK created on first Encrypt; nil
	// discards them. mcsql passes its standard error.
	Notice io.Writer
	// Caller is who assumes the first role (or, without roles, uses the
	// CMK). When nil it is the user DefaultUser of the first role's
	// account, or of the CMK's account for a call without roles.
	Caller *kms.Principal
}

// Client is the local kms.Client: it checks every call against a policy
// (walking the role chain through CanAssume, then CanUse on the CMK) and
// runs it on a key store. It holds no credentials, so there is nothing to
// cache; it is safe for concurrent use.
type Client struct {
	store  KeyStore
	policy kms.Policy
	opts   ClientOptions
}

var _ kms.Client = (*Client)(nil)

// autoDescription marks the CMKs the Client created on first Encrypt.
const autoDescription = "created by mcsql on the first Encrypt with its ARN"

// NewClient returns a Client over store, enforcing policy (policy.AllowAll
// in local mode without a policy file).
func NewClient(store KeyStore, policy kms.Policy, opts ClientOptions) *Client {
	return &Client{store: store, policy: policy, opts: opts}
}

// Encrypt encrypts plaintext under key, creating the CMK with exactly key's
// id, region and account if the store has no CMK of that id (mcsql's rule),
// after the policy allowed the call.
func (c *Client) Encrypt(ctx context.Context, roles kms.RoleChain, key kms.KeyARN, plaintext []byte) (*kms.EncryptResult, error) {
	if err := checkPlaintext(key.String(), plaintext); err != nil {
		return nil, err
	}
	who, err := c.assume(roles, key.Account)
	if err != nil {
		return nil, err
	}
	if err := c.policy.CanUse(who, "Encrypt", key); err != nil {
		return nil, err
	}
	meta, created, err := c.store.EnsureKey(ctx, key, autoDescription)
	if err != nil {
		return nil, err
	}
	if created && c.opts.Notice != nil {
		fmt.Fprintf(c.opts.Notice, "mcsql: created local CMK %s for %s in %s\n", meta.KeyID, key, c.store.Path())
	}
	if meta.Arn != key.String() {
		return nil, kms.Errorf(kms.CodeKeyNotFound, key.String(),
			"the local CMK %s is %s: its region and account differ from this ARN's", key.KeyID, meta.Arn)
	}
	return c.store.Encrypt(ctx, key.KeyID, plaintext, nil)
}

// Decrypt decrypts blob with the CMK it names, after the policy allowed
// the last role of the chain to Decrypt with that CMK. It never creates
// keys.
func (c *Client) Decrypt(ctx context.Context, roles kms.RoleChain, blob string) (*kms.DecryptResult, error) {
	var meta *kms.KeyMetadata
	var account string
	var err error
	if c.opts.Caller == nil && len(roles) == 0 {
		// Without roles or a configured caller the caller's account is the
		// CMK's, which only the blob tells.
		if meta, err = c.store.BlobKey(ctx, blob); err != nil {
			return nil, err
		}
		account = meta.Creator
	}
	// The role chain is walked before the blob is resolved otherwise, as
	// the real service assumes roles before it sees the blob.
	who, err := c.assume(roles, account)
	if err != nil {
		return nil, err
	}
	if meta == nil {
		if meta, err = c.store.BlobKey(ctx, blob); err != nil {
			return nil, err
		}
	}
	key, err := kms.ParseKeyARN(meta.Arn)
	if err != nil {
		return nil, kms.Errorf(kms.CodeInternalFailure, meta.KeyID, "the store's ARN of the CMK is malformed: %v", err)
	}
	if err := c.policy.CanUse(who, "Decrypt", key); err != nil {
		return nil, err
	}
	return c.store.Decrypt(ctx, blob, nil)
}

// assume walks the role chain from the caller and returns the principal
// the KMS call runs as: the last role, or the caller without roles.
func (c *Client) assume(roles kms.RoleChain, keyAccount string) (kms.Principal, error) {
	who := kms.Principal{Account: keyAccount, User: DefaultUser}
	switch {
	case c.opts.Caller != nil:
		who = *c.opts.Caller
	case len(roles) > 0:
		who.Account = roles[0].Account
	}
	for _, r := range roles {
		if err := c.policy.CanAssume(who, r); err != nil {
			return kms.Principal{}, err
		}
		who = kms.Principal{Account: r.Account, Role: r}
	}
	return who, nil
}
