package policy

import (
	"fmt"

	"github.com/mcsql/mcsql/kms"
)

// Policy is a loaded policy file; it implements kms.Policy and is safe for
// concurrent use (it never changes after Load).
type Policy struct {
	byAccessKey map[string]*user // by access key id
	users       map[string]*user // by acs:ram::<account>:user/<name>
	roles       map[string]*role // by canonical role ARN
}

var _ kms.Policy = (*Policy)(nil)

type user struct {
	arn       string
	principal kms.Principal
	secret    string
	grants    []grant
}

type role struct {
	arn    string
	trust  map[string]bool // canonical principal ARNs, ":root" for a whole account
	grants []grant
}

type grant struct {
	keys    []string // CMK ARN patterns, '*' matching any run of characters
	actions map[string]bool
}

// Authenticate returns the secret and the user of a long-term access key,
// or InvalidAccessKeyId.NotFound.
func (p *Policy) Authenticate(accessKeyID string) (string, kms.Principal, error) {
	u, ok := p.byAccessKey[accessKeyID]
	if !ok {
		return "", kms.Principal{}, kms.Errorf(kms.CodeAccessKeyNotFound, "", "access key id %s is not in the policy", accessKeyID)
	}
	return u.secret, u.principal, nil
}

// CanAssume allows caller to assume r when r's trust list names caller or
// caller's whole account (acs:ram::<account>:root).
func (p *Policy) CanAssume(caller kms.Principal, r kms.RoleARN) error {
	ro, ok := p.roles[r.String()]
	if !ok {
		return kms.Errorf(kms.CodeNoPermission, r.String(), "role %s is not in the policy", r)
	}
	if ro.trust[caller.String()] || ro.trust["acs:ram::"+caller.Account+":root"] {
		return nil
	}
	return kms.Errorf(kms.CodeNoPermission, r.String(), "role %s does not trust %s", r, caller)
}

// CanUse allows caller to do action with key when one of caller's grants
// lists the action (or "*") and a pattern matching the key's ARN.
func (p *Policy) CanUse(caller kms.Principal, action string, key kms.KeyARN) error {
	var grants []grant
	if caller.IsRole() {
		ro, ok := p.roles[caller.Role.String()]
		if !ok {
			return kms.Errorf(kms.CodeNoPermission, key.String(), "role %s is not in the policy", caller)
		}
		grants = ro.grants
	} else {
		u, ok := p.users[caller.String()]
		if !ok {
			return kms.Errorf(kms.CodeNoPermission, key.String(), "user %s is not in the policy", caller)
		}
		grants = u.grants
	}
	arn := key.String()
	for _, g := range grants {
		if !g.actions[action] && !g.actions["*"] {
			continue
		}
		for _, pattern := range g.keys {
			if matchGlob(pattern, arn) {
				return nil
			}
		}
	}
	return kms.Errorf(kms.CodeNoPermission, arn, "%s has no grant to %s with key %s", caller, action, arn)
}

// matchGlob reports whether s matches pattern, where '*' matches any run
// of characters (including none) and every other byte matches itself.
// Backtracking only to the last star keeps it linear in practice.
func matchGlob(pattern, s string) bool {
	p, i := 0, 0
	star, mark := -1, 0
	for i < len(s) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, i
			p++
		case p < len(pattern) && pattern[p] == s[i]:
			p++
			i++
		case star >= 0:
			p = star + 1
			mark++
			i = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// String summarizes the policy without its access key secrets.
func (p *Policy) String() string {
	return fmt.Sprintf("policy of %d users and %d roles", len(p.users), len(p.roles))
}

// GoString keeps secrets out of %#v too.
func (p *Policy) GoString() string { return p.String() }
