package emulator

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// TestSignKnownAnswer checks the signing against the example of Alibaba
// Cloud's RPC signature documentation (ECS DescribeRegions).
func TestSignKnownAnswer(t *testing.T) {
	p := params{
		"AccessKeyId": "testid", "Action": "DescribeRegions", "Format": "XML",
		"SignatureMethod": "HMAC-SHA1", "SignatureNonce": "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
		"SignatureVersion": "1.0", "Timestamp": "2016-02-23T12:46:24Z", "Version": "2014-05-26",
		"Signature": "ignored",
	}
	wantSTS := "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1" +
		"%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0" +
		"%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"
	got := stringToSign("GET", p)
	if got != wantSTS {
		t.Fatalf("stringToSign = %q\nwant           %q", got, wantSTS)
	}
	if sig := sign("testsecret", got); sig != "OLeaidS1JvxuMvnyHOwuJ+uX5qY=" {
		t.Fatalf("sign = %q", sig)
	}
	if !signatureMatches("testsecret", got, "OLeaidS1JvxuMvnyHOwuJ+uX5qY=") || signatureMatches("testsecret", got, "OLeaidS1JvxuMvnyHOwuJ+uX5qZ=") {
		t.Fatal("signatureMatches does not tell the right signature from a wrong one")
	}
}

