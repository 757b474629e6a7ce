package fake

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestInjectedStatuses(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.RetryAfter = 1500 * time.Millisecond })
	for _, tc := range []struct {
		status     int
		code       string
		retryAfter string
	}{
		{409, CodeConflict, "2"}, {429, CodeTooManyRequests, "2"},
		{500, CodeInternalServerError, ""}, {503, CodeServiceUnavailable, "2"},
	} {
		if err := h.srv.FailNext(2, tc.status); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 2; i++ {
			status, hdr, body := h.do(h.request(http.MethodGet, "/webconsole/host", nil, nil))
			e := errorOf(t, body)
			if status != tc.status || e.Code != tc.code || hdr.Get("Retry-After") != tc.retryAfter {
				t.Errorf("injected %d, request %d: %d %s Retry-After %q; want %s, Retry-After %q",
					tc.status, i+1, status, e.Code, hdr.Get("Retry-After"), tc.code, tc.retryAfter)
			}
		}
		// Then the service recovers.
		if status, body := h.get("/webconsole/host"); status != http.StatusOK {
			t.Errorf("after %d: %d %s", tc.status, status, body)
		}
	}
	if err := h.srv.FailNext(1, 404); err == nil {
		t.Error("FailNext accepted status 404")
	}
}

func TestFaultsQueueAndThrottledSubmitSucceedsOnRetry(t *testing.T) {
	h := newHarness(t, func(o *Options) {
		o.Faults = []Fault{{Status: 429, Count: 1}, {Status: 503, Count: 1}}
	})
	body := submitDoc("SELECT 1 AS a;", scriptMode())
	var statuses []int
	for attempt := 0; attempt < 3; attempt++ {
		status, _, _ := h.do(h.request(http.MethodPost, "/projects/"+project+"/instances", nil, body))
		statuses = append(statuses, status)
		if status == http.StatusCreated {
			break
		}
	}
	if len(statuses) != 3 || statuses[0] != 429 || statuses[1] != 503 || statuses[2] != 201 {
		t.Errorf("statuses %v, want [429 503 201]", statuses)
	}
}

func TestDroppedConnections(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.DropNext = 1 })
	resp, err := http.DefaultClient.Do(h.request(http.MethodGet, "/webconsole/host", nil, nil))
	if err == nil {
		resp.Body.Close()
		t.Fatalf("a dropped request got an answer: %d", resp.StatusCode)
	}
	if !errors.Is(err, io.EOF) && !strings.Contains(err.Error(), "EOF") && !strings.Contains(err.Error(), "reset") {
		t.Errorf("dropped connection: %v, want EOF or a reset", err)
	}
	if status, body := h.get("/webconsole/host"); status != http.StatusOK {
		t.Errorf("after the drop: %d %s", status, body)
	}
	h.srv.DropNext(2)
	h.srv.DropNext(0)
	if status, body := h.get("/webconsole/host"); status != http.StatusOK {
		t.Errorf("DropNext(0) did not cancel: %d %s", status, body)
	}
}

func TestParseFault(t *testing.T) {
	for in, want := range map[string]Fault{"409": {409, 1}, "429:3": {429, 3}, "500:1": {500, 1}, "503:10": {503, 10}} {
		if got, err := ParseFault(in); err != nil || got != want {
			t.Errorf("ParseFault(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "404", "429:0", "429:x", "x:1", "503:-2"} {
		if _, err := ParseFault(in); err == nil {
			t.Errorf("ParseFault(%q) accepted", in)
		}
	}
}

func TestCancelSlowTask(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.TaskDelay = time.Hour })
	path := h.submit("CREATE TABLE never (a BIGINT);", scriptMode())
	status, body := h.get(path, "taskstatus")
	if status != http.StatusOK || !strings.Contains(string(body), "<Status>Running</Status>") {
		t.Fatalf("a slow task: %d %s", status, body)
	}
	status, _, resp := h.do(h.request(http.MethodPut, path, nil, []byte("<Instance><Status>Terminated</Status></Instance>")))
	if status != http.StatusOK {
		t.Fatalf("cancel: %d %s", status, resp)
	}
	seen := h.wait(path)
	if seen[len(seen)-1] != "Cancelled" {
		t.Errorf("statuses %v, want the task Cancelled", seen)
	}
	// Its script never ran: the table does not exist.
	h.srv.SetTaskDelay(0)
	if st, text := h.run("SELECT * FROM never;", scriptMode()); st != "Failed" || !strings.Contains(text, "never") {
		t.Errorf("after cancelling: %s %q", st, text)
	}
	// Cancelling an ended instance changes nothing.
	h.do(h.request(http.MethodPut, path, nil, []byte("<Instance><Status>Terminated</Status></Instance>")))
	if st, _, _ := h.result(path); st != "Cancelled" {
		t.Errorf("status after a second cancel: %s", st)
	}
	// A PUT that is not a termination is refused.
	if status, _, _ := h.do(h.request(http.MethodPut, path, nil, []byte("<Instance><Status>Running</Status></Instance>"))); status != http.StatusBadRequest {
		t.Errorf("PUT Running: %d, want 400", status)
	}
}

func TestCancelRunningScript(t *testing.T) {
	h := newHarness(t, nil)
	// A script that runs for long: a cross join of two 10,000-row sequences.
	path := h.submit(`SET odps.sql.max.sequence.length=100000;
SELECT count(*) AS n FROM (SELECT explode(sequence(1, 100000)) AS x) a JOIN (SELECT explode(sequence(1, 100000)) AS y) b ON a.x % 7 = b.y % 7;`, scriptMode())
	deadline := time.Now().Add(time.Minute)
	for {
		in, _ := h.srv.lookup(routeArgs{project: project, instance: path[strings.LastIndexByte(path, '/')+1:]})
		if st, _ := in.snapshot(); st == taskRunning || st.terminal() || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	h.do(h.request(http.MethodPut, path, nil, []byte("<Instance><Status>Terminated</Status></Instance>")))
	seen := h.wait(path)
	if seen[len(seen)-1] != "Cancelled" {
		t.Errorf("statuses %v, want the task Cancelled", seen)
	}
}

func TestWaitingBehindMaxRunning(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.MaxRunning = 1; o.TaskDelay = time.Hour })
	first := h.submit("SELECT 1 AS a;", scriptMode())
	second := h.submit("SELECT 2 AS b;", scriptMode())
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		_, body := h.get(first, "taskstatus")
		if strings.Contains(string(body), "Running") {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if _, body := h.get(second, "taskstatus"); !strings.Contains(string(body), "<Status>Waiting</Status>") {
		t.Errorf("the second task with MaxRunning 1: %s", body)
	}
	for _, p := range []string{second, first} {
		h.do(h.request(http.MethodPut, p, nil, []byte("<Instance><Status>Terminated</Status></Instance>")))
		if seen := h.wait(p); seen[len(seen)-1] != "Cancelled" {
			t.Errorf("%s: %v", p, seen)
		}
	}
}
