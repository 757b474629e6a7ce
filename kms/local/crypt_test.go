package local

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/kms"
)

// TestDocumentedBlobSize: the documentation's masked CMK id (25
// characters) and the 136-character Base64 of a 102-byte keyset give a
// 36-byte header and a 200-byte blob (keysets.md §6).
func TestDocumentedBlobSize(t *testing.T) {
	s, _ := newTestStore(t)
	masked := kms.KeyARN{Region: "cn-hangzhou", Account: "1**************7", KeyID: "key-hzz****************1t"}
	if _, _, err := s.EnsureKey(t.Context(), masked, ""); err != nil {
		t.Fatal(err)
	}
	keyset := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{0x08}, 102))
	res, err := s.Encrypt(t.Context(), masked.KeyID, []byte(keyset), nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := base64.StdEncoding.DecodeString(res.CiphertextBlob)
	header := "key-hzz****************1t-" + res.KeyVersionID
	if len(header) != 36 || string(raw[:36]) != header || len(raw) != 200 {
		t.Fatalf("blob: %d bytes, header %q; want 200 bytes, header %q", len(raw), raw[:36], header)
	}
	got, err := s.Decrypt(t.Context(), res.CiphertextBlob, nil)
	if err != nil || string(got.Plaintext) != keyset || got.KeyID != masked.KeyID || got.KeyVersionID != res.KeyVersionID {
		t.Fatalf("Decrypt = %+v, %v", got, err)
	}
}

// TestPrefixResolution: Decrypt finds the CMK whose id prefixes the blob,
// whatever the ids' shapes, preferring the longest when one id extends
// another.
func TestPrefixResolution(t *testing.T) {
	s, _ := newTestStore(t)
	ids := []string{"abc", "abc-def", "key-hzz****************1t", "my_key"}
	blobs := map[string]string{}
	for _, id := range ids {
		if _, _, err := s.EnsureKey(t.Context(), kms.KeyARN{Region: "cn-hangzhou", Account: "1", KeyID: id}, ""); err != nil {
			t.Fatal(err)
		}
		res, err := s.Encrypt(t.Context(), id, []byte("for "+id), nil)
		if err != nil {
			t.Fatal(err)
		}
		blobs[id] = res.CiphertextBlob
	}
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			got, err := s.Decrypt(t.Context(), blobs[id], nil)
			if err != nil || got.KeyID != id || string(got.Plaintext) != "for "+id {
				t.Fatalf("Decrypt = %+v, %v", got, err)
			}
		})
	}
}

func TestEncryptionContext(t *testing.T) {
	s, _ := newTestStore(t)
	m, _ := s.CreateKey(t.Context(), "cn-hangzhou", "1", "")
	ec := map[string]string{"table": "t1", "column": "c"}
	res, err := s.Encrypt(t.Context(), m.KeyID, []byte("p"), ec)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.Decrypt(t.Context(), res.CiphertextBlob, map[string]string{"column": "c", "table": "t1"}); err != nil || string(got.Plaintext) != "p" {
		t.Fatalf("Decrypt with the same context = %+v, %v", got, err)
	}
	want := "InvalidParameter for " + m.KeyID + ": CiphertextBlob failed authentication: it was altered, or its EncryptionContext differs"
	for name, other := range map[string]map[string]string{"none": nil, "different": {"table": "t2", "column": "c"}} {
		t.Run(name, func(t *testing.T) {
			_, err := s.Decrypt(t.Context(), res.CiphertextBlob, other)
			wantErr(t, err, kms.CodeInvalidParameter, want)
		})
	}
}

