package emulator

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// Defaults of the transport limits, for Config fields left zero. An SDK
// client never comes near them: its own read timeout is 10 s, its idle
// connections are dropped after 90 s (net/http's transport), and its
// largest request (a 6 KB plaintext, percent-encoded in the query string)
// is under 20 KB. A client that sends its request slowly, or keeps a
// connection open without using it, is cut off after them.
const (
	// DefaultReadHeaderTimeout bounds reading a request's header.
	DefaultReadHeaderTimeout = 10 * time.Second
	// DefaultReadTimeout bounds reading a whole request, body included.
	DefaultReadTimeout = time.Minute
	// DefaultWriteTimeout bounds answering a request, from the end of its
	// header.
	DefaultWriteTimeout = time.Minute
	// DefaultIdleTimeout bounds how long a keep-alive connection may wait
	// for its next request.
	DefaultIdleTimeout = 2 * time.Minute
	// DefaultMaxHeaderBytes bounds a request's line and header fields
	// (net/http cannot enforce less than minMaxHeaderBytes).
	DefaultMaxHeaderBytes = 64 << 10
	minMaxHeaderBytes     = 8 << 10
	// DefaultShutdownGrace bounds how long Serve lets requests in flight
	// finish once its context is done.
	DefaultShutdownGrace = 5 * time.Second
)

// ErrShutdownForced is returned by Serve when connections were still
// open (a request in flight, a slow body) at the end of the shutdown
// grace and were closed.
var ErrShutdownForced = errors.New("connections still open at the end of the shutdown grace were closed")

// Serve serves the emulator on ln until ctx is done, with the Config's
// timeouts and header limit, then shuts down as ServeHandler does. ln is
// closed when Serve returns.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	return ServeHandler(ctx, &jsonErrorListener{Listener: ln, s: s}, s, Limits{
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    s.cfg.MaxHeaderBytes,
		ShutdownGrace:     s.cfg.ShutdownGrace,
		ErrorLog:          log.New(s.logWriter(), "emulator: ", log.LstdFlags|log.LUTC),
	})
}

// Limits are what ServeHandler's HTTP server allows a client: see the
// Default... constants for the values the emulator uses.
type Limits struct {
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	MaxHeaderBytes                                            int
	ShutdownGrace                                             time.Duration
	// ErrorLog receives net/http's own messages.
	ErrorLog *log.Logger
}

// ServeHandler serves h on ln until ctx is done, within lim, then shuts
// down: it stops accepting, closes idle connections, lets requests in
// flight finish for lim.ShutdownGrace and closes whatever is left. It
// returns nil after a clean shutdown, ErrShutdownForced if connections
// had to be closed, or the error that stopped serving. ln is closed when
// ServeHandler returns. The KMS emulator and the fake MaxCompute
// (odps/fake) serve through it, so that both hold the same guarantees.
func ServeHandler(ctx context.Context, ln net.Listener, h http.Handler, lim Limits) error {
	// Handlers run under gate's read lock so that, after closing their
	// connections, ServeHandler returns only once they have ended; one
	// starting later (its connection is closed) does nothing. None logs
	// after ServeHandler has returned.
	var gate sync.RWMutex
	stopped := false
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gate.RLock()
		defer gate.RUnlock()
		if !stopped {
			h.ServeHTTP(w, r)
		}
	})
	hs := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: lim.ReadHeaderTimeout,
		ReadTimeout:       lim.ReadTimeout,
		WriteTimeout:      lim.WriteTimeout,
		IdleTimeout:       lim.IdleTimeout,
		// net/http allows 4 KB more than MaxHeaderBytes.
		MaxHeaderBytes: max(lim.MaxHeaderBytes-4096, 4096),
		ErrorLog:       lim.ErrorLog,
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		_ = hs.Close() // accepting failed: drop the connections too
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), lim.ShutdownGrace)
	defer cancel()
	err := hs.Shutdown(sctx)
	<-errc // http.ErrServerClosed, once Shutdown has begun
	if err != nil {
		_ = hs.Close() // the grace is over: drop what is left
		gate.Lock()
		stopped = true
		gate.Unlock()
		return ErrShutdownForced
	}
	return nil
}

// logWriter is where net/http's own messages go: the request log, or
// nowhere.
func (s *Server) logWriter() io.Writer {
	if s.cfg.Log == nil {
		return io.Discard
	}
	return &lockedWriter{s: s}
}

