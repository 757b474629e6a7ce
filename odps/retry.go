package odps

import (
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// RetryPolicy says how a request is retried after 409, 429 and 5xx answers
// and dropped connections. The zero value is the default.
type RetryPolicy struct {
	// MaxAttempts bounds the tries of one request (0: 12).
	MaxAttempts int
	// MaxWait bounds the total time spent waiting between tries of one
	// request (0: 3 minutes, as odpscmd gives a 409).
	MaxWait time.Duration
	// MinDelay is the first backoff when the answer has no Retry-After
	// (0: 200 ms); it doubles per try, with jitter, up to MaxDelay.
	MinDelay time.Duration
	// MaxDelay caps each wait, a Retry-After included (0: 30 s).
	MaxDelay time.Duration
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = 12
	}
	if p.MaxWait <= 0 {
		p.MaxWait = 3 * time.Minute
	}
	if p.MinDelay <= 0 {
		p.MinDelay = 200 * time.Millisecond
	}
	if p.MaxDelay <= 0 {
		p.MaxDelay = 30 * time.Second
	}
	return p
}

// retryableStatus reports whether an answer with this status may be retried.
// A non-idempotent request (the submit) is retried only on answers that say
// the server did not act on it: 409 (conflict, "retry later"), 429
// (throttled) and 503 (unavailable). A 500, 502 or 504 to a submit may
// follow a created instance, so it is final: resubmitting could run the
// script twice.
func retryableStatus(status int, idempotent bool) bool {
	switch status {
	case http.StatusConflict, http.StatusTooManyRequests, http.StatusServiceUnavailable:
		return true
	}
	return idempotent && status >= 500
}

// backoff is the wait before try n+1 (n ≥ 1): Retry-After when the answer
// has one, else MinDelay·2^(n-1) with ±20% jitter; capped by MaxDelay.
func (p RetryPolicy) backoff(n int, retryAfter string, now time.Time) time.Duration {
	d, ok := parseRetryAfter(retryAfter, now)
	if !ok {
		d = p.MinDelay << min(n-1, 20)
		d += time.Duration((rand.Float64()*0.4 - 0.2) * float64(d))
	}
	return max(0, min(d, p.MaxDelay))
}

// parseRetryAfter reads Retry-After as delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		return time.Duration(min(secs, 1<<30)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(0, t.Sub(now)), true
	}
	return 0, false
}
