package main

import (
	"fmt"
	"io"

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
}

// fromEnv fills options left empty on the command line from the environment.
func (o *kmsOptions) fromEnv(getenv func(string) string) {
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
		return aliyun.New(aliyun.Config{
			Getenv: d.getenv, Region: o.region, KMSEndpoint: o.endpoint, STSEndpoint: o.stsEndpoint, Now: d.now,
		})
	}
	return nil, fmt.Errorf("unknown KMS %q: use --kms local (the embedded default) or --kms aliyun", o.backend)
}
