package functions

import (
	"bytes"
	"context"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/kms"
)

// fakeKMS is an in-memory kms.Client: a blob is Base64 of
// "<key id>|<plaintext>", enough to test the functions' plumbing; the real
// backends have their own conformance suite.
type fakeKMS struct {
	encrypts, decrypts int
	refuse             error
	lastRoles          kms.RoleChain
}

func (f *fakeKMS) Encrypt(_ context.Context, roles kms.RoleChain, key kms.KeyARN, plaintext []byte) (*kms.EncryptResult, error) {
	f.encrypts++
	f.lastRoles = roles
	if f.refuse != nil {
		return nil, f.refuse
	}
	blob := base64.StdEncoding.EncodeToString(append([]byte(key.KeyID+"|"), plaintext...))
	return &kms.EncryptResult{CiphertextBlob: blob, KeyID: key.KeyID}, nil
}

func (f *fakeKMS) Decrypt(_ context.Context, roles kms.RoleChain, blob string) (*kms.DecryptResult, error) {
	f.decrypts++
	f.lastRoles = roles
	if f.refuse != nil {
		return nil, f.refuse
	}
	raw, err := base64.StdEncoding.DecodeString(blob)
	if err != nil {
		return nil, kms.Errorf(kms.CodeInvalidParameter, "", "bad blob")
	}
	id, pt, _ := bytes.Cut(raw, []byte("|"))
	return &kms.DecryptResult{Plaintext: pt, KeyID: string(id)}, nil
}

func wrappedSession(t *testing.T, f *fakeKMS) (*eval.Session, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	s := eval.NewSession(eval.Config{
		Registry: NewRegistry(), Stdout: &out, CSV: true,
		Now:      func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) },
		Services: map[string]any{ServiceKMS: f},
	})
	return s, &out
}

const wrappedPrelude = `@cmk := 'acs:kms:cn-hangzhou:123456789:key/key-aaaaaaaaaaaaaaaaaaaaa';
@cmk2 := 'acs:kms:cn-hangzhou:123456789:key/key-bbbbbbbbbbbbbbbbbbbbb';
@role := 'acs:ram:123456789:role/MyEncryptionRole';
@w := new_wrapped_keyset(@cmk, @role, 'AES-GCM-256', 'hello');
`

func TestWrappedLifecycle(t *testing.T) {
	f := &fakeKMS{}
	s, out := wrappedSession(t, f)
	err := s.Run(wrappedPrelude + `
@use := use_wrapped_keyset(@cmk, @role, @w);
select get_json_object(get_json_object(use.wrapped_keyset_info, '$.masked_keyset'), '$.key[0].key_meta_data.type') as t,
       get_json_object(use.wrapped_keyset_info, '$.masked_keyset.key[0].key_meta_data.value') as v,
       cast(enhanced_sym_decrypt(@use, enhanced_sym_encrypt(@use, 'secret')) as string) as rt;
@re := rewrap_keyset(@cmk2, @role, @w, 'acs:ram::987:role/hop');
@rot := rotate_wrapped_keyset(@cmk2, @role, @re, 'AES-SIV-CMAC-256', 'next');
@use2 := use_wrapped_keyset(@cmk2, @role, @rot);
select get_json_object(use2.wrapped_keyset_info, '$.masked_keyset.key[1].key_meta_data.type') as t2,
       cast(enhanced_sym_decrypt(@use2, enhanced_sym_encrypt(@use, 'old')) as string) as old;`)
	if err != nil {
		t.Fatal(err)
	}
	want := "t,v,rt\nAES-GCM-256,******,secret\nt2,old\nAES-SIV-CMAC-256,old\n"
	if out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	if len(f.lastRoles) != 1 || f.lastRoles[0].Name != "MyEncryptionRole" {
		t.Errorf("last roles %v", f.lastRoles)
	}
}

// TestUseWrappedOncePerStatement checks that constant arguments make one
// KMS Decrypt for a statement over many rows.
func TestUseWrappedOncePerStatement(t *testing.T) {
	f := &fakeKMS{}
	s, _ := wrappedSession(t, f)
	rows := make([][]eval.Value, 10000)
	for i := range rows {
		rows[i] = []eval.Value{"13900001234"}
	}
	s.SetTableVariable("t", []eval.Column{{Name: "tel", Type: eval.StringType}}, rows)
	if err := s.Run(wrappedPrelude); err != nil {
		t.Fatal(err)
	}
	f.decrypts = 0
	n := 0
	_, err := s.Query(`select enhanced_sym_encrypt(use_wrapped_keyset(@cmk, @role, @w), tel) from @t;`,
		func([]eval.Value) error { n++; return nil })
	if err != nil || n != 10000 {
		t.Fatalf("%d rows, %v", n, err)
	}
	if f.decrypts != 1 {
		t.Errorf("%d KMS Decrypt calls for 10,000 rows, want 1", f.decrypts)
	}
}

