package policy

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/kms"
)

func mustParse(t *testing.T, data string) *Policy {
	t.Helper()
	p, err := Parse([]byte(data), "p.json")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var (
	alice   = kms.Principal{Account: "1111111111111111", User: "alice"}
	bob     = kms.Principal{Account: "1111111111111111", User: "bob"}
	mallory = kms.Principal{Account: "3333333333333333", User: "mallory"}
	kmsRole = kms.RoleARN{Account: "1111111111111111", Name: "kms"}
	partner = kms.RoleARN{Account: "2222222222222222", Name: "partner"}
)

func asRole(r kms.RoleARN) kms.Principal { return kms.Principal{Account: r.Account, Role: r} }

func TestAuthenticate(t *testing.T) {
	p := mustParse(t, example)
	got, who, err := p.Authenticate("LTAI5tAlice0000000000")
	if err != nil || got != secret || who != alice {
		t.Fatalf("Authenticate(alice) = %q, %v, %v", got, who, err)
	}
	_, _, err = p.Authenticate("LTAI5tNobody")
	want := "InvalidAccessKeyId.NotFound: access key id LTAI5tNobody is not in the policy"
	if err == nil || err.Error() != want || kms.CodeOf(err) != kms.CodeAccessKeyNotFound {
		t.Fatalf("Authenticate(unknown) = %v, want %s", err, want)
	}
}

func TestCanAssume(t *testing.T) {
	p := mustParse(t, example)
	cases := []struct {
		name   string
		caller kms.Principal
		role   kms.RoleARN
		want   string // "" for allowed
	}{
		{"account root trust", alice, kmsRole, ""},
		{"another user of the trusted account", bob, kmsRole, ""},
		{"named user", alice, partner, ""},
		{"named role", asRole(kmsRole), partner, ""},
		{"role of a trusted account via root", asRole(kms.RoleARN{Account: "1111111111111111", Name: "other"}), kmsRole, ""},
		{"other account", mallory, kmsRole,
			"Forbidden.NoPermission for acs:ram::1111111111111111:role/kms: role acs:ram::1111111111111111:role/kms does not trust acs:ram::3333333333333333:user/mallory"},
		{"user not named", bob, partner,
			"Forbidden.NoPermission for acs:ram::2222222222222222:role/partner: role acs:ram::2222222222222222:role/partner does not trust acs:ram::1111111111111111:user/bob"},
		{"unknown role", alice, kms.RoleARN{Account: "1111111111111111", Name: "ghost"},
			"Forbidden.NoPermission for acs:ram::1111111111111111:role/ghost: role acs:ram::1111111111111111:role/ghost is not in the policy"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := p.CanAssume(c.caller, c.role)
			checkDecision(t, err, c.want)
		})
	}
}

func TestCanUse(t *testing.T) {
	p := mustParse(t, example)
	hz := func(id string) kms.KeyARN {
		return kms.KeyARN{Region: "cn-hangzhou", Account: "1111111111111111", KeyID: id}
	}
	sh := kms.KeyARN{Region: "cn-shanghai", Account: "2222222222222222", KeyID: "key-abc"}
	cases := []struct {
		name   string
		caller kms.Principal
		action string
		key    kms.KeyARN
		want   string
	}{
		{"role wildcard action", asRole(kmsRole), "Encrypt", hz("key-x"), ""},
		{"role management action", asRole(kmsRole), "DisableKey", hz("key-x"), ""},
		{"partner decrypt", asRole(partner), "Decrypt", sh, ""},
		{"partner encrypt", asRole(partner), "Encrypt", sh,
			"Forbidden.NoPermission for acs:kms:cn-shanghai:2222222222222222:key/key-abc: acs:ram::2222222222222222:role/partner has no grant to Encrypt with key acs:kms:cn-shanghai:2222222222222222:key/key-abc"},
		{"role other region", asRole(kmsRole), "Encrypt", kms.KeyARN{Region: "cn-beijing", Account: "1111111111111111", KeyID: "key-x"},
			"Forbidden.NoPermission for acs:kms:cn-beijing:1111111111111111:key/key-x: acs:ram::1111111111111111:role/kms has no grant to Encrypt with key acs:kms:cn-beijing:1111111111111111:key/key-x"},
		{"user direct grant", alice, "Encrypt", hz("key-alice01"), ""},
		{"user pattern miss", alice, "Encrypt", hz("key-bob01"),
			"Forbidden.NoPermission for acs:kms:cn-hangzhou:1111111111111111:key/key-bob01: acs:ram::1111111111111111:user/alice has no grant to Encrypt with key acs:kms:cn-hangzhou:1111111111111111:key/key-bob01"},
		{"user action miss", alice, "DisableKey", hz("key-alice01"),
			"Forbidden.NoPermission for acs:kms:cn-hangzhou:1111111111111111:key/key-alice01: acs:ram::1111111111111111:user/alice has no grant to DisableKey with key acs:kms:cn-hangzhou:1111111111111111:key/key-alice01"},
		{"unknown user", bob, "Encrypt", hz("key-alice01"),
			"Forbidden.NoPermission for acs:kms:cn-hangzhou:1111111111111111:key/key-alice01: user acs:ram::1111111111111111:user/bob is not in the policy"},
		{"unknown role", asRole(kms.RoleARN{Account: "1", Name: "ghost"}), "Encrypt", hz("key-x"),
			"Forbidden.NoPermission for acs:kms:cn-hangzhou:1111111111111111:key/key-x: role acs:ram::1:role/ghost is not in the policy"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkDecision(t, p.CanUse(c.caller, c.action, c.key), c.want)
		})
	}
}

