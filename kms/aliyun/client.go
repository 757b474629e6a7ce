// Package aliyun is the Alibaba Cloud KMS backend of mcsql: a kms.Client
// over the official SDK (github.com/aliyun/alibaba-cloud-sdk-go, services
// kms and sts). Every call assumes the role chain through STS AssumeRole,
// the first role with the caller's credentials from the environment and
// each next one with the previous role's, then calls KMS Encrypt or
// Decrypt with the last credentials, in the region of the CMK. Temporary
// credentials are cached until shortly before they expire; throttling,
// 5xx answers and network errors are retried with backoff; every error is
// a *kms.Error naming the CMK or role, the service (KMS or STS) and the
// action that failed, and never a secret; a network error names the
// host:port it could not reach and says that nothing was refused. See
// kms.md.
//
// Decrypt's CiphertextBlob names its CMK but not its region: callers put
// the region in the context with kms.WithRegion, else Config.Region is
// used.
//
// The SDK's own debug output (environment variable DEBUG=sdk) prints
// request URLs, which carry the security token and the plaintext; it is
// the SDK's, outside this package's control, and must stay off in shared
// logs.
package aliyun

import (
	"context"
	"encoding/base64"
	"fmt"
	"net/http"
	"regexp"
	"unicode/utf8"

	"github.com/aliyun/alibaba-cloud-sdk-go/sdk/requests"
	"github.com/aliyun/alibaba-cloud-sdk-go/sdk/responses"
	sdkkms "github.com/aliyun/alibaba-cloud-sdk-go/services/kms"

	"github.com/mcsql/mcsql/kms"
)

// MaxPlaintext is the most KMS Encrypt accepts, in bytes.
const MaxPlaintext = 6144

// Client is a kms.Client over Alibaba Cloud KMS and STS. It is safe for
// concurrent use. It holds the caller's secret, so String hides it.
type Client struct {
	cfg         Config
	caller      kms.Credentials
	sessionName string
	kms, sts    endpoint
	transport   http.RoundTripper
	cache       *credCache
}

var _ kms.Client = (*Client)(nil)

// New returns a Client configured by cfg, with the caller's credentials
// read from the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID,
// ALIBABA_CLOUD_ACCESS_KEY_SECRET and, optionally,
// ALIBABA_CLOUD_SECURITY_TOKEN.
func New(cfg Config) (*Client, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	caller, err := callerCredentials(cfg.Getenv)
	if err != nil {
		return nil, err
	}
	kmsEP, err := parseEndpoint("kms", cfg.KMSEndpoint, DefaultKMSEndpoint, cfg.Scheme)
	if err != nil {
		return nil, err
	}
	stsEP, err := parseEndpoint("sts", cfg.STSEndpoint, DefaultSTSEndpoint, cfg.Scheme)
	if err != nil {
		return nil, err
	}
	c := &Client{cfg: cfg, caller: caller, kms: kmsEP, sts: stsEP, transport: cfg.Transport, cache: newCredCache()}
	c.sessionName = cfg.SessionName
	if c.sessionName == "" {
		c.sessionName = defaultSessionName(caller.AccessKeyID)
	}
	if c.transport == nil {
		c.transport = newTransport(cfg.ConnectTimeout)
	}
	return c, nil
}

// String names the client by its access key id and endpoints only.
func (c *Client) String() string {
	who := "access key " + c.caller.AccessKeyID
	if c.caller.SecurityToken != "" {
		who += " with a security token"
	}
	return fmt.Sprintf("aliyun kms client (%s; kms %s://%s, sts %s://%s)",
		who, c.kms.scheme, c.kms.host, c.sts.scheme, c.sts.host)
}

// GoString keeps the secret out of %#v too.
func (c *Client) GoString() string { return c.String() }

// Close releases idle connections of the default transport.
func (c *Client) Close() {
	if t, ok := c.transport.(interface{ CloseIdleConnections() }); ok {
		t.CloseIdleConnections()
	}
}