func TestEncryptErrors(t *testing.T) {
	s, _ := newTestStore(t)
	m, _ := s.CreateKey(t.Context(), "cn-hangzhou", "1", "")
	id := m.KeyID
	cases := []struct {
		name, keyID string
		plaintext   []byte
		code, want  string
	}{
		{"empty", id, nil, kms.CodeMissingParameter, "MissingParameter for " + id + ": Plaintext is empty"},
		{"too large", id, make([]byte, 6145), kms.CodeInvalidParameter,
			"InvalidParameter for " + id + ": Plaintext is 6145 bytes; at most 6144 (6 KB) can be encrypted"},
		{"unknown", "key-nope", []byte("p"), kms.CodeKeyNotFound, "Forbidden.KeyNotFound for key-nope: no CMK key-nope in key store " + s.Path()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := s.Encrypt(t.Context(), c.keyID, c.plaintext, nil)
			wantErr(t, err, c.code, c.want)
			if res != nil {
				t.Fatal("a failed Encrypt returned a result")
			}
		})
	}
}

func TestDecryptErrors(t *testing.T) {
	s, _ := newTestStore(t)
	m, _ := s.CreateKey(t.Context(), "cn-hangzhou", "1", "")
	const secretText = "top-secret-plaintext"
	res, err := s.Encrypt(t.Context(), m.KeyID, []byte(secretText), nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := base64.StdEncoding.DecodeString(res.CiphertextBlob)
	enc := base64.StdEncoding.EncodeToString
	tampered := bytes.Clone(raw)
	tampered[40] ^= 0x80
	otherVersion := bytes.Replace(raw, []byte(res.KeyVersionID), []byte("zzzzzzzzzz"), 1)
	ghost := "key-" + strings.Repeat("q", 21)
	cases := []struct {
		name, blob, code, want string
	}{
		{"empty", "  ", kms.CodeMissingParameter, "MissingParameter: CiphertextBlob is empty"},
		{"not base64", "key-abc!", kms.CodeInvalidParameter, "InvalidParameter: CiphertextBlob is not Base64 text"},
		{"too short", enc(raw[:len(m.KeyID)+11+27]), kms.CodeInvalidParameter,
			"InvalidParameter for " + m.KeyID + ": CiphertextBlob is truncated: 63 bytes cannot hold an IV and a tag"},
		{"tampered", enc(tampered), kms.CodeInvalidParameter,
			"InvalidParameter for " + m.KeyID + ": CiphertextBlob failed authentication: it was altered, or its EncryptionContext differs"},
		{"unknown version", enc(otherVersion), kms.CodeKeyNotFound, "Forbidden.KeyNotFound for " + m.KeyID + ": CMK " + m.KeyID + ` has no key version "zzzzzzzzzz" in key store ` + s.Path()},
		{"unknown alibaba id", enc(append([]byte(ghost+"-abcdefghij"), make([]byte, 40)...)), kms.CodeKeyNotFound,
			"Forbidden.KeyNotFound for " + ghost + ": no CMK " + ghost + " in key store " + s.Path()},
		{"unknown other id", enc(append([]byte("my-key-abcdefghij"), make([]byte, 40)...)), kms.CodeKeyNotFound,
			"Forbidden.KeyNotFound for my-key: no CMK my-key in key store " + s.Path()},
		{"unknown uuid id", enc(append([]byte("0b0d2f4e-1a2b-4c3d-8e9f-0123456789ab-abcdefghij"), 0x80, '-', 'x')), kms.CodeKeyNotFound,
			"Forbidden.KeyNotFound for 0b0d2f4e-1a2b-4c3d-8e9f-0123456789ab: no CMK 0b0d2f4e-1a2b-4c3d-8e9f-0123456789ab in key store " + s.Path()},
		{"no id at all", enc(make([]byte, 60)), kms.CodeKeyNotFound,
			"Forbidden.KeyNotFound: the CiphertextBlob names no CMK of key store " + s.Path()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Decrypt(t.Context(), c.blob, nil)
			wantErr(t, err, c.code, c.want)
			if got != nil || strings.Contains(err.Error(), secretText) {
				t.Fatalf("a failed Decrypt returned %v or showed the plaintext", got)
			}
		})
	}
}
