package local

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io/fs"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/policy"
)

var (
	maskedKey  = kms.KeyARN{Region: "cn-hangzhou", Account: "1**************7", KeyID: "key-hzz****************1t"}
	maskedRole = kms.RoleARN{Account: "1**************7", Name: "kms"}
)

// TestAutoCreate: the first Encrypt of an unknown ARN creates the CMK with
// exactly its id, region and account, and says so once.
func TestAutoCreate(t *testing.T) {
	s, _ := newTestStore(t)
	var notice bytes.Buffer
	c := NewClient(s, policy.AllowAll{}, ClientOptions{Notice: &notice})
	keyset := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{1}, 102))
	res, err := c.Encrypt(t.Context(), kms.RoleChain{maskedRole}, maskedKey, []byte(keyset))
	if err != nil {
		t.Fatal(err)
	}
	want := "mcsql: created local CMK key-hzz****************1t for acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t in " + s.Path() + "\n"
	if notice.String() != want {
		t.Fatalf("notice = %q, want %q", notice.String(), want)
	}
	if raw, _ := base64.StdEncoding.DecodeString(res.CiphertextBlob); len(raw) != 200 || res.KeyID != maskedKey.KeyID {
		t.Fatalf("blob of %d bytes for %s, want 200 for %s", len(raw), res.KeyID, maskedKey.KeyID)
	}
	meta, err := s.DescribeKey(t.Context(), maskedKey.KeyID)
	if err != nil || meta.Arn != maskedKey.String() || meta.Description != autoDescription {
		t.Fatalf("created CMK = %+v, %v", meta, err)
	}
	if _, err := c.Encrypt(t.Context(), kms.RoleChain{maskedRole}, maskedKey, []byte("again")); err != nil {
		t.Fatal(err)
	}
	if notice.String() != want {
		t.Fatalf("a second notice: %q", notice.String())
	}
	got, err := c.Decrypt(t.Context(), kms.RoleChain{maskedRole}, res.CiphertextBlob)
	if err != nil || string(got.Plaintext) != keyset {
		t.Fatalf("Decrypt = %v, %v", got, err)
	}
}