// Encrypt implements kms.Client: KMS Encrypt in the CMK's region, with
// KeyId set to the whole ARN, which the service accepts and requires
// when the CMK belongs to another account than the role's.
func (c *Client) Encrypt(ctx context.Context, roles kms.RoleChain, key kms.KeyARN, plaintext []byte) (*kms.EncryptResult, error) {
	arn := key.String()
	if err := checkPlaintext(arn, plaintext); err != nil {
		return nil, err
	}
	var out *kms.EncryptResult
	secrets := []string{string(plaintext)}
	err := c.withRoles(ctx, roles, key.Region, secrets, func(creds kms.Credentials) error {
		resp, err := c.send(ctx, call{
			action: "Encrypt", service: c.kms, region: key.Region, resource: arn, creds: creds,
			extra: secrets,
			build: func() (requests.AcsRequest, responses.AcsResponse) {
				req := sdkkms.CreateEncryptRequest()
				req.KeyId = arn
				req.Plaintext = string(plaintext)
				return req, sdkkms.CreateEncryptResponse()
			},
		})
		if err != nil {
			return err
		}
		r := resp.(*sdkkms.EncryptResponse)
		if r.CiphertextBlob == "" {
			return &kms.Error{Code: CodeUnexpectedResponse, Resource: arn, RequestID: r.RequestId,
				Service: kms.ServiceKMS, Action: "Encrypt", Message: "Encrypt answered no CiphertextBlob"}
		}
		out = &kms.EncryptResult{CiphertextBlob: r.CiphertextBlob, KeyID: r.KeyId, KeyVersionID: r.KeyVersionId, RequestID: r.RequestId}
		return nil
	})
	return out, err
}

// Decrypt implements kms.Client: KMS Decrypt in the region of the context
// (kms.WithRegion), else Config.Region. Errors name the CMK id that the
// blob's header carries.
func (c *Client) Decrypt(ctx context.Context, roles kms.RoleChain, blob string) (*kms.DecryptResult, error) {
	resource := blobResource(blob)
	region := kms.RegionFrom(ctx)
	if region == "" {
		region = c.cfg.Region
	}
	if !regionRE.MatchString(region) {
		return nil, kms.Errorf(kms.CodeMissingParameter, resource,
			"no region to send Decrypt to: the caller gives none and the aliyun backend has no default region configured")
	}
	var out *kms.DecryptResult
	err := c.withRoles(ctx, roles, region, nil, func(creds kms.Credentials) error {
		resp, err := c.send(ctx, call{
			action: "Decrypt", service: c.kms, region: region, resource: resource, creds: creds,
			build: func() (requests.AcsRequest, responses.AcsResponse) {
				req := sdkkms.CreateDecryptRequest()
				req.CiphertextBlob = blob
				return req, sdkkms.CreateDecryptResponse()
			},
		})
		if err != nil {
			return err
		}
		r := resp.(*sdkkms.DecryptResponse)
		out = &kms.DecryptResult{Plaintext: []byte(r.Plaintext), KeyID: r.KeyId, KeyVersionID: r.KeyVersionId, RequestID: r.RequestId}
		return nil
	})
	return out, err
}

// withRoles runs fn with the credentials of roles; extra are the call's
// secrets, kept out of errors of the role chain too. When the service
// rejects cached temporary credentials (revoked, or expired early by a
// clock that disagrees with ours), it forgets them and tries once more
// with fresh ones.
func (c *Client) withRoles(ctx context.Context, roles kms.RoleChain, region string, extra []string, fn func(kms.Credentials) error) error {
	creds, cached, err := c.chainCredentials(ctx, roles, region, extra)
	if err == nil {
		err = fn(creds)
	}
	if err == nil || !cached || !tokenRejected(err) {
		return err
	}
	c.cache.forget(roles)
	creds, _, err = c.chainCredentials(ctx, roles, region, extra)
	if err != nil {
		return err
	}
	return fn(creds)
}

// scrubber redacts every secret the client holds (the caller's, the
// cached temporary credentials, those of creds) and extra.
func (c *Client) scrubber(creds kms.Credentials, extra []string) *scrubber {
	secrets := append([]string{c.caller.AccessKeySecret, c.caller.SecurityToken, creds.AccessKeySecret, creds.SecurityToken}, extra...)
	return newScrubber(append(secrets, c.cache.secrets()...)...)
}

// checkPlaintext applies the service's limits before any request: KMS
// Encrypt takes text, at most 6 KB.
func checkPlaintext(arn string, p []byte) error {
	switch {
	case len(p) == 0:
		return kms.Errorf(kms.CodeMissingParameter, arn, "the plaintext to encrypt is empty")
	case len(p) > MaxPlaintext:
		return kms.Errorf(kms.CodeInvalidParameter, arn, "the plaintext is %d bytes; KMS Encrypt takes at most %d", len(p), MaxPlaintext)
	case !utf8.Valid(p):
		return kms.Errorf(kms.CodeInvalidParameter, arn, "the plaintext is not UTF-8 text, which KMS Encrypt requires (encode binary data as Base64)")
	}
	return nil
}

var blobKeyRE = regexp.MustCompile(`^key-[a-z0-9]{21}`)

// blobResource names the CMK a CiphertextBlob was made with, from its
// header (kms.md), for error messages.
func blobResource(blob string) string {
	raw, err := base64.StdEncoding.DecodeString(blob)
	if err == nil {
		if id := blobKeyRE.Find(raw); id != nil {
			return "CMK " + string(id)
		}
	}
	return "the CiphertextBlob"
}
