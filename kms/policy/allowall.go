package policy

import (
	"github.com/mcsql/mcsql/kms"
)

// AllowAll is the policy of local mode without a policy file: every
// well-formed role may be assumed by anyone and every well-formed CMK ARN
// may be used for any action. It knows no access keys, so Authenticate
// always fails: a server that must check signatures needs a policy file.
type AllowAll struct{}

var _ kms.Policy = AllowAll{}

// Authenticate fails: without a policy file there are no access keys.
func (AllowAll) Authenticate(accessKeyID string) (string, kms.Principal, error) {
	return "", kms.Principal{}, kms.Errorf(kms.CodeAccessKeyNotFound, "",
		"access key id %s is unknown: without a policy file there are no access keys", accessKeyID)
}

// CanAssume accepts every role whose ARN is well-formed.
func (AllowAll) CanAssume(_ kms.Principal, r kms.RoleARN) error {
	if _, err := kms.ParseRoleARN(r.String()); err != nil {
		return kms.Errorf(kms.CodeInvalidParameter, "", "%v", err)
	}
	return nil
}

// CanUse accepts every action on every CMK whose ARN is well-formed.
func (AllowAll) CanUse(_ kms.Principal, action string, key kms.KeyARN) error {
	if _, err := kms.ParseKeyARN(key.String()); err != nil {
		return kms.Errorf(kms.CodeInvalidParameter, "", "%v", err)
	}
	if action == "" {
		return kms.Errorf(kms.CodeMissingParameter, key.String(), "no action given")
	}
	return nil
}