func TestPercentEncode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"AZaz09-_.~", "AZaz09-_.~"},
		{"a b", "a%20b"},
		{"*+/=&%", "%2A%2B%2F%3D%26%25"},
		{"é", "%C3%A9"},
		{"2016-02-23T12:46:24Z", "2016-02-23T12%3A46%3A24Z"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := percentEncode(tt.in); got != tt.want {
				t.Fatalf("percentEncode(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLog(t *testing.T) {
	e := newEnv(t)
	id := e.createKey("2222")
	app := e.assume(alice, appRole)
	const plaintext = "UExBSU5URVhULVNFQ1JFVA=="
	enc := e.ok(app, "Encrypt", KMSVersion, map[string]string{"KeyId": id, "Plaintext": plaintext})
	e.ok(app, "Decrypt", KMSVersion, map[string]string{"CiphertextBlob": enc["CiphertextBlob"].(string)})
	e.call(cred{aliceAK, "wrong", ""}, "Encrypt", KMSVersion, map[string]string{"KeyId": id, "Plaintext": plaintext})
	e.call(alice, "Bad Action\n", KMSVersion, nil)
	lines := strings.Split(strings.TrimSuffix(e.log.String(), "\n"), "\n")
	arn := "acs:kms:cn-hangzhou:2222:key/" + id
	want := []string{
		"2026-01-02T03:04:05Z AssumeRole ak=" + aliceAK + " caller=" + aliceUser + " resource=" + appRole + " code=OK status=200 duration=0s",
		"2026-01-02T03:04:05Z Encrypt ak=" + app.akid + " caller=" + appRole + " resource=" + arn + " code=OK status=200 duration=0s",
		"2026-01-02T03:04:05Z Decrypt ak=" + app.akid + " caller=" + appRole + " resource=" + arn + " code=OK status=200 duration=0s",
		"2026-01-02T03:04:05Z Encrypt ak=" + aliceAK + " caller=- resource=- code=SignatureDoesNotMatch status=400 duration=0s",
		`2026-01-02T03:04:05Z "Bad Action\n" ak=` + aliceAK + " caller=- resource=- code=InvalidAction.NotFound status=404 duration=0s",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("log:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	for _, secret := range []string{aliceSecret, app.secret, app.token, plaintext} {
		if strings.Contains(e.log.String(), secret) {
			t.Fatalf("the log contains a secret %q", secret)
		}
	}
}

func TestFailNext(t *testing.T) {
	e := newEnv(t)
	id := e.createKey("1111")
	describe := map[string]string{"KeyId": id}
	e.srv.FailNext(2, kms.CodeThrottling)
	for i := range 2 {
		status, body := e.call(alice, "DescribeKey", KMSVersion, describe)
		wantError(t, status, body, 503, "Throttling")
		if body["Message"] != "Request was denied due to request throttling." {
			t.Fatalf("attempt %d: Message = %q", i, body["Message"])
		}
	}
	e.ok(alice, "DescribeKey", KMSVersion, describe)
	e.srv.FailNext(1, kms.CodeInternalFailure)
	status, body := e.call(alice, "DescribeKey", KMSVersion, describe)
	wantError(t, status, body, 500, "InternalFailure")
	e.ok(alice, "DescribeKey", KMSVersion, describe)
	e.srv.FailNext(3, kms.CodeThrottling)
	e.srv.FailNext(0, kms.CodeThrottling) // cancels
	e.ok(alice, "DescribeKey", KMSVersion, describe)
	if n := e.srv.Calls("DescribeKey"); n != 6 {
		t.Fatalf("Calls(DescribeKey) = %d, want 6 (failed attempts count)", n)
	}
}

func TestFaultHook(t *testing.T) {
	e := newEnv(t, func(c *Config) {
		c.Fault = func(action string) string {
			if action == "Decrypt" {
				return kms.CodeThrottling
			}
			return ""
		}
	})
	e.createKey("1111")
	e.ok(alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": key1})
	status, body := e.call(alice, "Decrypt", KMSVersion, map[string]string{"CiphertextBlob": aliceBlob})
	wantError(t, status, body, 503, "Throttling")
}

func TestCalls(t *testing.T) {
	e := newEnv(t)
	e.createKey("1111")
	for range 3 {
		e.ok(alice, "Encrypt", KMSVersion, map[string]string{"KeyId": key1, "Plaintext": "eA=="})
	}
	e.ok(alice, "Decrypt", KMSVersion, map[string]string{"CiphertextBlob": aliceBlob})
	e.call(alice, "NoSuchAction", KMSVersion, nil)
	tests := []struct {
		action string
		want   int
	}{{"Encrypt", 3}, {"Decrypt", 1}, {"AssumeRole", 0}, {"NoSuchAction", 0}}
	for _, tt := range tests {
		t.Run(tt.action, func(t *testing.T) {
			if got := e.srv.Calls(tt.action); got != tt.want {
				t.Fatalf("Calls(%s) = %d, want %d", tt.action, got, tt.want)
			}
		})
	}
	e.srv.ResetCalls()
	if got := e.srv.Calls("Encrypt"); got != 0 {
		t.Fatalf("after ResetCalls, Calls(Encrypt) = %d", got)
	}
}

func TestConcurrentRequests(t *testing.T) {
	e := newEnv(t)
	e.createKey("1111")
	var wg sync.WaitGroup
	var mu sync.Mutex
	var bad []string
	for range 20 {
		v := e.signed(http.MethodPost, alice, "Encrypt", KMSVersion, map[string]string{"KeyId": key1, "Plaintext": "eA=="})
		wg.Go(func() {
			resp, err := http.Post(e.http.URL+"/?"+v.Encode(), "application/x-www-form-urlencoded", nil)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				bad = append(bad, err.Error())
				return
			}
			resp.Body.Close()
			if resp.StatusCode != 200 {
				bad = append(bad, resp.Status)
			}
		})
	}
	wg.Wait()
	if len(bad) != 0 || e.srv.Calls("Encrypt") != 20 {
		t.Fatalf("failures %v, Calls %d", bad, e.srv.Calls("Encrypt"))
	}
}

func TestUnconfigured(t *testing.T) {
	hs := httptest.NewServer(New(Config{}))
	defer hs.Close()
	req, err := http.NewRequest(http.MethodGet, hs.URL+"/?Action=Encrypt&Version="+KMSVersion, nil)
	if err != nil {
		t.Fatal(err)
	}
	status, body := do(t, req)
	wantError(t, status, body, 500, "InternalFailure")
}

func TestNonceCachePrunes(t *testing.T) {
	n := newNonceCache()
	early, late := t0.Add(time.Minute), t0.Add(time.Hour)
	for i := range pruneFloor - 1 {
		n.add(string(rune('a'+i%26))+strings.Repeat("x", i), early, t0)
	}
	if !n.add("kept", late, t0) || n.add("kept", late, t0) {
		t.Fatal("a new nonce must be accepted once and then refused")
	}
	// The next insertion, after the early ones expired, sweeps them.
	if !n.add("next", late, t0.Add(2*time.Minute)) {
		t.Fatal("a new nonce was refused")
	}
	if got := n.size(); got != 2 {
		t.Fatalf("%d nonces kept after the sweep, want 2", got)
	}
	// An expired nonce may be used again (its timestamp check refuses it).
	if !n.add("kept", late.Add(time.Hour), late) {
		t.Fatal("an expired nonce was refused")
	}
}

// TestNoSecretsInFormatting prints the server and a session every way fmt
// can: none shows an access key secret or a token.
func TestNoSecretsInFormatting(t *testing.T) {
	e := newEnv(t)
	app := e.assume(alice, appRole)
	sess, kerr := e.srv.tokens.lookup(app.akid, app.token, t0)
	if kerr != nil {
		t.Fatal(kerr)
	}
	got := fmt.Sprintf("%v %+v %#v %s %v %+v %#v", e.srv, e.srv, e.srv, sess, sess, sess, sess)
	for _, secret := range []string{app.secret, app.token, aliceSecret} {
		if strings.Contains(got, secret) {
			t.Fatalf("formatting shows a secret: %s", got)
		}
	}
	want := "STS session " + app.akid + " of " + appRole + " (expires 2026-01-02T04:04:05Z)"
	if sess.String() != want || e.srv.String() != "KMS 2016-01-20 / STS 2015-04-01 emulator" {
		t.Fatalf("String() = %q, %q", sess.String(), e.srv.String())
	}
}