func checkDecision(t *testing.T, err error, want string) {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Fatalf("refused: %v", err)
		}
		return
	}
	if err == nil || err.Error() != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
	if kms.CodeOf(err) != kms.CodeNoPermission {
		t.Fatalf("code = %q, want %s", kms.CodeOf(err), kms.CodeNoPermission)
	}
	if strings.Contains(err.Error(), secret) {
		t.Fatalf("error quotes the secret: %v", err)
	}
}

func TestPrintingHidesSecrets(t *testing.T) {
	p := mustParse(t, example)
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		got := fmt.Sprintf(format, p)
		if got != "policy of 1 users and 2 roles" {
			t.Fatalf("Sprintf(%s) = %q", format, got)
		}
	}
}

func TestMatchGlob(t *testing.T) {
	cases := []struct {
		pattern, s string
		want       bool
	}{
		{"*", "anything", true},
		{"*", "", true},
		{"abc", "abc", true},
		{"abc", "abd", false},
		{"abc", "ab", false},
		{"a*c", "abbbc", true},
		{"a*c", "abbbd", false},
		{"a*b*c", "aXbYbZc", true},
		{"a*b*c", "aXcYb", false},
		{"acs:kms:*:1:key/*", "acs:kms:cn-hangzhou:1:key/key-1", true},
		{"acs:kms:*:1:key/*", "acs:kms:cn-hangzhou:12:key/key-1", false},
		{"key-hzz****1t", "key-hzz****************1t", true},
		{"**", "x", true},
		{"a*", "", false},
	}
	for _, c := range cases {
		t.Run(c.pattern+"~"+c.s, func(t *testing.T) {
			if got := matchGlob(c.pattern, c.s); got != c.want {
				t.Fatalf("matchGlob(%q, %q) = %v, want %v", c.pattern, c.s, got, c.want)
			}
		})
	}
}

func TestAllowAll(t *testing.T) {
	var p AllowAll
	if err := p.CanAssume(alice, kmsRole); err != nil {
		t.Fatalf("CanAssume = %v", err)
	}
	masked := kms.KeyARN{Region: "cn-hangzhou", Account: "1**************7", KeyID: "key-hzz****************1t"}
	if err := p.CanUse(asRole(kmsRole), "Encrypt", masked); err != nil {
		t.Fatalf("CanUse(masked) = %v", err)
	}
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"bad role", p.CanAssume(alice, kms.RoleARN{Account: "1", Name: "a b"}),
			"InvalidParameter: invalid role_arn 'acs:ram::1:role/a b': expected acs:ram::<UserId>:role/<roleName>"},
		{"bad key", p.CanUse(alice, "Encrypt", kms.KeyARN{Region: "cn-hangzhou", Account: "x", KeyID: "k"}),
			"InvalidParameter: invalid kms_cmk_arn 'acs:kms:cn-hangzhou:x:key/k': expected acs:kms:<RegionId>:<UserId>:key/<CmkId>"},
		{"no action", p.CanUse(alice, "", masked),
			"MissingParameter for acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t: no action given"},
		{"no access keys", func() error { _, _, err := p.Authenticate("AK1"); return err }(),
			"InvalidAccessKeyId.NotFound: access key id AK1 is unknown: without a policy file there are no access keys"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.err == nil || c.err.Error() != c.want {
				t.Fatalf("error = %v\nwant    %s", c.err, c.want)
			}
		})
	}
}
