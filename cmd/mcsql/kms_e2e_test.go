package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms/emulator"
	"github.com/mcsql/mcsql/kms/kmstest"
	"github.com/mcsql/mcsql/kms/local"
)

// TestWrappedKeysetsOverEmulator runs the README's walk-through through the
// command line with --kms aliyun: the real Alibaba Cloud SDK, over HTTP on
// a loopback port, against the emulator and its policy. It also checks
// that a statement over 10,000 rows with constant USE_WRAPPED_KEYSET
// arguments makes exactly one KMS Decrypt.
func TestWrappedKeysetsOverEmulator(t *testing.T) {
	setup, err := kmstest.NewSetup()
	if err != nil {
		t.Fatal(err)
	}
	keys := local.NewStore(filepath.Join(t.TempDir(), "keystore.json"), local.Options{})
	srv := emulator.New(emulator.Config{Keys: keys, Policy: setup.Policy, Now: time.Now})
	hs := httptest.NewServer(srv)
	defer hs.Close()
	var cmks [2]string
	for i := range cmks {
		md, err := keys.CreateKey(context.Background(), kmstest.Region1, kmstest.Account1, "e2e")
		if err != nil {
			t.Fatal(err)
		}
		cmks[i] = md.Arn
	}
	d := testDeps(t)
	env := map[string]string{
		"MCSQL_HOME":                      t.TempDir(),
		"ALIBABA_CLOUD_ACCESS_KEY_ID":     setup.Caller.AccessKeyID,
		"ALIBABA_CLOUD_ACCESS_KEY_SECRET": setup.Caller.AccessKeySecret,
	}
	d.getenv = func(k string) string { return env[k] }
	flags := []string{"-M", "--kms", "aliyun", "--kms-endpoint", hs.URL, "--sts-endpoint", hs.URL}
	role := kmstest.RoleKMS.String()

	script := fmt.Sprintf(`@cmk := '%s';
@cmk2 := '%s';
@role := '%s';
@wrapped := new_wrapped_keyset(@cmk, @role, 'AES-GCM-256', 'walk-through');
@ks := use_wrapped_keyset(@cmk, @role, @wrapped);
@c := enhanced_sym_encrypt(@ks, '13900001234');
@rotated := rotate_wrapped_keyset(@cmk, @role, @wrapped, 'AES-SIV-CMAC-256', 'rotated');
@rewrapped := rewrap_keyset(@cmk2, @role, @rotated);
@ks2 := use_wrapped_keyset(@cmk2, @role, @rewrapped);
select cast(enhanced_sym_decrypt(@ks2, @c) as string) as old_ciphertext,
       get_json_object(ks2.wrapped_keyset_info, '$.masked_keyset.key[1].key_meta_data.type') as new_primary;`,
		cmks[0], cmks[1], role)
	var stdout, stderr bytes.Buffer
	if code := run(append(flags, "-e", script), strings.NewReader(""), &stdout, &stderr, d); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if want := "old_ciphertext,new_primary\n13900001234,AES-SIV-CMAC-256\n"; stdout.String() != want {
		t.Errorf("walk-through printed %q, want %q", stdout.String(), want)
	}

	var values strings.Builder
	for i := range 10000 {
		if i > 0 {
			values.WriteString(", ")
		}
		fmt.Fprintf(&values, "('1390000%04d')", i)
	}
	many := fmt.Sprintf(`@wrapped := new_wrapped_keyset('%s', '%s', 'AES-GCM-256');
select length(base64(enhanced_sym_encrypt(use_wrapped_keyset('%s', '%s', @wrapped), tel))) as n
from values %s t(tel);`, cmks[0], role, cmks[0], role, values.String())
	srv.ResetCalls()
	stdout.Reset()
	stderr.Reset()
	if code := run(append(flags, "-e", many), strings.NewReader(""), &stdout, &stderr, d); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if rows := strings.Count(stdout.String(), "\n") - 1; rows != 10000 {
		t.Fatalf("%d rows printed, want 10000", rows)
	}
	if got := srv.Calls("Decrypt"); got != 1 {
		t.Errorf("a statement over 10,000 rows made %d KMS Decrypt calls, want 1", got)
	}
	if got := srv.Calls("AssumeRole"); got != 1 {
		t.Errorf("%d STS AssumeRole calls, want 1 (credentials are reused)", got)
	}
}

