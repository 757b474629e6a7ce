package odps

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func asError(t *testing.T, err error) *Error {
	t.Helper()
	var herr *Error
	if !errors.As(err, &herr) {
		t.Fatalf("err = %v (%T), want *odps.Error", err, err)
	}
	return herr
}

func noSecrets(t *testing.T, s string) {
	t.Helper()
	for _, sec := range []string{testSecret, testToken} {
		if strings.Contains(s, sec) {
			t.Errorf("%q contains a secret", s)
		}
	}
}

func TestFinalHTTPErrors(t *testing.T) {
	cases := []struct {
		name   string
		mod    func(*Config)
		inject func(http.ResponseWriter, *http.Request)
		status int
		code   string
		hint   string
	}{
		{"wrong secret", func(c *Config) { c.Credentials.AccessKeySecret = "wrong-secret" }, nil, 401, "SignatureNotMatch", "access key secret"},
		{"unknown key", func(c *Config) { c.Credentials.AccessKeyID = "LTAIunknown" }, nil, 401, "InvalidAccessKeyId", "access key id"},
		{"clock skew", func(c *Config) { c.Now = func() time.Time { return time.Now().Add(-20 * time.Minute) } }, nil, 403, "RequestTimeTooSkewed", "system clock"},
		{"not found", nil, status(404, "NoSuchObject", ""), 404, "NoSuchObject", "instance id"},
		{"bad request", nil, status(400, "InvalidParameter", ""), 400, "InvalidParameter", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			if tc.inject != nil {
				f.on("taskstatus", tc.inject)
			}
			c, sl := newTestClient(t, f, func(cfg *Config) {
				cfg.Credentials.SecurityToken = testToken
				if tc.mod != nil {
					tc.mod(cfg)
				}
			})
			_, err := c.Status(context.Background(), testInst)
			herr := asError(t, err)
			if herr.Status != tc.status || herr.Code != tc.code || herr.RequestID != "REQ-"+tc.code || herr.Attempts != 1 {
				t.Errorf("err = %+v", herr)
			}
			if len(f.requests("")) != 1 || len(sl.all()) != 0 {
				t.Errorf("a final error was retried: %d requests", len(f.requests("")))
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.hint) || !strings.Contains(msg, "request id REQ-") {
				t.Errorf("message %q lacks %q or the request id", msg, tc.hint)
			}
			noSecrets(t, msg)
		})
	}
}

