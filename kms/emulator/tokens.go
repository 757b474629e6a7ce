package emulator

import (
	"crypto/subtle"
	"fmt"
	"sync"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// Codes of STS token failures the kms package has no constant for.
const (
	// CodeTokenMismatch: the SecurityToken was issued with another
	// AccessKeyId (HTTP 400).
	CodeTokenMismatch = "InvalidSecurityToken.MismatchWithAccessKey"
)

// expiredRetention is how long an expired session is kept so that using
// it is answered InvalidSecurityToken.Expired, not Malformed.
const expiredRetention = 24 * time.Hour

// session is a set of temporary credentials issued by AssumeRole.
type session struct {
	accessKeyID string
	secret      string
	token       string
	principal   kms.Principal
	expires     time.Time
}

// String names the session by its access key id only: the secret and the
// token never reach logs or error messages.
func (s *session) String() string {
	return fmt.Sprintf("STS session %s of %s (expires %s)", s.accessKeyID, s.principal, s.expires.Format(time.RFC3339))
}

// GoString keeps secrets out of %#v too.
func (s *session) GoString() string { return s.String() }

// tokenStore holds the issued STS sessions in memory: they do not survive
// a restart of the emulator (clients then get
// InvalidSecurityToken.Malformed and assume their roles again).
type tokenStore struct {
	mu      sync.Mutex
	byToken map[string]*session
}

func newTokenStore() *tokenStore {
	return &tokenStore{byToken: map[string]*session{}}
}

// add stores sess and drops sessions expired for longer than
// expiredRetention.
func (t *tokenStore) add(sess *session, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for k, old := range t.byToken {
		if now.Sub(old.expires) > expiredRetention {
			delete(t.byToken, k)
		}
	}
	t.byToken[sess.token] = sess
}

// lookup returns the session of token if it was issued with accessKeyID
// and has not expired at now.
func (t *tokenStore) lookup(accessKeyID, token string, now time.Time) (*session, *kms.Error) {
	t.mu.Lock()
	sess := t.byToken[token]
	t.mu.Unlock()
	if sess == nil {
		return nil, kms.Errorf(kms.CodeTokenInvalid, "", "Specified SecurityToken is malformed or was not issued by this server.")
	}
	if subtle.ConstantTimeCompare([]byte(accessKeyID), []byte(sess.accessKeyID)) != 1 {
		return nil, kms.Errorf(CodeTokenMismatch, "", "Specified SecurityToken mismatch with the AccessKey %s.", accessKeyID)
	}
	if !now.Before(sess.expires) {
		return nil, kms.Errorf(kms.CodeTokenExpired, "", "Specified SecurityToken is expired: the credentials %s expired at %s.",
			accessKeyID, sess.expires.UTC().Format(time.RFC3339))
	}
	return sess, nil
}

// size returns how many sessions are kept.
func (t *tokenStore) size() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.byToken)
}
