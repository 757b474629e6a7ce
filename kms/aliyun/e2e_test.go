package aliyun

// End-to-end tests (issue 4, part 6): this Client, through the real SDK
// over real HTTP, against the emulator started in-process on 127.0.0.1.

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/mcsql/mcsql/functions/keyset"
	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/emulator"
	"github.com/mcsql/mcsql/kms/kmstest"
)

var (
	roleKMS    = kms.RoleChain{kmstest.RoleKMS}
	twoAccount = kms.RoleChain{kmstest.RoleHop, kmstest.RolePartner}
)

// TestE2EWrapUnwrapRewrapRotate follows a keyset's life as the wrapped
// keyset functions drive it: NEW_WRAPPED_KEYSET (Encrypt of the Base64
// keyset), USE_WRAPPED_KEYSET (Decrypt), REWRAP_KEYSET to a second CMK and
// ROTATE_WRAPPED_KEYSET.
func TestE2EWrapUnwrapRewrapRotate(t *testing.T) {
	e := startEmulator(t, nil)
	c := e.client(t, nil)
	ctx := kms.WithRegion(context.Background(), kmstest.Region1)
	key1, key2 := e.createKey(t, kmstest.Region1, kmstest.Account1), e.createKey(t, kmstest.Region1, kmstest.Account1)
	now := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	ks, err := keyset.New("AES-GCM-256", "hello", rand.NewChaCha8([32]byte{2}), now)
	if err != nil {
		t.Fatal(err)
	}

	// Wrap: the documented size of a one-key keyset described "hello".
	wrapped := wrapKeyset(t, c, ctx, ks, key1)
	raw, err := base64.StdEncoding.DecodeString(wrapped)
	if err != nil || len(raw) != 200 || string(raw[:25]) != key1.KeyID {
		t.Fatalf("wrapped blob: %d bytes (err %v), header %q; want 200 bytes under %s", len(raw), err, raw[:min(25, len(raw))], key1.KeyID)
	}
	// Unwrap.
	if got := unwrapKeyset(t, c, ctx, wrapped, key1); !reflect.DeepEqual(got, ks) {
		t.Fatal("unwrap returned another keyset than was wrapped")
	}
	// Rewrap to a second CMK: the same keyset under key2.
	rewrapped := wrapKeyset(t, c, ctx, unwrapKeyset(t, c, ctx, wrapped, key1), key2)
	if got := unwrapKeyset(t, c, ctx, rewrapped, key2); !reflect.DeepEqual(got, ks) {
		t.Fatal("rewrapped keyset differs")
	}
	// Rotate: unwrap, add a primary key, wrap under key1 again.
	rotated, err := keyset.Rotate(unwrapKeyset(t, c, ctx, rewrapped, key2), "AES-GCM-256", "rotated", rand.NewChaCha8([32]byte{3}), now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	final := unwrapKeyset(t, c, ctx, wrapKeyset(t, c, ctx, rotated, key1), key1)
	if len(final.Keys) != 2 || final.PrimaryKeyID != final.Keys[1].ID || final.Keys[0].ID != ks.Keys[0].ID {
		t.Fatalf("rotated keyset has %d keys, primary %s; want the original key and a new primary", len(final.Keys), final.PrimaryKeyID)
	}

	// One AssumeRole served every call: credentials are reused.
	if n := e.srv.Calls("AssumeRole"); n != 1 {
		t.Errorf("%d AssumeRole, want 1", n)
	}
	if n, d := e.srv.Calls("Encrypt"), e.srv.Calls("Decrypt"); n != 3 || d != 5 {
		t.Errorf("%d Encrypt and %d Decrypt, want 3 and 5", n, d)
	}
}

// wrapKeyset is NEW_WRAPPED_KEYSET's KMS part: Encrypt of the Base64 text
// of the binary keyset.
func wrapKeyset(t *testing.T, c *e2eClient, ctx context.Context, ks *keyset.Keyset, key kms.KeyARN) string {
	t.Helper()
	res, err := c.Encrypt(ctx, roleKMS, key, []byte(base64.StdEncoding.EncodeToString(keyset.Marshal(ks))))
	if err != nil {
		t.Fatalf("wrap under %s: %v", key, err)
	}
	if res.KeyID != key.KeyID {
		t.Fatalf("Encrypt's KeyId = %s, want %s", res.KeyID, key.KeyID)
	}
	return res.CiphertextBlob
}

// unwrapKeyset decrypts a wrapped keyset and checks which CMK it was under.
func unwrapKeyset(t *testing.T, c *e2eClient, ctx context.Context, blob string, key kms.KeyARN) *keyset.Keyset {
	t.Helper()
	res, err := c.Decrypt(ctx, roleKMS, blob)
	if err != nil {
		t.Fatalf("unwrap: %v", err)
	}
	if res.KeyID != key.KeyID {
		t.Fatalf("Decrypt's KeyId = %s, want %s", res.KeyID, key.KeyID)
	}
	bin, err := base64.StdEncoding.DecodeString(string(res.Plaintext))
	if err != nil {
		t.Fatalf("unwrapped plaintext is not Base64: %v", err)
	}
	ks, err := keyset.Unmarshal(bin)
	if err != nil {
		t.Fatalf("unwrapped plaintext is not a keyset: %v", err)
	}
	return ks
}

func TestE2ERoleChainAcrossAccounts(t *testing.T) {
	e := startEmulator(t, nil)
	c := e.client(t, nil)
	key := e.createKey(t, kmstest.Region2, kmstest.Account2)
	ctx := kms.WithRegion(context.Background(), kmstest.Region2)
	plain := []byte("cross-account keyset")
	for i := range 10 {
		res, err := c.Encrypt(ctx, twoAccount, key, plain)
		if err != nil {
			t.Fatalf("Encrypt %d: %v", i, err)
		}
		back, err := c.Decrypt(ctx, twoAccount, res.CiphertextBlob)
		if err != nil {
			t.Fatalf("Decrypt %d: %v", i, err)
		}
		if !bytes.Equal(back.Plaintext, plain) || back.KeyID != key.KeyID {
			t.Fatalf("Decrypt %d = %q under %s", i, back.Plaintext, back.KeyID)
		}
	}
	if n := e.srv.Calls("AssumeRole"); n != 2 {
		t.Errorf("%d AssumeRole for 20 calls through a two-role chain, want 2", n)
	}
}

// e2eFailure is one refused call of TestE2EErrors.
type e2eFailure struct {
	name     string
	emu      func(*emulator.Config)
	cfg      func(*Config, *emu)
	prepare  func(t *testing.T, e *emu, key kms.KeyARN) // after the blob is made
	roles    kms.RoleChain
	decrypt  bool
	code     string
	mentions func(key kms.KeyARN) []string
}

func e2eFailures() []e2eFailure {
	names := func(s ...string) func(kms.KeyARN) []string { return func(kms.KeyARN) []string { return s } }
	arn := func(k kms.KeyARN) []string { return []string{k.String()} }
	id := func(k kms.KeyARN) []string { return []string{k.KeyID} }
	disable := func(t *testing.T, e *emu, k kms.KeyARN) {
		if err := e.keys.DisableKey(context.Background(), k.KeyID); err != nil {
			t.Fatal(err)
		}
	}
	schedule := func(t *testing.T, e *emu, k kms.KeyARN) {
		if err := e.keys.ScheduleKeyDeletion(context.Background(), k.KeyID, 7); err != nil {
			t.Fatal(err)
		}
	}
	return []e2eFailure{
		{name: "refused trust", roles: kms.RoleChain{kmstest.RoleStranger}, code: kms.CodeNoPermission, mentions: names(kmstest.RoleStranger.String())},
		{name: "refused trust on a hop", roles: kms.RoleChain{kmstest.RoleKMS, kmstest.RolePartner}, code: kms.CodeNoPermission,
			mentions: names(kmstest.RolePartner.String(), "assumed with the credentials of "+kmstest.RoleKMS.String())},
		{name: "missing grant", roles: kms.RoleChain{kmstest.RoleReader}, code: kms.CodeNoPermission, mentions: arn},
		{name: "missing grant on decrypt", roles: kms.RoleChain{kmstest.RoleNarrow}, decrypt: true, code: kms.CodeNoPermission, mentions: arn},
		{name: "disabled key", prepare: disable, roles: roleKMS, code: kms.CodeDisabled, mentions: arn},
		{name: "disabled key on decrypt", prepare: disable, roles: roleKMS, decrypt: true, code: kms.CodeDisabled, mentions: id},
		{name: "pending deletion", prepare: schedule, roles: roleKMS, code: kms.CodePendingDeletion, mentions: arn},
		{name: "pending deletion on decrypt", prepare: schedule, roles: roleKMS, decrypt: true, code: kms.CodePendingDeletion, mentions: id},
		{name: "bad signature", cfg: func(c *Config, e *emu) {
			c.Getenv = env(map[string]string{EnvAccessKeyID: e.setup.Caller.AccessKeyID, EnvAccessKeySecret: "WrongSecretOfAlice0000"})
		}, roles: roleKMS, code: kms.CodeSignatureMismatch, mentions: names(kmstest.RoleKMS.String())},
		{name: "unknown access key", cfg: func(c *Config, e *emu) {
			c.Getenv = env(map[string]string{EnvAccessKeyID: "LTAInobody", EnvAccessKeySecret: "WrongSecretOfAlice0000"})
		}, roles: roleKMS, code: kms.CodeAccessKeyNotFound, mentions: names(kmstest.RoleKMS.String())},
		{name: "clock skew", prepare: func(t *testing.T, e *emu, k kms.KeyARN) { e.clock.Advance(time.Hour) },
			roles: kms.RoleChain{kmstest.RoleReader}, code: kms.CodeIllegalTimestamp, mentions: names(kmstest.RoleReader.String())},
	}
}

func TestE2EErrors(t *testing.T) {
	plain := []byte("PlaintextThatMustNotLeak")
	for _, tt := range e2eFailures() {
		t.Run(tt.name, func(t *testing.T) {
			e := startEmulator(t, tt.emu)
			key := e.createKey(t, kmstest.Region1, kmstest.Account1)
			good := e.client(t, nil)
			blob, err := good.Encrypt(context.Background(), roleKMS, key, plain)
			if err != nil {
				t.Fatalf("Encrypt with the kms role: %v", err)
			}
			if tt.prepare != nil {
				tt.prepare(t, e, key)
			}
			c := e.client(t, func(cfg *Config) {
				if tt.cfg != nil {
					tt.cfg(cfg, e)
				}
			})
			if tt.decrypt {
				_, err = c.Decrypt(context.Background(), tt.roles, blob.CiphertextBlob)
			} else {
				_, err = c.Encrypt(context.Background(), tt.roles, key, plain)
			}
			var ke *kms.Error
			if !errors.As(err, &ke) || ke.Code != tt.code {
				t.Fatalf("error = %v, want code %s", err, tt.code)
			}
			for _, m := range tt.mentions(key) {
				if !bytes.Contains([]byte(err.Error()), []byte(m)) {
					t.Errorf("error %q does not name %s", err, m)
				}
			}
			checkNoSecrets(t, err.Error(), e.setup.Caller.AccessKeySecret, "WrongSecretOfAlice0000", string(plain))
			if got := c.sleeps.all(); len(got) != 0 {
				t.Errorf("retried a refusal: slept %v", got)
			}
		})
	}
}

func TestE2EExpiredToken(t *testing.T) {
	t.Run("caller's token expired", func(t *testing.T) {
		e := startEmulator(t, func(c *emulator.Config) { c.MaxSkew = 2 * time.Hour })
		key := e.createKey(t, kmstest.Region2, kmstest.Account2)
		tmp := e.assumeDirectly(t, kmstest.RoleHop, 900)
		asHop := func(c *Config) {
			c.Getenv = env(map[string]string{EnvAccessKeyID: tmp.AccessKeyID, EnvAccessKeySecret: tmp.AccessKeySecret, EnvSecurityToken: tmp.SecurityToken})
		}
		partner := kms.RoleChain{kmstest.RolePartner}
		if _, err := e.client(t, asHop).Encrypt(context.Background(), partner, key, []byte("a")); err != nil {
			t.Fatalf("Encrypt with a fresh caller token: %v", err)
		}
		e.clock.Advance(16 * time.Minute)
		_, err := e.client(t, asHop).Encrypt(context.Background(), partner, key, []byte("a"))
		if kms.CodeOf(err) != kms.CodeTokenExpired || !bytes.Contains([]byte(err.Error()), []byte(kmstest.RolePartner.String())) {
			t.Fatalf("error = %v, want %s naming %s", err, kms.CodeTokenExpired, kmstest.RolePartner)
		}
		checkNoSecrets(t, err.Error(), tmp.AccessKeySecret, tmp.SecurityToken)
	})
	tests := []struct {
		name          string
		advanceClient bool
		wantEncrypts  int // the emulator's count, including refused ones
	}{
		// The service expires the role's token before the client's clock
		// says so: the refusal makes the client assume the role again.
		{"expired by the service's clock", false, 3},
		// The client's clock sees the expiry coming and refreshes first.
		{"expiry seen by the client", true, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := startEmulator(t, func(c *emulator.Config) { c.MaxSkew = 2 * time.Hour })
			key := e.createKey(t, kmstest.Region1, kmstest.Account1)
			c := e.client(t, func(c *Config) { c.DurationSeconds = 900 })
			if _, err := c.Encrypt(context.Background(), roleKMS, key, []byte("a")); err != nil {
				t.Fatal(err)
			}
			e.clock.Advance(16 * time.Minute)
			if tt.advanceClient {
				c.clock.Advance(16 * time.Minute)
			}
			if _, err := c.Encrypt(context.Background(), roleKMS, key, []byte("a")); err != nil {
				t.Fatalf("Encrypt after expiry: %v", err)
			}
			if n := e.srv.Calls("AssumeRole"); n != 2 {
				t.Errorf("%d AssumeRole, want 2", n)
			}
			if n := e.srv.Calls("Encrypt"); n != tt.wantEncrypts {
				t.Errorf("%d Encrypt, want %d", n, tt.wantEncrypts)
			}
		})
	}
}

