package odps

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"
)

// Credentials are an Alibaba Cloud access key, with an STS security token
// when the key is temporary. String masks the secrets.
type Credentials struct {
	AccessKeyID, AccessKeySecret, SecurityToken string
}

// String shows the first characters of the access key id only.
func (c Credentials) String() string {
	s := "Credentials{AccessKeyID: " + maskID(c.AccessKeyID) + ", AccessKeySecret: " + maskSecret(c.AccessKeySecret)
	if c.SecurityToken != "" {
		s += ", SecurityToken: " + maskSecret(c.SecurityToken)
	}
	return s + "}"
}

// GoString keeps %#v from printing the secrets.
func (c Credentials) GoString() string { return c.String() }

func maskID(id string) string {
	if len(id) <= 8 {
		return strings.Repeat("*", len(id))
	}
	return id[:4] + strings.Repeat("*", len(id)-4)
}

func maskSecret(s string) string {
	if s == "" {
		return `""`
	}
	return "****"
}

// Config configures a Client.
type Config struct {
	// Endpoint is the service URL, e.g.
	// https://service.cn-hangzhou.maxcompute.aliyun.com/api, or
	// http://127.0.0.1:PORT/api for `mcsql odps serve`.
	Endpoint    string
	Project     string
	Credentials Credentials
	// Region selects V4 signing when set (e.g. "cn-hangzhou"); it also
	// names the region in logview links.
	Region string
	// HTTPClient sends the requests; nil: a client with dial, TLS and
	// response-header timeouts (bodies are bounded by the contexts).
	HTTPClient *http.Client
	// UserAgent is sent as x-odps-user-agent and User-Agent ("mcsql" if empty).
	UserAgent string
	// RecordDir, when set, receives each request/response pair as a JSON
	// file with secrets redacted (MCSQL_ODPS_RECORD).
	RecordDir string
	// LogViewHost is odps_config.ini's log_view_host; empty: ask the
	// service (GET /webconsole/host).
	LogViewHost string
	// Now is the clock for the Date header and Retry-After dates (nil: time.Now).
	Now func() time.Time
	// Sleep waits between retries and polls (nil: a timer that stops when
	// ctx is done); tests inject a fast one.
	Sleep func(ctx context.Context, d time.Duration) error
	Retry RetryPolicy
	Poll  PollPolicy
	// RequestTimeout bounds each request that is not a tunnel download
	// (0: 2 minutes).
	RequestTimeout time.Duration
	// StallTimeout bounds how long a tunnel download may receive nothing
	// before it is broken off and resumed (0: 2 minutes).
	StallTimeout time.Duration
}

// PollPolicy is Wait's backoff: it starts at Initial and grows by half each
// poll up to Max.
type PollPolicy struct {
	Initial time.Duration // 0: 100 ms
	Max     time.Duration // 0: 3 s
}

const (
	defaultPollInitial    = 100 * time.Millisecond
	defaultPollMax        = 3 * time.Second
	defaultRequestTimeout = 2 * time.Minute
	defaultUserAgent      = "mcsql"
)

// Client talks to one project of one MaxCompute endpoint. It is safe for
// concurrent use.
type Client struct {
	cfg      Config
	endpoint *url.URL
	http     *http.Client
	rec      *recorder
	tunnel   tunnelCache
	// answered is set by the first HTTP answer of any kind: from then on
	// a failed connection is a passing fault worth the full retry budget
	// (see unreachable).
	answered atomic.Bool
}

// NewClient checks cfg and returns a Client.
func NewClient(cfg Config) (*Client, error) {
	u, err := url.Parse(cfg.Endpoint)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("invalid MaxCompute endpoint %q: want a URL such as https://service.cn-hangzhou.maxcompute.aliyun.com/api", cfg.Endpoint)
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawQuery, u.Fragment = "", ""
	switch {
	case cfg.Project == "":
		return nil, errors.New("no MaxCompute project: set --project or project_name in odps_config.ini")
	case cfg.Credentials.AccessKeyID == "" || cfg.Credentials.AccessKeySecret == "":
		return nil, errors.New("no MaxCompute access key: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or access_id and access_key in odps_config.ini")
	}
	fillDefaults(&cfg)
	c := &Client{cfg: cfg, endpoint: u, http: cfg.HTTPClient}
	if c.http == nil {
		c.http = defaultHTTPClient()
	}
	if cfg.RecordDir != "" {
		if c.rec, err = newRecorder(cfg.RecordDir, cfg.Credentials); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func fillDefaults(cfg *Config) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleepCtx
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = defaultUserAgent
	}
	if cfg.Poll.Initial <= 0 {
		cfg.Poll.Initial = defaultPollInitial
	}
	if cfg.Poll.Max <= 0 {
		cfg.Poll.Max = defaultPollMax
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = defaultRequestTimeout
	}
	if cfg.StallTimeout <= 0 {
		cfg.StallTimeout = defaultStallTimeout
	}
	cfg.Retry = cfg.Retry.withDefaults()
}

// defaultHTTPClient has no overall timeout (a tunnel download may take
// long); the phases that can hang without progress are bounded.
func defaultHTTPClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 60 * time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   4,
	}}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
