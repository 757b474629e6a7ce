package emulator

import (
	"container/heap"
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
// it is answered InvalidSecurityToken.Expired, not Malformed. It is short:
// SDK credential providers renew before Expiration, so a late use is
// rare, and every session kept costs memory (at 2,000 AssumeRole calls a
// second, a day of retention was 170 million sessions).
const expiredRetention = 5 * time.Minute

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
//
// Sessions are indexed by token and also kept in a min-heap by expiry, so
// that dropping the expired ones costs O(log n) per session dropped
// instead of a scan of all sessions on every AssumeRole.
type tokenStore struct {
	mu       sync.Mutex
	byToken  map[string]*session
	byExpiry expiryHeap
}

func newTokenStore() *tokenStore {
	return &tokenStore{byToken: map[string]*session{}}
}

// add stores sess and drops the sessions expired for longer than
// expiredRetention.
func (t *tokenStore) add(sess *session, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.pruneLocked(now)
	t.byToken[sess.token] = sess
	heap.Push(&t.byExpiry, sess)
}

// pruneLocked pops the sessions whose retention has ended; it stops at
// the first one still kept, so it does no work when nothing is due.
func (t *tokenStore) pruneLocked(now time.Time) {
	for len(t.byExpiry) > 0 && now.Sub(t.byExpiry[0].expires) > expiredRetention {
		old := heap.Pop(&t.byExpiry).(*session)
		delete(t.byToken, old.token)
	}
}

// lookup returns the session of token if it was issued with accessKeyID
// and has not expired at now.
func (t *tokenStore) lookup(accessKeyID, token string, now time.Time) (*session, *kms.Error) {
	t.mu.Lock()
	t.pruneLocked(now)
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

// expiryHeap orders sessions by expiry, earliest first (container/heap).
type expiryHeap []*session

func (h expiryHeap) Len() int           { return len(h) }
func (h expiryHeap) Less(i, j int) bool { return h[i].expires.Before(h[j].expires) }
func (h expiryHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *expiryHeap) Push(x any)        { *h = append(*h, x.(*session)) }

func (h *expiryHeap) Pop() any {
	old := *h
	n := len(old) - 1
	sess := old[n]
	old[n] = nil // let the session be collected
	*h = old[:n]
	return sess
}

// Session returns the secret and the role of the STS credentials
// (accessKeyID, token) this server issued, for a server that shares its
// STS sessions (the fake MaxCompute, odps/fake, accepts the tokens its
// embedded emulator issues). The error is the emulator's own answer:
// InvalidSecurityToken.Malformed for a token it did not issue,
// InvalidSecurityToken.MismatchWithAccessKey for one issued with another
// access key id, InvalidSecurityToken.Expired after Expiration.
func (s *Server) Session(accessKeyID, token string) (secret string, caller kms.Principal, err *kms.Error) {
	sess, kerr := s.tokens.lookup(accessKeyID, token, s.cfg.Now())
	if kerr != nil {
		return "", kms.Principal{}, kerr
	}
	return sess.secret, sess.principal, nil
}
