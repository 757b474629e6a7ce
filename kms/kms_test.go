package kms

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseKeyARN(t *testing.T) {
	cases := []struct {
		in   string
		want KeyARN
		err  string
	}{
		{in: "acs:kms:cn-hangzhou:123456789:key/key-hzz652f8793l4n2n8o21t", want: KeyARN{"cn-hangzhou", "123456789", "key-hzz652f8793l4n2n8o21t"}},
		{in: "acs:kms:cn-hangzhou:1**************7:key/key-hzz****************1t", want: KeyARN{"cn-hangzhou", "1**************7", "key-hzz****************1t"}},
		{in: "acs:kms:${<RegionId>}:1:key/k", err: "invalid kms_cmk_arn 'acs:kms:${<RegionId>}:1:key/k': expected acs:kms:<RegionId>:<UserId>:key/<CmkId>"},
		{in: "acs:ram::1:role/r", err: "invalid kms_cmk_arn"},
		{in: "", err: "invalid kms_cmk_arn ''"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, err := ParseKeyARN(c.in)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("got %+v, %v; want %+v", got, err, c.want)
			}
			if got.String() != c.in {
				t.Errorf("String() = %q, want %q", got.String(), c.in)
			}
		})
	}
}

func TestParseRoleChain(t *testing.T) {
	chain, err := ParseRoleChain("acs:ram:123:role/MyRole", "acs:ram::456:role/r2, acs:ram:789:role/r3")
	if err != nil {
		t.Fatal(err)
	}
	want := "acs:ram::123:role/MyRole -> acs:ram::456:role/r2 -> acs:ram::789:role/r3"
	if chain.String() != want {
		t.Errorf("chain %q, want %q", chain, want)
	}
	if _, err := ParseRoleChain("acs:ram::1:role/a", "acs:ram::2:role/b,bogus"); err == nil ||
		err.Error() != "role_chain entry 2: invalid role_arn 'bogus': expected acs:ram::<UserId>:role/<roleName> (role_chain is a comma-separated list of role ARNs)" {
		t.Errorf("bad chain error: %v", err)
	}
	if _, err := ParseRoleChain("acs:kms:cn:1:key/k", ""); err == nil || !strings.Contains(err.Error(), "invalid role_arn") {
		t.Errorf("bad role error: %v", err)
	}
}

// TestCredentialsHideSecrets checks that no formatting verb shows the
// secret or the token.
func TestCredentialsHideSecrets(t *testing.T) {
	c := Credentials{AccessKeyID: "STS.abc", AccessKeySecret: "s3cr3t", SecurityToken: "t0k3n",
		Expiration: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		out := fmt.Sprintf(verb, c)
		if strings.Contains(out, "s3cr3t") || strings.Contains(out, "t0k3n") {
			t.Errorf("%s shows a secret: %s", verb, out)
		}
	}
	if !c.Valid(c.Expiration.Add(-10*time.Minute), 5*time.Minute) || c.Valid(c.Expiration.Add(-time.Minute), 5*time.Minute) {
		t.Error("Valid does not honour the margin")
	}
}

func TestError(t *testing.T) {
	e := Errorf(CodeKeyNotFound, "acs:kms:cn-hangzhou:1:key/key-x", "the key does not exist")
	if e.HTTPStatus != 404 || e.Error() != "Forbidden.KeyNotFound for acs:kms:cn-hangzhou:1:key/key-x: the key does not exist" {
		t.Errorf("got %d %q", e.HTTPStatus, e.Error())
	}
	if CodeOf(fmt.Errorf("wrapped: %w", e)) != CodeKeyNotFound || CodeOf(errors.New("x")) != "" {
		t.Error("CodeOf does not unwrap")
	}
	if !(&Error{Code: CodeThrottling}).Retryable() || (&Error{Code: CodeNoPermission, HTTPStatus: 403}).Retryable() {
		t.Error("Retryable wrong")
	}
}
