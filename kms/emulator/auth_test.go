package emulator

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestSignatureMismatchMessage(t *testing.T) {
	e := newEnv(t)
	e.createKey("1111")
	// Without sensitive parameters the server's string to sign is shown,
	// as the real service does, and it is the one the client signed.
	v := e.signed(http.MethodPost, cred{aliceAK, "wrong", ""}, "DescribeKey", KMSVersion, map[string]string{"KeyId": key1})
	status, body := e.send(http.MethodPost, v, nil)
	wantError(t, status, body, 400, "SignatureDoesNotMatch")
	v.Del("Signature")
	q := strings.NewReplacer("+", "%20", "*", "%2A", "%7E", "~").Replace(v.Encode())
	want := "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&" + url.QueryEscape(q)
	if body["Message"] != want {
		t.Fatalf("Message = %q\nwant      %q", body["Message"], want)
	}
	// With a plaintext or an STS token it is withheld.
	app := e.assume(alice, appRole)
	tests := []struct {
		name, secret, action string
		c                    cred
		extra                map[string]string
	}{
		{"Plaintext", "SECRET-PLAINTEXT", "Encrypt", cred{aliceAK, "wrong", ""}, map[string]string{"KeyId": key1, "Plaintext": "SECRET-PLAINTEXT"}},
		{"SecurityToken", app.token, "DescribeKey", cred{app.akid, "wrong", app.token}, map[string]string{"KeyId": key1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := e.call(tt.c, tt.action, KMSVersion, tt.extra)
			wantError(t, status, body, 400, "SignatureDoesNotMatch")
			msg := body["Message"].(string)
			want := "Specified signature is not matched with our calculation. (The server string to sign is not shown because the request carries a " + tt.name + ".)"
			if msg != want || strings.Contains(msg, tt.secret) {
				t.Fatalf("Message = %q", msg)
			}
		})
	}
}

