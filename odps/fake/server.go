package fake

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/kms"
	"github.com/mcsql/mcsql/kms/emulator"
)

// Defaults for Options fields left zero.
const (
	DefaultMaxSkew       = 15 * time.Minute
	DefaultRegion        = "cn-hangzhou"
	DefaultMaxRunning    = 2
	DefaultMaxInstances  = 1000
	DefaultMaxResultRows = 1_000_000
	DefaultRetryAfter    = time.Second
	// DefaultMaxScriptBytes bounds a submitted Instance document.
	DefaultMaxScriptBytes = 16 << 20
)

// ResultRowLimit is how many rows the result API returns, as MaxCompute
// does: the instance tunnel serves the whole result.
const ResultRowLimit = 10000

// WarehouseFunc opens the warehouse a task of project runs on; release
// is called once the task has ended.
type WarehouseFunc func(project string) (wh eval.Warehouse, release func() error, err error)

// Options configures a Server. Policy is required; the clock, randomness
// and log are injected so tests are deterministic.
type Options struct {
	// Policy holds the accepted access keys (its users) and the roles the
	// STS AssumeRole action may issue tokens for: the file of `mcsql kms
	// serve`.
	Policy kms.Policy
	// Warehouse opens a task's warehouse (default: one in-memory
	// warehouse per project, kept while the server lives).
	Warehouse WarehouseFunc
	// Redact lists server text (the warehouse directory) that task results
	// must not show: each is replaced by "<warehouse>", so that an error
	// naming a project's file does not tell clients the server's paths.
	Redact []string
	// Location is the time zone scripts run in (default Asia/Shanghai, as
	// local runs).
	Location *time.Location
	// Now is the clock of Date checks, instance ids and times (default time.Now).
	Now func() time.Time
	// Rand is the source of ids and STS credentials (default crypto/rand).
	Rand io.Reader
	// Log receives one line per request; nil disables logging.
	Log io.Writer
	// MaxSkew is the largest accepted distance between a request's Date
	// header and Now (default 15 min).
	MaxSkew time.Duration
	// Region appears in log view links (default cn-hangzhou).
	Region string

	// TaskDelay keeps every task Running for this long before its
	// script runs (a slow task; cancelling it stops it).
	TaskDelay time.Duration
	// MaxRunning bounds the tasks running at once; the others wait
	// (status Waiting). Default 2.
	MaxRunning int
	// MaxInstances bounds the instances kept; the oldest finished ones
	// are forgotten first. Default 1000.
	MaxInstances int
	// MaxResultRows bounds the rows a task's result may hold; a larger
	// result fails the task. Default 1,000,000.
	MaxResultRows int
	// MaxScriptBytes bounds a submitted Instance document (default 16 MB).
	MaxScriptBytes int64

	// Faults fail the first requests the server receives (see FailNext);
	// DropNext drops the connections of the first requests after them.
	Faults   []Fault
	DropNext int
	// RetryAfter is the Retry-After of injected 409, 429 and 503 answers
	// (default 1 s; it is rounded up to whole seconds).
	RetryAfter time.Duration

	// Transport limits of Serve, as kms/emulator's (defaults
	// emulator.DefaultReadHeaderTimeout, ...). WriteTimeout also bounds a
	// tunnel download.
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	MaxHeaderBytes    int
	ShutdownGrace     time.Duration
}

// Server is the fake MaxCompute: an http.Handler serving the REST API of
// script-mode SQL tasks, the instance tunnel and STS AssumeRole. It is
// safe for concurrent use; Close stops its tasks.
type Server struct {
	opt Options
	sts *emulator.Server
	mem *memoryWarehouses // the default Warehouse, nil otherwise

	slots chan struct{} // one per running task

	mu        sync.Mutex // guards the fields below
	instances map[string]*instance
	order     []*instance // by submission, for eviction
	faults    []Fault
	drops     int
	closed    bool

	tasks sync.WaitGroup // the task goroutines, which Close waits for

	randMu sync.Mutex // Options.Rand need not be safe for concurrent use
	logMu  sync.Mutex
}

// New returns a Server for opt, filling defaults for zero fields.
func New(opt Options) (*Server, error) {
	if opt.Policy == nil {
		return nil, errors.New("fake: Options.Policy is required: it holds the access keys requests are signed with")
	}
	setDefaults(&opt)
	s := &Server{
		opt:       opt,
		slots:     make(chan struct{}, opt.MaxRunning),
		instances: map[string]*instance{},
		faults:    append([]Fault(nil), opt.Faults...),
		drops:     opt.DropNext,
	}
	if opt.Warehouse == nil {
		s.mem = newMemoryWarehouses()
		s.opt.Warehouse = s.mem.open
	}
	s.sts = emulator.New(emulator.Config{
		Keys: noKeys{}, Policy: opt.Policy, Now: opt.Now, Rand: &lockedReader{s: s}, Log: s.logWriter(),
		MaxSkew: opt.MaxSkew, Region: opt.Region,
	})
	return s, nil
}