func TestErrorText(t *testing.T) {
	cases := []struct {
		e    Error
		want string
	}{
		{Error{Status: 401, Code: "SignatureNotMatch", Message: "ODPS-0410042:Invalid signature value", RequestID: "R1", Attempts: 1},
			"ODPS-0410042:Invalid signature value (HTTP 401 SignatureNotMatch, request id R1); check the access key secret (ALIBABA_CLOUD_ACCESS_KEY_SECRET or access_key in odps_config.ini)"},
		{Error{Status: 503, Code: "ServiceUnavailable", Message: "busy", Attempts: 4},
			"ServiceUnavailable: busy (HTTP 503, gave up after 4 attempts)"},
		{Error{Status: 502}, "MaxCompute answered Bad Gateway (HTTP 502)"},
	}
	for _, c := range cases {
		if got := c.e.Error(); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
	e := parseError(502, http.Header{"X-Odps-Request-Id": {"R9"}}, []byte("upstream down"))
	if e.Message != "upstream down" || e.RequestID != "R9" {
		t.Errorf("non-XML body: %+v", e)
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	for _, tc := range []struct {
		retryAfter string
		want       time.Duration
	}{
		{"2", 2 * time.Second},
		{time.Now().Add(7 * time.Second).UTC().Format(http.TimeFormat), 7 * time.Second}, // an HTTP date
		{"3600", 30 * time.Second}, // capped by MaxDelay
	} {
		f := newFake(t)
		f.on("submit", status(409, "ConflictRetry", tc.retryAfter))
		c, sl := newTestClient(t, f, nil)
		inst, err := c.SubmitScript(context.Background(), "SELECT 1;", nil)
		if err != nil || inst.ID != testInstID {
			t.Fatalf("submit after 409: %v", err)
		}
		if n := len(f.requests("submit")); n != 2 {
			t.Fatalf("%d submits, want 2", n)
		}
		d := sl.all()
		// An HTTP date has whole seconds: allow for the truncation.
		if len(d) != 1 || d[0] > tc.want || d[0] < tc.want-1500*time.Millisecond {
			t.Errorf("Retry-After %q: waits %v, want %v", tc.retryAfter, d, tc.want)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for v, want := range map[string]time.Duration{
		"0": 0, "15": 15 * time.Second, "Mon, 01 Jan 2024 00:01:00 GMT": time.Minute,
		"Sun, 31 Dec 2023 23:00:00 GMT": 0, // in the past: retry now
	} {
		if got, ok := parseRetryAfter(v, now); !ok || got != want {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v", v, got, ok, want)
		}
	}
	for _, v := range []string{"", "-1", "soon", "1.5"} {
		if _, ok := parseRetryAfter(v, now); ok {
			t.Errorf("parseRetryAfter(%q) accepted", v)
		}
	}
}

func TestRetriedThenSuccess(t *testing.T) {
	cases := []struct {
		name   string
		action string
		inject []func(http.ResponseWriter, *http.Request)
		call   func(c *Client) error
	}{
		{"429 on status", "taskstatus", []func(http.ResponseWriter, *http.Request){status(429, "Throttled", "1")}, statusCall},
		{"500 and 503 on status", "taskstatus", []func(http.ResponseWriter, *http.Request){status(500, "InternalError", ""), status(503, "ServiceUnavailable", "")}, statusCall},
		{"502 504 on result", "result", []func(http.ResponseWriter, *http.Request){status(502, "BadGateway", ""), status(504, "GatewayTimeout", "")}, resultCall},
		{"503 on submit", "submit", []func(http.ResponseWriter, *http.Request){status(503, "ServiceUnavailable", "")}, submitCall},
		{"429 on submit", "submit", []func(http.ResponseWriter, *http.Request){status(429, "Throttled", "")}, submitCall},
		{"500 on cancel", "cancel", []func(http.ResponseWriter, *http.Request){status(500, "InternalError", "")}, func(c *Client) error { return c.Cancel(context.Background(), testInst) }},
		{"dropped connection mid-poll", "taskstatus", []func(http.ResponseWriter, *http.Request){drop, drop}, statusCall},
		{"dropped cancel", "cancel", []func(http.ResponseWriter, *http.Request){drop}, func(c *Client) error { return c.Cancel(context.Background(), testInst) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			f.on(tc.action, tc.inject...)
			c, sl := newTestClient(t, f, nil)
			if err := tc.call(c); err != nil {
				t.Fatalf("err = %v", err)
			}
			if n := len(f.requests(tc.action)); n != len(tc.inject)+1 {
				t.Errorf("%d tries, want %d", n, len(tc.inject)+1)
			}
			d := sl.all()
			if len(d) != len(tc.inject) {
				t.Fatalf("waits = %v", d)
			}
			// Backoff without Retry-After: 200 ms then 400 ms, ±20%.
			for i, w := range d {
				base := 200 * time.Millisecond << i
				if w < base*8/10 || w > base*12/10 {
					if tc.name != "429 on status" || w != time.Second {
						t.Errorf("wait %d = %v, want about %v", i, w, base)
					}
				}
			}
		})
	}
}

func statusCall(c *Client) error { _, err := c.Status(context.Background(), testInst); return err }
func resultCall(c *Client) error { _, err := c.Result(context.Background(), testInst); return err }
func submitCall(c *Client) error {
	_, err := c.SubmitScript(context.Background(), "SELECT 1;", nil)
	return err
}

func TestSubmitNotRepeatedOnceSent(t *testing.T) {
	for _, tc := range []struct {
		name   string
		inject func(http.ResponseWriter, *http.Request)
	}{
		{"500", status(500, "InternalError", "")},
		{"502", status(502, "BadGateway", "")},
		{"dropped after the request was read", drop},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			f.on("submit", tc.inject)
			c, sl := newTestClient(t, f, nil)
			err := submitCall(c)
			if err == nil || len(f.requests("submit")) != 1 || len(sl.all()) != 0 {
				t.Fatalf("err = %v after %d submits", err, len(f.requests("submit")))
			}
			if tc.inject == nil || strings.HasPrefix(tc.name, "dropped") {
				if !strings.Contains(err.Error(), "not repeated") {
					t.Errorf("err = %v", err)
				}
			}
		})
	}
}

func TestSubmitRetriedWhenNeverSent(t *testing.T) {
	f := newFake(t)
	c, sl := newTestClient(t, f, func(cfg *Config) { cfg.HTTPClient = failingDialer(2) })
	if err := submitCall(c); err != nil {
		t.Fatalf("err = %v", err)
	}
	if len(f.requests("submit")) != 1 || len(sl.all()) != 2 {
		t.Errorf("%d submits reached the server after %d waits", len(f.requests("submit")), len(sl.all()))
	}
}

func TestRetriesExhausted(t *testing.T) {
	f := newFake(t)
	for range 10 {
		f.on("taskstatus", status(503, "ServiceUnavailable", ""))
	}
	c, sl := newTestClient(t, f, func(cfg *Config) { cfg.Retry.MaxAttempts = 4 })
	err := statusCall(c)
	herr := asError(t, err)
	if herr.Attempts != 4 || len(f.requests("taskstatus")) != 4 || len(sl.all()) != 3 {
		t.Errorf("err = %+v after %d tries", herr, len(f.requests("taskstatus")))
	}
	if !strings.Contains(err.Error(), "gave up after 4 attempts") {
		t.Errorf("message %q", err)
	}
	// The total wait is bounded too: Retry-After 20 s, at most 30 s of waiting.
	f = newFake(t)
	for range 10 {
		f.on("taskstatus", status(429, "Throttled", "20"))
	}
	c, sl = newTestClient(t, f, func(cfg *Config) { cfg.Retry.MaxWait = 30 * time.Second })
	if err := statusCall(c); err == nil || len(sl.all()) != 1 {
		t.Errorf("err = %v, waits %v", err, sl.all())
	}
	// Dropped connections, every time.
	f = newFake(t)
	for range 10 {
		f.on("taskstatus", drop)
	}
	c, _ = newTestClient(t, f, func(cfg *Config) { cfg.Retry.MaxAttempts = 3 })
	if err := statusCall(c); err == nil || !strings.Contains(err.Error(), "cannot reach MaxCompute") || !strings.Contains(err.Error(), "gave up after 3 attempts") {
		t.Errorf("err = %v", err)
	}
}

// TestUnreachableEndpointFailsFast: nothing listens at the endpoint, so the
// client gives up after unreachableAttempts tries (it used to spend its
// whole retry budget, 139 s) and says it cannot reach MaxCompute.
func TestUnreachableEndpointFailsFast(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // a port nothing listens on
	sl := &sleeps{}
	c, err := NewClient(Config{
		Endpoint: "http://" + addr + "/api", Project: testProject,
		Credentials: Credentials{AccessKeyID: testAKID, AccessKeySecret: testSecret},
		Sleep:       sl.sleep,
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.SubmitScript(context.Background(), "select 1;", nil)
	if err == nil || !strings.Contains(err.Error(), "cannot reach MaxCompute") {
		t.Fatalf("SubmitScript = %v; want a cannot-reach error", err)
	}
	if got := len(sl.all()); got != unreachableAttempts-1 {
		t.Errorf("slept %d times before giving up; want %d", got, unreachableAttempts-1)
	}
}

// TestScriptCharactersXMLCannotCarry: a script holding a character no XML
// document can carry is refused before anything is sent, with its place;
// a carriage return is carried as it is (MaxCompute's positions stay).
func TestScriptCharactersXMLCannotCarry(t *testing.T) {
	_, err := submitBody("select 1;\nselect '\x01';", nil)
	if err == nil || !strings.Contains(err.Error(), "U+0001 at [2,9]") {
		t.Errorf("submitBody with U+0001 = %v; want a refusal naming U+0001 at [2,9]", err)
	}
	_, err = submitBody("select '\xff';", nil)
	if err == nil || !strings.Contains(err.Error(), "0xFF, which is not UTF-8") {
		t.Errorf("submitBody with a 0xFF byte = %v; want a refusal naming it", err)
	}
	body, err := submitBody("select 1;\r\nselect '\uFFFD';", nil)
	if err != nil {
		t.Fatalf("submitBody with CRLF and U+FFFD: %v", err)
	}
	if !strings.Contains(string(body), "select 1;]]>&#13;<![CDATA[\nselect '\uFFFD';") {
		t.Errorf("the carriage return is not carried as &#13;: %s", body)
	}
}
