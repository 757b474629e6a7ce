package aliyun

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// Environment variables holding the caller's credentials, as every
// Alibaba Cloud SDK and CLI reads them.
const (
	EnvAccessKeyID     = "ALIBABA_CLOUD_ACCESS_KEY_ID"
	EnvAccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
	EnvSecurityToken   = "ALIBABA_CLOUD_SECURITY_TOKEN"
)

// Defaults of Config.
const (
	DefaultKMSEndpoint     = "kms.{region}.aliyuncs.com"
	DefaultSTSEndpoint     = "sts.aliyuncs.com"
	DefaultScheme          = "https"
	DefaultConnectTimeout  = 5 * time.Second
	DefaultReadTimeout     = 10 * time.Second
	DefaultMaxRetries      = 3
	DefaultRetryBaseDelay  = 200 * time.Millisecond
	DefaultRetryMaxDelay   = 5 * time.Second
	DefaultDurationSeconds = 3600
	DefaultRefreshBefore   = 5 * time.Minute
)

// Config configures a Client. The zero value talks to the real Alibaba
// Cloud endpoints over HTTPS with the credentials of the environment.
type Config struct {
	// Getenv reads the credential variables; nil means os.Getenv. Tests
	// inject it so they never depend on the real environment.
	Getenv func(string) string
	// Region is where Decrypt goes when its context carries no region
	// (kms.WithRegion). Encrypt always uses the region of the CMK ARN.
	Region string
	// KMSEndpoint and STSEndpoint are "host[:port]" or
	// "http(s)://host[:port]"; "{region}" is replaced by the call's region.
	// A scheme here overrides Scheme for that service.
	KMSEndpoint string
	STSEndpoint string
	// Scheme is "https" (default) or "http".
	Scheme string
	// ConnectTimeout bounds dialing (and the TLS handshake); ReadTimeout
	// bounds a whole request once connected.
	ConnectTimeout time.Duration
	ReadTimeout    time.Duration
	// MaxRetries is how many times a call refused with Throttling, a 5xx
	// status or a network error is repeated; -1 means never.
	MaxRetries int
	// RetryBaseDelay doubles on every retry up to RetryMaxDelay; the wait
	// is half of that plus a random part of the other half.
	RetryBaseDelay time.Duration
	RetryMaxDelay  time.Duration
	// DurationSeconds is the lifetime asked of STS AssumeRole (900-43200).
	DurationSeconds int
	// RefreshBefore is how long before their Expiration cached temporary
	// credentials are replaced.
	RefreshBefore time.Duration
	// SessionName is AssumeRole's RoleSessionName; by default "mcsql-"
	// followed by a digest of the caller's access key id, stable across
	// runs so that audit logs group mcsql's sessions.
	SessionName string
	// Now, Sleep and Rand are the clock, the wait between retries and the
	// jitter source (a number in [0,1)); nil means the real ones.
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
	Rand  func() float64
	// Transport carries the HTTP requests; nil means one built from the
	// timeouts. It must honour the request's context.
	Transport http.RoundTripper
}

var sessionNameRE = regexp.MustCompile(`^[A-Za-z0-9.@_-]{2,64}$`)

