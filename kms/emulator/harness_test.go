package emulator

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// Test identities: alice (account 1111) may assume app (account 2222),
// which may assume cross (account 3333); bob is trusted by nobody.
const (
	aliceAK     = "LTAI5tAliceAccessKey01"
	aliceSecret = "aliceSecretValue0123456789abcdef"
	bobAK       = "LTAI5tBobAccessKey0002"
	bobSecret   = "bobSecretValue0123456789abcdefgh"
	appRole     = "acs:ram::2222:role/app"
	crossRole   = "acs:ram::3333:role/cross"
	aliceUser   = "acs:ram::1111:user/alice"
)

var t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// clock is an injected, settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// env is an emulator on a loopback httptest server with fake backends.
type env struct {
	t     testing.TB
	clock *clock
	keys  *fakeKeys
	pol   *fakePolicy
	log   *syncBuffer
	srv   *Server
	http  *httptest.Server
	nonce int
	// hidden are server-side paths no answer may contain: the test's
	// working directory, and the key store's directory when there is one.
	hidden []string
}

// serverPaths returns the server-side paths no answer may show: the
// working directory and dirs.
func serverPaths(t testing.TB, dirs ...string) []string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return append([]string{wd}, dirs...)
}

// checkHidden fails the test if an answer shows a server-side path.
func checkHidden(t testing.TB, raw []byte, hidden []string) {
	t.Helper()
	for _, h := range hidden {
		if bytes.Contains(raw, []byte(h)) {
			t.Fatalf("the answer shows the server path %s: %s", h, raw)
		}
	}
}

func newEnv(t testing.TB, mutate ...func(*Config)) *env {
	t.Helper()
	e := &env{t: t, clock: &clock{t: t0}, log: &syncBuffer{}, hidden: serverPaths(t)}
	e.keys = newFakeKeys(e.clock.Now)
	e.pol = &fakePolicy{
		users: map[string]fakeUser{
			aliceAK: {aliceSecret, kms.Principal{Account: "1111", User: "alice"}},
			bobAK:   {bobSecret, kms.Principal{Account: "1111", User: "bob"}},
		},
		trust: map[string][]string{appRole: {aliceUser}, crossRole: {appRole}},
		grants: map[string][]string{
			aliceUser: {"* acs:kms:cn-hangzhou:1111:key/*"},
			appRole:   {"* acs:kms:cn-hangzhou:2222:key/*"},
		},
	}
	cfg := Config{Keys: e.keys, Policy: e.pol, Now: e.clock.Now, Rand: rand.NewChaCha8([32]byte{1}), Log: e.log}
	for _, m := range mutate {
		m(&cfg)
	}
	e.srv = New(cfg)
	e.http = httptest.NewServer(e.srv)
	t.Cleanup(e.http.Close)
	return e
}

// cred is who signs a request.
type cred struct {
	akid, secret, token string
}

var alice = cred{aliceAK, aliceSecret, ""}

// signed returns the parameters of a request signed like the SDK signs
// (url.Values encoding patched to RFC 3986, written independently of the
// server's percentEncode), with the common parameters filled in.
func (e *env) signed(method string, c cred, action, version string, extra map[string]string) url.Values {
	e.nonce++
	v := url.Values{}
	for k, x := range extra {
		v.Set(k, x)
	}
	v.Set("Action", action)
	v.Set("Version", version)
	v.Set("Format", "JSON")
	v.Set("AccessKeyId", c.akid)
	v.Set("SignatureMethod", "HMAC-SHA1")
	v.Set("SignatureVersion", "1.0")
	v.Set("SignatureType", "")
	v.Set("SignatureNonce", fmt.Sprintf("nonce-%d", e.nonce))
	v.Set("Timestamp", e.clock.Now().UTC().Format("2006-01-02T15:04:05Z"))
	if _, ok := extra["RegionId"]; !ok {
		v.Set("RegionId", "cn-hangzhou")
	}
	if c.token != "" {
		v.Set("SecurityToken", c.token)
	}
	resign(method, v, c.secret)
	return v
}

// resign recomputes the Signature of v after a test changed it.
func resign(method string, v url.Values, secret string) {
	v.Del("Signature")
	q := v.Encode()
	q = strings.NewReplacer("+", "%20", "*", "%2A", "%7E", "~").Replace(q)
	toSign := method + "&%2F&" + url.QueryEscape(q)
	mac := hmac.New(sha1.New, []byte(secret+"&"))
	mac.Write([]byte(toSign))
	v.Set("Signature", base64.StdEncoding.EncodeToString(mac.Sum(nil)))
}

// send makes a request with query parameters and an optional form body
// and returns the status and the decoded JSON answer.
func (e *env) send(method string, query, form url.Values) (int, map[string]any) {
	e.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, e.http.URL+"/?"+query.Encode(), body)
	if err != nil {
		e.t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	checkHidden(e.t, raw, e.hidden)
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		e.t.Fatalf("answer is not JSON: %v: %s", err, raw)
	}
	return resp.StatusCode, out
}

// call signs and POSTs a request with its parameters in the query string,
// as the SDK does.
func (e *env) call(c cred, action, version string, extra map[string]string) (int, map[string]any) {
	e.t.Helper()
	return e.send(http.MethodPost, e.signed(http.MethodPost, c, action, version, extra), nil)
}

// ok calls and fails the test unless the answer is HTTP 200.
func (e *env) ok(c cred, action, version string, extra map[string]string) map[string]any {
	e.t.Helper()
	status, body := e.call(c, action, version, extra)
	if status != http.StatusOK {
		e.t.Fatalf("%s: HTTP %d %v", action, status, body)
	}
	return body
}

// createKey creates a CMK in account's region cn-hangzhou through the
// fake directly and returns its id.
func (e *env) createKey(account string) string {
	e.t.Helper()
	m, err := e.keys.CreateKey(context.Background(), "cn-hangzhou", account, "test key")
	if err != nil {
		e.t.Fatal(err)
	}
	return m.KeyID
}

// assume assumes role with c's credentials and returns the new ones.
func (e *env) assume(c cred, role string) cred {
	e.t.Helper()
	body := e.ok(c, "AssumeRole", STSVersion, map[string]string{"RoleArn": role, "RoleSessionName": "test"})
	cr := body["Credentials"].(map[string]any)
	return cred{cr["AccessKeyId"].(string), cr["AccessKeySecret"].(string), cr["SecurityToken"].(string)}
}

// wantError checks an error answer's status and code.
func wantError(t *testing.T, status int, body map[string]any, wantStatus int, wantCode string) {
	t.Helper()
	if status != wantStatus || body["Code"] != wantCode {
		t.Fatalf("got HTTP %d %v, want HTTP %d %s", status, body, wantStatus, wantCode)
	}
}