func setDefaults(o *Options) {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Rand == nil {
		o.Rand = rand.Reader
	}
	if o.Location == nil {
		o.Location, _ = eval.LoadTimeZone(eval.DefaultTimeZone)
	}
	setDefault(&o.MaxSkew, DefaultMaxSkew)
	if o.Region == "" {
		o.Region = DefaultRegion
	}
	setDefault(&o.MaxRunning, DefaultMaxRunning)
	setDefault(&o.MaxInstances, DefaultMaxInstances)
	setDefault(&o.MaxResultRows, DefaultMaxResultRows)
	setDefault(&o.MaxScriptBytes, DefaultMaxScriptBytes)
	setDefault(&o.RetryAfter, DefaultRetryAfter)
	setDefault(&o.ReadHeaderTimeout, emulator.DefaultReadHeaderTimeout)
	setDefault(&o.ReadTimeout, emulator.DefaultReadTimeout)
	setDefault(&o.WriteTimeout, emulator.DefaultWriteTimeout)
	setDefault(&o.IdleTimeout, emulator.DefaultIdleTimeout)
	setDefault(&o.MaxHeaderBytes, emulator.DefaultMaxHeaderBytes)
	setDefault(&o.ShutdownGrace, emulator.DefaultShutdownGrace)
}

func setDefault[T time.Duration | int | int64](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// String describes the server without its state (STS sessions carry
// secrets).
func (s *Server) String() string { return "fake MaxCompute" }

// GoString keeps the state out of %#v too.
func (s *Server) GoString() string { return s.String() }

// Close cancels the tasks still running, waits for them to end and
// closes the in-memory warehouses. The server answers 503 afterwards.
func (s *Server) Close() error {
	s.mu.Lock()
	s.closed = true
	for _, in := range s.instances {
		in.cancel()
	}
	s.mu.Unlock()
	s.tasks.Wait()
	if s.mem != nil {
		return s.mem.close()
	}
	return nil
}

// ServeHTTP answers one request of the REST API, the tunnel or STS.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if isSTS(r) {
		s.sts.ServeHTTP(w, r) // which logs the request itself
		return
	}
	start := s.opt.Now()
	c := &call{r: r, w: w, requestID: s.newRequestID()}
	// Deferred: a dropped connection ends the handler with
	// http.ErrAbortHandler, and is logged too.
	defer s.logCall(start, c)
	s.serve(c)
}

// call is one request being served.
type call struct {
	r         *http.Request
	w         http.ResponseWriter
	requestID string
	// prefix is the endpoint path the request came under ("/api" or "").
	prefix      string
	accessKeyID string
	account     string // the caller's account (its user's, or its role's)
	tunnel      bool   // answer errors as the tunnel does (JSON)
	status      int
	code        string
	resource    string // the instance the call is about, for the log
	// detail is an error's text that the reply does not show (it may
	// name server files); the log has it.
	detail string
}

func (s *Server) serve(c *call) {
	q := c.r.URL.Query()
	c.tunnel = has(q, "downloads") || has(q, "downloadid")
	if s.injected(c) {
		return
	}
	s.mu.Lock()
	closed := s.closed
	s.mu.Unlock()
	if closed {
		s.fail(c, errServiceUnavailable("the fake MaxCompute is shutting down"))
		return
	}
	path, prefix := c.r.URL.Path, ""
	if rest, ok := strings.CutPrefix(path, "/api/"); ok {
		path, prefix = "/"+rest, "/api"
	}
	c.prefix = prefix
	h, args, err := route(c.r.Method, path, q)
	if err != nil {
		s.fail(c, err)
		return
	}
	if !h.public {
		if err := s.authenticate(c); err != nil {
			s.fail(c, err)
			return
		}
	}
	if err := h.fn(s, c, args); err != nil {
		s.fail(c, err)
	}
}

// newRequestID returns a request id shaped like MaxCompute's (24
// upper-case hex digits); a failing random source gives a time-based one.
func (s *Server) newRequestID() string {
	b := make([]byte, 12)
	if err := s.randBytes(b); err != nil {
		return fmt.Sprintf("%024X", s.opt.Now().UnixNano())
	}
	return fmt.Sprintf("%X", b)
}

func (s *Server) randBytes(b []byte) error {
	s.randMu.Lock()
	defer s.randMu.Unlock()
	_, err := io.ReadFull(s.opt.Rand, b)
	return err
}

// lockedReader shares Options.Rand with the STS emulator under randMu.
type lockedReader struct{ s *Server }

func (l *lockedReader) Read(p []byte) (int, error) {
	l.s.randMu.Lock()
	defer l.s.randMu.Unlock()
	return l.s.opt.Rand.Read(p)
}
