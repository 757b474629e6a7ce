package emulator

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/mcsql/mcsql/kms"
)

// API versions the emulator speaks; with the action they pick a handler,
// so KMS and STS share one port.
const (
	KMSVersion = "2016-01-20"
	STSVersion = "2015-04-01"
)

// Defaults for Config fields left zero.
const (
	DefaultMaxSkew = 15 * time.Minute
	DefaultRegion  = "cn-hangzhou"
)

// Config configures a Server. Keys and Policy are required; the clock,
// randomness and log are injected so tests are deterministic.
type Config struct {
	// Keys stores the CMKs and does the cryptography.
	Keys kms.KeyService
	// Policy authenticates access keys and authorizes every call.
	Policy kms.Policy
	// Now is the clock for timestamps, token expiry and logs (default time.Now).
	Now func() time.Time
	// Rand is the source of request ids and STS credentials (default crypto/rand).
	Rand io.Reader
	// Log receives one line per request; nil disables logging.
	Log io.Writer
	// MaxSkew is the largest accepted distance between a request's
	// Timestamp and Now, and how long nonces are remembered (default 15 min).
	MaxSkew time.Duration
	// Region is used by CreateKey and ListKeys when a request has no
	// RegionId (default cn-hangzhou).
	Region string
	// Fault, when set, is asked before a request is authenticated whether
	// to fail it; a non-empty code (kms.CodeThrottling,
	// kms.CodeInternalFailure, ...) is answered instead of serving it.
	Fault func(action string) (code string)

	// Transport limits of Serve (defaults DefaultReadHeaderTimeout,
	// DefaultReadTimeout, ...): how long reading a request's header, a
	// whole request, writing an answer and waiting on an idle keep-alive
	// connection may take, the largest request line and header, and how
	// long requests in flight may finish after shutdown begins.
	// MaxHeaderBytes is at least 8 KB.
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	MaxHeaderBytes    int
	ShutdownGrace     time.Duration
}

// Server is the KMS and STS emulator: an http.Handler that verifies
// signatures, timestamps, nonces and STS tokens, applies Config.Policy and
// serves Config.Keys. It is safe for concurrent use.
type Server struct {
	cfg    Config
	nonces *nonceCache
	tokens *tokenStore

	mu        sync.Mutex // guards calls and the fault queue
	calls     map[string]int
	faultCode string
	faultLeft int

	randMu sync.Mutex // Config.Rand need not be safe for concurrent use
	logMu  sync.Mutex
}

