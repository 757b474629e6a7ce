// Package kmstest is a conformance suite that every kms.Client passes:
// the local client over a key store, and the Alibaba Cloud client talking
// to the emulator over HTTP. A backend supplies a Harness; Run does the
// rest.
//
//	func TestConformance(t *testing.T) {
//		kmstest.Run(t, kmstest.Harness{New: func(t *testing.T, s kmstest.Setup) kmstest.Backend {
//			store := local.NewStore(filepath.Join(t.TempDir(), "keystore.json"), local.Options{})
//			caller := s.Caller.Principal
//			return kmstest.Backend{
//				Client: local.NewClient(store, s.Policy, local.ClientOptions{Caller: &caller}),
//				Keys:   store,
//			}
//		}})
//	}
package kmstest

import (
	"testing"

	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/policy"
)

// Harness is what differs per backend.
type Harness struct {
	// New returns a fresh backend holding no keys, whose client enforces
	// s.Policy and calls as s.Caller. Each subtest calls it at least once;
	// cleanup goes through t.Cleanup.
	New func(t *testing.T, s Setup) Backend
}

// Setup is the policy and caller a backend must use. The emulator takes
// PolicyJSON (or Policy) as its policy file, and the Alibaba Cloud client
// signs with Caller's access key.
type Setup struct {
	Policy     *policy.Policy
	PolicyJSON []byte
	Caller     Caller
}

// Caller is the user the client acts as.
type Caller struct {
	Principal       kms.Principal
	AccessKeyID     string
	AccessKeySecret string
}

// String shows who the caller is, never the secret.
func (c Caller) String() string { return c.Principal.String() + " (access key " + c.AccessKeyID + ")" }

// GoString keeps the secret out of %#v too.
func (c Caller) GoString() string { return c.String() }

// String leaves out the policy file, which holds the caller's secret.
func (s Setup) String() string {
	return "kmstest setup: " + s.Policy.String() + ", caller " + s.Caller.String()
}

// GoString keeps the policy file out of %#v too.
func (s Setup) GoString() string { return s.String() }

// Backend is a client and the key service behind it, through which the
// suite creates CMKs and changes their states.
type Backend struct {
	Client kms.Client
	Keys   kms.KeyService
}

// Accounts, roles and the caller of the suite's policy.
const (
	Account1 = "1111111111111111"
	Account2 = "2222222222222222"
	// Region1 keys of Account1 are usable through RoleKMS; Region2 keys of
	// Account2 through the two-hop chain RoleHop, RolePartner.
	Region1 = "cn-hangzhou"
	Region2 = "cn-shanghai"

	aliceKeyID  = "LTAIkmstestAlice0001"
	aliceSecret = "kmstest-alice-secret-0123456789abcdef"
)

// Roles of the suite's policy.
var (
	RoleKMS      = kms.RoleARN{Account: Account1, Name: "kms"}      // trusts Account1; every action on Region1 keys of Account1
	RoleNarrow   = kms.RoleARN{Account: Account1, Name: "narrow"}   // trusts Account1; Encrypt/Decrypt on Region2 keys of Account1 only
	RoleReader   = kms.RoleARN{Account: Account1, Name: "reader"}   // trusts Account1; Decrypt only on Region1 keys of Account1
	RoleHop      = kms.RoleARN{Account: Account1, Name: "hop"}      // trusts alice; no grants
	RolePartner  = kms.RoleARN{Account: Account2, Name: "partner"}  // trusts RoleHop; Encrypt/Decrypt on Region2 keys of Account2
	RoleStranger = kms.RoleARN{Account: Account2, Name: "stranger"} // trusts Account2 only
)

// PolicyJSON is the suite's policy file.
const PolicyJSON = `{
  "users": [
    {"name": "alice", "account": "1111111111111111",
     "access_key_id": "` + aliceKeyID + `", "access_key_secret": "` + aliceSecret + `"}
  ],
  "roles": [
    {"arn": "acs:ram::1111111111111111:role/kms", "trust": ["acs:ram::1111111111111111:root"],
     "grants": [{"keys": ["acs:kms:cn-hangzhou:1111111111111111:key/*"], "actions": ["*"]}]},
    {"arn": "acs:ram::1111111111111111:role/narrow", "trust": ["acs:ram::1111111111111111:root"],
     "grants": [{"keys": ["acs:kms:cn-shanghai:1111111111111111:key/*"], "actions": ["Encrypt", "Decrypt"]}]},
    {"arn": "acs:ram::1111111111111111:role/reader", "trust": ["acs:ram::1111111111111111:root"],
     "grants": [{"keys": ["acs:kms:cn-hangzhou:1111111111111111:key/*"], "actions": ["Decrypt"]}]},
    {"arn": "acs:ram::1111111111111111:role/hop", "trust": ["acs:ram::1111111111111111:user/alice"]},
    {"arn": "acs:ram::2222222222222222:role/partner", "trust": ["acs:ram::1111111111111111:role/hop"],
     "grants": [{"keys": ["acs:kms:cn-shanghai:2222222222222222:key/*"], "actions": ["Encrypt", "Decrypt"]}]},
    {"arn": "acs:ram::2222222222222222:role/stranger", "trust": ["acs:ram::2222222222222222:root"],
     "grants": [{"keys": ["*"], "actions": ["*"]}]}
  ]
}`

// NewSetup returns the suite's policy and caller (alice of Account1).
func NewSetup() (Setup, error) {
	p, err := policy.Parse([]byte(PolicyJSON), "kmstest policy")
	if err != nil {
		return Setup{}, err
	}
	return Setup{
		Policy:     p,
		PolicyJSON: []byte(PolicyJSON),
		Caller: Caller{
			Principal:       kms.Principal{Account: Account1, User: "alice"},
			AccessKeyID:     aliceKeyID,
			AccessKeySecret: aliceSecret,
		},
	}, nil
}
