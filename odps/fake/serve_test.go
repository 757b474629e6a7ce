package fake

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestServeShutsDownCleanly(t *testing.T) {
	h := newHarness(t, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- h.srv.Serve(ctx, ln) }()
	h.http.URL = "http://" + ln.Addr().String() // the harness now talks to Serve's listener
	if status, body := h.get("/webconsole/host"); status != http.StatusOK {
		t.Fatalf("through Serve: %d %s", status, body)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatalf("Serve after a clean shutdown: %v", err)
	}
}

// TestServeForcesShutdown: a request still in flight at the end of the
// grace (its body never arrives) has its connection closed.
func TestServeForcesShutdown(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.ShutdownGrace = 50 * time.Millisecond })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- h.srv.Serve(ctx, ln) }()
	h.http.URL = "http://" + ln.Addr().String()
	req := h.request(http.MethodPost, "/projects/"+project+"/instances", nil, []byte("<Instance>"))
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// The header promises 1,000 bytes of body; 10 arrive.
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nDate: %s\r\nAuthorization: %s\r\nContent-Length: 1000\r\n\r\n<Instance>",
		req.URL.RequestURI(), req.Host, req.Header.Get("Date"), req.Header.Get("Authorization"))
	time.Sleep(20 * time.Millisecond) // let the handler start reading the body
	cancel()
	if err := <-errc; !errors.Is(err, ErrShutdownForced) {
		t.Fatalf("Serve: %v, want ErrShutdownForced", err)
	}
}

func TestLogLinesAreBounded(t *testing.T) {
	h := newHarness(t, nil)
	h.get("/projects/" + project + "/" + strings.Repeat("x", 10000) + "%0A%22injected")
	for _, line := range strings.Split(strings.TrimSuffix(h.log.String(), "\n"), "\n") {
		if len(line) > 400 {
			t.Errorf("a log line of %d bytes: %.200s...", len(line), line)
		}
	}
}

func TestOversizedSubmission(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.MaxScriptBytes = 1000 })
	status, _, body := h.do(h.request(http.MethodPost, "/projects/"+project+"/instances", nil,
		submitDoc("SELECT '"+strings.Repeat("a", 2000)+"' AS a;", scriptMode())))
	if e := errorOf(t, body); status != http.StatusRequestEntityTooLarge || e.Code != CodeRequestTooLarge {
		t.Errorf("oversized: %d %+v", status, e)
	}
}
