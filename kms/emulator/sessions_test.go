package emulator

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// fillSessions stores n sessions of role app directly (issuing them over
// HTTP would take most of a test's time); session i expires at
// expiry(i).
func fillSessions(s *Server, n int, expiry func(i int) time.Time) {
	for i := range n {
		s.tokens.add(&session{
			accessKeyID: fmt.Sprintf("STS.filler%019d", i),
			token:       fmt.Sprintf("CAISfiller%d", i),
			principal:   kms.Principal{Account: "2222", Role: kms.RoleARN{Account: "2222", Name: "app"}},
			expires:     expiry(i),
		}, t0)
	}
}

// TestExpiredSessionsDropped: a session is forgotten 5 minutes after its
// expiry (the README's guarantee), whether or not new ones are issued, and
// the ones still valid are kept. With a day of retention, the 70,000
// sessions of the load were all still held.
func TestExpiredSessionsDropped(t *testing.T) {
	e := newEnv(t)
	const n = 100_000
	short, long := t0.Add(15*time.Minute), t0.Add(12*time.Hour)
	fillSessions(e.srv, n, func(i int) time.Time {
		if i%2 == 0 {
			return short
		}
		return long
	})
	if got := e.srv.tokens.size(); got != n {
		t.Fatalf("%d sessions stored, want %d", got, n)
	}
	// Expired but within the 5 minutes: kept, so a late use is "Expired".
	e.clock.Advance(20 * time.Minute)
	if _, kerr := e.srv.tokens.lookup("STS.filler0000000000000000000", "CAISfiller0", e.clock.Now()); kerr == nil || kerr.Code != kms.CodeTokenExpired {
		t.Fatalf("lookup of a just expired session: %v, want %s", kerr, kms.CodeTokenExpired)
	}
	if got := e.srv.tokens.size(); got != n {
		t.Fatalf("%d sessions kept within the retention, want %d", got, n)
	}
	// Past them, a lookup alone drops the expired sessions.
	e.clock.Advance(time.Second)
	if _, kerr := e.srv.tokens.lookup("STS.filler0000000000000000001", "CAISfiller1", e.clock.Now()); kerr != nil {
		t.Fatalf("lookup of a valid session: %v", kerr)
	}
	if got := e.srv.tokens.size(); got != n/2 {
		t.Fatalf("%d sessions kept after the short ones expired, want %d", got, n/2)
	}
	// AssumeRole drops them too, and keeps its own.
	e.clock.Advance(12 * time.Hour)
	app := e.assume(alice, appRole)
	if got := e.srv.tokens.size(); got != 1 {
		t.Fatalf("%d sessions kept after all expired, want 1", got)
	}
	if _, kerr := e.srv.tokens.lookup(app.akid, app.token, e.clock.Now()); kerr != nil {
		t.Fatalf("the new session: %v", kerr)
	}
}

// BenchmarkAssumeRole shows that AssumeRole's cost does not grow with the
// number of live sessions: sessions=100000 runs as fast as sessions=0
// (before the expiry heap, every call scanned all sessions under the
// store's lock, and 70,000 sessions cut the rate from 2,100/s to 120/s).
//
//	go test ./kms/emulator -run '^$' -bench AssumeRole
func BenchmarkAssumeRole(b *testing.B) {
	for _, live := range []int{0, 100_000} {
		b.Run(fmt.Sprintf("sessions=%d", live), func(b *testing.B) {
			e := newEnv(b, func(c *Config) { c.Log = nil })
			fillSessions(e.srv, live, func(int) time.Time { return t0.Add(12 * time.Hour) })
			params := map[string]string{"RoleArn": appRole, "RoleSessionName": "bench"}
			for b.Loop() {
				q := e.signed(http.MethodPost, alice, "AssumeRole", STSVersion, params)
				w := httptest.NewRecorder()
				e.srv.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/?"+q.Encode(), nil))
				if w.Code != http.StatusOK {
					b.Fatalf("HTTP %d %s", w.Code, w.Body)
				}
			}
		})
	}
}