func TestWrappedErrors(t *testing.T) {
	cases := []struct {
		name, sql, want string
		absent          string // a hint that must not be given
		refuse          error
	}{
		{name: "cmk mismatch", sql: "select use_wrapped_keyset(@cmk2, @role, @w);",
			want: "USE_WRAPPED_KEYSET: the wrapped keyset was wrapped by CMK key-aaaaaaaaaaaaaaaaaaaaa, but kms_cmk_arn names key-bbbbbbbbbbbbbbbbbbbbb"},
		{name: "bad cmk arn", sql: "select new_wrapped_keyset('acs:kms:${<RegionId>}:1:key/k', @role, 'AES-GCM-256');",
			want: "NEW_WRAPPED_KEYSET: invalid kms_cmk_arn 'acs:kms:${<RegionId>}:1:key/k': expected acs:kms:<RegionId>:<UserId>:key/<CmkId> (placeholder RegionId is not defined: run mcsql with -D RegionId=VALUE)"},
		{name: "bad role chain", sql: "select rewrap_keyset(@cmk, @role, @w, 'acs:ram::1:role/a,nope');",
			want: "REWRAP_KEYSET: role_chain entry 2: invalid role_arn 'nope'"},
		{name: "null arn", sql: "select use_wrapped_keyset(null, @role, @w);", want: "USE_WRAPPED_KEYSET: kms_cmk_arn must not be NULL"},
		{name: "null key type", sql: "select rotate_wrapped_keyset(@cmk, @role, @w, null);", want: "ROTATE_WRAPPED_KEYSET: key_type must not be NULL"},
		{name: "not a blob", sql: "select use_wrapped_keyset(@cmk, @role, 'not base64!');", want: "USE_WRAPPED_KEYSET: wrapped_keyset is not a KMS CiphertextBlob"},
		{name: "refused", sql: "select use_wrapped_keyset(@cmk, @role, @w);",
			refuse: kms.Errorf(kms.CodeKeyNotFound, "key-hzz652f8793l4n2n8o21t", "The specified Key is not found."),
			want:   "USE_WRAPPED_KEYSET: KMS Decrypt refused: Forbidden.KeyNotFound for key-hzz652f8793l4n2n8o21t: The specified Key is not found.; the CMK does not exist in this KMS"},
		// The role chain's AssumeRole comes before KMS: its refusal is
		// STS's, with no KMS hint (issue 11, item 7).
		{name: "refused by STS", sql: "select use_wrapped_keyset(@cmk, @role, @w);",
			refuse: &kms.Error{Service: kms.ServiceSTS, Action: "AssumeRole", Code: kms.CodeNoPermission, Resource: "acs:ram::1:role/r", Message: "not trusted"},
			want:   "USE_WRAPPED_KEYSET: STS AssumeRole refused: Forbidden.NoPermission for acs:ram::1:role/r: not trusted",
			absent: "grant the role access"},
		{name: "STS token expired", sql: "select use_wrapped_keyset(@cmk, @role, @w);",
			refuse: &kms.Error{Service: kms.ServiceSTS, Action: "AssumeRole", Code: kms.CodeTokenExpired, Resource: "acs:ram::1:role/r", Message: "expired"},
			want:   "USE_WRAPPED_KEYSET: STS AssumeRole refused: InvalidSecurityToken.Expired for acs:ram::1:role/r: expired; the STS token expired"},
		// A network error is no refusal.
		{name: "unreachable", sql: "select use_wrapped_keyset(@cmk, @role, @w);",
			refuse: &kms.Error{Service: kms.ServiceKMS, Action: "Decrypt", Code: kms.CodeNetworkError, Resource: "CMK k", Message: "could not reach KMS at h:443"},
			want:   "USE_WRAPPED_KEYSET: KMS Decrypt failed: NetworkError for CMK k: could not reach KMS at h:443; check the endpoint (--kms-endpoint, --sts-endpoint), the network, DNS, proxy and TLS settings"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &fakeKMS{}
			s, _ := wrappedSession(t, f)
			if err := s.Run(wrappedPrelude); err != nil {
				t.Fatal(err)
			}
			f.refuse = c.refuse
			err := s.Run(c.sql)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v\nwant it to contain %q", err, c.want)
			}
			if c.absent != "" && err != nil && strings.Contains(err.Error(), c.absent) {
				t.Errorf("error %v\ncontains %q", err, c.absent)
			}
		})
	}
}

func TestWrappedNulls(t *testing.T) {
	f := &fakeKMS{}
	s, out := wrappedSession(t, f)
	err := s.Run(wrappedPrelude + `select use_wrapped_keyset(@cmk, @role, null) is null as u, rewrap_keyset(@cmk, @role, null) is null as r,
	new_wrapped_keyset(@cmk, @role, 'AES-GCM-256', null, null) is not null as n;`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "u,r,n\ntrue,true,true\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
}
