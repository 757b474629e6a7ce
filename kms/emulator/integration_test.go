package emulator

import (
	"context"
	"encoding/base64"
	"math/rand/v2"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/local"
	"github.com/mcsql/mcsql/kms/policy"
)

// integrationPolicy: alice (account 1111…) manages her account's keys and
// may assume app; app may Encrypt/Decrypt with account 1111…'s keys and
// assume partner (account 2222…), which may use account 2222…'s keys.
const integrationPolicy = `{
  "users": [
    {"name": "alice", "account": "1111111111111111", "access_key_id": "LTAI5tAliceAccessKey01",
     "access_key_secret": "aliceSecretValue0123456789abcdef",
     "grants": [{"keys": ["acs:kms:cn-hangzhou:1111111111111111:key/*"], "actions": ["*"]}]},
    {"name": "bob", "account": "1111111111111111", "access_key_id": "LTAI5tBobAccessKey0002",
     "access_key_secret": "bobSecretValue0123456789abcdefgh"}
  ],
  "roles": [
    {"arn": "acs:ram::1111111111111111:role/app", "trust": ["acs:ram::1111111111111111:user/alice"],
     "grants": [{"keys": ["acs:kms:cn-hangzhou:1111111111111111:key/*"], "actions": ["Encrypt", "Decrypt"]}]},
    {"arn": "acs:ram::2222222222222222:role/partner", "trust": ["acs:ram::1111111111111111:role/app"],
     "grants": [{"keys": ["acs:kms:cn-shanghai:2222222222222222:key/*"], "actions": ["*"]}]}
  ]
}`

// newLocalEnv is an emulator over kms/local's key store file and
// kms/policy's engine, as `mcsql kms serve` runs it.
func newLocalEnv(t *testing.T, path string) *env {
	t.Helper()
	e := &env{t: t, clock: &clock{t: t0}, log: &syncBuffer{}, hidden: serverPaths(t, filepath.Dir(path))}
	pol, err := policy.Parse([]byte(integrationPolicy), "test policy")
	if err != nil {
		t.Fatal(err)
	}
	store := local.NewStore(path, local.Options{Rand: rand.NewChaCha8([32]byte{2}), Now: e.clock.Now})
	e.srv = New(Config{Keys: store, Policy: pol, Now: e.clock.Now, Rand: rand.NewChaCha8([32]byte{3}), Log: e.log})
	e.http = httptest.NewServer(e.srv)
	t.Cleanup(e.http.Close)
	return e
}

func TestLocalBackend(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kms", "keystore.json")
	e := newLocalEnv(t, path)
	md := e.ok(alice, "CreateKey", KMSVersion, map[string]string{"Description": "mine"})["KeyMetadata"].(map[string]any)
	arn := md["Arn"].(string)
	if !regexp.MustCompile(`^acs:kms:cn-hangzhou:1111111111111111:key/key-[a-z0-9]{21}$`).MatchString(arn) || md["KeyState"] != "Enabled" {
		t.Fatalf("CreateKey = %v", md)
	}
	app := e.assume(alice, "acs:ram::1111111111111111:role/app")

	// A one-key keyset's Base64 text (136 characters) makes a 200-byte blob.
	plaintext := strings.Repeat("QUJD", 34)
	enc := e.ok(app, "Encrypt", KMSVersion, map[string]string{"KeyId": arn, "Plaintext": plaintext})
	raw, err := base64.StdEncoding.DecodeString(enc["CiphertextBlob"].(string))
	if err != nil || len(raw) != 200 || string(raw[:25]) != md["KeyId"] || raw[25] != '-' {
		t.Fatalf("blob of %d bytes, header %q, err %v", len(raw), raw[:36], err)
	}
	dec := e.ok(app, "Decrypt", KMSVersion, map[string]string{"CiphertextBlob": enc["CiphertextBlob"].(string)})
	if dec["Plaintext"] != plaintext || dec["KeyId"] != md["KeyId"] || dec["KeyVersionId"] != enc["KeyVersionId"] {
		t.Fatalf("Decrypt = %v", dec)
	}

	// Cross-account hop: partner uses its own account's key, not alice's.
	partner := e.assume(app, "acs:ram::2222222222222222:role/partner")
	status, body := e.call(partner, "Decrypt", KMSVersion, map[string]string{"CiphertextBlob": enc["CiphertextBlob"].(string)})
	wantError(t, status, body, 403, "Forbidden.NoPermission")
	if !strings.Contains(body["Message"].(string), arn) {
		t.Fatalf("refusal %q does not name %s", body["Message"], arn)
	}
	theirs := e.ok(partner, "CreateKey", KMSVersion, map[string]string{"RegionId": "cn-shanghai"})["KeyMetadata"].(map[string]any)
	e.ok(partner, "Encrypt", KMSVersion, map[string]string{"KeyId": theirs["Arn"].(string), "Plaintext": plaintext})

	// A refused trust names the role.
	status, body = e.call(cred{bobAK, bobSecret, ""}, "AssumeRole", STSVersion, map[string]string{"RoleArn": "acs:ram::1111111111111111:role/app", "RoleSessionName": "s1"})
	wantError(t, status, body, 403, "Forbidden.NoPermission")
	if !strings.Contains(body["Message"].(string), "acs:ram::1111111111111111:role/app") {
		t.Fatalf("refusal %q does not name the role", body["Message"])
	}

	checkLocalKeyStates(t, e, app, md["KeyId"].(string), arn)

	// The key store persists: a new server over the same file knows the key.
	again := newLocalEnv(t, path)
	got := again.ok(alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": arn})["KeyMetadata"].(map[string]any)
	if got["Arn"] != arn || got["Description"] != "mine" {
		t.Fatalf("after restart DescribeKey = %v", got)
	}
	keys, err := local.NewStore(path, local.Options{}).ListKeys(context.Background())
	if err != nil || len(keys) != 2 || keys[0].KeyState != kms.StateEnabled {
		t.Fatalf("store holds %v (err %v)", keys, err)
	}
}

// checkLocalKeyStates changes the key's state as alice and checks that
// Encrypt by app is refused or served accordingly.
func checkLocalKeyStates(t *testing.T, e *env, app cred, keyID, arn string) {
	t.Helper()
	states := []struct {
		action string
		extra  map[string]string
		code   string
	}{
		{"DisableKey", nil, "Rejected.Disabled"},
		{"EnableKey", nil, ""},
		{"ScheduleKeyDeletion", map[string]string{"PendingWindowInDays": "7"}, "Rejected.PendingDeletion"},
		{"CancelKeyDeletion", nil, ""},
	}
	for _, st := range states {
		extra := map[string]string{"KeyId": keyID}
		for k, v := range st.extra {
			extra[k] = v
		}
		e.ok(alice, st.action, KMSVersion, extra)
		status, body := e.call(app, "Encrypt", KMSVersion, map[string]string{"KeyId": arn, "Plaintext": "eA=="})
		if st.code == "" && status != 200 || st.code != "" && body["Code"] != st.code {
			t.Fatalf("Encrypt after %s: HTTP %d %v, want %q", st.action, status, body, st.code)
		}
	}
}
