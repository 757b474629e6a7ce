package fake

import (
	"errors"
	"net/http"
	"time"

	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/odps/sign"
)

// HeaderSTSToken carries the STS security token of a request signed with
// temporary credentials (it is not part of the signature).
const HeaderSTSToken = "authorization-sts-token"

// authenticate checks, in order, that the request is signed, its Date header against the clock, then
// the V2 (or V4) signature with the secret of the access key: a policy
// user's, or with an STS token the temporary credentials' the embedded
// STS issued. Error texts name the access key id, never a secret or a
// token.
func (s *Server) authenticate(c *call) *apiError {
	if c.r.Header.Get("Authorization") == "" {
		return errUnsigned()
	}
	if err := s.checkDate(c.r.Header.Get("Date")); err != nil {
		return err
	}
	token := c.r.Header.Get(HeaderSTSToken)
	var stsErr *kms.Error
	var caller kms.Principal
	secretOf := func(akID string) (string, bool) {
		if token != "" {
			secret, p, kerr := s.sts.Session(akID, token)
			if kerr != nil {
				stsErr = kerr
				return "", false
			}
			caller = p
			return secret, true
		}
		secret, p, err := s.opt.Policy.Authenticate(akID)
		caller = p
		return secret, err == nil
	}
	akID, err := sign.VerifyV2(c.r, c.prefix, secretOf)
	c.accessKeyID = akID
	switch {
	case err == nil:
		c.account = caller.Account
		return nil
	case stsErr != nil:
		return errorf(http.StatusUnauthorized, stsErr.Code, "%s", stsErr.Message)
	case errors.Is(err, sign.ErrUnknownAccessKey):
		return errorf(http.StatusUnauthorized, CodeInvalidAccessKeyID,
			"ODPS-0410051: Invalid credentials - accessKeyId not found: %s", shortPath(akID))
	case errors.Is(err, sign.ErrMissingAuthorization):
		return errUnsigned()
	case errors.Is(err, sign.ErrMalformedAuthorization):
		return errorf(http.StatusUnauthorized, CodeSignatureNotMatch, "ODPS-0410042: Invalid signature value - %v", err)
	}
	return errorf(http.StatusUnauthorized, CodeSignatureNotMatch,
		"ODPS-0410042: Invalid signature value - User signature does not match: check the access key secret of %s", shortPath(akID))
}

func errUnsigned() *apiError {
	return errorf(http.StatusUnauthorized, CodeUnauthorized,
		"ODPS-0410041: Unauthorized - the request carries no Authorization header: sign it with an access key of the policy file")
}

// checkDate refuses a request without a Date header, or one further than
// MaxSkew from the server's clock (RequestTimeTooSkewed, 403).
func (s *Server) checkDate(v string) *apiError {
	now := s.opt.Now()
	if v == "" {
		return errorf(http.StatusForbidden, CodeRequestTimeTooSkewed,
			"ODPS-0410031: Authentication request expired - the request has no Date header (RFC 1123, GMT)")
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return errorf(http.StatusForbidden, CodeRequestTimeTooSkewed,
			"ODPS-0410031: Authentication request expired - the Date header %q is not an RFC 1123 date such as %s",
			shortPath(v), now.UTC().Format(http.TimeFormat))
	}
	if d := now.Sub(t); d > s.opt.MaxSkew || d < -s.opt.MaxSkew {
		return errorf(http.StatusForbidden, CodeRequestTimeTooSkewed,
			"ODPS-0410031: Authentication request expired - the Date %s is more than %s away from the server's time %s: set the clock right",
			t.UTC().Format(http.TimeFormat), s.opt.MaxSkew, now.UTC().Format(http.TimeFormat))
	}
	return nil
}

// now is the server's clock, as a GMT time.
func (s *Server) now() time.Time { return s.opt.Now().UTC() }