// New returns a Server for cfg, filling defaults for zero fields.
func New(cfg Config) *Server {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Rand == nil {
		cfg.Rand = rand.Reader
	}
	if cfg.MaxSkew <= 0 {
		cfg.MaxSkew = DefaultMaxSkew
	}
	if cfg.Region == "" {
		cfg.Region = DefaultRegion
	}
	setDefault(&cfg.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	setDefault(&cfg.ReadTimeout, DefaultReadTimeout)
	setDefault(&cfg.WriteTimeout, DefaultWriteTimeout)
	setDefault(&cfg.IdleTimeout, DefaultIdleTimeout)
	setDefault(&cfg.MaxHeaderBytes, DefaultMaxHeaderBytes)
	cfg.MaxHeaderBytes = max(cfg.MaxHeaderBytes, minMaxHeaderBytes)
	setDefault(&cfg.ShutdownGrace, DefaultShutdownGrace)
	return &Server{
		cfg:    cfg,
		nonces: newNonceCache(),
		tokens: newTokenStore(),
		calls:  map[string]int{},
	}
}

// setDefault sets *v to def when it is zero or negative.
func setDefault[T time.Duration | int](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// String describes the server without its state: the STS sessions it
// holds carry secrets.
func (s *Server) String() string {
	return fmt.Sprintf("KMS %s / STS %s emulator", KMSVersion, STSVersion)
}

// GoString keeps the sessions out of %#v too.
func (s *Server) GoString() string { return s.String() }

// call is one request being served.
type call struct {
	ctx         context.Context
	p           params
	action      string
	accessKeyID string
	caller      kms.Principal
	authed      bool
	resource    string // the CMK or role the call is about, for the log
	requestID   string
	// detail is an error's text that the reply does not show (it may
	// name server files); the log has it.
	detail string
}

// handler serves one action for an authenticated caller; the value it
// returns is encoded as the JSON response.
type handler func(s *Server, c *call) (any, *kms.Error)

// routes maps Version + "/" + Action to its handler.
var routes = map[string]handler{
	KMSVersion + "/Encrypt":             (*Server).encrypt,
	KMSVersion + "/Decrypt":             (*Server).decrypt,
	KMSVersion + "/CreateKey":           (*Server).createKey,
	KMSVersion + "/DescribeKey":         (*Server).describeKey,
	KMSVersion + "/ListKeys":            (*Server).listKeys,
	KMSVersion + "/EnableKey":           (*Server).enableKey,
	KMSVersion + "/DisableKey":          (*Server).disableKey,
	KMSVersion + "/ScheduleKeyDeletion": (*Server).scheduleKeyDeletion,
	KMSVersion + "/CancelKeyDeletion":   (*Server).cancelKeyDeletion,
	STSVersion + "/AssumeRole":          (*Server).assumeRole,
}

// ServeHTTP answers one RPC request with its JSON response or a JSON error.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := s.cfg.Now()
	c := &call{ctx: r.Context()}
	resp, kerr := s.serve(r, c)
	status := http.StatusOK
	if kerr != nil {
		status = statusOf(kerr)
		resp = s.errorBody(r, c, kerr)
	}
	writeJSON(w, status, c.requestID, resp)
	s.logCall(start, c, kerr, status)
}

func (s *Server) serve(r *http.Request, c *call) (any, *kms.Error) {
	id, kerr := s.newRequestID()
	if kerr != nil {
		return nil, kerr
	}
	c.requestID = id
	p, kerr := readParams(r)
	if kerr != nil {
		return nil, kerr
	}
	c.p = p
	// Recorded for the log before authentication: the id the client claims.
	c.action, c.accessKeyID = p["Action"], p["AccessKeyId"]
	h, kerr := s.route(p)
	if kerr != nil {
		return nil, kerr
	}
	s.count(c.action)
	if kerr := s.injectedFault(c.action); kerr != nil {
		return nil, kerr
	}
	if s.cfg.Keys == nil || s.cfg.Policy == nil {
		return nil, kms.Errorf(kms.CodeInternalFailure, "", "the emulator has no key service or policy configured")
	}
	if kerr := s.authenticate(r.Method, c); kerr != nil {
		return nil, kerr
	}
	return h(s, c)
}

// CodeActionNotFound is the gateway's answer to an unknown action or
// version (HTTP 404).
const CodeActionNotFound = "InvalidAction.NotFound"

func (s *Server) route(p params) (handler, *kms.Error) {
	action, kerr := p.required("Action")
	if kerr != nil {
		return nil, kerr
	}
	version, kerr := p.required("Version")
	if kerr != nil {
		return nil, kerr
	}
	if f, ok := p["Format"]; ok && f != "" && f != "JSON" && f != "json" {
		return nil, kms.Errorf(kms.CodeInvalidParameter, "", "the emulator answers only Format=JSON, got %q", f)
	}
	h, ok := routes[version+"/"+action]
	if !ok {
		e := kms.Errorf(CodeActionNotFound, "", "Specified api is not found, please check your url and method. (Action %q, Version %q; the emulator serves KMS %s and STS %s)", action, version, KMSVersion, STSVersion)
		e.HTTPStatus = http.StatusNotFound
		return nil, e
	}
	return h, nil
}

// Calls returns how many requests for action the server has received
// (authenticated or not, successful or not) since it started or since
// ResetCalls.
func (s *Server) Calls(action string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[action]
}

// ResetCalls sets every per-action request counter back to zero.
func (s *Server) ResetCalls() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.calls)
}

func (s *Server) count(action string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls[action]++
}

// FailNext makes the next n requests (of any action) fail with code:
// kms.CodeThrottling answers HTTP 503 and kms.CodeInternalFailure 500, as
// the real services do under load. n <= 0 cancels pending failures.
func (s *Server) FailNext(n int, code string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faultLeft, s.faultCode = max(n, 0), code
}

func (s *Server) injectedFault(action string) *kms.Error {
	s.mu.Lock()
	code := ""
	if s.faultLeft > 0 {
		s.faultLeft--
		code = s.faultCode
	}
	s.mu.Unlock()
	if code == "" && s.cfg.Fault != nil {
		code = s.cfg.Fault(action)
	}
	if code == "" {
		return nil
	}
	return faultError(code)
}

func faultError(code string) *kms.Error {
	switch code {
	case kms.CodeThrottling:
		e := kms.Errorf(code, "", "Request was denied due to request throttling.")
		e.HTTPStatus = http.StatusServiceUnavailable
		return e
	case kms.CodeInternalFailure:
		return kms.Errorf(code, "", "The request processing has failed due to some unknown error.")
	}
	return kms.Errorf(code, "", "injected failure")
}
