package aliyun

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// param is one expected request parameter: "" means absent.
type param struct {
	req  int
	name string
	want string
}

func checkParams(t *testing.T, reqs []url.Values, want []param) {
	t.Helper()
	for _, p := range want {
		if p.req >= len(reqs) {
			t.Errorf("request %d not sent (%d sent)", p.req, len(reqs))
			continue
		}
		_, present := reqs[p.req][p.name]
		if got := reqs[p.req].Get(p.name); got != p.want || (p.want == "" && present) {
			t.Errorf("request %d %s = %q (present %v), want %q", p.req, p.name, got, present, p.want)
		}
	}
}

func TestEncryptRequests(t *testing.T) {
	session := defaultSessionName(callerID)
	tests := []struct {
		name   string
		env    map[string]string
		mod    func(*Config)
		chain  string
		nreq   int
		params []param
	}{
		{"one role", testEnv(), nil, "", 2, []param{
			{0, "Action", "AssumeRole"}, {0, "Version", "2015-04-01"}, {0, "RoleArn", testRoleA},
			{0, "RoleSessionName", session}, {0, "DurationSeconds", "3600"}, {0, "AccessKeyId", callerID},
			{0, "SecurityToken", ""}, {0, "SignatureMethod", "HMAC-SHA1"}, {0, "SignatureVersion", "1.0"},
			{0, "RegionId", "cn-hangzhou"},
			{1, "Action", "Encrypt"}, {1, "Version", "2016-01-20"}, {1, "KeyId", testKeyARN},
			{1, "Plaintext", "aGVsbG8="}, {1, "AccessKeyId", "STS.id1"}, {1, "SecurityToken", "TempTokenValue1"},
			{1, "RegionId", "cn-hangzhou"},
		}},
		{"two accounts", testEnv(), nil, testRoleB, 3, []param{
			{0, "RoleArn", testRoleA}, {0, "AccessKeyId", callerID}, {0, "SecurityToken", ""},
			{1, "Action", "AssumeRole"}, {1, "RoleArn", testRoleB}, {1, "AccessKeyId", "STS.id1"},
			{1, "SecurityToken", "TempTokenValue1"}, {1, "RoleSessionName", session},
			{2, "Action", "Encrypt"}, {2, "AccessKeyId", "STS.id2"}, {2, "SecurityToken", "TempTokenValue2"},
		}},
		{"caller with a security token", map[string]string{
			EnvAccessKeyID: callerID, EnvAccessKeySecret: callerSecret, EnvSecurityToken: callerToken,
		}, nil, "", 2, []param{
			{0, "AccessKeyId", callerID}, {0, "SecurityToken", callerToken},
			{1, "SecurityToken", "TempTokenValue1"},
		}},
		{"configured duration and session name", testEnv(), func(c *Config) {
			c.DurationSeconds, c.SessionName = 7200, "mcsql-ci@team_1.x"
		}, testRoleB, 3, []param{
			{0, "DurationSeconds", "7200"}, {0, "RoleSessionName", "mcsql-ci@team_1.x"},
			// A role assumed by a role gets at most an hour.
			{1, "DurationSeconds", "3600"}, {1, "RoleSessionName", "mcsql-ci@team_1.x"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(c *Config) {
				c.Getenv = env(tt.env)
				if tt.mod != nil {
					tt.mod(c)
				}
			})
			res, err := h.c.Encrypt(context.Background(), mustChain(t, testRoleA, tt.chain), mustKey(t, testKeyARN), []byte("aGVsbG8="))
			if err != nil {
				t.Fatalf("Encrypt: %v", err)
			}
			want := &kms.EncryptResult{CiphertextBlob: "blob(aGVsbG8=)", KeyID: "key-hzz652f8793l4n2n8o21t", KeyVersionID: "v1", RequestID: "kms-req-1"}
			if !reflect.DeepEqual(res, want) {
				t.Errorf("result = %+v, want %+v", res, want)
			}
			reqs := h.fake.requests()
			if len(reqs) != tt.nreq {
				t.Fatalf("%d requests, want %d", len(reqs), tt.nreq)
			}
			checkParams(t, reqs, tt.params)
		})
	}
}

func TestEmptyChainUsesCallerCredentials(t *testing.T) {
	h := newHarness(t, nil)
	if _, err := h.c.Encrypt(context.Background(), nil, mustKey(t, testKeyARN), []byte("x")); err != nil {
		t.Fatal(err)
	}
	reqs := h.fake.requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests, want 1", len(reqs))
	}
	checkParams(t, reqs, []param{{0, "Action", "Encrypt"}, {0, "AccessKeyId", callerID}, {0, "SecurityToken", ""}})
}

