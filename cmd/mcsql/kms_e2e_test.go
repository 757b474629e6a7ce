package main

import (
	"bytes"
	"context"
	"fmt"
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

// TestWrappedKeysetRefusedByPolicy checks that a KMS refusal reaches the
// user as an ODPS error naming the role and the reason.
func TestWrappedKeysetRefusedByPolicy(t *testing.T) {
	setup, err := kmstest.NewSetup()
	if err != nil {
		t.Fatal(err)
	}
	keys := local.NewStore(filepath.Join(t.TempDir(), "keystore.json"), local.Options{})
	hs := httptest.NewServer(emulator.New(emulator.Config{Keys: keys, Policy: setup.Policy, Now: time.Now}))
	defer hs.Close()
	d := testDeps(t)
	env := map[string]string{
		"MCSQL_HOME":                      t.TempDir(),
		"ALIBABA_CLOUD_ACCESS_KEY_ID":     setup.Caller.AccessKeyID,
		"ALIBABA_CLOUD_ACCESS_KEY_SECRET": setup.Caller.AccessKeySecret,
	}
	d.getenv = func(k string) string { return env[k] }
	script := fmt.Sprintf("select new_wrapped_keyset('acs:kms:%s:%s:key/key-aaaaaaaaaaaaaaaaaaaaa', '%s', 'AES-GCM-256');",
		kmstest.Region1, kmstest.Account1, kmstest.RoleStranger.String())
	var stdout, stderr bytes.Buffer
	code := run([]string{"--kms", "aliyun", "--kms-endpoint", hs.URL, "--sts-endpoint", hs.URL, "-e", script},
		strings.NewReader(""), &stdout, &stderr, d)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	msg := stderr.String()
	for _, want := range []string{"FAILED: ODPS-0121095:[1,8] Invalid argument - NEW_WRAPPED_KEYSET: KMS Encrypt refused: Forbidden.NoPermission", kmstest.RoleStranger.Name} {
		if !strings.Contains(msg, want) {
			t.Errorf("stderr %q does not contain %q", msg, want)
		}
	}
	if strings.Contains(msg, setup.Caller.AccessKeySecret) {
		t.Error("the error shows the access key secret")
	}
}
