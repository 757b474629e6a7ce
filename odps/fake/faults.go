package fake

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Fault fails Count requests with an HTTP Status: 409 (Conflict), 429
// (TooManyRequests), 500 (InternalServerError) or 503
// (ServiceUnavailable). 409, 429 and 503 carry Retry-After.
type Fault struct {
	Status int
	Count  int
}

// faultStatuses are the statuses a Fault may have.
var faultStatuses = map[int]string{
	http.StatusConflict:            CodeConflict,
	http.StatusTooManyRequests:     CodeTooManyRequests,
	http.StatusInternalServerError: CodeInternalServerError,
	http.StatusServiceUnavailable:  CodeServiceUnavailable,
}

// ParseFault reads STATUS:COUNT (409:2), the form of `mcsql odps serve
// --fail`; a bare STATUS is one request.
func ParseFault(v string) (Fault, error) {
	status, count, hasCount := strings.Cut(v, ":")
	f := Fault{Count: 1}
	var err error
	if f.Status, err = strconv.Atoi(status); err != nil || faultStatuses[f.Status] == "" {
		return Fault{}, fmt.Errorf("invalid fault %q: the status must be 409, 429, 500 or 503, as in 429:2", v)
	}
	if hasCount {
		if f.Count, err = strconv.Atoi(count); err != nil || f.Count < 1 {
			return Fault{}, fmt.Errorf("invalid fault %q: the count after ':' must be a positive number, as in 429:2", v)
		}
	}
	return f, nil
}

// FailNext makes the next n requests (of any kind but STS) fail with
// status (409, 429, 500 or 503), after the failures already queued. n <= 0
// cancels every pending failure.
func (s *Server) FailNext(n, status int) error {
	if n > 0 && faultStatuses[status] == "" {
		return fmt.Errorf("fake: cannot inject status %d: use 409, 429, 500 or 503", status)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if n <= 0 {
		s.faults = nil
		return nil
	}
	s.faults = append(s.faults, Fault{Status: status, Count: n})
	return nil
}

// DropNext makes the server close the connections of the next n requests
// without answering (n <= 0 cancels). Injected failures come first.
func (s *Server) DropNext(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.drops = max(n, 0)
}

// SetTaskDelay changes Options.TaskDelay for the tasks submitted from now on.
func (s *Server) SetTaskDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opt.TaskDelay = d
}

// injected answers the request with the next injected fault, or drops
// its connection, and reports whether it did.
func (s *Server) injected(c *call) bool {
	s.mu.Lock()
	var fault *Fault
	drop := false
	if len(s.faults) > 0 {
		f := s.faults[0]
		fault = &f
		if s.faults[0].Count--; s.faults[0].Count <= 0 {
			s.faults = s.faults[1:]
		}
	} else if s.drops > 0 {
		s.drops--
		drop = true
	}
	s.mu.Unlock()
	switch {
	case fault != nil:
		e := errorf(fault.Status, faultStatuses[fault.Status], "%s (injected by the fake MaxCompute)", faultMessage(fault.Status))
		if fault.Status != http.StatusInternalServerError {
			e.retryAfter = s.opt.RetryAfter
		}
		s.fail(c, e)
		return true
	case drop:
		s.drop(c)
		return true
	}
	return false
}

func faultMessage(status int) string {
	switch status {
	case http.StatusConflict:
		return "The request conflicts with another one in progress; retry after the delay"
	case http.StatusTooManyRequests:
		return "Request was denied due to request throttling; retry after the delay"
	case http.StatusServiceUnavailable:
		return "The service is temporarily unavailable; retry after the delay"
	}
	return "The request processing has failed due to some unknown error"
}

// drop closes the request's connection without an answer, as a network
// failure or a crashed front end would.
func (s *Server) drop(c *call) {
	c.status, c.code = 0, "dropped"
	conn, _, err := http.NewResponseController(c.w).Hijack()
	if err != nil {
		// Not hijackable (HTTP/2, a test recorder): abort the handler,
		// which net/http turns into a reset connection.
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close()
}
