package aliyun

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// Secrets the tests hand to the client; no error text may contain them.
const (
	callerID     = "LTAI5tCallerKeyId"
	callerSecret = "CallerSecretValue0123456789"
	callerToken  = "CallerSecurityTokenValue+/="
)

// epoch is the fake clock's start; STS answers expire an hour after the
// clock's current time.
var epoch = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

// answer is a canned HTTP answer.
type answer struct {
	status int
	body   any // marshalled to JSON, or sent as is when a string
}

// fakeAliyun answers KMS and STS RPC calls with canned JSON and records
// every request's parameters.
type fakeAliyun struct {
	t     *testing.T
	srv   *httptest.Server
	clock *fakeClock
	mu    sync.Mutex
	reqs  []url.Values
	// override, when set, answers instead of the defaults; ok=false falls
	// through to them.
	override func(p url.Values, n int) (answer, bool)
}

func newFake(t *testing.T, clock *fakeClock) *fakeAliyun {
	f := &fakeAliyun{t: t, clock: clock}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAliyun) serve(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.reqs = append(f.reqs, r.Form)
	n := f.countLocked(r.Form.Get("Action"))
	override := f.override
	f.mu.Unlock()
	a, ok := answer{}, false
	if override != nil {
		a, ok = override(r.Form, n)
	}
	if !ok {
		a = f.defaultAnswer(r.Form, n)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(a.status)
	if s, isString := a.body.(string); isString {
		fmt.Fprint(w, s)
		return
	}
	if err := json.NewEncoder(w).Encode(a.body); err != nil {
		f.t.Errorf("fake: encode: %v", err)
	}
}

// defaultAnswer is a successful answer; n counts calls of the action.
func (f *fakeAliyun) defaultAnswer(p url.Values, n int) answer {
	switch p.Get("Action") {
	case "AssumeRole":
		return answer{200, map[string]any{
			"RequestId": fmt.Sprintf("sts-req-%d", n),
			"Credentials": map[string]string{
				"AccessKeyId":     fmt.Sprintf("STS.id%d", n),
				"AccessKeySecret": fmt.Sprintf("TempSecretValue%d", n),
				"SecurityToken":   fmt.Sprintf("TempTokenValue%d", n),
				"Expiration":      f.clock.Now().Add(time.Hour).Format(time.RFC3339),
			},
			"AssumedRoleUser": map[string]string{"Arn": p.Get("RoleArn") + "/" + p.Get("RoleSessionName")},
		}}
	case "Encrypt":
		return answer{200, map[string]string{
			"CiphertextBlob": "blob(" + p.Get("Plaintext") + ")", "KeyId": "key-hzz652f8793l4n2n8o21t",
			"KeyVersionId": "v1", "RequestId": fmt.Sprintf("kms-req-%d", n),
		}}
	case "Decrypt":
		return answer{200, map[string]string{
			"Plaintext": "plain(" + p.Get("CiphertextBlob") + ")", "KeyId": "key-hzz652f8793l4n2n8o21t",
			"KeyVersionId": "v1", "RequestId": fmt.Sprintf("kms-req-%d", n),
		}}
	}
	return answer{400, map[string]string{"Code": "InvalidAction.NotFound", "Message": "unknown action"}}
}

func (f *fakeAliyun) countLocked(action string) int {
	n := 0
	for _, r := range f.reqs {
		if r.Get("Action") == action {
			n++
		}
	}
	return n
}

// count returns how many requests of action arrived.
func (f *fakeAliyun) count(action string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.countLocked(action)
}

// requests returns the parameters of every request, in order.
func (f *fakeAliyun) requests() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]url.Values(nil), f.reqs...)
}

func (f *fakeAliyun) setOverride(fn func(p url.Values, n int) (answer, bool)) {
	f.mu.Lock()
	f.override = fn
	f.mu.Unlock()
}

// fakeClock is an injected clock.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// sleeps records the waits between retries instead of waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) Sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// env returns a getenv over vars.
func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// testEnv is the caller's environment of most tests.
func testEnv() map[string]string {
	return map[string]string{EnvAccessKeyID: callerID, EnvAccessKeySecret: callerSecret}
}

// harness is a Client wired to a fake service.
type harness struct {
	c      *Client
	fake   *fakeAliyun
	clock  *fakeClock
	sleeps *sleeps
}

// newHarness builds a Client against a fake; mod adjusts its Config.
func newHarness(t *testing.T, mod func(*Config)) *harness {
	t.Helper()
	clock := &fakeClock{now: epoch}
	h := &harness{fake: newFake(t, clock), clock: clock, sleeps: &sleeps{}}
	cfg := Config{
		Getenv:      env(testEnv()),
		KMSEndpoint: h.fake.srv.URL,
		STSEndpoint: h.fake.srv.URL,
		Now:         clock.Now,
		Sleep:       h.sleeps.Sleep,
		Rand:        func() float64 { return 0.5 },
		ReadTimeout: 5 * time.Second,
	}
	if mod != nil {
		mod(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(c.Close)
	h.c = c
	return h
}

func mustKey(t *testing.T, s string) kms.KeyARN {
	t.Helper()
	k, err := kms.ParseKeyARN(s)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func mustChain(t *testing.T, role, chain string) kms.RoleChain {
	t.Helper()
	r, err := kms.ParseRoleChain(role, chain)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

const (
	testKeyARN = "acs:kms:cn-hangzhou:1111111111111111:key/key-hzz652f8793l4n2n8o21t"
	testRoleA  = "acs:ram::1111111111111111:role/alpha"
	testRoleB  = "acs:ram::2222222222222222:role/beta"
)
