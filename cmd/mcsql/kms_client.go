package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/aliyun"
	"github.com/mcsql/mcsql/kms/local"
	"github.com/mcsql/mcsql/kms/policy"
)

// kmsOptions choose the KMS behind the wrapped-keyset functions. Each flag
// has an environment variable, so a team can point every script at the
// same KMS without repeating flags.
type kmsOptions struct {
	backend     string // "local" (default) or "aliyun"; MCSQL_KMS
	policy      string // local only: a policy file; MCSQL_KMS_POLICY
	region      string // aliyun: region for Decrypt without a CMK ARN; MCSQL_KMS_REGION
	endpoint    string // aliyun: KMS endpoint override; MCSQL_KMS_ENDPOINT
	stsEndpoint string // aliyun: STS endpoint override; MCSQL_STS_ENDPOINT
	// backendEnv is set when backend came from MCSQL_KMS, so that an error
	// about it names the variable rather than a flag that was not given.
	backendEnv bool
}

// fromEnv fills options left empty on the command line from the environment.
func (o *kmsOptions) fromEnv(getenv func(string) string) {
	o.backendEnv = o.backend == "" && getenv("MCSQL_KMS") != ""
	for _, f := range []struct {
		dst *string
		env string
	}{
		{&o.backend, "MCSQL_KMS"}, {&o.policy, "MCSQL_KMS_POLICY"}, {&o.region, "MCSQL_KMS_REGION"},
		{&o.endpoint, "MCSQL_KMS_ENDPOINT"}, {&o.stsEndpoint, "MCSQL_STS_ENDPOINT"},
	} {
		if *f.dst == "" {
			*f.dst = getenv(f.env)
		}
	}
	if o.backend == "" {
		o.backend = "local"
	}
}

// newKMSClient builds the session's kms.Client. Nothing is read or
// written until a wrapped-keyset function calls it: the local key store
// file appears on first use.
func newKMSClient(o kmsOptions, home string, stderr io.Writer, d deps) (kms.Client, error) {
	switch o.backend {
	case "local":
		var pol kms.Policy = policy.AllowAll{}
		if o.policy != "" {
			p, err := policy.Load(o.policy)
			if err != nil {
				return nil, err
			}
			pol = p
		}
		store := local.NewStore(local.DefaultPath(home), local.Options{Rand: d.rand, Now: d.now, Notice: stderr})
		return local.NewClient(store, pol, local.ClientOptions{Notice: stderr}), nil
	case "aliyun":
		if o.policy != "" {
			return nil, fmt.Errorf("--kms-policy applies to the local KMS; Alibaba Cloud KMS enforces its own RAM policies")
		}
		return newAliyunKMS(aliyun.Config{
			Getenv: d.getenv, Region: o.region, KMSEndpoint: o.endpoint, STSEndpoint: o.stsEndpoint, Now: d.now,
		})
	}
	if o.backendEnv {
		return nil, fmt.Errorf("MCSQL_KMS=%q is not a KMS: set it to local (the embedded default) or aliyun, or unset it", o.backend)
	}
	return nil, fmt.Errorf("unknown KMS %q: use --kms local (the embedded default) or --kms aliyun", o.backend)
}

// newAliyunKMS checks cfg now but the caller's credentials only at the
// first KMS call, so that a script that never unwraps a keyset (select 1;)
// runs without them. A bad endpoint or region is still reported at once.
func newAliyunKMS(cfg aliyun.Config) (kms.Client, error) {
	c, err := aliyun.New(cfg)
	if err == nil {
		return c, nil
	}
	// Is the error about the credentials alone? The same config with
	// stand-in credentials tells; that client is dropped unused.
	check := cfg
	check.Getenv = func(k string) string {
		switch k {
		case aliyun.EnvAccessKeyID, aliyun.EnvAccessKeySecret:
			if v := cfg.Getenv(k); strings.TrimSpace(v) != "" {
				return v
			}
			return "stand-in"
		}
		return cfg.Getenv(k)
	}
	if _, otherErr := aliyun.New(check); otherErr != nil {
		return nil, otherErr
	}
	return &lazyKMS{build: func() (kms.Client, error) { return aliyun.New(cfg) }}, nil
}

// lazyKMS builds its client at the first call and keeps it, or the error
// building it failed with, which every call then returns.
type lazyKMS struct {
	build  func() (kms.Client, error)
	once   sync.Once
	client kms.Client
	err    error
}

func (l *lazyKMS) get() (kms.Client, error) {
	l.once.Do(func() { l.client, l.err = l.build() })
	return l.client, l.err
}

// Encrypt is the built client's Encrypt.
func (l *lazyKMS) Encrypt(ctx context.Context, roles kms.RoleChain, key kms.KeyARN, plaintext []byte) (*kms.EncryptResult, error) {
	c, err := l.get()
	if err != nil {
		return nil, err
	}
	return c.Encrypt(ctx, roles, key, plaintext)
}

// Decrypt is the built client's Decrypt.
func (l *lazyKMS) Decrypt(ctx context.Context, roles kms.RoleChain, blob string) (*kms.DecryptResult, error) {
	c, err := l.get()
	if err != nil {
		return nil, err
	}
	return c.Decrypt(ctx, roles, blob)
}
