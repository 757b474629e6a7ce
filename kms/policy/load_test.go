package policy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// example is the package doc's policy file, so the documented example is
// known to load.
const example = `{
  "users": [
    {
      "name": "alice",
      "account": "1111111111111111",
      "access_key_id": "LTAI5tAlice0000000000",
      "access_key_secret": "alice-secret-keep-it-out-of-git",
      "grants": [
        {"keys": ["acs:kms:cn-hangzhou:1111111111111111:key/key-alice*"], "actions": ["Encrypt", "Decrypt"]}
      ]
    }
  ],
  "roles": [
    {
      "arn": "acs:ram::1111111111111111:role/kms",
      "trust": ["acs:ram::1111111111111111:root"],
      "grants": [
        {"keys": ["acs:kms:cn-hangzhou:1111111111111111:key/*"], "actions": ["*"]}
      ]
    },
    {
      "arn": "acs:ram::2222222222222222:role/partner",
      "trust": ["acs:ram::1111111111111111:role/kms", "acs:ram::1111111111111111:user/alice"],
      "grants": [
        {"keys": ["acs:kms:cn-shanghai:2222222222222222:key/*"], "actions": ["Decrypt"]}
      ]
    }
  ]
}`

const secret = "alice-secret-keep-it-out-of-git"

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "policy.json")
	if err := os.WriteFile(good, []byte(example), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := Load(good)
	if err != nil {
		t.Fatalf("Load(example) = %v", err)
	}
	if len(p.users) != 1 || len(p.roles) != 2 {
		t.Fatalf("loaded %d users and %d roles, want 1 and 2", len(p.users), len(p.roles))
	}
	missing := filepath.Join(dir, "nope.json")
	_, err = Load(missing)
	want := "cannot read policy file: open " + missing + ": no such file or directory"
	if err == nil || err.Error() != want {
		t.Fatalf("Load(missing) = %v, want %s", err, want)
	}
}

func TestParseErrors(t *testing.T) {
	user := func(fields string) string {
		return `{"users": [{"name": "alice", "account": "1", "access_key_id": "AK1", "access_key_secret": "` + secret + `"` + fields + `}]}`
	}
	role := func(fields string) string { return `{"roles": [{"arn": "acs:ram::1:role/kms"` + fields + `}]}` }
	cases := []struct {
		name, data, want string
	}{
		{"empty", ``, `empty file: expected a JSON object with "users" and "roles"`},
		{"syntax", "{\n  \"users\": [x]\n}", `line 2, column 13: invalid character 'x' looking for beginning of value`},
		{"truncated", `{"users": [`, `unexpected end of file: the JSON is incomplete`},
		{"trailing", "{}\n{}", `line 2, column 1: unexpected data after the JSON object`},
		{"wrong type", "{\"users\": {}}", `line 1, column 11: users must be a JSON array, not object`},
		{"number name", `{"users": [{"name": 5}]}`, `line 1, column 21: users.name must be a JSON string, not number`},
		{"unknown field", "{\"roles\": [\n  {\"arn\": \"acs:ram::1:role/r\", \"grant\": []}]}",
			`line 2, column 32: unknown field "grant"` + knownMembers},
		{"bad user name", `{"users": [{"name": "a b"}]}`, `users[0].name: "a b" is not a user name (letters, digits, '.', '_', '@', '-')`},
		{"bad account", `{"users": [{"name": "a", "account": "x1"}]}`, `users[0].account: "x1" is not an account id (digits)`},
		{"no access key", `{"users": [{"name": "a", "account": "1"}]}`, `users[0].access_key_id is missing`},
		{"no secret", `{"users": [{"name": "a", "account": "1", "access_key_id": "AK"}]}`, `users[0].access_key_secret is missing`},
		{"duplicate key id", `{"users": [{"name": "a", "account": "1", "access_key_id": "AK", "access_key_secret": "s1"},
			{"name": "b", "account": "1", "access_key_id": "AK", "access_key_secret": "s2"}]}`,
			`users[1].access_key_id: access key id AK is given to two users`},
		{"duplicate user", `{"users": [{"name": "a", "account": "1", "access_key_id": "AK", "access_key_secret": "s1"},
			{"name": "a", "account": "1", "access_key_id": "AK2", "access_key_secret": "s2"}]}`,
			`users[1]: user acs:ram::1:user/a is listed twice`},
		{"bad role arn", `{"roles": [{"arn": "acs:ram::1:user/kms"}]}`,
			`roles[0].arn: invalid role_arn 'acs:ram::1:user/kms': expected acs:ram::<UserId>:role/<roleName>`},
		{"duplicate role", `{"roles": [{"arn": "acs:ram::1:role/kms"}, {"arn": "acs:ram:1:role/kms"}]}`,
			`roles[1].arn: role acs:ram::1:role/kms is listed twice`},
		{"bad trust", role(`, "trust": ["acs:ram::1:group/g"]`),
			`roles[0].trust[0]: "acs:ram::1:group/g" is not a principal ARN: expected ` + principalFormat},
		{"no keys", role(`, "grants": [{"actions": ["Encrypt"]}]`),
			`roles[0].grants[0].keys is empty: list CMK ARNs (acs:kms:<region>:<account>:key/<id>, '*' as a wildcard)`},
		{"bad key", role(`, "grants": [{"keys": ["acs:kms:cn-hangzhou:1:alias/x"], "actions": ["Encrypt"]}]`),
			`roles[0].grants[0].keys[0]: "acs:kms:cn-hangzhou:1:alias/x" is not a CMK ARN: expected acs:kms:<region>:<account>:key/<id>, '*' as a wildcard`},
		{"no actions", role(`, "grants": [{"keys": ["*"]}]`),
			`roles[0].grants[0].actions is empty: list ` + strings.Join(Actions, ", ") + ` or "*"`},
		{"bad action", user(`, "grants": [{"keys": ["*"], "actions": ["kms:Encrypt"]}]`),
			`users[0].grants[0].actions[0]: unknown action "kms:Encrypt": expected ` + strings.Join(Actions, ", ") + ` or "*"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := Parse([]byte(c.data), "p.json")
			want := "policy file p.json: " + c.want
			if err == nil || err.Error() != want {
				t.Fatalf("Parse error = %v\nwant %s", err, want)
			}
			if p != nil {
				t.Fatalf("Parse returned a policy with an error")
			}
			if strings.Contains(err.Error(), secret) {
				t.Fatalf("error quotes the secret: %v", err)
			}
		})
	}
}

// TestParseSecretNeverQuoted checks malformed entries around a secret:
// whatever is wrong, the secret's text is not in the message.
func TestParseSecretNeverQuoted(t *testing.T) {
	cases := map[string]string{
		"secret is a number": `{"users": [{"name": "a", "account": "1", "access_key_id": "AK", "access_key_secret": 12345678}]}`,
		"bad field after":    `{"users": [{"name": "a", "account": "1", "access_key_id": "AK", "access_key_secret": "` + secret + `", "grants": 1}]}`,
		"syntax after":       `{"users": [{"name": "a", "account": "1", "access_key_id": "AK", "access_key_secret": "` + secret + `",,]}`,
		"bad account":        `{"users": [{"name": "a", "account": "z", "access_key_id": "AK", "access_key_secret": "` + secret + `"}]}`,
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(data), "p.json")
			if err == nil {
				t.Fatal("Parse accepted a malformed policy")
			}
			if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "12345678") {
				t.Fatalf("error quotes the secret: %v", err)
			}
		})
	}
}
