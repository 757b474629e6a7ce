package emulator

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestLogBounded: a client's 500 KB Action, AccessKeyId or KeyId makes a
// short log line that gives the value's length (one such line was 500 KB).
func TestLogBounded(t *testing.T) {
	e := newEnv(t)
	huge := strings.Repeat("k", 500_000)
	signed := e.signed(http.MethodPost, alice, "Encrypt", KMSVersion, map[string]string{"KeyId": huge, "Plaintext": "eA=="})
	status, body := e.send(http.MethodPost, url.Values{}, signed)
	wantError(t, status, body, 404, "Forbidden.KeyNotFound")
	status, body = e.send(http.MethodPost, url.Values{}, url.Values{"Action": {huge + " x"}, "Version": {KMSVersion}, "AccessKeyId": {huge}})
	wantError(t, status, body, 404, CodeActionNotFound)
	lines := strings.Split(strings.TrimSuffix(e.log.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d log lines, want 2", len(lines))
	}
	for _, line := range lines {
		if len(line) > 512 || !strings.Contains(line, "kkkk... (500000 bytes)") {
			t.Fatalf("log line of %d bytes: %.300s", len(line), line)
		}
	}
	want := `"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk... (500002 bytes)" ak="kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk... (500000 bytes)" caller=-`
	if !strings.Contains(lines[1], want) {
		t.Fatalf("log line %q\nwant it to contain %q", lines[1], want)
	}
}

// served is an emulator run by Serve on a loopback port, as `mcsql kms
// serve` runs it.
type served struct {
	*env
	addr   string
	cancel context.CancelFunc
	done   chan error
}

func newServed(t *testing.T, mutate ...func(*Config)) *served {
	t.Helper()
	e := newEnv(t, mutate...)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &served{env: e, addr: ln.Addr().String(), cancel: cancel, done: make(chan error, 1)}
	go func() { s.done <- e.srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		<-s.done
	})
	return s
}

// stop cancels Serve and returns its result; a Serve still running after
// a minute fails the test rather than hanging it.
func (s *served) stop(t *testing.T) error {
	t.Helper()
	s.cancel()
	select {
	case err := <-s.done:
		s.done <- err // for the cleanup
		return err
	case <-time.After(time.Minute):
		t.Fatal("Serve did not return a minute after its context was cancelled")
		return nil
	}
}

// dial opens a raw connection; reads on it fail after a minute instead of
// hanging the test when the server does not close it.
func (s *served) dial(t *testing.T) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", s.addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.SetReadDeadline(time.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	return c
}

// signedRequest is a raw signed HTTP/1.1 request for a DescribeKey call.
func (s *served) signedRequest(extraHeader string) string {
	q := s.signed(http.MethodGet, alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": "key-nope"})
	return "GET /?" + q.Encode() + " HTTP/1.1\r\nHost: " + s.addr + "\r\n" + extraHeader + "\r\n"
}

// readAnswer reads one HTTP answer from c and decodes its JSON body.
func readAnswer(t *testing.T, r *bufio.Reader) (*http.Response, map[string]any) {
	t.Helper()
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	checkHidden(t, raw, serverPaths(t))
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("HTTP %d answer is not JSON: %v: %q", resp.StatusCode, err, raw)
	}
	return resp, out
}

// wantClosed fails unless the server closes c (its next read sees EOF or
// a reset) before the one-minute read deadline.
func wantClosed(t *testing.T, r io.Reader, what string) {
	t.Helper()
	n, err := io.Copy(io.Discard, r)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("%s: the connection is still open after a minute", what)
	}
	if n != 0 {
		t.Fatalf("%s: %d unexpected bytes before the close", what, n)
	}
}

// TestIdleConnectionClosed: a keep-alive connection left unused is closed
// after Config.IdleTimeout.
func TestIdleConnectionClosed(t *testing.T) {
	s := newServed(t, func(c *Config) { c.IdleTimeout = 50 * time.Millisecond })
	c := s.dial(t)
	if _, err := io.WriteString(c, s.signedRequest("")); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(c)
	resp, body := readAnswer(t, r)
	if resp.StatusCode != 404 || resp.Close || body["Code"] != "Forbidden.KeyNotFound" {
		t.Fatalf("HTTP %d (close %v) %v", resp.StatusCode, resp.Close, body)
	}
	wantClosed(t, r, "idle keep-alive connection")
}

