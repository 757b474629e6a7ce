package emulator

import (
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestErrors(t *testing.T) {
	const post = http.MethodPost
	enc := func(id string) map[string]string { return map[string]string{"KeyId": id, "Plaintext": "eA=="} }
	// drop returns a request with a parameter removed and re-signed.
	drop := func(action, version, name string, extra map[string]string) func(e *env) (int, map[string]any) {
		return func(e *env) (int, map[string]any) {
			v := e.signed(post, alice, action, version, extra)
			v.Del(name)
			resign(post, v, aliceSecret)
			return e.send(post, v, nil)
		}
	}
	// with returns a request whose parameter name is set to value after
	// signing, re-signed unless tamper is set.
	with := func(name, value string, tamper bool) func(e *env) (int, map[string]any) {
		return func(e *env) (int, map[string]any) {
			v := e.signed(post, alice, "Encrypt", KMSVersion, enc(key1))
			v.Set(name, value)
			if !tamper {
				resign(post, v, aliceSecret)
			}
			return e.send(post, v, nil)
		}
	}
	callAs := func(c cred, action, version string, extra map[string]string) func(e *env) (int, map[string]any) {
		return func(e *env) (int, map[string]any) { return e.call(c, action, version, extra) }
	}
	tests := []struct {
		name    string
		do      func(e *env) (int, map[string]any)
		status  int
		code    string
		message string // exact, when set
	}{
		{"missing Action", drop("Encrypt", KMSVersion, "Action", enc(key1)), 400, "MissingParameter",
			`The input parameter "Action" that is mandatory for processing this request is not supplied.`},
		{"missing Version", drop("Encrypt", KMSVersion, "Version", enc(key1)), 400, "MissingParameter",
			`The input parameter "Version" that is mandatory for processing this request is not supplied.`},
		{"missing SignatureNonce", drop("Encrypt", KMSVersion, "SignatureNonce", enc(key1)), 400, "MissingParameter", ""},
		{"missing Timestamp", drop("Encrypt", KMSVersion, "Timestamp", enc(key1)), 400, "MissingParameter", ""},
		{"missing AccessKeyId", drop("Encrypt", KMSVersion, "AccessKeyId", enc(key1)), 400, "MissingParameter", ""},
		{"missing Signature", func(e *env) (int, map[string]any) {
			v := e.signed(post, alice, "Encrypt", KMSVersion, enc(key1))
			v.Del("Signature")
			return e.send(post, v, nil)
		}, 400, "MissingParameter", `The input parameter "Signature" that is mandatory for processing this request is not supplied.`},
		{"missing KeyId", drop("Encrypt", KMSVersion, "KeyId", enc(key1)), 400, "MissingParameter",
			`The input parameter "KeyId" that is mandatory for processing this request is not supplied.`},
		{"missing Plaintext", drop("Encrypt", KMSVersion, "Plaintext", enc(key1)), 400, "MissingParameter", ""},
		{"missing CiphertextBlob", callAs(alice, "Decrypt", KMSVersion, nil), 400, "MissingParameter", ""},
		{"missing RoleArn", callAs(alice, "AssumeRole", STSVersion, map[string]string{"RoleSessionName": "s1"}), 400, "MissingParameter", ""},
		{"missing RoleSessionName", callAs(alice, "AssumeRole", STSVersion, map[string]string{"RoleArn": appRole}), 400, "MissingParameter", ""},
		{"missing PendingWindowInDays", callAs(alice, "ScheduleKeyDeletion", KMSVersion, map[string]string{"KeyId": key1}), 400, "MissingParameter", ""},
		{"unknown action", callAs(alice, "ReEncrypt", KMSVersion, nil), 404, "InvalidAction.NotFound", ""},
		{"KMS action with the STS version", callAs(alice, "Encrypt", STSVersion, enc(key1)), 404, "InvalidAction.NotFound", ""},
		{"unknown access key", callAs(cred{"LTAI5tNobody", "x", ""}, "Encrypt", KMSVersion, enc(key1)), 404, "InvalidAccessKeyId.NotFound",
			"Specified access key is not found: LTAI5tNobody."},
		{"wrong secret", callAs(cred{aliceAK, "wrong", ""}, "DescribeKey", KMSVersion, map[string]string{"KeyId": key1}), 400, "SignatureDoesNotMatch", ""},
		{"tampered parameter", with("KeyId", "key-other", true), 400, "SignatureDoesNotMatch", ""},
		{"stale timestamp", with("Timestamp", "2026-01-02T02:49:04Z", false), 400, "IllegalTimestamp",
			"Specified time stamp or date value is expired: 2026-01-02T02:49:04Z is more than 15m0s away from the server's time 2026-01-02T03:04:05Z."},
		{"future timestamp", with("Timestamp", "2026-01-02T03:19:06Z", false), 400, "IllegalTimestamp", ""},
		{"malformed timestamp", with("Timestamp", "2026-01-02 03:04:05", false), 400, "IllegalTimestamp", ""},
		{"SignatureMethod", with("SignatureMethod", "HMAC-SHA256", false), 400, "InvalidParameter", ""},
		{"SignatureVersion", with("SignatureVersion", "2.0", false), 400, "InvalidParameter", ""},
		{"Format XML", with("Format", "XML", false), 400, "InvalidParameter", ""},
		{"key not found", callAs(alice, "Encrypt", KMSVersion, enc("key-test00000000000000099")), 404, "Forbidden.KeyNotFound", ""},
		{"ARN of another account", callAs(alice, "Encrypt", KMSVersion, enc("acs:kms:cn-hangzhou:9999:key/"+key1)), 404, "Forbidden.KeyNotFound", ""},
		{"ARN of another region", callAs(alice, "Encrypt", KMSVersion, enc("acs:kms:cn-beijing:1111:key/"+key1)), 404, "Forbidden.KeyNotFound", ""},
		{"malformed key ARN", callAs(alice, "Encrypt", KMSVersion, enc("acs:kms:cn-hangzhou:key")), 400, "InvalidParameter",
			"the parameter KeyId is invalid: invalid kms_cmk_arn 'acs:kms:cn-hangzhou:key': expected acs:kms:<RegionId>:<UserId>:key/<CmkId>"},
		{"no grant", callAs(cred{bobAK, bobSecret, ""}, "Encrypt", KMSVersion, enc(key1)), 403, "Forbidden.NoPermission",
			"acs:ram::1111:user/bob has no grant for Encrypt on acs:kms:cn-hangzhou:1111:key/" + key1},
		{"no grant to decrypt", callAs(cred{bobAK, bobSecret, ""}, "Decrypt", KMSVersion, map[string]string{"CiphertextBlob": aliceBlob}), 403, "Forbidden.NoPermission",
			"acs:ram::1111:user/bob has no grant for Decrypt on acs:kms:cn-hangzhou:1111:key/" + key1},
		{"no grant to disable", callAs(cred{bobAK, bobSecret, ""}, "DisableKey", KMSVersion, map[string]string{"KeyId": key1}), 403, "Forbidden.NoPermission", ""},
		{"no grant to create", callAs(cred{bobAK, bobSecret, ""}, "CreateKey", KMSVersion, nil), 403, "Forbidden.NoPermission",
			"acs:ram::1111:user/bob has no grant for CreateKey on acs:kms:cn-hangzhou:1111:key/*"},
		{"not trusted", callAs(cred{bobAK, bobSecret, ""}, "AssumeRole", STSVersion, map[string]string{"RoleArn": appRole, "RoleSessionName": "s1"}), 403, "Forbidden.NoPermission",
			"acs:ram::1111:user/bob is not in the trust list of role acs:ram::2222:role/app"},
		{"malformed RoleArn", callAs(alice, "AssumeRole", STSVersion, map[string]string{"RoleArn": "acs:ram::2222:app", "RoleSessionName": "s1"}), 400, "InvalidParameter", ""},
		{"RoleSessionName", callAs(alice, "AssumeRole", STSVersion, map[string]string{"RoleArn": appRole, "RoleSessionName": "a b"}), 400, "InvalidParameter", ""},
		{"DurationSeconds too short", callAs(alice, "AssumeRole", STSVersion, map[string]string{"RoleArn": appRole, "RoleSessionName": "s1", "DurationSeconds": "899"}), 400, "InvalidParameter",
			`the parameter DurationSeconds must be an integer from 900 to 43200, got "899"`},
		{"DurationSeconds too long", callAs(alice, "AssumeRole", STSVersion, map[string]string{"RoleArn": appRole, "RoleSessionName": "s1", "DurationSeconds": "43201"}), 400, "InvalidParameter", ""},
		{"session Policy", callAs(alice, "AssumeRole", STSVersion, map[string]string{"RoleArn": appRole, "RoleSessionName": "s1", "Policy": "{}"}), 400, "InvalidParameter", ""},
		{"PendingWindowInDays", callAs(alice, "ScheduleKeyDeletion", KMSVersion, map[string]string{"KeyId": key1, "PendingWindowInDays": "6"}), 400, "InvalidParameter", ""},
		{"EncryptionContext", callAs(alice, "Encrypt", KMSVersion, map[string]string{"KeyId": key1, "Plaintext": "eA==", "EncryptionContext": "[1]"}), 400, "InvalidParameter", ""},
		{"Plaintext too long", callAs(alice, "Encrypt", KMSVersion, map[string]string{"KeyId": key1, "Plaintext": strings.Repeat("x", 6145)}), 400, "InvalidParameter",
			"the parameter Plaintext is 6145 bytes; at most 6144 are allowed (" + key1 + ")"},
		{"KeySpec", callAs(alice, "CreateKey", KMSVersion, map[string]string{"KeySpec": "RSA_2048"}), 400, "InvalidParameter", ""},
		{"RegionId", callAs(alice, "CreateKey", KMSVersion, map[string]string{"RegionId": "CN HANGZHOU"}), 400, "InvalidParameter", ""},
		{"PageSize", callAs(alice, "ListKeys", KMSVersion, map[string]string{"PageSize": "101"}), 400, "InvalidParameter", ""},
		{"parameter in query and form", func(e *env) (int, map[string]any) {
			v := e.signed(post, alice, "Encrypt", KMSVersion, enc(key1))
			return e.send(post, v, url.Values{"KeyId": {key1}})
		}, 400, "InvalidParameter", `parameter "KeyId" is given more than once`},
		{"PUT", func(e *env) (int, map[string]any) {
			return e.send(http.MethodPut, e.signed(http.MethodPut, alice, "Encrypt", KMSVersion, enc(key1)), nil)
		}, 400, "InvalidParameter", "HTTP method PUT is not supported; use GET or POST"},
		{"body not a form", func(e *env) (int, map[string]any) {
			req, err := http.NewRequest(post, e.http.URL+"/?"+e.signed(post, alice, "Encrypt", KMSVersion, enc(key1)).Encode(), strings.NewReader(`{"a":1}`))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", "application/json")
			return do(t, req)
		}, 400, "InvalidParameter", `request body must be application/x-www-form-urlencoded, got Content-Type "application/json"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.createKey("1111")
			status, body := tt.do(e)
			wantError(t, status, body, tt.status, tt.code)
			if tt.message != "" && body["Message"] != tt.message {
				t.Fatalf("Message = %q\nwant      %q", body["Message"], tt.message)
			}
			if !requestIDRE.MatchString(body["RequestId"].(string)) || body["HostId"] != e.http.Listener.Addr().String() {
				t.Fatalf("RequestId %v HostId %v", body["RequestId"], body["HostId"])
			}
			wantRecommend := "https://api.aliyun.com/troubleshoot?product="
			if !strings.HasPrefix(body["Recommend"].(string), wantRecommend) {
				t.Fatalf("Recommend = %v", body["Recommend"])
			}
		})
	}
}

// aliceBlob is the fake key service's blob of "eA==" under key1.
var aliceBlob = base64.StdEncoding.EncodeToString([]byte(key1 + "-v000000001|eA=="))

// do sends a prepared request and decodes the JSON answer.
func do(t *testing.T, req *http.Request) (int, map[string]any) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	checkHidden(t, raw, serverPaths(t))
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("answer is not JSON: %v: %s", err, raw)
	}
	return resp.StatusCode, out
}