func TestDecrypt(t *testing.T) {
	tests := []struct {
		name       string
		cfgRegion  string
		ctxRegion  string
		wantRegion string
	}{
		{"region from the context", "", "cn-shanghai", "cn-shanghai"},
		{"configured region", "cn-beijing", "", "cn-beijing"},
		{"context wins", "cn-beijing", "cn-shanghai", "cn-shanghai"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(c *Config) { c.Region = tt.cfgRegion })
			ctx := context.Background()
			if tt.ctxRegion != "" {
				ctx = kms.WithRegion(ctx, tt.ctxRegion)
			}
			res, err := h.c.Decrypt(ctx, mustChain(t, testRoleA, ""), "QUJD")
			if err != nil {
				t.Fatalf("Decrypt: %v", err)
			}
			want := &kms.DecryptResult{Plaintext: []byte("plain(QUJD)"), KeyID: "key-hzz652f8793l4n2n8o21t", KeyVersionID: "v1", RequestID: "kms-req-1"}
			if !reflect.DeepEqual(res, want) {
				t.Errorf("result = %+v, want %+v", res, want)
			}
			checkParams(t, h.fake.requests(), []param{
				{0, "RegionId", tt.wantRegion}, {1, "Action", "Decrypt"}, {1, "CiphertextBlob", "QUJD"},
				{1, "RegionId", tt.wantRegion}, {1, "KeyId", ""}, {1, "SecurityToken", "TempTokenValue1"},
			})
		})
	}
}

func TestDecryptWithoutRegion(t *testing.T) {
	h := newHarness(t, nil)
	blob := base64.StdEncoding.EncodeToString([]byte("key-hzz652f8793l4n2n8o21t-syv1qph631" + strings.Repeat("\x00", 40)))
	_, err := h.c.Decrypt(context.Background(), mustChain(t, testRoleA, ""), blob)
	want := "MissingParameter for CMK key-hzz652f8793l4n2n8o21t: no region to send Decrypt to: the caller gives none and the aliyun backend has no default region configured"
	if err == nil || err.Error() != want {
		t.Fatalf("error = %v, want %s", err, want)
	}
	if n := len(h.fake.requests()); n != 0 {
		t.Errorf("%d requests sent, want 0", n)
	}
}

func TestPlaintextChecks(t *testing.T) {
	tests := []struct {
		name      string
		plaintext []byte
		code      string
		msg       string
	}{
		{"empty", nil, kms.CodeMissingParameter, "the plaintext to encrypt is empty"},
		{"too long", []byte(strings.Repeat("a", MaxPlaintext+1)), kms.CodeInvalidParameter, "the plaintext is 6145 bytes; KMS Encrypt takes at most 6144"},
		{"not utf-8", []byte{0xff, 0xfe}, kms.CodeInvalidParameter, "the plaintext is not UTF-8 text, which KMS Encrypt requires (encode binary data as Base64)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			_, err := h.c.Encrypt(context.Background(), mustChain(t, testRoleA, ""), mustKey(t, testKeyARN), tt.plaintext)
			var ke *kms.Error
			if !errors.As(err, &ke) {
				t.Fatalf("error = %v, want a *kms.Error", err)
			}
			if ke.Code != tt.code || ke.Message != tt.msg || ke.Resource != testKeyARN {
				t.Errorf("error = %+v, want code %s, message %q, resource %s", ke, tt.code, tt.msg, testKeyARN)
			}
			if n := len(h.fake.requests()); n != 0 {
				t.Errorf("%d requests sent, want 0", n)
			}
		})
	}
	t.Run("6144 bytes pass", func(t *testing.T) {
		h := newHarness(t, nil)
		_, err := h.c.Encrypt(context.Background(), nil, mustKey(t, testKeyARN), []byte(strings.Repeat("a", MaxPlaintext)))
		if err != nil {
			t.Fatalf("Encrypt: %v", err)
		}
	})
}