// TestSlowRequestClosed: a request whose header or body is not sent in
// full is cut off after Config.ReadHeaderTimeout or Config.ReadTimeout.
func TestSlowRequestClosed(t *testing.T) {
	s := newServed(t, func(c *Config) {
		c.ReadHeaderTimeout = 50 * time.Millisecond
		c.ReadTimeout = 100 * time.Millisecond
	})
	c := s.dial(t)
	if _, err := io.WriteString(c, "POST / HTTP/1.1\r\nHost: "+s.addr+"\r\n"); err != nil {
		t.Fatal(err)
	}
	wantClosed(t, c, "slow header")

	c = s.dial(t)
	q := s.signed(http.MethodPost, alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": "key-nope"})
	head := "POST /?" + q.Encode() + " HTTP/1.1\r\nHost: " + s.addr +
		"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nA=1"
	if _, err := io.WriteString(c, head); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(c)
	resp, body := readAnswer(t, r)
	wantError(t, resp.StatusCode, body, http.StatusRequestTimeout, CodeRequestTimeout)
	wantClosed(t, r, "slow body")
}

// TestShutdownClosesConnections: once Serve's context is done, idle
// connections are closed at once, and requests still being sent after
// Config.ShutdownGrace are cut off; Serve returns.
func TestShutdownClosesConnections(t *testing.T) {
	s := newServed(t, func(c *Config) { c.ShutdownGrace = 100 * time.Millisecond })
	slow := s.dial(t)
	if _, err := io.WriteString(slow, "POST / HTTP/1.1\r\nHost: "+s.addr+"\r\nContent-Length: 100\r\n\r\nA=1"); err != nil {
		t.Fatal(err)
	}
	silent := s.dial(t)
	// Dialled last: once it is answered, the server has accepted the
	// others (it accepts in order).
	idle := s.dial(t)
	if _, err := io.WriteString(idle, s.signedRequest("")); err != nil {
		t.Fatal(err)
	}
	idleR := bufio.NewReader(idle)
	readAnswer(t, idleR)
	if err := s.stop(t); !errors.Is(err, ErrShutdownForced) {
		t.Fatalf("Serve returned %v, want ErrShutdownForced", err)
	}
	wantClosed(t, idleR, "idle connection")
	wantClosed(t, slow, "slow body")
	wantClosed(t, silent, "silent connection")
	if _, err := net.Dial("tcp", s.addr); err == nil {
		t.Fatal("the listener is still open")
	}
}

// TestShutdownClean: with no request in flight, Serve returns nil.
func TestShutdownClean(t *testing.T) {
	s := newServed(t)
	c := s.dial(t)
	if _, err := io.WriteString(c, s.signedRequest("")); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(c)
	readAnswer(t, r)
	if err := s.stop(t); err != nil {
		t.Fatalf("Serve returned %v", err)
	}
	wantClosed(t, r, "idle connection")
}

// TestTransportErrorsAreJSON: requests net/http refuses before they reach
// the handler (a header too large, a malformed request, an unknown
// transfer encoding, protocol version or expectation) are answered with the services' JSON error document,
// logged on one short line; a request of an SDK's largest size is served.
func TestTransportErrorsAreJSON(t *testing.T) {
	s := newServed(t)
	big := "X-Big: " + strings.Repeat("b", 500_000) + "\r\n"
	tests := []struct {
		name    string
		request string
		status  int
		code    string
		message string
	}{
		{"header too large", s.signedRequest(big), 431, "RequestHeaderFieldsTooLarge",
			"The request line and header fields are larger than 65536 bytes."},
		{"header just too large", s.signedRequest("X-Big: " + strings.Repeat("b", 64<<10) + "\r\n"), 431, "RequestHeaderFieldsTooLarge", ""},
		{"query too large", "GET /?Action=" + strings.Repeat("a", 500_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 431, "RequestHeaderFieldsTooLarge", ""},
		{"malformed", "NOT HTTP\r\n\r\n", 400, "BadRequest", "400 Bad Request"},
		{"no Host", "GET / HTTP/1.1\r\n\r\n", 400, "BadRequest", "400 Bad Request: missing required Host header"},
		{"transfer encoding", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: zip\r\n\r\n", 501, "NotImplemented", "Unsupported transfer encoding"},
		{"protocol version", "GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505, "HTTPVersionNotSupported", "505 HTTP Version Not Supported: unsupported protocol version"},
		{"HTTP/2 preface, no host", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400, "InvalidParameter", "HTTP method PRI is not supported; use GET or POST"},
		{"expectation", "GET / HTTP/1.1\r\nHost: x\r\nExpect: tea\r\n\r\n", 417, "ExpectationFailed", "417 Expectation Failed: the only Expect accepted is 100-continue"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := s.dial(t)
			go io.WriteString(c, tt.request) // the server may answer before reading it all
			resp, body := readAnswer(t, bufio.NewReader(c))
			wantError(t, resp.StatusCode, body, tt.status, tt.code)
			if tt.message != "" && body["Message"] != tt.message {
				t.Fatalf("Message %q, want %q", body["Message"], tt.message)
			}
			id, _ := body["RequestId"].(string)
			if !requestIDRE.MatchString(id) || resp.Header.Get("X-Acs-Request-Id") != id || body["HostId"] != s.addr ||
				resp.Header.Get("Content-Type") != "application/json;charset=utf-8" || !resp.Close {
				t.Fatalf("answer %v, header %v", body, resp.Header)
			}
			if !strings.Contains(s.log.String(), " code="+tt.code+" status="+fmt.Sprint(tt.status)+" ") {
				t.Fatalf("not logged:\n%s", s.log)
			}
		})
	}
	for _, line := range strings.Split(s.log.String(), "\n") {
		if len(line) > 512 {
			t.Fatalf("log line of %d bytes: %.300s", len(line), line)
		}
	}
	// An SDK's largest request, a 6 KB plaintext percent-encoded in the
	// query string, is well under the header limit.
	id := s.createKey("1111")
	plaintext := strings.Repeat("+/=", 2048)
	s.env.http.URL = "http://" + s.addr
	s.ok(alice, "Encrypt", KMSVersion, map[string]string{"KeyId": id, "Plaintext": plaintext})
}

// TestBodyTooLargeRefusedUnread: a Content-Length over the 1 MB body
// limit is answered at once, without waiting for the body.
func TestBodyTooLargeRefusedUnread(t *testing.T) {
	s := newServed(t)
	c := s.dial(t)
	q := s.signed(http.MethodPost, alice, "DescribeKey", KMSVersion, map[string]string{"KeyId": "key-nope"})
	head := "POST /?" + q.Encode() + " HTTP/1.1\r\nHost: " + s.addr +
		"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 2000000\r\n\r\n"
	if _, err := io.WriteString(c, head); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(c)
	resp, body := readAnswer(t, r)
	wantError(t, resp.StatusCode, body, 400, "InvalidParameter")
	if body["Message"] != "request body larger than 1048576 bytes" {
		t.Fatalf("Message %q", body["Message"])
	}
	wantClosed(t, r, "refused body")
}
