package emulator

import (
	"encoding/base64"
	"maps"
	"net/http"
	"reflect"
	"regexp"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms"
)

const key1 = "key-test00000000000000001"

func metadata(id, arn, state, desc, created, version, creator string) map[string]any {
	return map[string]any{
		"KeyId": id, "Arn": arn, "KeyState": state, "Description": desc, "CreationDate": created,
		"Creator": creator, "PrimaryKeyVersion": version, "KeyUsage": "ENCRYPT/DECRYPT",
		"KeySpec": "Aliyun_AES_256", "Origin": "Aliyun_KMS", "ProtectionLevel": "SOFTWARE",
		"AutomaticRotation": "Disabled", "DeletionProtection": "Disabled",
	}
}

var requestIDRE = regexp.MustCompile(`^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$`)

func TestCreateDescribeKey(t *testing.T) {
	e := newEnv(t)
	created := e.ok(alice, "CreateKey", KMSVersion, map[string]string{"Description": "k1"})
	arn := "acs:kms:cn-hangzhou:1111:key/" + key1
	want := metadata(key1, arn, "Enabled", "k1", "2026-01-02T03:04:05Z", "v000000001", "1111")
	if !reflect.DeepEqual(created["KeyMetadata"], want) {
		t.Fatalf("CreateKey KeyMetadata = %v\nwant %v", created["KeyMetadata"], want)
	}
	if id, _ := created["RequestId"].(string); !requestIDRE.MatchString(id) {
		t.Fatalf("RequestId %q is not an upper-case UUID", id)
	}
	for _, ref := range []string{key1, arn} {
		t.Run(ref, func(t *testing.T) {
			got := e.ok(alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": ref})
			if !reflect.DeepEqual(got["KeyMetadata"], want) {
				t.Fatalf("DescribeKey = %v\nwant %v", got["KeyMetadata"], want)
			}
		})
	}
}

func TestListKeysPaging(t *testing.T) {
	e := newEnv(t)
	var ids []string
	for range 3 {
		ids = append(ids, e.createKey("1111"))
		e.clock.Advance(time.Second)
	}
	e.createKey("2222") // another account's key is not listed
	tests := []struct {
		page, size string
		want       []string
	}{
		{"", "", ids},
		{"1", "2", ids[:2]},
		{"2", "2", ids[2:]},
		{"3", "2", nil},
	}
	for _, tt := range tests {
		t.Run(tt.page+"/"+tt.size, func(t *testing.T) {
			body := e.ok(alice, "ListKeys", KMSVersion, map[string]string{"PageNumber": tt.page, "PageSize": tt.size})
			keys := []any{}
			for _, id := range tt.want {
				keys = append(keys, map[string]any{"KeyId": id, "KeyArn": "acs:kms:cn-hangzhou:1111:key/" + id})
			}
			page, size := 1.0, 10.0
			if tt.page != "" {
				page, size = float64(tt.page[0]-'0'), float64(tt.size[0]-'0')
			}
			want := map[string]any{"Keys": map[string]any{"Key": keys}, "TotalCount": 3.0, "PageNumber": page, "PageSize": size, "RequestId": body["RequestId"]}
			if !reflect.DeepEqual(body, want) {
				t.Fatalf("ListKeys = %v\nwant %v", body, want)
			}
		})
	}
}

func TestEncryptDecrypt(t *testing.T) {
	e := newEnv(t)
	id := e.createKey("1111")
	plaintext := "SGVsbG8sIGtleXNldA==" // MaxCompute sends Base64 text; it is encrypted as is
	enc := e.ok(alice, "Encrypt", KMSVersion, map[string]string{
		"KeyId": "acs:kms:cn-hangzhou:1111:key/" + id, "Plaintext": plaintext, "EncryptionContext": `{"purpose":"test"}`,
	})
	blob := base64.StdEncoding.EncodeToString([]byte(id + "-v000000001|" + plaintext))
	want := map[string]any{"CiphertextBlob": blob, "KeyId": id, "KeyVersionId": "v000000001", "RequestId": enc["RequestId"]}
	if !reflect.DeepEqual(enc, want) {
		t.Fatalf("Encrypt = %v\nwant %v", enc, want)
	}
	if !maps.Equal(e.keys.lastCtx, map[string]string{"purpose": "test"}) {
		t.Fatalf("EncryptionContext reached the key service as %v", e.keys.lastCtx)
	}
	dec := e.ok(alice, "Decrypt", KMSVersion, map[string]string{"CiphertextBlob": blob})
	want = map[string]any{"Plaintext": plaintext, "KeyId": id, "KeyVersionId": "v000000001", "RequestId": dec["RequestId"]}
	if !reflect.DeepEqual(dec, want) {
		t.Fatalf("Decrypt = %v\nwant %v", dec, want)
	}
	if e.keys.lastCtx != nil {
		t.Fatalf("Decrypt without EncryptionContext passed %v", e.keys.lastCtx)
	}
}

func TestKeyStates(t *testing.T) {
	e := newEnv(t)
	id := e.createKey("1111")
	enc := map[string]string{"KeyId": id, "Plaintext": "eA=="}
	steps := []struct {
		action     string
		extra      map[string]string
		wantState  string
		wantDelete string
		encStatus  int
		encCode    string
	}{
		{"DisableKey", map[string]string{"KeyId": id}, "Disabled", "", 409, "Rejected.Disabled"},
		{"EnableKey", map[string]string{"KeyId": id}, "Enabled", "", 200, ""},
		{"ScheduleKeyDeletion", map[string]string{"KeyId": id, "PendingWindowInDays": "7"}, "PendingDeletion", "2026-01-09T03:04:05Z", 409, "Rejected.PendingDeletion"},
	}
	for _, st := range steps {
		t.Run(st.action, func(t *testing.T) {
			body := e.ok(alice, st.action, KMSVersion, st.extra)
			if len(body) != 1 || body["RequestId"] == nil {
				t.Fatalf("%s answered %v, want only a RequestId", st.action, body)
			}
			md := e.ok(alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": id})["KeyMetadata"].(map[string]any)
			if md["KeyState"] != st.wantState || (md["DeleteDate"] != nil) != (st.wantDelete != "") ||
				(st.wantDelete != "" && md["DeleteDate"] != st.wantDelete) {
				t.Fatalf("after %s: KeyState %v DeleteDate %v, want %s %q", st.action, md["KeyState"], md["DeleteDate"], st.wantState, st.wantDelete)
			}
			status, body := e.call(alice, "Encrypt", KMSVersion, enc)
			if st.encCode == "" {
				if status != http.StatusOK {
					t.Fatalf("Encrypt: HTTP %d %v", status, body)
				}
				return
			}
			wantError(t, status, body, st.encStatus, st.encCode)
		})
	}
}

func TestCancelKeyDeletion(t *testing.T) {
	e := newEnv(t)
	id := e.createKey("1111")
	status, body := e.call(alice, "CancelKeyDeletion", KMSVersion, map[string]string{"KeyId": id})
	wantError(t, status, body, 400, "InvalidParameter")
	e.ok(alice, "ScheduleKeyDeletion", KMSVersion, map[string]string{"KeyId": id, "PendingWindowInDays": "30"})
	e.ok(alice, "CancelKeyDeletion", KMSVersion, map[string]string{"KeyId": id})
	md := e.ok(alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": id})["KeyMetadata"].(map[string]any)
	if md["KeyState"] != "Enabled" || md["DeleteDate"] != nil {
		t.Fatalf("after CancelKeyDeletion: %v", md)
	}
	// A key service without CancelKeyDeletion: the action is not served.
	bare := newEnv(t, func(c *Config) { c.Keys = struct{ kms.KeyService }{c.Keys} })
	bare.createKey("1111")
	status, body = bare.call(alice, "CancelKeyDeletion", KMSVersion, map[string]string{"KeyId": key1})
	wantError(t, status, body, 404, "InvalidAction.NotFound")
}

var stsKeyRE = regexp.MustCompile(`^STS\.[A-Za-z0-9]{25}$`)

func TestAssumeRole(t *testing.T) {
	tests := []struct {
		duration, wantExpiration string
	}{
		{"", "2026-01-02T04:04:05Z"},
		{"900", "2026-01-02T03:19:05Z"},
		{"43200", "2026-01-02T15:04:05Z"},
	}
	for _, tt := range tests {
		t.Run("duration="+tt.duration, func(t *testing.T) {
			e := newEnv(t)
			body := e.ok(alice, "AssumeRole", STSVersion, map[string]string{"RoleArn": appRole, "RoleSessionName": "mcsql", "DurationSeconds": tt.duration})
			user := body["AssumedRoleUser"].(map[string]any)
			if user["Arn"] != appRole+"/mcsql" || !regexp.MustCompile(`^[0-9]{17}:mcsql$`).MatchString(user["AssumedRoleId"].(string)) {
				t.Fatalf("AssumedRoleUser = %v", user)
			}
			cr := body["Credentials"].(map[string]any)
			ak, secret, token := cr["AccessKeyId"].(string), cr["AccessKeySecret"].(string), cr["SecurityToken"].(string)
			if !stsKeyRE.MatchString(ak) || len(secret) != 44 || len(token) != 164 || token[:4] != "CAIS" || cr["Expiration"] != tt.wantExpiration {
				t.Fatalf("Credentials = %v", cr)
			}
			// The token works, as the role: app may use account 2222's keys only.
			role := cred{ak, secret, token}
			mine, theirs := e.createKey("2222"), e.createKey("1111")
			e.ok(role, "Encrypt", KMSVersion, map[string]string{"KeyId": mine, "Plaintext": "eA=="})
			status, refused := e.call(role, "Encrypt", KMSVersion, map[string]string{"KeyId": theirs, "Plaintext": "eA=="})
			wantError(t, status, refused, 403, "Forbidden.NoPermission")
		})
	}
}

func TestRoleChain(t *testing.T) {
	e := newEnv(t)
	app := e.assume(alice, appRole)
	status, body := e.call(app, "AssumeRole", STSVersion, map[string]string{"RoleArn": crossRole, "RoleSessionName": "hop", "DurationSeconds": "3601"})
	wantError(t, status, body, 400, "InvalidParameter")
	cross := e.assume(app, crossRole)
	id := e.createKey("3333")
	status, body = e.call(cross, "Encrypt", KMSVersion, map[string]string{"KeyId": id, "Plaintext": "eA=="})
	wantError(t, status, body, 403, "Forbidden.NoPermission")
	want := "acs:ram::3333:role/cross has no grant for Encrypt on acs:kms:cn-hangzhou:3333:key/" + id
	if body["Message"] != want {
		t.Fatalf("Message = %q, want %q", body["Message"], want)
	}
	e.pol.grants[crossRole] = []string{"Encrypt acs:kms:cn-hangzhou:3333:key/" + id}
	e.ok(cross, "Encrypt", KMSVersion, map[string]string{"KeyId": id, "Plaintext": "eA=="})
	// alice is not trusted by cross directly.
	status, body = e.call(alice, "AssumeRole", STSVersion, map[string]string{"RoleArn": crossRole, "RoleSessionName": "direct"})
	wantError(t, status, body, 403, "Forbidden.NoPermission")
	if body["Message"] != "acs:ram::1111:user/alice is not in the trust list of role acs:ram::3333:role/cross" {
		t.Fatalf("Message = %q", body["Message"])
	}
}
