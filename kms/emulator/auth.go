package emulator

import (
	"errors"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// signedParams are the common parameters every signed request carries.
var signedParams = []string{"AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp"}

// authenticate checks, in order: the common parameters, the timestamp,
// the access key (or STS token), the signature and the nonce, and sets
// c.caller. The nonce is recorded only for a correctly signed request, so
// forged requests cannot burn a client's nonces.
func (s *Server) authenticate(method string, c *call) *kms.Error {
	p := c.p
	for _, name := range signedParams {
		if _, kerr := p.required(name); kerr != nil {
			return kerr
		}
	}
	if m := p["SignatureMethod"]; m != "HMAC-SHA1" {
		return kms.Errorf(kms.CodeInvalidParameter, "", "SignatureMethod %q is not supported; use HMAC-SHA1", m)
	}
	if v := p["SignatureVersion"]; v != "1.0" {
		return kms.Errorf(kms.CodeInvalidParameter, "", "SignatureVersion %q is not supported; use 1.0", v)
	}
	now := s.cfg.Now()
	ts, kerr := s.checkTimestamp(p["Timestamp"], now)
	if kerr != nil {
		return kerr
	}
	secret, caller, kerr := s.credentials(p, now)
	if kerr != nil {
		return kerr
	}
	toSign := stringToSign(method, p)
	if !signatureMatches(secret, toSign, p["Signature"]) {
		return signatureMismatch(p, toSign)
	}
	if !s.nonces.add(c.accessKeyID+"\x00"+p["SignatureNonce"], ts.Add(s.cfg.MaxSkew+time.Second), now) {
		return kms.Errorf(kms.CodeSignatureNonceUsed, "", "Specified signature nonce was used already.")
	}
	c.caller, c.authed = caller, true
	return nil
}

// checkTimestamp parses an ISO 8601 UTC timestamp (the SDK sends
// 2006-01-02T15:04:05Z) and refuses one further than MaxSkew from now.
func (s *Server) checkTimestamp(v string, now time.Time) (time.Time, *kms.Error) {
	ts, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return time.Time{}, kms.Errorf(kms.CodeIllegalTimestamp, "", "Specified Timestamp %q is not in the ISO 8601 UTC format yyyy-MM-ddTHH:mm:ssZ.", v)
	}
	if d := now.Sub(ts); d > s.cfg.MaxSkew || d < -s.cfg.MaxSkew {
		return time.Time{}, kms.Errorf(kms.CodeIllegalTimestamp, "",
			"Specified time stamp or date value is expired: %s is more than %s away from the server's time %s.",
			v, s.cfg.MaxSkew, now.UTC().Format(time.RFC3339))
	}
	return ts, nil
}

// credentials returns the signing secret and the principal of a request:
// the role behind an STS token when SecurityToken is given, else the
// user owning the long-term access key.
func (s *Server) credentials(p params, now time.Time) (string, kms.Principal, *kms.Error) {
	akid := p["AccessKeyId"]
	if token := p["SecurityToken"]; token != "" {
		sess, kerr := s.tokens.lookup(akid, token, now)
		if kerr != nil {
			return "", kms.Principal{}, kerr
		}
		return sess.secret, sess.principal, nil
	}
	secret, user, err := s.cfg.Policy.Authenticate(akid)
	if err != nil {
		var ke *kms.Error
		if errors.As(err, &ke) && ke.Code != "" && ke.Code != kms.CodeAccessKeyNotFound {
			return "", kms.Principal{}, &kms.Error{Code: ke.Code, Message: ke.Message, HTTPStatus: ke.HTTPStatus}
		}
		return "", kms.Principal{}, kms.Errorf(kms.CodeAccessKeyNotFound, "", "Specified access key is not found: %s.", akid)
	}
	return secret, user, nil
}

// sensitiveParams carry secrets (an STS token) or data (a plaintext) that
// must not come back in an error message.
var sensitiveParams = []string{"SecurityToken", "Plaintext"}

// signatureMismatch answers SignatureDoesNotMatch. Like the real service
// it shows the server's string to sign (the SDK compares it with its own
// to tell a wrong secret from a signing bug), except when the request
// carries a token or a plaintext: those would then end up in the
// client's error message and logs.
func signatureMismatch(p params, toSign string) *kms.Error {
	for _, name := range sensitiveParams {
		if p[name] != "" {
			return kms.Errorf(kms.CodeSignatureMismatch, "",
				"Specified signature is not matched with our calculation. (The server string to sign is not shown because the request carries a %s.)", name)
		}
	}
	return kms.Errorf(kms.CodeSignatureMismatch, "", "Specified signature is not matched with our calculation. server string to sign is:%s", toSign)
}