// lockedWriter writes to Config.Log under the log's lock, so that
// net/http's lines do not interleave with the request lines.
type lockedWriter struct{ s *Server }

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.s.logMu.Lock()
	defer w.s.logMu.Unlock()
	return w.s.cfg.Log.Write(p)
}

// jsonErrorListener hands net/http connections whose transport-level
// error replies are KMS-style JSON.
type jsonErrorListener struct {
	net.Listener
	s *Server
}

func (l *jsonErrorListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &jsonErrorConn{Conn: c, s: l.s}, nil
}

// plainErrorHeaders ends the header of every reply net/http writes itself,
// without the handler, to a request it cannot parse: 431 for a header
// over MaxHeaderBytes, 400 for a malformed request, 501 for an unknown
// transfer encoding, 505 for an unsupported protocol version. Each is one
// Write of the whole reply (417, for an unknown Expect, is the other
// reply net/http makes alone; see expectationFailed). The handler's answers are always
// application/json, and a JSON body cannot hold a raw CR LF, so this text
// appears in no other write.
const plainErrorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

// jsonErrorConn rewrites net/http's plain-text error replies as the
// services' JSON errors, so that a client's SDK can decode them like any
// other error.
type jsonErrorConn struct {
	net.Conn
	s *Server
}

func (c *jsonErrorConn) Write(p []byte) (int, error) {
	status, text, ok := parsePlainError(p)
	if !ok {
		return c.Conn.Write(p)
	}
	if _, err := c.Conn.Write(c.s.transportReply(c.LocalAddr().String(), status, text)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// CloseWrite lets net/http half-close the connection after a 431, as it
// does for a bare TCP connection, so that the client reads the reply.
func (c *jsonErrorConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

// expectationFailed starts net/http's answer to an Expect header other
// than 100-continue, written without the handler and without a body; the
// handler never answers 417.
const expectationFailed = "HTTP/1.1 417 Expectation Failed\r\n"

// parsePlainError recognizes one of net/http's own replies and returns its
// status and text.
func parsePlainError(p []byte) (status int, text string, ok bool) {
	if bytes.HasPrefix(p, []byte(expectationFailed)) && bytes.HasSuffix(p, []byte("\r\n\r\n")) {
		return http.StatusExpectationFailed, "417 Expectation Failed: the only Expect accepted is 100-continue", true
	}
	if !bytes.HasPrefix(p, []byte("HTTP/1.1 ")) && !bytes.HasPrefix(p, []byte("HTTP/1.0 ")) {
		return 0, "", false
	}
	i := bytes.Index(p, []byte(plainErrorHeaders))
	if i < len("HTTP/1.1 200") {
		return 0, "", false
	}
	status, err := strconv.Atoi(string(p[len("HTTP/1.1 "):len("HTTP/1.1 200")]))
	if err != nil || status < 400 || status > 599 {
		return 0, "", false
	}
	return status, string(p[i+len(plainErrorHeaders):]), true
}

// transportReply is the raw HTTP reply, a JSON error like the handler's,
// for a request net/http refused before it reached the handler; it is
// logged like any request.
func (s *Server) transportReply(host string, status int, text string) []byte {
	start := s.cfg.Now()
	c := &call{}
	if id, kerr := s.newRequestID(); kerr == nil {
		c.requestID = id
	}
	code := strings.ReplaceAll(http.StatusText(status), " ", "")
	msg := text
	if status == http.StatusRequestHeaderFieldsTooLarge {
		msg = fmt.Sprintf("The request line and header fields are larger than %d bytes.", s.cfg.MaxHeaderBytes)
	}
	e := &kms.Error{Code: code, Message: msg, HTTPStatus: status}
	body, err := jsonBytes(s.errorDoc(host, "Kms", c.requestID, e))
	if err != nil {
		body = []byte(`{"Code":"InternalFailure","Message":"cannot encode the response"}`)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
	fmt.Fprintf(&b, "Content-Type: application/json;charset=utf-8\r\n")
	if c.requestID != "" {
		fmt.Fprintf(&b, "X-Acs-Request-Id: %s\r\n", c.requestID)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\nConnection: close\r\n\r\n", len(body))
	b.Write(body)
	s.logCall(start, c, e, status)
	return b.Bytes()
}