func TestBlobResource(t *testing.T) {
	enc := base64.StdEncoding.EncodeToString
	tests := []struct{ blob, want string }{
		{enc([]byte("key-hzz652f8793l4n2n8o21t-syv1qph631rest")), "CMK key-hzz652f8793l4n2n8o21t"},
		{enc([]byte("key-short-syv1qph631")), "the CiphertextBlob"},
		{"not base64!", "the CiphertextBlob"},
		{"", "the CiphertextBlob"},
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+tt.blob, func(t *testing.T) {
			if got := blobResource(tt.blob); got != tt.want {
				t.Errorf("blobResource = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCredentialCache(t *testing.T) {
	tests := []struct {
		name         string
		first, next  string // role_chain of the two calls (role_arn is alpha)
		wantAssumes2 int    // AssumeRole calls made by the second call
	}{
		{"same role", "", "", 0},
		{"same chain", testRoleB, testRoleB, 0},
		{"chain extends a cached prefix", "", testRoleB, 1},
		{"prefix of a cached chain", testRoleB, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			ctx, key := context.Background(), mustKey(t, testKeyARN)
			if _, err := h.c.Encrypt(ctx, mustChain(t, testRoleA, tt.first), key, []byte("a")); err != nil {
				t.Fatal(err)
			}
			before := h.fake.count("AssumeRole")
			if _, err := h.c.Encrypt(ctx, mustChain(t, testRoleA, tt.next), key, []byte("b")); err != nil {
				t.Fatal(err)
			}
			if got := h.fake.count("AssumeRole") - before; got != tt.wantAssumes2 {
				t.Errorf("second call made %d AssumeRole, want %d", got, tt.wantAssumes2)
			}
			if got := h.fake.count("Encrypt"); got != 2 {
				t.Errorf("%d Encrypt, want 2", got)
			}
		})
	}
}

func TestCredentialExpiry(t *testing.T) {
	tests := []struct {
		name          string
		refreshBefore time.Duration
		advance       time.Duration
		wantAssumes   int
	}{
		{"fresh", 0, 54*time.Minute + 59*time.Second, 1},
		{"within the default 5 minutes", 0, 55 * time.Minute, 2},
		{"expired", 0, 2 * time.Hour, 2},
		{"configured margin, still fresh", 30 * time.Minute, 29 * time.Minute, 1},
		{"configured margin reached", 30 * time.Minute, 30 * time.Minute, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(c *Config) { c.RefreshBefore = tt.refreshBefore })
			ctx, roles, key := context.Background(), mustChain(t, testRoleA, ""), mustKey(t, testKeyARN)
			if _, err := h.c.Encrypt(ctx, roles, key, []byte("a")); err != nil {
				t.Fatal(err)
			}
			h.clock.Advance(tt.advance)
			if _, err := h.c.Encrypt(ctx, roles, key, []byte("a")); err != nil {
				t.Fatal(err)
			}
			if got := h.fake.count("AssumeRole"); got != tt.wantAssumes {
				t.Errorf("%d AssumeRole, want %d", got, tt.wantAssumes)
			}
			reqs := h.fake.requests()
			last := reqs[len(reqs)-1]
			wantID := fmt.Sprintf("STS.id%d", tt.wantAssumes)
			if got := last.Get("AccessKeyId"); got != wantID {
				t.Errorf("Encrypt signed by %s, want %s", got, wantID)
			}
		})
	}
}

func TestConcurrentCallsShareOneAssumeRole(t *testing.T) {
	h := newHarness(t, nil)
	roles, key := mustChain(t, testRoleA, testRoleB), mustKey(t, testKeyARN)
	const n = 16
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Go(func() {
			_, err := h.c.Encrypt(context.Background(), roles, key, []byte("a"))
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := h.fake.count("AssumeRole"); got != 2 {
		t.Errorf("%d AssumeRole, want 2 (one per role)", got)
	}
	if got := h.fake.count("Encrypt"); got != n {
		t.Errorf("%d Encrypt, want %d", got, n)
	}
}

func TestRejectedTokenIsRenewedOnce(t *testing.T) {
	expired := answer{400, map[string]string{"Code": kms.CodeTokenExpired, "Message": "The security token you provided has expired.", "RequestId": "r-exp"}}
	tests := []struct {
		name         string
		failEncrypts int // how many Encrypts answer InvalidSecurityToken.Expired
		wantErr      string
		wantAssumes  int
		wantEncrypts int
	}{
		{"renewed", 1, "", 2, 3},
		{"still rejected", 2, "InvalidSecurityToken.Expired for " + testKeyARN + ": The security token you provided has expired. (RequestId r-exp)", 2, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			ctx, roles, key := context.Background(), mustChain(t, testRoleA, ""), mustKey(t, testKeyARN)
			if _, err := h.c.Encrypt(ctx, roles, key, []byte("a")); err != nil {
				t.Fatal(err)
			}
			h.fake.setOverride(func(p url.Values, n int) (answer, bool) {
				return expired, p.Get("Action") == "Encrypt" && n >= 2 && n < 2+tt.failEncrypts
			})
			_, err := h.c.Encrypt(ctx, roles, key, []byte("a"))
			if got := errText(err); got != tt.wantErr {
				t.Errorf("error = %q, want %q", got, tt.wantErr)
			}
			if got := h.fake.count("AssumeRole"); got != tt.wantAssumes {
				t.Errorf("%d AssumeRole, want %d", got, tt.wantAssumes)
			}
			if got := h.fake.count("Encrypt"); got != tt.wantEncrypts {
				t.Errorf("%d Encrypt, want %d", got, tt.wantEncrypts)
			}
		})
	}
}

// TestFreshTokenRejectedIsNotRetried: credentials just obtained are not
// renewed again, so an expired caller token fails at once.
func TestFreshTokenRejectedIsNotRetried(t *testing.T) {
	h := newHarness(t, nil)
	h.fake.setOverride(func(p url.Values, n int) (answer, bool) {
		return answer{400, map[string]string{"Code": kms.CodeTokenExpired, "Message": "expired"}}, p.Get("Action") == "AssumeRole"
	})
	_, err := h.c.Encrypt(context.Background(), mustChain(t, testRoleA, ""), mustKey(t, testKeyARN), []byte("a"))
	if want := "InvalidSecurityToken.Expired for " + testRoleA + ": expired"; errText(err) != want {
		t.Errorf("error = %q, want %q", errText(err), want)
	}
	if got := h.fake.count("AssumeRole"); got != 1 {
		t.Errorf("%d AssumeRole, want 1", got)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
