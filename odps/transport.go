package odps

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/mcsql/mcsql/odps/sign"
)

// call is one logical request; do sends it, retrying as RetryPolicy says.
type call struct {
	method     string
	base       *url.URL // nil: the endpoint; else the tunnel's
	resource   string   // e.g. /projects/p/instances/id
	query      url.Values
	header     http.Header
	body       []byte
	idempotent bool
	// stream leaves the response body to the caller (a tunnel download):
	// no RequestTimeout, no buffering.
	stream bool
}

// maxBody bounds a buffered (non-stream) response: the result of a task is
// at most 10 MB, XML around it included.
const maxBody = 64 << 20

// do sends cl until it gets a 2xx answer, a final error, or the retry
// budget is spent. The returned response's Body must be closed; for a
// non-stream call it is already read into memory.
func (c *Client) do(ctx context.Context, cl call) (*http.Response, error) {
	var waited time.Duration
	for attempt := 1; ; attempt++ {
		resp, retryAfter, err := c.attempt(ctx, cl)
		if err == nil {
			return resp, nil
		}
		countAttempts(err, attempt)
		if ctx.Err() != nil {
			return nil, contextError(ctx, cl)
		}
		if !retryable(err, cl.idempotent) || attempt >= c.cfg.Retry.MaxAttempts || c.unreachable(err, attempt) {
			return nil, err
		}
		d := c.cfg.Retry.backoff(attempt, retryAfter, c.cfg.Now())
		if waited+d > c.cfg.Retry.MaxWait {
			return nil, err
		}
		waited += d
		if c.cfg.Sleep(ctx, d) != nil {
			return nil, contextError(ctx, cl)
		}
	}
}

// unreachableAttempts is how many times a connection that cannot be made
// (refused, no route, unknown host) is tried before the client has had
// any answer: a wrong --endpoint or a server that is not running fails in
// about a second and a half, not after the whole retry budget (which took
// 139 s). Once the endpoint has answered, such failures are passing faults
// of a long run and get the full budget, so that a poll of a running
// script does not give up on a short network outage.
const unreachableAttempts = 4

// unreachable reports whether err, at this attempt, says the endpoint
// cannot be reached and the client should stop trying.
func (c *Client) unreachable(err error, attempt int) bool {
	if c.answered.Load() || attempt < unreachableAttempts {
		return false
	}
	var op *net.OpError
	var dns *net.DNSError
	return errors.As(err, &dns) || errors.As(err, &op) && op.Op == "dial"
}

// countAttempts records in err how many tries it took.
func countAttempts(err error, n int) {
	var herr *Error
	var terr *transportError
	if errors.As(err, &herr) {
		herr.Attempts = n
	} else if errors.As(err, &terr) {
		terr.attempts = n
	}
}

// contextError says which request a cancelled or expired context stopped.
func contextError(ctx context.Context, cl call) error {
	return fmt.Errorf("%s %s: %w", cl.method, cl.resource, context.Cause(ctx))
}

// transportError is a request that got no complete answer.
type transportError struct {
	method, resource string
	// sent: the request was written completely, so the server may have
	// acted on it.
	sent     bool
	err      error
	attempts int
}

func (e *transportError) Error() string {
	msg := fmt.Sprintf("cannot reach MaxCompute (%s %s): %v", e.method, e.resource, e.err)
	if e.attempts > 1 {
		msg += fmt.Sprintf(" (gave up after %d attempts)", e.attempts)
	}
	if e.sent && e.method == http.MethodPost {
		msg += "; the request was sent before the connection broke, so it is not repeated (a submitted script may be running: list the project's instances)"
	}
	return msg
}

func (e *transportError) Unwrap() error { return e.err }

// retryable: HTTP answers per retryableStatus; a dropped connection when
// the request is idempotent (GET, PUT, the tunnel's POST) or provably never
// reached the server (it was not completely written).
func retryable(err error, idempotent bool) bool {
	var herr *Error
	if errors.As(err, &herr) {
		return retryableStatus(herr.Status, idempotent)
	}
	var terr *transportError
	if errors.As(err, &terr) {
		return idempotent || !terr.sent
	}
	return false
}

// attempt sends cl once. It returns the answer's Retry-After with an error.
func (c *Client) attempt(ctx context.Context, cl call) (*http.Response, string, error) {
	var guard *stallGuard
	if cl.stream {
		ctx, guard = newStallGuard(ctx, c.cfg.StallTimeout)
	} else {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.cfg.RequestTimeout)
		defer cancel()
	}
	var sent atomic.Bool
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest: func(i httptrace.WroteRequestInfo) { sent.Store(i.Err == nil) },
	})
	req, err := c.newRequest(ctx, cl)
	if err != nil {
		return nil, "", err
	}
	entry := c.rec.start(req, cl.body)
	resp, err := c.http.Do(req)
	if err != nil {
		guard.stop()
		entry.fail(err)
		return nil, "", &transportError{method: cl.method, resource: cl.resource, sent: sent.Load(), err: err}
	}
	c.answered.Store(true)
	if resp.StatusCode/100 == 2 && cl.stream {
		resp.Body = guard.wrap(entry.stream(resp))
		return resp, "", nil
	}
	defer guard.stop()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	resp.Body.Close()
	entry.finish(resp, body, err)
	if err != nil {
		return nil, "", &transportError{method: cl.method, resource: cl.resource, sent: true, err: err}
	}
	if resp.StatusCode/100 != 2 {
		return nil, resp.Header.Get("Retry-After"), parseError(resp.StatusCode, resp.Header, body)
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	return resp, "", nil
}

// newRequest builds and signs one try of cl.
func (c *Client) newRequest(ctx context.Context, cl call) (*http.Request, error) {
	base := cl.base
	if base == nil {
		base = c.endpoint
	}
	q := url.Values{}
	for k, v := range cl.query {
		q[k] = v
	}
	q.Set("curr_project", c.cfg.Project)
	u := *base
	u.Path = base.Path + cl.resource
	u.RawPath = ""
	u.RawQuery = q.Encode()
	var body io.Reader
	if cl.body != nil {
		body = bytes.NewReader(cl.body)
	}
	req, err := http.NewRequestWithContext(ctx, cl.method, u.String(), body)
	if err != nil {
		return nil, fmt.Errorf("cannot build the request %s %s: %w", cl.method, cl.resource, err)
	}
	for k, v := range cl.header {
		req.Header[k] = v
	}
	req.Header.Set("Date", c.cfg.Now().UTC().Format(http.TimeFormat))
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("x-odps-user-agent", c.cfg.UserAgent)
	cred := c.cfg.Credentials
	if cred.SecurityToken != "" {
		req.Header.Set("authorization-sts-token", cred.SecurityToken)
	}
	if c.cfg.Region != "" {
		sign.SignV4(req, base.Path, cred.AccessKeyID, cred.AccessKeySecret, c.cfg.Region)
	} else {
		sign.SignV2(req, base.Path, cred.AccessKeyID, cred.AccessKeySecret)
	}
	return req, nil
}