func TestE2EThrottlingThenRetry(t *testing.T) {
	tests := []struct {
		name        string
		warm        bool // one call made before the faults, so they hit Encrypt
		faults      int
		code        string
		maxRetries  int
		wantErr     string
		wantSleeps  []time.Duration
		wantAssumes int
		wantEncrypt int
	}{
		{"throttled AssumeRole", false, 2, kms.CodeThrottling, 0, "", []time.Duration{150 * time.Millisecond, 300 * time.Millisecond}, 3, 1},
		{"throttled Encrypt", true, 3, kms.CodeThrottling, 0, "",
			[]time.Duration{150 * time.Millisecond, 300 * time.Millisecond, 600 * time.Millisecond}, 1, 5},
		{"internal failure", true, 1, kms.CodeInternalFailure, 0, "", []time.Duration{150 * time.Millisecond}, 1, 3},
		{"gives up", true, 5, kms.CodeThrottling, 2, kms.CodeThrottling,
			[]time.Duration{150 * time.Millisecond, 300 * time.Millisecond}, 1, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := startEmulator(t, nil)
			key := e.createKey(t, kmstest.Region1, kmstest.Account1)
			c := e.client(t, func(c *Config) { c.MaxRetries = tt.maxRetries })
			if tt.warm {
				if _, err := c.Encrypt(context.Background(), roleKMS, key, []byte("a")); err != nil {
					t.Fatal(err)
				}
			}
			e.srv.FailNext(tt.faults, tt.code)
			defer e.srv.FailNext(0, "")
			_, err := c.Encrypt(context.Background(), roleKMS, key, []byte("a"))
			if kms.CodeOf(err) != tt.wantErr {
				t.Fatalf("error = %v, want code %q", err, tt.wantErr)
			}
			if got := c.sleeps.all(); !reflect.DeepEqual(got, tt.wantSleeps) {
				t.Errorf("slept %v, want %v", got, tt.wantSleeps)
			}
			if n := e.srv.Calls("AssumeRole"); n != tt.wantAssumes {
				t.Errorf("%d AssumeRole, want %d", n, tt.wantAssumes)
			}
			if n := e.srv.Calls("Encrypt"); n != tt.wantEncrypt {
				t.Errorf("%d Encrypt, want %d", n, tt.wantEncrypt)
			}
		})
	}
}

// TestE2EConformance runs kms/kmstest's suite over this client against
// the emulator.
func TestE2EConformance(t *testing.T) {
	kmstest.Run(t, kmstest.Harness{New: func(t *testing.T, s kmstest.Setup) kmstest.Backend {
		e := startEmulator(t, func(c *emulator.Config) { c.Policy = s.Policy })
		c := e.client(t, func(c *Config) {
			c.Getenv = env(map[string]string{EnvAccessKeyID: s.Caller.AccessKeyID, EnvAccessKeySecret: s.Caller.AccessKeySecret})
		})
		return kmstest.Backend{Client: c.Client, Keys: e.keys}
	}})
}
