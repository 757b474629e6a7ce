package emulator

import (
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"regexp"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// Durations of STS credentials, in seconds, as the real service bounds
// them; a role assuming another role (a role chain hop) gets at most one
// hour, as on Alibaba Cloud.
const (
	minDuration     = 900
	maxDuration     = 43200
	defaultDuration = 3600
	maxChainedHop   = 3600
)

// sessionNameRE is STS's rule for RoleSessionName.
var sessionNameRE = regexp.MustCompile(`^[A-Za-z0-9_.@-]{2,64}$`)

type assumeRoleResponse struct {
	RequestID       string          `json:"RequestId"`
	AssumedRoleUser assumedRoleUser `json:"AssumedRoleUser"`
	Credentials     credentialsJSON `json:"Credentials"`
}

type assumedRoleUser struct {
	Arn           string `json:"Arn"`
	AssumedRoleID string `json:"AssumedRoleId"`
}

type credentialsJSON struct {
	AccessKeyID     string `json:"AccessKeyId"`
	AccessKeySecret string `json:"AccessKeySecret"`
	SecurityToken   string `json:"SecurityToken"`
	Expiration      string `json:"Expiration"`
}

// assumeRole is STS AssumeRole: RoleArn, RoleSessionName, DurationSeconds.
// The caller (a user, or a role through its token) must be trusted by the
// role. ExternalId is accepted and not checked; a session Policy is
// refused, since the emulator cannot narrow grants with one.
func (s *Server) assumeRole(c *call) (any, *kms.Error) {
	arn, kerr := c.p.required("RoleArn")
	if kerr != nil {
		return nil, kerr
	}
	role, err := kms.ParseRoleARN(arn)
	if err != nil {
		return nil, kms.Errorf(kms.CodeInvalidParameter, "", "the parameter RoleArn is invalid: %v", err)
	}
	c.resource = role.String()
	name, kerr := c.p.required("RoleSessionName")
	if kerr != nil {
		return nil, kerr
	}
	if !sessionNameRE.MatchString(name) {
		return nil, kms.Errorf(kms.CodeInvalidParameter, "", "the parameter RoleSessionName %q must be 2 to 64 letters, digits or . @ - _", name)
	}
	if c.p["Policy"] != "" {
		return nil, kms.Errorf(kms.CodeInvalidParameter, "", "the parameter Policy (a session policy) is not supported by the emulator")
	}
	hi := maxDuration
	if c.caller.IsRole() {
		hi = maxChainedHop
	}
	seconds, kerr := c.p.intParam("DurationSeconds", defaultDuration, minDuration, hi)
	if kerr != nil {
		return nil, kerr
	}
	if err := s.cfg.Policy.CanAssume(c.caller, role); err != nil {
		return nil, refusal(err, role.String())
	}
	return s.issue(c, role, name, time.Duration(seconds)*time.Second)
}

// issue creates and stores a session for role and returns AssumeRole's answer.
func (s *Server) issue(c *call, role kms.RoleARN, sessionName string, d time.Duration) (any, *kms.Error) {
	akid, kerr := s.randomString(25)
	if kerr != nil {
		return nil, kerr
	}
	secret, kerr := s.randomString(44)
	if kerr != nil {
		return nil, kerr
	}
	raw := make([]byte, 120)
	if kerr := s.randBytes(raw); kerr != nil {
		return nil, kerr
	}
	now := s.cfg.Now()
	sess := &session{
		accessKeyID: "STS." + akid,
		secret:      secret,
		token:       "CAIS" + base64.StdEncoding.EncodeToString(raw),
		principal:   kms.Principal{Account: role.Account, Role: role},
		expires:     now.Add(d).UTC().Truncate(time.Second),
	}
	s.tokens.add(sess, now)
	return assumeRoleResponse{
		RequestID: c.requestID,
		AssumedRoleUser: assumedRoleUser{
			Arn:           role.String() + "/" + sessionName,
			AssumedRoleID: roleID(role) + ":" + sessionName,
		},
		Credentials: credentialsJSON{
			AccessKeyID:     sess.accessKeyID,
			AccessKeySecret: sess.secret,
			SecurityToken:   sess.token,
			Expiration:      sess.expires.Format(isoSeconds),
		},
	}, nil
}

// isoSeconds is the services' time format.
const isoSeconds = "2006-01-02T15:04:05Z"

// roleID is a stable 17-digit id for a role, shaped like RAM's, derived
// from its ARN so that it needs no storage.
func roleID(role kms.RoleARN) string {
	sum := sha1.Sum([]byte(role.String()))
	return fmt.Sprintf("%017d", binary.BigEndian.Uint64(sum[:8])%100_000_000_000_000_000)
}
