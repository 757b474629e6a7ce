package sign

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"strings"
)

// Errors of VerifyV2; a server maps ErrUnknownAccessKey to 401
// InvalidAccessKeyId and the others to 401 SignatureNotMatch.
var (
	ErrMissingAuthorization   = errors.New("the request has no ODPS Authorization header")
	ErrMalformedAuthorization = errors.New("the Authorization header is not of the form \"ODPS <AccessKeyId>:<signature>\"")
	ErrUnknownAccessKey       = errors.New("the access key id is not known")
	ErrSignatureMismatch      = errors.New("the request signature does not match the one computed with the access key secret")
)

// VerifyV2 checks req's Authorization header against the secret secretOf
// gives for its access key id, and returns that id. It accepts the V2 form
// and also the V4 form (credential scope <akID>/<day>/<region>/odps/
// aliyun_v4_request), so a client configured with a region passes too.
// Signatures are compared in constant time.
func VerifyV2(req *http.Request, endpointPath string, secretOf func(akID string) (string, bool)) (string, error) {
	auth := req.Header.Get("Authorization")
	if auth == "" {
		return "", ErrMissingAuthorization
	}
	rest, ok := strings.CutPrefix(auth, "ODPS ")
	if !ok {
		return "", ErrMalformedAuthorization
	}
	i := strings.LastIndexByte(rest, ':')
	if i <= 0 || i == len(rest)-1 {
		return "", ErrMalformedAuthorization
	}
	cred, got := rest[:i], rest[i+1:]
	akID, scope, isV4 := strings.Cut(cred, "/")
	secret, known := secretOf(akID)
	if !known {
		return akID, ErrUnknownAccessKey
	}
	var want string
	s := StringToSign(req, endpointPath)
	if isV4 {
		parts := strings.Split(scope, "/")
		if len(parts) != 4 || parts[2] != v4Service || parts[3] != v4Terminator {
			return akID, ErrMalformedAuthorization
		}
		want = hmacSHA1(SigningKeyV4(secret, parts[0], parts[1]), s)
	} else {
		want = v2Signature(secret, s)
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
		return akID, ErrSignatureMismatch
	}
	return akID, nil
}
