package kmstest

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/kms"
)

func testDisabled(t *testing.T, h Harness) {
	e := newEnv(t, h)
	key := e.createKey(Region1, Account1)
	blob := e.encrypt(chain(RoleKMS), key, plaintext).CiphertextBlob
	if err := e.b.Keys.DisableKey(t.Context(), key.KeyID); err != nil {
		t.Fatalf("DisableKey: %v", err)
	}
	_, err := e.b.Client.Encrypt(t.Context(), chain(RoleKMS), key, plaintext)
	expectError(t, err, kms.CodeDisabled, key.KeyID)
	_, err = e.b.Client.Decrypt(t.Context(), chain(RoleKMS), blob)
	expectError(t, err, kms.CodeDisabled, key.KeyID)
	if err := e.b.Keys.EnableKey(t.Context(), key.KeyID); err != nil {
		t.Fatalf("EnableKey: %v", err)
	}
	e.decrypt(chain(RoleKMS), blob, plaintext, key)
}

func testPendingDeletion(t *testing.T, h Harness) {
	e := newEnv(t, h)
	key := e.createKey(Region1, Account1)
	blob := e.encrypt(chain(RoleKMS), key, plaintext).CiphertextBlob
	if err := e.b.Keys.ScheduleKeyDeletion(t.Context(), key.KeyID, 7); err != nil {
		t.Fatalf("ScheduleKeyDeletion: %v", err)
	}
	_, err := e.b.Client.Encrypt(t.Context(), chain(RoleKMS), key, plaintext)
	expectError(t, err, kms.CodePendingDeletion, key.KeyID)
	_, err = e.b.Client.Decrypt(t.Context(), chain(RoleKMS), blob)
	expectError(t, err, kms.CodePendingDeletion, key.KeyID)
}

func testUnknownKey(t *testing.T, h Harness) {
	e := newEnv(t, h)
	other := newEnv(t, h)
	key := other.createKey(Region1, Account1)
	// A real blob of another backend's CMK, and a well-shaped blob of a
	// CMK that exists nowhere.
	foreign := other.encrypt(chain(RoleKMS), key, plaintext).CiphertextBlob
	ghost := "key-" + strings.Repeat("0", 21)
	made := append([]byte(ghost+"-abcdefghij"), make([]byte, 12+40+16)...)
	cases := []struct{ name, blob, keyID string }{
		{"another backend's key", foreign, key.KeyID},
		{"no such key", base64.StdEncoding.EncodeToString(made), ghost},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := e.b.Client.Decrypt(t.Context(), chain(RoleKMS), c.blob)
			expectError(t, err, kms.CodeKeyNotFound, c.keyID)
		})
	}
}

func testRoleNotTrusted(t *testing.T, h Harness) {
	e := newEnv(t, h)
	key := e.createKey(Region1, Account1)
	blob := e.encrypt(chain(RoleKMS), key, plaintext).CiphertextBlob
	cases := []struct {
		name  string
		roles kms.RoleChain
		role  kms.RoleARN // the role that refuses
	}{
		{"other account's role", chain(RoleStranger), RoleStranger},
		{"hop skipped", chain(RolePartner), RolePartner},
		{"wrong hop", chain(RoleKMS, RolePartner), RolePartner},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := e.b.Client.Encrypt(t.Context(), c.roles, key, plaintext)
			expectError(t, err, kms.CodeNoPermission, c.role.String())
			_, err = e.b.Client.Decrypt(t.Context(), c.roles, blob)
			expectError(t, err, kms.CodeNoPermission, c.role.String())
		})
	}
}

func testMissingGrant(t *testing.T, h Harness) {
	e := newEnv(t, h)
	key := e.createKey(Region1, Account1)
	blob := e.encrypt(chain(RoleKMS), key, plaintext).CiphertextBlob
	// narrow may use only Region2 keys; reader may only Decrypt.
	_, err := e.b.Client.Encrypt(t.Context(), chain(RoleNarrow), key, plaintext)
	expectError(t, err, kms.CodeNoPermission, key.String())
	_, err = e.b.Client.Decrypt(t.Context(), chain(RoleNarrow), blob)
	expectError(t, err, kms.CodeNoPermission, key.String())
	_, err = e.b.Client.Encrypt(t.Context(), chain(RoleReader), key, plaintext)
	expectError(t, err, kms.CodeNoPermission, key.String())
	e.decrypt(chain(RoleReader), blob, plaintext, key)
}

func testTwoHopChain(t *testing.T, h Harness) {
	e := newEnv(t, h)
	key := e.createKey(Region2, Account2)
	roles := chain(RoleHop, RolePartner)
	blob := e.encrypt(roles, key, plaintext).CiphertextBlob
	e.decrypt(roles, blob, plaintext, key)
	// Account1's own role has no grant on Account2's key.
	_, err := e.b.Client.Decrypt(t.Context(), chain(RoleKMS), blob)
	expectError(t, err, kms.CodeNoPermission, key.String())
}

func testPlaintextLimit(t *testing.T, h Harness) {
	e := newEnv(t, h)
	key := e.createKey(Region1, Account1)
	big := bytes.Repeat([]byte("k"), 6*1024)
	blob := e.encrypt(chain(RoleKMS), key, big).CiphertextBlob
	e.decrypt(chain(RoleKMS), blob, big, key)
	_, err := e.b.Client.Encrypt(t.Context(), chain(RoleKMS), key, append(big, 'k'))
	expectError(t, err, kms.CodeInvalidParameter)
}
