package aliyun

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/aliyun/alibaba-cloud-sdk-go/sdk"
	"github.com/aliyun/alibaba-cloud-sdk-go/sdk/auth/credentials"
	"github.com/aliyun/alibaba-cloud-sdk-go/sdk/requests"
	"github.com/aliyun/alibaba-cloud-sdk-go/sdk/responses"

	"github.com/mcsql/mcsql/kms"
)

// call is one API action to send, with retries.
type call struct {
	action   string // for messages: "Encrypt", "AssumeRole"...
	service  endpoint
	region   string
	resource string // the CMK or role the action is about
	creds    kms.Credentials
	// extra are secrets of this call besides credentials (the plaintext),
	// redacted from errors with the credentials.
	extra []string
	// build makes a fresh request and response for every attempt, so that
	// each is signed anew with its own nonce and timestamp.
	build func() (requests.AcsRequest, responses.AcsResponse)
}

// send runs c until it succeeds, fails with an error that repeating
// cannot cure, or has used its retries.
func (cl *Client) send(ctx context.Context, c call) (responses.AcsResponse, error) {
	host := c.service.hostFor(c.region)
	to := target{service: c.service.service, url: c.service.scheme + "://" + host, hostPort: c.service.hostPort(host)}
	attempts := cl.cfg.MaxRetries + 1
	var last callError
	for n := 0; n < attempts; n++ {
		if n > 0 {
			if err := cl.cfg.Sleep(ctx, cl.backoff(n)); err != nil {
				return nil, contextError(ctx, c.action, c.resource)
			}
		}
		resp, err := cl.attempt(ctx, c, host)
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, contextError(ctx, c.action, c.resource)
		}
		last = mapError(err, c.resource, to, cl.scrubber(c.creds, c.extra))
		// Which service and action failed, so that callers do not report
		// an STS or network failure as a KMS refusal.
		last.err.Service, last.err.Action = c.service.service, c.action
		if !last.retryable {
			return nil, last.err
		}
	}
	if attempts > 1 {
		last.err.Message += fmt.Sprintf(" (gave up after %d attempts)", attempts)
	}
	return nil, last.err
}

// backoff is the wait before retry n (1-based): the delay doubles from
// RetryBaseDelay up to RetryMaxDelay, and the wait is its first half plus
// a random part of the second, so that clients throttled together do not
// come back together.
func (cl *Client) backoff(n int) time.Duration {
	d := cl.cfg.RetryBaseDelay
	for i := 1; i < n && d < cl.cfg.RetryMaxDelay; i++ {
		d *= 2
	}
	d = min(d, cl.cfg.RetryMaxDelay)
	half := d / 2
	return half + time.Duration(cl.cfg.Rand()*float64(d-half))
}

// attempt sends one request. The SDK takes no context, so the context
// (with the read timeout) travels through the transport.
func (cl *Client) attempt(ctx context.Context, c call, host string) (responses.AcsResponse, error) {
	actx, cancel := context.WithTimeout(ctx, cl.cfg.ReadTimeout)
	defer cancel() // the SDK has read and closed the body when DoAction returns
	req, resp := c.build()
	req.SetDomain(host)
	req.SetScheme(c.service.scheme)
	req.SetReadTimeout(cl.cfg.ReadTimeout)
	req.SetConnectTimeout(cl.cfg.ConnectTimeout)
	sc, err := cl.sdkClient(actx, c.region, c.creds)
	if err != nil {
		return nil, err
	}
	return resp, sc.DoAction(req, resp)
}

// sdkClient returns an SDK client for one request. The SDK client mutates
// its http.Client on every request (timeouts), so one shared client would
// race; a client per request shares only the transport, which is safe.
func (cl *Client) sdkClient(ctx context.Context, region string, creds kms.Credentials) (*sdk.Client, error) {
	config := sdk.NewConfig()
	config.AutoRetry = false // send retries, with backoff the SDK lacks
	config.UserAgent = "mcsql"
	config.Transport = ctxTransport{ctx: ctx, next: cl.transport}
	var provider credentials.CredentialsProvider
	if creds.SecurityToken != "" {
		provider = credentials.NewStaticSTSCredentialsProvider(creds.AccessKeyID, creds.AccessKeySecret, creds.SecurityToken)
	} else {
		provider = credentials.NewStaticAKCredentialsProvider(creds.AccessKeyID, creds.AccessKeySecret)
	}
	sc, err := sdk.NewClientWithOptions(region, config, provider)
	if err != nil {
		return nil, err
	}
	sc.SetCloseTrace(true)
	return sc, nil
}

// ctxTransport sends requests under ctx. It is not an *http.Transport on
// purpose: the SDK would otherwise overwrite its dialer and TLS settings.
type ctxTransport struct {
	ctx  context.Context
	next http.RoundTripper
}

// RoundTrip implements http.RoundTripper.
func (t ctxTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return t.next.RoundTrip(r.WithContext(t.ctx))
}

// newTransport is the default transport: connect timeout on dialing and
// the TLS handshake, proxies from the environment, kept-alive connections.
func newTransport(connectTimeout time.Duration) *http.Transport {
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: connectTimeout, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   connectTimeout,
		ForceAttemptHTTP2:     true,
		MaxIdleConnsPerHost:   8,
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
}
