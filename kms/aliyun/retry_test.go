package aliyun

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms"
)

func TestRetries(t *testing.T) {
	throttled := answer{400, map[string]string{"Code": "Throttling", "Message": "Request was denied due to request throttling.", "RequestId": "r-thr"}}
	tests := []struct {
		name       string
		action     string // which action fails
		fail       answer
		failures   int // how many first calls of action fail; -1 for all
		maxRetries int
		wantCalls  int
		wantSleeps []time.Duration
		wantErr    string
	}{
		{"throttled twice", "Encrypt", throttled, 2, 0, 3, []time.Duration{150 * time.Millisecond, 300 * time.Millisecond}, ""},
		{"throttling.user", "Encrypt", answer{400, map[string]string{"Code": "Throttling.User", "Message": "slow down"}}, 1, 0, 2,
			[]time.Duration{150 * time.Millisecond}, ""},
		{"503 page", "Encrypt", answer{503, "<html>busy</html>"}, 1, 0, 2, []time.Duration{150 * time.Millisecond}, ""},
		{"internal failure", "Decrypt", answer{500, map[string]string{"Code": "InternalFailure", "Message": "oops"}}, 1, 0, 2,
			[]time.Duration{150 * time.Millisecond}, ""},
		{"assume role throttled", "AssumeRole", throttled, 1, 0, 2, []time.Duration{150 * time.Millisecond}, ""},
		{"gives up", "Encrypt", throttled, -1, 2, 3, []time.Duration{150 * time.Millisecond, 300 * time.Millisecond},
			"Throttling for " + testKeyARN + ": Request was denied due to request throttling. (gave up after 3 attempts) (RequestId r-thr)"},
		{"retries disabled", "Encrypt", throttled, -1, -1, 1, nil,
			"Throttling for " + testKeyARN + ": Request was denied due to request throttling. (RequestId r-thr)"},
		{"no retry on forbidden", "Encrypt", answer{403, map[string]string{"Code": "Forbidden.NoPermission", "Message": "no grant", "RequestId": "r1"}},
			-1, 0, 1, nil, "Forbidden.NoPermission for " + testKeyARN + ": no grant (RequestId r1)"},
		{"no retry on disabled key", "Encrypt", answer{409, map[string]string{"Code": "Rejected.Disabled", "Message": "key is disabled"}},
			-1, 0, 1, nil, "Rejected.Disabled for " + testKeyARN + ": key is disabled"},
		{"no retry on a refused trust", "AssumeRole", answer{403, map[string]string{"Code": "NoPermission", "Message": "not trusted"}},
			-1, 0, 1, nil, "Forbidden.NoPermission for " + testRoleA + ": not trusted (service code NoPermission); to fix: role " + testRoleA +
				" must exist and its trust policy must allow access key " + callerID + " to assume it, and access key " + callerID +
				" needs the RAM permission sts:AssumeRole on the role"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(c *Config) { c.MaxRetries = tt.maxRetries; c.Region = "cn-hangzhou" })
			h.fake.setOverride(func(p url.Values, n int) (answer, bool) {
				return tt.fail, p.Get("Action") == tt.action && (tt.failures < 0 || n <= tt.failures)
			})
			ctx, roles := context.Background(), mustChain(t, testRoleA, "")
			var err error
			if tt.action == "Decrypt" {
				_, err = h.c.Decrypt(ctx, roles, "QUJD")
			} else {
				_, err = h.c.Encrypt(ctx, roles, mustKey(t, testKeyARN), []byte("a"))
			}
			if got := errText(err); got != tt.wantErr {
				t.Errorf("error = %q, want %q", got, tt.wantErr)
			}
			if got := h.fake.count(tt.action); got != tt.wantCalls {
				t.Errorf("%d %s calls, want %d", got, tt.action, tt.wantCalls)
			}
			if got := h.sleeps.all(); !reflect.DeepEqual(got, tt.wantSleeps) {
				t.Errorf("slept %v, want %v", got, tt.wantSleeps)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	tests := []struct {
		rand float64
		want []time.Duration // retries 1..6
	}{
		{0, []time.Duration{100, 200, 400, 500, 500, 500}},
		{0.5, []time.Duration{150, 300, 600, 750, 750, 750}},
		{0.999, []time.Duration{199, 399, 799, 999, 999, 999}},
	}
	for _, tt := range tests {
		c := &Client{cfg: Config{RetryBaseDelay: 200 * time.Millisecond, RetryMaxDelay: time.Second, Rand: func() float64 { return tt.rand }}}
		for i, w := range tt.want {
			n := i + 1
			t.Run("", func(t *testing.T) {
				got := c.backoff(n).Truncate(time.Millisecond)
				if want := w * time.Millisecond; got != want {
					t.Errorf("rand %v: backoff(%d) = %v, want %v", tt.rand, n, got, want)
				}
			})
		}
	}
}

// flakyTransport fails the first fails requests (of action, when set) as
// a broken network does, then passes them on.
type flakyTransport struct {
	mu     sync.Mutex
	fails  int    // -1: always
	action string // when set, only requests of this action fail
	calls  int
	next   http.RoundTripper
}

var errReset = errors.New("read tcp 127.0.0.1:1->127.0.0.1:2: connection reset by peer")

func (f *flakyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if f.action != "" && r.URL.Query().Get("Action") != f.action {
		return f.next.RoundTrip(r)
	}
	f.mu.Lock()
	f.calls++
	fail := f.fails < 0 || f.calls <= f.fails
	f.mu.Unlock()
	if fail {
		return nil, errReset
	}
	return f.next.RoundTrip(r)
}

func TestNetworkErrors(t *testing.T) {
	tests := []struct {
		name      string
		fails     int
		wantCalls int
		wantErr   string // {url} is the fake's URL
	}{
		{"retried", 2, 4, ""},
		{"gives up", -1, 4, "NetworkError for " + testRoleA + ": could not reach STS at {host}: nothing was refused by STS or KMS (KMS was not called): " +
			errReset.Error() + " (gave up after 4 attempts)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ft := &flakyTransport{fails: tt.fails, next: http.DefaultTransport}
			h := newHarness(t, func(c *Config) { c.Transport = ft })
			_, err := h.c.Encrypt(context.Background(), mustChain(t, testRoleA, ""), mustKey(t, testKeyARN), []byte("a"))
			want := tt.wantErr
			if want != "" {
				want = strings.ReplaceAll(want, "{host}", strings.TrimPrefix(h.fake.srv.URL, "http://"))
			}
			if got := errText(err); got != want {
				t.Errorf("error = %q, want %q", got, want)
			}
			if ft.calls != tt.wantCalls {
				t.Errorf("%d requests tried, want %d", ft.calls, tt.wantCalls)
			}
		})
	}
}

func TestReadTimeoutIsRetried(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.ReadTimeout = 250 * time.Millisecond })
	block := make(chan struct{})
	defer close(block)
	h.fake.setOverride(func(p url.Values, n int) (answer, bool) {
		if p.Get("Action") == "Encrypt" && n == 1 {
			select {
			case <-block:
			case <-time.After(2 * time.Second):
			}
		}
		return answer{}, false
	})
	res, err := h.c.Encrypt(context.Background(), nil, mustKey(t, testKeyARN), []byte("a"))
	if err != nil {
		t.Fatalf("Encrypt: %v", err)
	}
	if res.RequestID != "kms-req-2" {
		t.Errorf("answered by %s, want the retry kms-req-2", res.RequestID)
	}
	if got := h.sleeps.all(); !reflect.DeepEqual(got, []time.Duration{150 * time.Millisecond}) {
		t.Errorf("slept %v, want [150ms]", got)
	}
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := newHarness(t, func(c *Config) {
		c.Sleep = func(ctx context.Context, d time.Duration) error { cancel(); return ctx.Err() }
	})
	h.fake.setOverride(func(p url.Values, n int) (answer, bool) {
		return answer{400, map[string]string{"Code": "Throttling"}}, true
	})
	_, err := h.c.Encrypt(ctx, nil, mustKey(t, testKeyARN), []byte("a"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
	if want := "aliyun kms: Encrypt for " + testKeyARN + " abandoned: context canceled"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if kms.CodeOf(err) != "" {
		t.Errorf("code %q, want none", kms.CodeOf(err))
	}
	if got := h.fake.count("Encrypt"); got != 1 {
		t.Errorf("%d Encrypt, want 1", got)
	}
}