// TestWrappedKeysetRefusedByPolicy checks that a failure reaches the user
// as an ODPS error naming what failed: STS refusing the role (with what to
// fix), KMS refusing the CMK, or an endpoint that cannot be reached, which
// is no refusal at all (issue 11, item 7: all three said "KMS Encrypt
// refused").
func TestWrappedKeysetRefusedByPolicy(t *testing.T) {
	setup, err := kmstest.NewSetup()
	if err != nil {
		t.Fatal(err)
	}
	keys := local.NewStore(filepath.Join(t.TempDir(), "keystore.json"), local.Options{})
	hs := httptest.NewServer(emulator.New(emulator.Config{Keys: keys, Policy: setup.Policy, Now: time.Now}))
	defer hs.Close()
	md, err := keys.CreateKey(context.Background(), kmstest.Region1, kmstest.Account1, "e2e")
	if err != nil {
		t.Fatal(err)
	}
	// A port just released: connecting to it is refused.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := l.Addr().String()
	l.Close()
	const prefix = "FAILED: ODPS-0121095:[1,8] Invalid argument - NEW_WRAPPED_KEYSET: "
	tests := []struct {
		name, role, sts string
		want            []string
		absent          string
	}{
		{name: "STS refuses the role", role: kmstest.RoleStranger.String(), sts: hs.URL, want: []string{
			prefix + "STS AssumeRole refused: Forbidden.NoPermission for " + kmstest.RoleStranger.String() + ": role " +
				kmstest.RoleStranger.String() + " does not trust acs:ram::" + kmstest.Account1 + ":user/alice; to fix: role " +
				kmstest.RoleStranger.String() + " must exist and its trust policy must allow access key " + setup.Caller.AccessKeyID +
				" to assume it, and access key " + setup.Caller.AccessKeyID + " needs the RAM permission sts:AssumeRole on the role"},
			absent: "KMS"},
		{name: "KMS refuses the CMK", role: kmstest.RoleHop.String(), sts: hs.URL, want: []string{
			prefix + "KMS Encrypt refused: Forbidden.NoPermission for " + md.Arn + ": " + kmstest.RoleHop.String() + " has no grant",
			"; grant the role access in the KMS policy"},
			absent: "STS"},
		{name: "STS unreachable", role: kmstest.RoleKMS.String(), sts: "http://" + dead, want: []string{
			prefix + "STS AssumeRole failed: NetworkError for " + kmstest.RoleKMS.String() + ": could not reach STS at " + dead +
				": nothing was refused by STS or KMS (KMS was not called): ",
			"(gave up after 4 attempts); check the endpoint"},
			absent: "refused:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDeps(t)
			env := map[string]string{
				"MCSQL_HOME":                      t.TempDir(),
				"ALIBABA_CLOUD_ACCESS_KEY_ID":     setup.Caller.AccessKeyID,
				"ALIBABA_CLOUD_ACCESS_KEY_SECRET": setup.Caller.AccessKeySecret,
			}
			d.getenv = func(k string) string { return env[k] }
			script := fmt.Sprintf("select new_wrapped_keyset('%s', '%s', 'AES-GCM-256');", md.Arn, tt.role)
			var stdout, stderr bytes.Buffer
			code := run([]string{"--kms", "aliyun", "--kms-endpoint", hs.URL, "--sts-endpoint", tt.sts, "-e", script},
				strings.NewReader(""), &stdout, &stderr, d)
			if code != 1 {
				t.Fatalf("exit %d, want 1", code)
			}
			msg := stderr.String()
			for _, want := range tt.want {
				if !strings.Contains(msg, want) {
					t.Errorf("stderr\n %s\ndoes not contain\n %s", msg, want)
				}
			}
			if strings.Contains(msg, tt.absent) {
				t.Errorf("stderr %q contains %q", msg, tt.absent)
			}
			if strings.Contains(msg, setup.Caller.AccessKeySecret) {
				t.Error("the error shows the access key secret")
			}
		})
	}
}
