package fake

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// refusal sends a signed GET /webconsole/host (changed by mutate) and
// returns the status and the error document.
func (h *harness) refusal(mutate func(*http.Request)) (int, errorDoc) {
	h.t.Helper()
	req := h.request(http.MethodGet, "/webconsole/host", nil, nil)
	if mutate != nil {
		mutate(req)
	}
	status, hdr, body := h.do(req)
	if status == http.StatusOK {
		return status, errorDoc{}
	}
	e := errorOf(h.t, body)
	if hdr.Get("x-odps-request-id") != e.RequestID || e.RequestID == "" {
		h.t.Errorf("x-odps-request-id %q, RequestId %q", hdr.Get("x-odps-request-id"), e.RequestID)
	}
	for _, secret := range []string{aliceSecret, bobSecret, h.secret, h.token} {
		if secret != "" && strings.Contains(e.Message, secret) {
			h.t.Errorf("the error shows a secret: %q", e.Message)
		}
	}
	return status, e
}

func TestSignedRequestAccepted(t *testing.T) {
	h := newHarness(t, nil)
	if status, e := h.refusal(nil); status != http.StatusOK {
		t.Fatalf("a correctly signed request: %d %+v", status, e)
	}
	h.akID, h.secret = bobID, bobSecret // any user of the policy
	if status, e := h.refusal(nil); status != http.StatusOK {
		t.Fatalf("bob's request: %d %+v", status, e)
	}
}

func TestWrongSecret(t *testing.T) {
	h := newHarness(t, nil)
	h.secret = "not-alice-secret"
	status, e := h.refusal(nil)
	if status != http.StatusUnauthorized || e.Code != CodeSignatureNotMatch {
		t.Errorf("wrong secret: %d %+v", status, e)
	}
}

func TestTamperedRequest(t *testing.T) {
	h := newHarness(t, nil)
	// Signed, then the signed resource changed.
	status, e := h.refusal(func(r *http.Request) { r.URL.RawQuery += "&x-odps-extra=1" })
	if status != http.StatusUnauthorized || e.Code != CodeSignatureNotMatch {
		t.Errorf("tampered query: %d %+v", status, e)
	}
}

func TestUnknownAccessKey(t *testing.T) {
	h := newHarness(t, nil)
	h.akID = "LTAI5tNobody000000000"
	status, e := h.refusal(nil)
	if status != http.StatusUnauthorized || e.Code != CodeInvalidAccessKeyID || !strings.Contains(e.Message, h.akID) {
		t.Errorf("unknown key: %d %+v", status, e)
	}
}

func TestMissingAuthorization(t *testing.T) {
	h := newHarness(t, nil)
	status, e := h.refusal(func(r *http.Request) { r.Header.Del("Authorization") })
	if status != http.StatusUnauthorized || e.Code != CodeUnauthorized {
		t.Errorf("unsigned: %d %+v", status, e)
	}
}

func TestClockSkew(t *testing.T) {
	h := newHarness(t, nil)
	for _, tc := range []struct {
		skew time.Duration
		ok   bool
	}{
		{-14 * time.Minute, true}, {14 * time.Minute, true},
		{-16 * time.Minute, false}, {16 * time.Minute, false},
	} {
		h.now = func() time.Time { return time.Now().Add(tc.skew) }
		status, e := h.refusal(nil)
		if tc.ok && status != http.StatusOK {
			t.Errorf("skew %s: %d %+v, want accepted", tc.skew, status, e)
		}
		if !tc.ok && (status != http.StatusForbidden || e.Code != CodeRequestTimeTooSkewed) {
			t.Errorf("skew %s: %d %+v, want 403 %s", tc.skew, status, e, CodeRequestTimeTooSkewed)
		}
	}
	h.now = time.Now
	status, e := h.refusal(func(r *http.Request) { r.Header.Set("Date", "yesterday") })
	if status != http.StatusForbidden || e.Code != CodeRequestTimeTooSkewed {
		t.Errorf("unparsable Date: %d %+v", status, e)
	}
}

func TestSTSTokens(t *testing.T) {
	h := newHarness(t, nil)
	akID, secret, token := h.assumeRole(roleARN)
	if !strings.HasPrefix(akID, "STS.") || token == "" {
		t.Fatalf("AssumeRole gave %q and a token of %d bytes", akID, len(token))
	}
	h.akID, h.secret, h.token = akID, secret, token
	if status, e := h.refusal(nil); status != http.StatusOK {
		t.Fatalf("request with the issued token: %d %+v", status, e)
	}
	// The whole flow works with temporary credentials.
	if status, text := h.run("SELECT 1 AS a;", scriptMode()); status != "Success" || text != "a\n1\n" {
		t.Errorf("run with STS credentials: %s %q", status, text)
	}

	for name, tc := range map[string]struct{ akID, secret, token, code string }{
		"token of another key":   {aliceID, aliceSecret, token, "InvalidSecurityToken.MismatchWithAccessKey"},
		"token never issued":     {akID, secret, "CAISnotissued", "InvalidSecurityToken.Malformed"},
		"temporary key no token": {akID, secret, "", CodeInvalidAccessKeyID},
	} {
		h.akID, h.secret, h.token = tc.akID, tc.secret, tc.token
		status, e := h.refusal(nil)
		if status != http.StatusUnauthorized || e.Code != tc.code {
			t.Errorf("%s: %d %+v, want 401 %s", name, status, e, tc.code)
		}
	}
}

func TestSTSTokenExpires(t *testing.T) {
	var now time.Time
	h := newHarness(t, func(o *Options) { o.Now = func() time.Time { return now } })
	now = time.Now()
	akID, secret, token := h.assumeRole(roleARN)
	h.akID, h.secret, h.token = akID, secret, token
	now = now.Add(time.Hour + time.Minute) // AssumeRole's default duration is 1 h
	h.now = func() time.Time { return now }
	status, e := h.refusal(nil)
	if status != http.StatusUnauthorized || e.Code != "InvalidSecurityToken.Expired" {
		t.Errorf("expired token: %d %+v", status, e)
	}
}

func TestUnsignedRequestRefused(t *testing.T) {
	h := newHarness(t, nil)
	resp, err := http.Get(h.http.URL + "/api/projects/" + project + "/tunnel?service")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("an unsigned API request: %d, want 401", resp.StatusCode)
	}
}
