package aliyun

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/kms"
)

func TestCanonicalCode(t *testing.T) {
	tests := []struct {
		code   string
		status int
		want   string
	}{
		{"Forbidden.KeyNotFound", 404, kms.CodeKeyNotFound},
		{"Forbidden.NoPermission", 403, kms.CodeNoPermission},
		{"NoPermission", 403, kms.CodeNoPermission},
		{"EntityNotExist.Role", 404, kms.CodeNoPermission},
		{"Rejected.Disabled", 409, kms.CodeDisabled},
		{"Rejected.PendingDeletion", 409, kms.CodePendingDeletion},
		{"InvalidParameter", 400, kms.CodeInvalidParameter},
		{"InvalidParameter.RoleArn", 400, kms.CodeInvalidParameter},
		{"MissingParameter", 400, kms.CodeMissingParameter},
		{"MissingRoleArn", 400, kms.CodeMissingParameter},
		{"InvalidAccessKeyId.NotFound", 404, kms.CodeAccessKeyNotFound},
		{"InvalidAccessKeyId.Inactive", 400, kms.CodeAccessKeyNotFound},
		{"SignatureDoesNotMatch", 400, kms.CodeSignatureMismatch},
		{"IncompleteSignature", 400, kms.CodeSignatureMismatch},
		{"IllegalTimestamp", 400, kms.CodeIllegalTimestamp},
		{"InvalidTimeStamp.Expired", 400, kms.CodeIllegalTimestamp},
		{"SignatureNonceUsed", 400, kms.CodeSignatureNonceUsed},
		{"InvalidSecurityToken.Expired", 400, kms.CodeTokenExpired},
		{"InvalidSecurityToken.MismatchWithAccessKey", 400, kms.CodeTokenInvalid},
		{"Throttling", 400, kms.CodeThrottling},
		{"Throttling.Api", 503, kms.CodeThrottling},
		{"InternalError", 500, kms.CodeInternalFailure},
		{"ServiceUnavailable", 503, kms.CodeInternalFailure},
		{"Something.New", 400, "Something.New"},
		{"", 429, kms.CodeThrottling},
		{"", 502, kms.CodeInternalFailure},
		{"", 404, CodeUnexpectedResponse},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.code, tt.status), func(t *testing.T) {
			if got := canonicalCode(tt.code, tt.status); got != tt.want {
				t.Errorf("canonicalCode = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestErrorMapping(t *testing.T) {
	blobWithKey := base64.StdEncoding.EncodeToString([]byte("key-hzz652f8793l4n2n8o21t-syv1qph631" + strings.Repeat("x", 40)))
	tests := []struct {
		name   string
		action string // Encrypt, Decrypt, or AssumeRole (failing the chain's second hop)
		ans    answer
		want   kms.Error
	}{
		{"key not found", "Encrypt", answer{404, map[string]string{"Code": "Forbidden.KeyNotFound", "Message": "The specified Key is not found.", "RequestId": "r1"}},
			kms.Error{Service: kms.ServiceKMS, Action: "Encrypt", Code: kms.CodeKeyNotFound, Message: "The specified Key is not found.", HTTPStatus: 404, RequestID: "r1", Resource: testKeyARN}},
		{"pending deletion", "Encrypt", answer{409, map[string]string{"Code": "Rejected.PendingDeletion", "Message": "Key is pending deletion."}},
			kms.Error{Service: kms.ServiceKMS, Action: "Encrypt", Code: kms.CodePendingDeletion, Message: "Key is pending deletion.", HTTPStatus: 409, Resource: testKeyARN}},
		{"decrypt names the blob's CMK", "Decrypt", answer{403, map[string]string{"Code": "Forbidden.NoPermission", "Message": "denied", "RequestId": "r2"}},
			kms.Error{Service: kms.ServiceKMS, Action: "Decrypt", Code: kms.CodeNoPermission, Message: "denied", HTTPStatus: 403, RequestID: "r2", Resource: "CMK key-hzz652f8793l4n2n8o21t"}},
		{"second hop refused", "AssumeRole", answer{403, map[string]string{"Code": "NoPermission", "Message": "You are not authorized to do this action."}},
			kms.Error{Service: kms.ServiceSTS, Action: "AssumeRole", Code: kms.CodeNoPermission, HTTPStatus: 403, Resource: testRoleB,
				Message: "You are not authorized to do this action. (service code NoPermission) (assumed with the credentials of " + testRoleA + ")" +
					"; to fix: role " + testRoleB + " must exist and its trust policy must allow " + testRoleA + " to assume it, and " +
					testRoleA + " needs the RAM permission sts:AssumeRole on the role"}},
		{"html error page", "Encrypt", answer{404, "<html>not here</html>"},
			kms.Error{Service: kms.ServiceKMS, Action: "Encrypt", Code: CodeUnexpectedResponse, HTTPStatus: 404, Resource: testKeyARN,
				Message: "the endpoint answered HTTP status 404 without an API error"}},
		{"success that is not JSON", "Encrypt", answer{200, "{not json"},
			kms.Error{Service: kms.ServiceKMS, Action: "Encrypt", Code: CodeUnexpectedResponse, Resource: testKeyARN,
				Message: "Failed to unmarshal response, but you can get the data via response.GetHttpStatusCode() and response.GetHttpContentString() (from {url})"}},
		{"encrypt without a blob", "Encrypt", answer{200, map[string]string{"RequestId": "r3"}},
			kms.Error{Service: kms.ServiceKMS, Action: "Encrypt", Code: CodeUnexpectedResponse, Resource: testKeyARN, RequestID: "r3", Message: "Encrypt answered no CiphertextBlob"}},
		{"credentials without expiration", "AssumeRole", answer{200, map[string]any{"RequestId": "r4", "Credentials": map[string]string{
			"AccessKeyId": "STS.x", "AccessKeySecret": "s", "SecurityToken": "t", "Expiration": "tomorrow"}}},
			kms.Error{Service: kms.ServiceSTS, Action: "AssumeRole", Code: CodeUnexpectedResponse, Resource: testRoleB, RequestID: "r4",
				Message: `AssumeRole answered an expiration that is not an RFC 3339 time: "tomorrow"`}},
		{"credentials incomplete", "AssumeRole", answer{200, map[string]any{"RequestId": "r5", "Credentials": map[string]string{"AccessKeyId": "STS.x"}}},
			kms.Error{Service: kms.ServiceSTS, Action: "AssumeRole", Code: CodeUnexpectedResponse, Resource: testRoleB, RequestID: "r5", Message: "AssumeRole answered without complete credentials"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(c *Config) { c.Region = "cn-hangzhou" })
			h.fake.setOverride(func(p url.Values, n int) (answer, bool) {
				// AssumeRole fails on the second hop only.
				return tt.ans, p.Get("Action") == tt.action && (tt.action != "AssumeRole" || n == 2)
			})
			ctx, roles := context.Background(), mustChain(t, testRoleA, testRoleB)
			var err error
			if tt.action == "Decrypt" {
				_, err = h.c.Decrypt(ctx, roles, blobWithKey)
			} else {
				_, err = h.c.Encrypt(ctx, roles, mustKey(t, testKeyARN), []byte("a"))
			}
			var ke *kms.Error
			if !errors.As(err, &ke) {
				t.Fatalf("error = %v (%T), want a *kms.Error", err, err)
			}
			want := tt.want
			want.Message = strings.ReplaceAll(want.Message, "{url}", h.fake.srv.URL)
			if *ke != want {
				t.Errorf("error =\n %+v\nwant\n %+v", *ke, want)
			}
		})
	}
}

// secretsCase is one failure of TestSecretsNeverInErrors.
type secretsCase struct {
	name   string
	action string                    // the action that fails
	ans    func(p url.Values) answer // status 0: answer normally
	mod    func(*Config)
}

// echoStringToSign is what the real service sends back on a bad
// signature: the string it signed, which holds the token and plaintext.
func echoStringToSign(p url.Values) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var q []string
	for _, k := range keys {
		q = append(q, url.QueryEscape(k)+"="+url.QueryEscape(p.Get(k)))
	}
	return "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&" + url.QueryEscape(strings.Join(q, "&"))
}

func secretsCases(plaintext string, secrets []string) []secretsCase {
	// A hostile server echoes every secret in the clear. On the first hop
	// the client holds only the caller's secrets, and on the second it has
	// not received TempSecretValue2 yet: only what it holds can be
	// redacted.
	hostile := strings.Join(secrets, " ") + " " + url.QueryEscape(callerToken)
	hostileFirst := strings.Join([]string{callerSecret, callerToken, url.QueryEscape(callerToken), plaintext}, " ")
	hostileHop := strings.Join([]string{callerSecret, callerToken, "TempSecretValue1", "TempTokenValue1", plaintext}, " ")
	badSignature := func(p url.Values) answer {
		return answer{400, map[string]string{"Code": "SignatureDoesNotMatch", "Message": echoStringToSign(p)}}
	}
	return []secretsCase{
		{"bad signature on AssumeRole", "AssumeRole", badSignature, nil},
		{"bad signature on Encrypt", "Encrypt", badSignature, nil},
		{"hostile message", "Encrypt", func(p url.Values) answer {
			return answer{403, map[string]string{"Code": "Forbidden.NoPermission", "Message": hostile, "RequestId": hostile}}
		}, nil},
		{"hostile message, second hop", "AssumeRole", func(p url.Values) answer {
			if p.Get("RoleArn") != testRoleB {
				return answer{}
			}
			return answer{400, map[string]string{"Code": "InvalidSecurityToken.Malformed", "Message": hostileHop}}
		}, nil},
		{"hostile refusal of the first role", "AssumeRole", func(p url.Values) answer {
			return answer{403, map[string]string{"Code": "NoPermission", "Message": hostileFirst, "RequestId": hostileFirst}}
		}, nil},
		{"hostile refusal of the second role", "AssumeRole", func(p url.Values) answer {
			if p.Get("RoleArn") != testRoleB {
				return answer{}
			}
			return answer{403, map[string]string{"Code": "EntityNotExist.Role", "Message": hostileHop}}
		}, nil},
		{"hostile body of a success", "Encrypt", func(p url.Values) answer { return answer{200, "{" + hostile} }, nil},
		{"network error on AssumeRole", "", nil, func(c *Config) { c.Transport = &flakyTransport{fails: -1} }},
		{"network error on Encrypt", "", nil, func(c *Config) {
			c.Transport = &flakyTransport{fails: -1, action: "Encrypt", next: http.DefaultTransport}
		}},
	}
}

// TestSecretsNeverInErrors makes every kind of failure while the service
// and the network echo secrets back, and checks no error text holds one.
func TestSecretsNeverInErrors(t *testing.T) {
	plaintext := "PlaintextKeysetBase64Text=="
	secrets := []string{callerSecret, callerToken, "TempSecretValue1", "TempTokenValue1", "TempSecretValue2", "TempTokenValue2", plaintext}
	dead := "http://" + closedAddr(t)
	cases := append(secretsCases(plaintext, secrets),
		secretsCase{name: "STS unreachable", mod: func(c *Config) { c.STSEndpoint = dead }},
		secretsCase{name: "KMS unreachable", mod: func(c *Config) { c.KMSEndpoint = dead }})
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(c *Config) {
				c.Getenv = env(map[string]string{EnvAccessKeyID: callerID, EnvAccessKeySecret: callerSecret, EnvSecurityToken: callerToken})
				if tt.mod != nil {
					tt.mod(c)
				}
			})
			if tt.ans != nil {
				h.fake.setOverride(func(p url.Values, n int) (answer, bool) {
					if p.Get("Action") != tt.action {
						return answer{}, false
					}
					a := tt.ans(p)
					return a, a.status != 0
				})
			}
			_, err := h.c.Encrypt(context.Background(), mustChain(t, testRoleA, testRoleB), mustKey(t, testKeyARN), []byte(plaintext))
			if err == nil {
				t.Fatal("Encrypt succeeded, want an error")
			}
			for _, text := range []string{err.Error(), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err)} {
				for _, s := range secrets {
					for _, form := range []string{s, url.QueryEscape(s), url.QueryEscape(url.QueryEscape(s))} {
						if strings.Contains(text, form) {
							t.Errorf("error text holds secret %q: %s", form, text)
						}
					}
				}
			}
		})
	}
}

// TestScrubber checks the redaction itself, exactly.
func TestScrubber(t *testing.T) {
	s := newScrubber("ab+/=cd", "xyz", "")
	tests := []struct{ in, want string }{
		{"token ab+/=cd here", "token [redacted] here"},
		{"escaped ab%2B%2F%3Dcd", "escaped [redacted]"},
		{"twice ab%252B%252F%253Dcd", "twice [redacted]"},
		{"short xyz stays", "short xyz stays"},
		{"bad. server string to sign is:POST&%2F&a%3Db", "bad. [string to sign withheld]"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := s.clean(tt.in); got != tt.want {
				t.Errorf("clean = %q, want %q", got, tt.want)
			}
		})
	}
}

var _ http.RoundTripper = (*flakyTransport)(nil)