// TestAutoCreateOnce: two processes' worth of clients (separate stores on
// one file) auto-creating one ARN at once create it once.
func TestAutoCreateOnce(t *testing.T) {
	s, _ := newTestStore(t)
	var mu sync.Mutex
	var notices strings.Builder
	var wg sync.WaitGroup
	for range 4 {
		c := NewClient(NewStore(s.Path(), Options{}), policy.AllowAll{}, ClientOptions{Notice: lockedWriter{&mu, &notices}})
		wg.Go(func() {
			if _, err := c.Encrypt(t.Context(), kms.RoleChain{maskedRole}, maskedKey, []byte("p")); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := strings.Count(notices.String(), "mcsql: created local CMK"); n != 1 {
		t.Fatalf("%d creation notices, want 1:\n%s", n, notices.String())
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *strings.Builder
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// TestNothingCreated: refused calls and Decrypt create no CMK and no file.
func TestNothingCreated(t *testing.T) {
	s, _ := newTestStore(t)
	strict, err := policy.Parse([]byte(`{"roles": [{"arn": "acs:ram::1**************7:role/kms",
		"trust": ["acs:ram::1**************7:root"],
		"grants": [{"keys": ["acs:kms:cn-beijing:*:key/*"], "actions": ["Encrypt"]}]}]}`), "p.json")
	if err != nil {
		t.Fatal(err)
	}
	var notice bytes.Buffer
	open := NewClient(s, policy.AllowAll{}, ClientOptions{Notice: &notice})
	closed := NewClient(s, strict, ClientOptions{Notice: &notice})
	blob := base64.StdEncoding.EncodeToString(append([]byte("key-hzz****************1t-abcdefghij"), make([]byte, 40)...))
	cases := []struct {
		name string
		call func() error
		want string
	}{
		{"decrypt", func() error { _, err := open.Decrypt(t.Context(), kms.RoleChain{maskedRole}, blob); return err },
			"Forbidden.KeyNotFound for key-hzz****************1t: no CMK key-hzz****************1t in key store " + s.Path()},
		{"plaintext too large", func() error {
			_, err := open.Encrypt(t.Context(), kms.RoleChain{maskedRole}, maskedKey, make([]byte, 6145))
			return err
		}, "InvalidParameter for " + maskedKey.String() + ": Plaintext is 6145 bytes; at most 6144 (6 KB) can be encrypted"},
		{"no grant", func() error {
			_, err := closed.Encrypt(t.Context(), kms.RoleChain{maskedRole}, maskedKey, []byte("p"))
			return err
		},
			"Forbidden.NoPermission for " + maskedKey.String() + ": acs:ram::1**************7:role/kms has no grant to Encrypt with key " + maskedKey.String()},
		{"not trusted", func() error {
			_, err := closed.Encrypt(t.Context(), kms.RoleChain{{Account: "9", Name: "kms"}}, maskedKey, []byte("p"))
			return err
		}, "Forbidden.NoPermission for acs:ram::9:role/kms: role acs:ram::9:role/kms is not in the policy"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.call()
			if err == nil || err.Error() != c.want {
				t.Fatalf("error = %v\nwant    %s", err, c.want)
			}
		})
	}
	if _, err := os.Stat(s.Path()); !errors.Is(err, fs.ErrNotExist) || notice.Len() != 0 {
		t.Fatalf("a refused call created the store (%v) or printed %q", err, notice.String())
	}
}

// TestARNMismatch: a CMK id of the store used with another region or
// account is not found, rather than silently used.
func TestARNMismatch(t *testing.T) {
	s, _ := newTestStore(t)
	c := NewClient(s, policy.AllowAll{}, ClientOptions{})
	m, _ := s.CreateKey(t.Context(), "cn-hangzhou", "1", "")
	other := kms.KeyARN{Region: "cn-beijing", Account: "1", KeyID: m.KeyID}
	_, err := c.Encrypt(t.Context(), kms.RoleChain{{Account: "1", Name: "kms"}}, other, []byte("p"))
	wantErr(t, err, kms.CodeKeyNotFound, "Forbidden.KeyNotFound for "+other.String()+": the local CMK "+m.KeyID+" is "+m.Arn+
		": its region and account differ from this ARN's")
}

// TestCaller: who the local client calls as — the default user of the
// first role's account (or of the CMK's account without roles), or the
// configured caller.
func TestCaller(t *testing.T) {
	pol, err := policy.Parse([]byte(`{
	  "users": [{"name": "mcsql", "account": "1", "access_key_id": "AK", "access_key_secret": "local-secret",
	             "grants": [{"keys": ["acs:kms:cn-hangzhou:1:key/*"], "actions": ["Encrypt", "Decrypt"]}]}],
	  "roles": [{"arn": "acs:ram::1:role/kms", "trust": ["acs:ram::1:user/mcsql"],
	             "grants": [{"keys": ["acs:kms:cn-hangzhou:1:key/*"], "actions": ["*"]}]},
	            {"arn": "acs:ram::2:role/kms", "trust": ["acs:ram::1:user/bob"],
	             "grants": [{"keys": ["acs:kms:cn-hangzhou:1:key/*"], "actions": ["*"]}]}]}`), "p.json")
	if err != nil {
		t.Fatal(err)
	}
	s, _ := newTestStore(t)
	m, _ := s.CreateKey(t.Context(), "cn-hangzhou", "1", "")
	key, _ := kms.ParseKeyARN(m.Arn)
	role1, role2 := kms.RoleARN{Account: "1", Name: "kms"}, kms.RoleARN{Account: "2", Name: "kms"}
	bob := &kms.Principal{Account: "1", User: "bob"}
	cases := []struct {
		name   string
		caller *kms.Principal
		roles  kms.RoleChain
		want   string
	}{
		{"default user via role", nil, kms.RoleChain{role1}, ""},
		{"default user without roles", nil, nil, ""},
		{"default user of another account", nil, kms.RoleChain{role2},
			"Forbidden.NoPermission for acs:ram::2:role/kms: role acs:ram::2:role/kms does not trust acs:ram::2:user/mcsql"},
		{"configured caller", bob, kms.RoleChain{role2}, ""},
		{"configured caller refused", bob, kms.RoleChain{role1},
			"Forbidden.NoPermission for acs:ram::1:role/kms: role acs:ram::1:role/kms does not trust acs:ram::1:user/bob"},
		{"configured caller without grants", bob, nil,
			"Forbidden.NoPermission for " + m.Arn + ": user acs:ram::1:user/bob is not in the policy"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl := NewClient(s, pol, ClientOptions{Caller: c.caller})
			res, err := cl.Encrypt(t.Context(), c.roles, key, []byte("p"))
			if c.want != "" {
				if err == nil || err.Error() != c.want || strings.Contains(err.Error(), "local-secret") {
					t.Fatalf("error = %v\nwant    %s", err, c.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, err := cl.Decrypt(t.Context(), c.roles, res.CiphertextBlob)
			if err != nil || string(got.Plaintext) != "p" {
				t.Fatalf("Decrypt = %v, %v", got, err)
			}
		})
	}
}