// withDefaults validates c and fills in its zero fields.
func (c Config) withDefaults() (Config, error) {
	if c.Getenv == nil {
		c.Getenv = os.Getenv
	}
	if c.Scheme == "" {
		c.Scheme = DefaultScheme
	}
	c.Scheme = strings.ToLower(c.Scheme)
	if c.Scheme != "http" && c.Scheme != "https" {
		return c, fmt.Errorf("aliyun kms: scheme %q is not http or https", c.Scheme)
	}
	if c.Region != "" && !regionRE.MatchString(c.Region) {
		return c, fmt.Errorf("aliyun kms: region %q is not a region id such as cn-hangzhou", c.Region)
	}
	if err := c.durationDefaults(); err != nil {
		return c, err
	}
	if c.MaxRetries < -1 {
		return c, fmt.Errorf("aliyun kms: max retries %d is below -1", c.MaxRetries)
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = DefaultMaxRetries
	} else if c.MaxRetries == -1 {
		c.MaxRetries = 0
	}
	if c.DurationSeconds == 0 {
		c.DurationSeconds = DefaultDurationSeconds
	}
	if c.DurationSeconds < 900 || c.DurationSeconds > 43200 {
		return c, fmt.Errorf("aliyun kms: duration %d seconds is outside 900-43200", c.DurationSeconds)
	}
	if c.SessionName != "" && !sessionNameRE.MatchString(c.SessionName) {
		return c, fmt.Errorf("aliyun kms: session name %q must be 2 to 64 letters, digits or . @ _ -", c.SessionName)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Sleep == nil {
		c.Sleep = sleep
	}
	if c.Rand == nil {
		c.Rand = rand.Float64
	}
	return c, nil
}

// durationDefaults checks and defaults the timeouts and delays.
func (c *Config) durationDefaults() error {
	fields := []struct {
		name string
		v    *time.Duration
		def  time.Duration
	}{
		{"connect timeout", &c.ConnectTimeout, DefaultConnectTimeout},
		{"read timeout", &c.ReadTimeout, DefaultReadTimeout},
		{"retry base delay", &c.RetryBaseDelay, DefaultRetryBaseDelay},
		{"retry max delay", &c.RetryMaxDelay, DefaultRetryMaxDelay},
		{"refresh before", &c.RefreshBefore, DefaultRefreshBefore},
	}
	for _, f := range fields {
		if *f.v < 0 {
			return fmt.Errorf("aliyun kms: %s %s is negative", f.name, *f.v)
		}
		if *f.v == 0 {
			*f.v = f.def
		}
	}
	return nil
}

var regionRE = regexp.MustCompile(`^[a-z0-9-]+$`)

// endpoint is where one service is reached.
type endpoint struct {
	service string // kms.ServiceKMS or kms.ServiceSTS, for messages
	scheme  string
	host    string // may contain {region}
}

// parseEndpoint reads "host[:port]" or "scheme://host[:port]" (with an
// optional trailing slash). It does not use url.Parse, which refuses the
// {region} placeholder in a host.
func parseEndpoint(service, s, def, scheme string) (endpoint, error) {
	name := strings.ToUpper(service)
	if s == "" {
		return endpoint{service: name, scheme: scheme, host: def}, nil
	}
	host := s
	if before, after, ok := strings.Cut(s, "://"); ok {
		scheme = strings.ToLower(before)
		if scheme != "http" && scheme != "https" {
			return endpoint{}, fmt.Errorf("aliyun kms: %s endpoint %q: scheme is not http or https", service, s)
		}
		host = strings.TrimSuffix(after, "/")
	}
	if host == "" || strings.ContainsAny(host, "/?#@ \t") {
		return endpoint{}, fmt.Errorf("aliyun kms: %s endpoint %q is not host[:port] or http(s)://host[:port]", service, s)
	}
	return endpoint{service: name, scheme: scheme, host: host}, nil
}

// hostFor returns the host for region.
func (e endpoint) hostFor(region string) string {
	return strings.ReplaceAll(e.host, "{region}", region)
}

// hostPort returns host with the port the scheme implies when it names
// none, so that a network error says exactly what could not be reached.
func (e endpoint) hostPort(host string) string {
	if _, _, err := net.SplitHostPort(host); err == nil {
		return host
	}
	port := "443"
	if e.scheme == "http" {
		port = "80"
	}
	return net.JoinHostPort(strings.Trim(host, "[]"), port)
}

// callerCredentials reads the caller's access key from the environment.
func callerCredentials(getenv func(string) string) (kms.Credentials, error) {
	id := strings.TrimSpace(getenv(EnvAccessKeyID))
	if id == "" {
		return kms.Credentials{}, fmt.Errorf("aliyun kms: environment variable %s is not set (the caller's access key id)", EnvAccessKeyID)
	}
	secret := strings.TrimSpace(getenv(EnvAccessKeySecret))
	if secret == "" {
		return kms.Credentials{}, fmt.Errorf("aliyun kms: environment variable %s is not set (the secret of access key %s)", EnvAccessKeySecret, id)
	}
	return kms.Credentials{
		AccessKeyID:     id,
		AccessKeySecret: secret,
		SecurityToken:   strings.TrimSpace(getenv(EnvSecurityToken)),
	}, nil
}

// defaultSessionName is stable for one access key and reveals nothing
// about it but a digest.
func defaultSessionName(accessKeyID string) string {
	sum := sha256.Sum256([]byte(accessKeyID))
	return "mcsql-" + hex.EncodeToString(sum[:6])
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
