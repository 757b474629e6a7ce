package kmstest

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/kms"
)

// plaintext is what the suite encrypts; it must never show in an error.
var plaintext = []byte("kmstest-plaintext-CAESEM2PgjgVWhM0Yd4Xaq0TQFQ=")

// Run runs the conformance suite against the backends h makes.
func Run(t *testing.T, h Harness) {
	cases := []struct {
		name string
		run  func(*testing.T, Harness)
	}{
		{"RoundTrip", testRoundTrip},
		{"BlobNamesItsKey", testBlobNamesItsKey},
		{"Tampered", testTampered},
		{"Disabled", testDisabled},
		{"PendingDeletion", testPendingDeletion},
		{"UnknownKeyOnDecrypt", testUnknownKey},
		{"RoleNotTrusted", testRoleNotTrusted},
		{"MissingGrant", testMissingGrant},
		{"TwoHopChain", testTwoHopChain},
		{"PlaintextLimit", testPlaintextLimit},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.run(t, h) })
	}
}

// env is one fresh backend and the suite's setup.
type env struct {
	t *testing.T
	b Backend
}

func newEnv(t *testing.T, h Harness) *env {
	t.Helper()
	s, err := NewSetup()
	if err != nil {
		t.Fatalf("the suite's policy does not load: %v", err)
	}
	return &env{t: t, b: h.New(t, s)}
}

func (e *env) createKey(region, account string) kms.KeyARN {
	e.t.Helper()
	meta, err := e.b.Keys.CreateKey(e.t.Context(), region, account, "kmstest")
	if err != nil {
		e.t.Fatalf("CreateKey(%s, %s): %v", region, account, err)
	}
	key, err := kms.ParseKeyARN(meta.Arn)
	if err != nil {
		e.t.Fatalf("CreateKey returned a bad ARN: %v", err)
	}
	if key.KeyID != meta.KeyID || key.Region != region || key.Account != account {
		e.t.Fatalf("CreateKey(%s, %s) returned %s for key id %s", region, account, meta.Arn, meta.KeyID)
	}
	return key
}

func (e *env) encrypt(roles kms.RoleChain, key kms.KeyARN, pt []byte) *kms.EncryptResult {
	e.t.Helper()
	res, err := e.b.Client.Encrypt(e.t.Context(), roles, key, pt)
	if err != nil {
		e.t.Fatalf("Encrypt(%s, %s): %v", roles, key, err)
	}
	return res
}

func (e *env) decrypt(roles kms.RoleChain, blob string, want []byte, key kms.KeyARN) {
	e.t.Helper()
	res, err := e.b.Client.Decrypt(e.t.Context(), roles, blob)
	if err != nil {
		e.t.Fatalf("Decrypt(%s): %v", roles, err)
	}
	if !bytes.Equal(res.Plaintext, want) {
		e.t.Fatalf("Decrypt returned %d bytes that differ from the %d encrypted", len(res.Plaintext), len(want))
	}
	if res.KeyID != key.KeyID {
		e.t.Fatalf("Decrypt's KeyId = %q, want %q", res.KeyID, key.KeyID)
	}
}

// expectError checks err's KMS code and that its text names every one of
// mentions, and never the caller's secret or the plaintext.
func expectError(t *testing.T, err error, code string, mentions ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("call succeeded, want %s", code)
	}
	if got := kms.CodeOf(err); got != code {
		t.Fatalf("error code %q, want %s (error: %v)", got, code, err)
	}
	text := err.Error()
	for _, m := range mentions {
		if !strings.Contains(text, m) {
			t.Fatalf("error %q does not name %s", text, m)
		}
	}
	if strings.Contains(text, aliceSecret) || strings.Contains(text, string(plaintext)) {
		t.Fatalf("error shows a secret: %q", text)
	}
}

func chain(roles ...kms.RoleARN) kms.RoleChain { return kms.RoleChain(roles) }

func testRoundTrip(t *testing.T, h Harness) {
	e := newEnv(t, h)
	key := e.createKey(Region1, Account1)
	meta, err := e.b.Keys.DescribeKey(t.Context(), key.KeyID)
	if err != nil {
		t.Fatalf("DescribeKey: %v", err)
	}
	res := e.encrypt(chain(RoleKMS), key, plaintext)
	if res.KeyID != key.KeyID || res.KeyVersionID != meta.PrimaryKeyVersion {
		t.Fatalf("Encrypt's KeyId, KeyVersionId = %q, %q; want %q, %q", res.KeyID, res.KeyVersionID, key.KeyID, meta.PrimaryKeyVersion)
	}
	raw, err := base64.StdEncoding.DecodeString(res.CiphertextBlob)
	if err != nil {
		t.Fatalf("CiphertextBlob is not Base64: %v", err)
	}
	header := key.KeyID + "-" + res.KeyVersionID
	if len(res.KeyVersionID) != 10 || !bytes.HasPrefix(raw, []byte(header)) {
		t.Fatalf("blob header is %q, want %q (CMK id, '-', 10-character version id)", raw[:min(len(raw), len(header))], header)
	}
	if want := len(header) + 12 + len(plaintext) + 16; len(raw) != want {
		t.Fatalf("blob is %d bytes, want %d (header, iv 12, ciphertext, tag 16)", len(raw), want)
	}
	e.decrypt(chain(RoleKMS), res.CiphertextBlob, plaintext, key)
	// A second Encrypt uses a fresh IV.
	if again := e.encrypt(chain(RoleKMS), key, plaintext); again.CiphertextBlob == res.CiphertextBlob {
		t.Fatal("two Encrypts of one plaintext gave the same blob")
	}
}

func testBlobNamesItsKey(t *testing.T, h Harness) {
	e := newEnv(t, h)
	a, b := e.createKey(Region1, Account1), e.createKey(Region1, Account1)
	blobA := e.encrypt(chain(RoleKMS), a, plaintext).CiphertextBlob
	blobB := e.encrypt(chain(RoleKMS), b, plaintext).CiphertextBlob
	// Decrypt takes no key id: each blob must find its own CMK.
	e.decrypt(chain(RoleKMS), blobB, plaintext, b)
	e.decrypt(chain(RoleKMS), blobA, plaintext, a)
}

func testTampered(t *testing.T, h Harness) {
	e := newEnv(t, h)
	key := e.createKey(Region1, Account1)
	blob := e.encrypt(chain(RoleKMS), key, plaintext).CiphertextBlob
	raw, _ := base64.StdEncoding.DecodeString(blob)
	header := len(key.KeyID) + 11
	flip := func(i int) string {
		c := bytes.Clone(raw)
		c[i] ^= 0x01
		return base64.StdEncoding.EncodeToString(c)
	}
	cases := []struct {
		name, blob, code string
	}{
		{"iv", flip(header), kms.CodeInvalidParameter},
		{"ciphertext", flip(header + 12), kms.CodeInvalidParameter},
		{"tag", flip(len(raw) - 1), kms.CodeInvalidParameter},
		{"truncated", base64.StdEncoding.EncodeToString(raw[:len(raw)-1]), kms.CodeInvalidParameter},
		{"not base64", "!" + blob[1:], kms.CodeInvalidParameter},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := e.b.Client.Decrypt(t.Context(), chain(RoleKMS), c.blob)
			expectError(t, err, c.code)
			if res != nil {
				t.Fatal("a failed Decrypt returned a result")
			}
		})
	}
}
