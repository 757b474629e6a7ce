package emulator

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// fakeKeys is an in-memory kms.KeyService for the tests. Its blobs are
// Base64 of "<key id>-<version>|<plaintext>": shaped like real blobs in
// the header, with no cryptography (the emulator does none itself).
type fakeKeys struct {
	mu      sync.Mutex
	now     func() time.Time
	keys    map[string]*kms.KeyMetadata
	next    int
	lastCtx map[string]string // EncryptionContext of the last Encrypt or Decrypt
}

func newFakeKeys(now func() time.Time) *fakeKeys {
	return &fakeKeys{now: now, keys: map[string]*kms.KeyMetadata{}}
}

func (f *fakeKeys) CreateKey(_ context.Context, region, account, description string) (*kms.KeyMetadata, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next++
	id := fmt.Sprintf("key-test%017d", f.next)
	m := &kms.KeyMetadata{
		KeyID: id, Arn: kms.KeyARN{Region: region, Account: account, KeyID: id}.String(),
		KeyState: kms.StateEnabled, Description: description, CreationDate: f.now(),
		PrimaryKeyVersion: fmt.Sprintf("v%09d", f.next), Creator: account,
	}
	f.keys[id] = m
	cp := *m
	return &cp, nil
}

func (f *fakeKeys) get(id string) (*kms.KeyMetadata, error) {
	m, ok := f.keys[id]
	if !ok {
		return nil, kms.Errorf(kms.CodeKeyNotFound, id, "The specified Key is not found.")
	}
	return m, nil
}

func (f *fakeKeys) DescribeKey(_ context.Context, id string) (*kms.KeyMetadata, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m, err := f.get(id)
	if err != nil {
		return nil, err
	}
	cp := *m
	return &cp, nil
}

func (f *fakeKeys) ListKeys(context.Context) ([]kms.KeyMetadata, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []kms.KeyMetadata
	for _, m := range f.keys {
		out = append(out, *m)
	}
	return out, nil
}

func (f *fakeKeys) setState(id, state string, deleteDate time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	m, err := f.get(id)
	if err != nil {
		return err
	}
	m.KeyState, m.DeleteDate = state, deleteDate
	return nil
}

func (f *fakeKeys) EnableKey(_ context.Context, id string) error {
	return f.setState(id, kms.StateEnabled, time.Time{})
}

func (f *fakeKeys) DisableKey(_ context.Context, id string) error {
	return f.setState(id, kms.StateDisabled, time.Time{})
}

func (f *fakeKeys) ScheduleKeyDeletion(_ context.Context, id string, days int) error {
	return f.setState(id, kms.StatePendingDeletion, f.now().Add(time.Duration(days)*24*time.Hour))
}

func (f *fakeKeys) CancelKeyDeletion(_ context.Context, id string) error {
	f.mu.Lock()
	m, err := f.get(id)
	f.mu.Unlock()
	if err != nil {
		return err
	}
	if m.KeyState != kms.StatePendingDeletion {
		return kms.Errorf(kms.CodeInvalidParameter, m.Arn, "the key is not pending deletion")
	}
	return f.setState(id, kms.StateEnabled, time.Time{})
}

// usable fails as the real service does for keys that are not Enabled.
func (f *fakeKeys) usable(id string) (*kms.KeyMetadata, error) {
	m, err := f.get(id)
	if err != nil {
		return nil, err
	}
	switch m.KeyState {
	case kms.StateDisabled:
		return nil, kms.Errorf(kms.CodeDisabled, m.Arn, "The key is disabled.")
	case kms.StatePendingDeletion:
		return nil, kms.Errorf(kms.CodePendingDeletion, m.Arn, "The key is pending deletion.")
	}
	return m, nil
}

func (f *fakeKeys) Encrypt(_ context.Context, id string, plaintext []byte, ec map[string]string) (*kms.EncryptResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m, err := f.usable(id)
	if err != nil {
		return nil, err
	}
	f.lastCtx = ec
	blob := base64.StdEncoding.EncodeToString([]byte(m.KeyID + "-" + m.PrimaryKeyVersion + "|" + string(plaintext)))
	return &kms.EncryptResult{CiphertextBlob: blob, KeyID: m.KeyID, KeyVersionID: m.PrimaryKeyVersion}, nil
}

func (f *fakeKeys) Decrypt(_ context.Context, blob string, ec map[string]string) (*kms.DecryptResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	raw, err := base64.StdEncoding.DecodeString(blob)
	header, plaintext, ok := strings.Cut(string(raw), "|")
	if err != nil || !ok || len(header) != 36 {
		return nil, kms.Errorf(kms.CodeInvalidParameter, "", "the CiphertextBlob is malformed")
	}
	m, err := f.usable(header[:25])
	if err != nil {
		return nil, err
	}
	f.lastCtx = ec
	return &kms.DecryptResult{Plaintext: []byte(plaintext), KeyID: m.KeyID, KeyVersionID: header[26:]}, nil
}

// fakePolicy: users by access key, roles with trust lists, and grants of
// "<action> <key ARN>" (action "*" for all) per principal.
type fakePolicy struct {
	users  map[string]fakeUser
	trust  map[string][]string // role ARN -> principals allowed to assume it
	grants map[string][]string // principal -> "<action> <key ARN or acs:kms:r:a:key/*>"
}

type fakeUser struct {
	secret string
	user   kms.Principal
}

func (p *fakePolicy) Authenticate(akid string) (string, kms.Principal, error) {
	u, ok := p.users[akid]
	if !ok {
		return "", kms.Principal{}, fmt.Errorf("no user has access key %s", akid)
	}
	return u.secret, u.user, nil
}

func (p *fakePolicy) CanAssume(caller kms.Principal, role kms.RoleARN) error {
	for _, who := range p.trust[role.String()] {
		if who == caller.String() {
			return nil
		}
	}
	return kms.Errorf(kms.CodeNoPermission, role.String(), "%s is not in the trust list of role %s", caller, role)
}

func (p *fakePolicy) CanUse(caller kms.Principal, action string, key kms.KeyARN) error {
	for _, g := range p.grants[caller.String()] {
		a, k, _ := strings.Cut(g, " ")
		if (a == "*" || a == action) && (k == key.String() || strings.HasSuffix(k, ":key/*") && strings.TrimSuffix(k, "*") == strings.TrimSuffix(key.String(), key.KeyID)) {
			return nil
		}
	}
	return kms.Errorf(kms.CodeNoPermission, key.String(), "%s has no grant for %s on %s", caller, action, key)
}
