package aliyun

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aliyun/alibaba-cloud-sdk-go/sdk/requests"
	"github.com/aliyun/alibaba-cloud-sdk-go/services/sts"

	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/emulator"
	"github.com/mcsql/mcsql/kms/kmstest"
	"github.com/mcsql/mcsql/kms/local"
)

// emu is the KMS/STS emulator running in-process on a loopback port, over
// a local key store, with the conformance suite's policy (alice of
// Account1, and the roles of kmstest).
type emu struct {
	srv   *emulator.Server
	keys  *local.Store
	url   string
	clock *fakeClock
	setup kmstest.Setup
}

// startEmulator starts an emulator; mod adjusts its Config.
func startEmulator(t *testing.T, mod func(*emulator.Config)) *emu {
	t.Helper()
	setup, err := kmstest.NewSetup()
	if err != nil {
		t.Fatal(err)
	}
	// The SDK stamps requests with the real clock and the emulator refuses
	// timestamps far from its own, so its injected clock starts at the real
	// time; tests then move it.
	clock := &fakeClock{now: time.Now().UTC()}
	keys := local.NewStore(filepath.Join(t.TempDir(), "keystore.json"), local.Options{Now: clock.Now})
	cfg := emulator.Config{Keys: keys, Policy: setup.Policy, Now: clock.Now}
	if mod != nil {
		mod(&cfg)
	}
	srv := emulator.New(cfg)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	if !strings.HasPrefix(hs.URL, "http://127.0.0.1:") {
		t.Fatalf("emulator listens on %s, want a 127.0.0.1 loopback address", hs.URL)
	}
	return &emu{srv: srv, keys: keys, url: hs.URL, clock: clock, setup: setup}
}

// e2eClient is a Client for e, with its own clock and recorded sleeps.
type e2eClient struct {
	*Client
	clock  *fakeClock
	sleeps *sleeps
}

// client returns a Client signing as alice, pointed at e; mod adjusts
// its Config.
func (e *emu) client(t *testing.T, mod func(*Config)) *e2eClient {
	t.Helper()
	ec := &e2eClient{clock: &fakeClock{now: e.clock.Now()}, sleeps: &sleeps{}}
	cfg := Config{
		Getenv: env(map[string]string{
			EnvAccessKeyID: e.setup.Caller.AccessKeyID, EnvAccessKeySecret: e.setup.Caller.AccessKeySecret,
		}),
		KMSEndpoint: e.url,
		STSEndpoint: e.url,
		Region:      kmstest.Region1,
		Now:         ec.clock.Now,
		Sleep:       ec.sleeps.Sleep,
		Rand:        func() float64 { return 0.5 },
	}
	if mod != nil {
		mod(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(c.Close)
	ec.Client = c
	return ec
}

// createKey makes a CMK in the emulator's store.
func (e *emu) createKey(t *testing.T, region, account string) kms.KeyARN {
	t.Helper()
	meta, err := e.keys.CreateKey(context.Background(), region, account, "e2e")
	if err != nil {
		t.Fatalf("CreateKey: %v", err)
	}
	return mustKey(t, meta.Arn)
}

// assumeDirectly calls STS AssumeRole through the SDK alone, for tests
// that need temporary credentials as the caller's own.
func (e *emu) assumeDirectly(t *testing.T, role kms.RoleARN, seconds int) kms.Credentials {
	t.Helper()
	c, err := sts.NewClientWithAccessKey(kmstest.Region1, e.setup.Caller.AccessKeyID, e.setup.Caller.AccessKeySecret)
	if err != nil {
		t.Fatal(err)
	}
	req := sts.CreateAssumeRoleRequest()
	req.Domain = strings.TrimPrefix(e.url, "http://")
	req.Scheme = "http"
	req.RoleArn = role.String()
	req.RoleSessionName = "e2e-direct"
	req.DurationSeconds = requests.NewInteger(seconds)
	resp, err := c.AssumeRole(req)
	if err != nil {
		t.Fatalf("AssumeRole %s: %v", role, err)
	}
	cr, err := stsCredentials(resp, role.String())
	if err != nil {
		t.Fatal(err)
	}
	return cr
}

// checkNoSecrets fails if text holds any of secrets.
func checkNoSecrets(t *testing.T, text string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && strings.Contains(text, s) {
			t.Errorf("error text holds a secret: %s", text)
		}
	}
}
