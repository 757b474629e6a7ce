package main

import (
	"bytes"
	"strings"
	"testing"
)

// runEnv runs mcsql with the test deps and extra environment variables.
func runEnv(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	d := testDeps(t)
	base := d.getenv
	d.getenv = func(k string) string {
		if v, ok := env[k]; ok {
			return v
		}
		return base(k)
	}
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr, d)
	return code, stdout.String(), stderr.String()
}

// TestAliyunKMSCredentialsAtFirstCall: --kms aliyun without credentials
// runs a script that never calls the KMS; the first KMS call reports the
// missing variable; a bad endpoint is still refused at once.
func TestAliyunKMSCredentialsAtFirstCall(t *testing.T) {
	code, stdout, stderr := runEnv(t, nil, "--kms", "aliyun", "-e", "select 1 as one;")
	if code != 0 || !strings.Contains(stdout, "| 1          | \n") || stderr != "" {
		t.Errorf("select 1: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, _, stderr = runEnv(t, nil, "--kms", "aliyun", "-e",
		"select new_wrapped_keyset('acs:kms:cn-hangzhou:1:key/key-x', 'acs:ram::1:role/r', 'AES-GCM-256');")
	want := "FAILED: ODPS-0121095:[1,8] Invalid argument - NEW_WRAPPED_KEYSET: KMS Encrypt failed: aliyun kms: environment variable ALIBABA_CLOUD_ACCESS_KEY_ID is not set"
	if code != 1 || !strings.HasPrefix(stderr, want) {
		t.Errorf("KMS call: exit %d, stderr %q, want %q", code, stderr, want)
	}
	code, _, stderr = runEnv(t, nil, "--kms", "aliyun", "--kms-endpoint", "ftp://x", "-e", "select 1;")
	if code != 2 || !strings.Contains(stderr, `kms endpoint "ftp://x": scheme is not http or https`) {
		t.Errorf("bad endpoint: exit %d, stderr %q", code, stderr)
	}
}

// TestKMSFromEnvironment: a bad MCSQL_KMS is blamed on the variable, a bad
// --kms on the flag.
func TestKMSFromEnvironment(t *testing.T) {
	code, _, stderr := runEnv(t, map[string]string{"MCSQL_KMS": "bogus"}, "-e", "select 1;")
	if want := "mcsql: MCSQL_KMS=\"bogus\" is not a KMS: set it to local (the embedded default) or aliyun, or unset it\n"; code != 2 || stderr != want {
		t.Errorf("MCSQL_KMS: exit %d, stderr %q, want %q", code, stderr, want)
	}
	code, _, stderr = runEnv(t, map[string]string{"MCSQL_KMS": "aliyun"}, "--kms", "bogus", "-e", "select 1;")
	if want := "mcsql: unknown KMS \"bogus\": use --kms local (the embedded default) or --kms aliyun\n"; code != 2 || stderr != want {
		t.Errorf("--kms: exit %d, stderr %q, want %q", code, stderr, want)
	}
}