func TestNonceReplay(t *testing.T) {
	e := newEnv(t)
	e.createKey("1111")
	v := e.signed(http.MethodPost, alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": key1})
	if status, body := e.send(http.MethodPost, v, nil); status != 200 {
		t.Fatalf("first use: HTTP %d %v", status, body)
	}
	status, body := e.send(http.MethodPost, v, nil)
	wantError(t, status, body, 400, "SignatureNonceUsed")
	if body["Message"] != "Specified signature nonce was used already." {
		t.Fatalf("Message = %q", body["Message"])
	}
	// Nonces are per access key: bob may use the same one.
	e.pol.grants["acs:ram::1111:user/bob"] = []string{"DescribeKey acs:kms:cn-hangzhou:1111:key/" + key1}
	w := e.signed(http.MethodPost, cred{bobAK, bobSecret, ""}, "DescribeKey", KMSVersion, map[string]string{"KeyId": key1})
	w.Set("SignatureNonce", v.Get("SignatureNonce"))
	resign(http.MethodPost, w, bobSecret)
	if status, body := e.send(http.MethodPost, w, nil); status != 200 {
		t.Fatalf("bob with alice's nonce: HTTP %d %v", status, body)
	}
	// A refused request (bad signature) does not burn the nonce.
	x := e.signed(http.MethodPost, alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": key1})
	good := x.Get("Signature")
	x.Set("Signature", "AAAA"+good[4:])
	status, body = e.send(http.MethodPost, x, nil)
	wantError(t, status, body, 400, "SignatureDoesNotMatch")
	x.Set("Signature", good)
	if status, body := e.send(http.MethodPost, x, nil); status != 200 {
		t.Fatalf("after a forged attempt: HTTP %d %v", status, body)
	}
	// Once the window has passed, the replay is refused by its timestamp.
	e.clock.Advance(15*time.Minute + time.Second)
	status, body = e.send(http.MethodPost, v, nil)
	wantError(t, status, body, 400, "IllegalTimestamp")
}

func TestTimestampWindow(t *testing.T) {
	tests := []struct {
		skew   time.Duration
		status int
	}{
		{-15 * time.Minute, 200}, {15 * time.Minute, 200},
		{-15*time.Minute - time.Second, 400}, {15*time.Minute + time.Second, 400},
	}
	for _, tt := range tests {
		t.Run(tt.skew.String(), func(t *testing.T) {
			e := newEnv(t)
			e.createKey("1111")
			v := e.signed(http.MethodPost, alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": key1})
			e.clock.Advance(-tt.skew) // the client's clock is skew ahead of the server's
			if status, body := e.send(http.MethodPost, v, nil); status != tt.status {
				t.Fatalf("HTTP %d %v, want %d", status, body, tt.status)
			}
		})
	}
}

func TestSecurityTokens(t *testing.T) {
	e := newEnv(t)
	id := e.createKey("2222")
	body := e.ok(alice, "AssumeRole", STSVersion, map[string]string{"RoleArn": appRole, "RoleSessionName": "s1", "DurationSeconds": "900"})
	cr := body["Credentials"].(map[string]any)
	app := cred{cr["AccessKeyId"].(string), cr["AccessKeySecret"].(string), cr["SecurityToken"].(string)}
	other := e.assume(alice, appRole)
	describe := map[string]string{"KeyId": id}
	tests := []struct {
		name    string
		c       cred
		advance time.Duration
		status  int
		code    string
		message string
	}{
		{"valid", app, 0, 200, "", ""},
		{"unknown token", cred{app.akid, app.secret, "CAISforged"}, 0, 400, "InvalidSecurityToken.Malformed", ""},
		{"token of other credentials", cred{app.akid, app.secret, other.token}, 0, 400, "InvalidSecurityToken.MismatchWithAccessKey", ""},
		{"STS key without its token", cred{app.akid, app.secret, ""}, 0, 404, "InvalidAccessKeyId.NotFound", ""},
		{"last second", app, 899 * time.Second, 200, "", ""},
		{"expired", app, time.Second, 400, "InvalidSecurityToken.Expired",
			"Specified SecurityToken is expired: the credentials " + app.akid + " expired at 2026-01-02T03:19:05Z."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.clock.Advance(tt.advance)
			status, body := e.call(tt.c, "DescribeKey", KMSVersion, describe)
			if tt.code == "" {
				if status != 200 {
					t.Fatalf("HTTP %d %v", status, body)
				}
				return
			}
			wantError(t, status, body, tt.status, tt.code)
			if tt.message != "" && body["Message"] != tt.message {
				t.Fatalf("Message = %q\nwant      %q", body["Message"], tt.message)
			}
			if strings.Contains(body["Message"].(string), tt.c.token) && tt.c.token != "" {
				t.Fatalf("the token is in the message %q", body["Message"])
			}
		})
	}
	// Past its retention the session is forgotten.
	e.clock.Advance(expiredRetention + time.Second)
	e.assume(alice, appRole)
	status, body := e.call(app, "DescribeKey", KMSVersion, describe)
	wantError(t, status, body, 400, "InvalidSecurityToken.Malformed")
	// Kept: the new session and "other" (still valid), not app.
	if n := e.srv.tokens.size(); n != 2 {
		t.Fatalf("%d sessions kept, want 2", n)
	}
}

func TestQueryAndForm(t *testing.T) {
	e := newEnv(t)
	id := e.createKey("1111")
	extra := map[string]string{"KeyId": id, "Plaintext": "a b+c/d=*~é"}
	split := func(v url.Values, inForm func(string) bool) (url.Values, url.Values) {
		q, f := url.Values{}, url.Values{}
		for k, vs := range v {
			if inForm(k) {
				f[k] = vs
			} else {
				q[k] = vs
			}
		}
		return q, f
	}
	tests := []struct {
		name   string
		method string
		inForm func(string) bool
	}{
		{"POST query", http.MethodPost, func(string) bool { return false }},
		{"POST form", http.MethodPost, func(string) bool { return true }},
		{"POST mixed", http.MethodPost, func(k string) bool { return k == "KeyId" || k == "Plaintext" || k == "Signature" }},
		{"GET query", http.MethodGet, func(string) bool { return false }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, f := split(e.signed(tt.method, alice, "Encrypt", KMSVersion, extra), tt.inForm)
			if len(f) == 0 {
				f = nil
			}
			status, body := e.send(tt.method, q, f)
			if status != 200 || body["KeyId"] != id {
				t.Fatalf("HTTP %d %v", status, body)
			}
			dec := e.ok(alice, "Decrypt", KMSVersion, map[string]string{"CiphertextBlob": body["CiphertextBlob"].(string)})
			if dec["Plaintext"] != extra["Plaintext"] {
				t.Fatalf("round trip gave %q", dec["Plaintext"])
			}
		})
	}
}
