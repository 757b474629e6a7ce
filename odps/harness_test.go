package odps

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/odps/sign"
	"github.com/mcsql/mcsql/odps/tunnelwire"
)

// The harness is a small MaxCompute double speaking the spec's wire
// protocol over real HTTP: it checks V2/V4 signatures and the Date skew
// like the service, serves one instance's lifecycle, and lets a test
// inject answers (errors, Retry-After, dropped connections) per action.

const (
	testAKID    = "LTAI5tTestAccessKeyID"
	testSecret  = "TestSecretValue0123456789abcdef"
	testToken   = "CAIS.sts-token-value.Zm9vYmFy"
	testProject = "demo"
	testInstID  = "20240101000000000gabc"
)

// seen is a request as the fake received it.
type seen struct {
	method, action string
	url            string
	header         http.Header
	body           []byte
}

type fakeMC struct {
	t   *testing.T
	srv *httptest.Server

	mu           sync.Mutex
	inject       map[string][]func(w http.ResponseWriter, r *http.Request)
	statuses     []string // instance statuses taskstatus answers in turn (the last repeats)
	task         string   // the task status once Terminated
	result       string
	base64       bool
	types        []string
	names        []string
	rows         [][]any
	cutAfter     map[int]int // data request n (1-based) → truncate after this many bytes
	stallAt      map[int]int // data request n → send this many bytes, then go silent
	dataReqs     int
	seen         []seen
	requireToken string
	// location is the endpoint the submit's Location names (default: the fake's).
	location string
}

func newFake(t *testing.T) *fakeMC {
	f := &fakeMC{t: t, inject: map[string][]func(http.ResponseWriter, *http.Request){},
		statuses: []string{"Running", "Running", "Terminated"}, task: "Success",
		result: "a,b\n1,x\n\\N,y\n", cutAfter: map[int]int{}, stallAt: map[int]int{}}
	f.srv = httptest.NewServer(f)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeMC) endpoint() string { return f.srv.URL + "/api" }

// on queues answers for an action; each is used once, in order.
func (f *fakeMC) on(action string, h ...func(w http.ResponseWriter, r *http.Request)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.inject[action] = append(f.inject[action], h...)
}

func (f *fakeMC) requests(action string) []seen {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []seen
	for _, s := range f.seen {
		if action == "" || s.action == action {
			out = append(out, s)
		}
	}
	return out
}

// action names what a request asks for.
func action(r *http.Request) string {
	q := r.URL.Query()
	p := strings.TrimPrefix(r.URL.Path, "/api")
	switch {
	case p == "/webconsole/host":
		return "webconsole"
	case strings.HasSuffix(p, "/tunnel") && q.Has("service"):
		return "tunnel"
	case r.Method == http.MethodPost && q.Has("downloads"):
		return "downloads"
	case q.Has("data"):
		return "data"
	case r.Method == http.MethodPost && strings.HasSuffix(p, "/instances"):
		return "submit"
	case r.Method == http.MethodPut:
		return "cancel"
	case q.Has("taskstatus"):
		return "taskstatus"
	case q.Has("instanceprogress"):
		return "progress"
	case q.Has("result"):
		return "result"
	}
	return "unknown"
}

func xmlError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("x-odps-request-id", "REQ-"+code)
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>%s</Code><Message><![CDATA[%s]]></Message><RequestId>REQ-%s</RequestId><HostId>localhost</HostId></Error>`, code, msg, code)
}

// status answers an injected HTTP error, optionally with Retry-After.
func status(code int, errCode, retryAfter string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		xmlError(w, code, errCode, "injected "+errCode)
	}
}

// drop closes the connection without answering, after reading the request.
func drop(w http.ResponseWriter, r *http.Request) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		conn.Close()
	}
}

func (f *fakeMC) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	act := action(r)
	f.mu.Lock()
	f.seen = append(f.seen, seen{r.Method, act, r.URL.String(), r.Header.Clone(), body})
	var h func(http.ResponseWriter, *http.Request)
	if q := f.inject[act]; len(q) > 0 {
		h, f.inject[act] = q[0], q[1:]
	}
	token := f.requireToken
	f.mu.Unlock()
	if !f.authorized(w, r, token) {
		return
	}
	if h != nil {
		h(w, r)
		return
	}
	f.serve(w, r, act, body)
}

func (f *fakeMC) authorized(w http.ResponseWriter, r *http.Request, token string) bool {
	_, err := sign.VerifyV2(r, "/api", func(id string) (string, bool) { return testSecret, id == testAKID })
	switch {
	case err == sign.ErrUnknownAccessKey:
		xmlError(w, 401, "InvalidAccessKeyId", "ODPS-0410051:Invalid credentials - accessKeyId not found")
		return false
	case err != nil:
		xmlError(w, 401, "SignatureNotMatch", "ODPS-0410042:Invalid signature value - User signature dose not match")
		return false
	}
	if d, err := http.ParseTime(r.Header.Get("Date")); err != nil || d.Sub(time.Now()).Abs() > 15*time.Minute {
		xmlError(w, 403, "RequestTimeTooSkewed", "The difference between the request time and the server's time is too large.")
		return false
	}
	if token != "" && r.Header.Get("authorization-sts-token") != token {
		xmlError(w, 401, "InvalidStsToken", "the STS token is invalid")
		return false
	}
	return true
}

func (f *fakeMC) serve(w http.ResponseWriter, r *http.Request, act string, body []byte) {
	switch act {
	case "submit":
		loc := f.location
		if loc == "" {
			loc = f.endpoint()
		}
		w.Header().Set("Location", loc+"/projects/"+testProject+"/instances/"+testInstID)
		w.WriteHeader(http.StatusCreated)
	case "taskstatus":
		f.mu.Lock()
		st := f.statuses[0]
		if len(f.statuses) > 1 {
			f.statuses = f.statuses[1:]
		}
		task := "Running"
		if st == "Terminated" {
			task = f.task
		}
		f.mu.Unlock()
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><Instance><Status>%s</Status><Tasks><Task Type="SQL"><Name>AnonymousSQLTask</Name><StartTime>Mon, 01 Jan 2024 00:00:00 GMT</StartTime><Status>%s</Status></Task></Tasks></Instance>`, st, task)
	case "progress":
		fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Progress><Stage ID="M1_job_0"><Status>Running</Status><BackupWorkers>0</BackupWorkers><TerminatedWorkers>1</TerminatedWorkers><RunningWorkers>2</RunningWorkers><TotalWorkers>4</TotalWorkers><InputRecords>10</InputRecords><OutRecords>5</OutRecords><FinishedPercentage>25</FinishedPercentage></Stage></Progress>`)
	case "result":
		text, attr := f.result, ""
		if f.base64 {
			text, attr = base64.StdEncoding.EncodeToString([]byte(text)), ` Transform="Base64"`
		} else {
			var b bytes.Buffer
			xml.EscapeText(&b, []byte(text))
			text = b.String()
		}
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><Instance><Tasks><Task Type="SQL"><Name>AnonymousSQLTask</Name><Result%s Format="csv">%s</Result><Status>%s</Status></Task></Tasks></Instance>`, attr, text, f.task)
	case "cancel":
		w.WriteHeader(http.StatusOK)
	case "webconsole":
		fmt.Fprint(w, "https://console.example.test")
	case "tunnel":
		fmt.Fprint(w, f.srv.URL) // the fake's own base URL, as mcsql's fake does
	case "downloads":
		f.serveSession(w)
	case "data":
		f.serveData(w, r)
	default:
		xmlError(w, 404, "NoSuchObject", "no such resource "+r.URL.Path)
	}
}

func (f *fakeMC) serveSession(w http.ResponseWriter) {
	var s struct {
		DownloadID  string
		RecordCount int
		Status      string
		Schema      struct {
			Columns []map[string]any `json:"columns"`
		}
	}
	s.DownloadID, s.RecordCount, s.Status = "DL-1", len(f.rows), "normal"
	for i, n := range f.names {
		s.Schema.Columns = append(s.Schema.Columns, map[string]any{"name": n, "type": f.types[i], "nullable": true})
	}
	json.NewEncoder(w).Encode(s)
}

// serveData encodes the requested rowrange; cutAfter truncates a response.
func (f *fakeMC) serveData(w http.ResponseWriter, r *http.Request) {
	var start, count int
	if _, err := fmt.Sscanf(r.URL.Query().Get("rowrange"), "(%d,%d)", &start, &count); err != nil || start+count > len(f.rows) {
		xmlError(w, 400, "InvalidRowRange", "bad rowrange")
		return
	}
	var buf bytes.Buffer
	enc, _ := tunnelwire.NewEncoder(&buf, f.types)
	for _, row := range f.rows[start : start+count] {
		enc.Encode(row)
	}
	enc.Close()
	f.mu.Lock()
	f.dataReqs++
	cut, ok := f.cutAfter[f.dataReqs]
	stall, stalls := f.stallAt[f.dataReqs]
	f.mu.Unlock()
	data := buf.Bytes()
	if stalls {
		w.Write(data[:stall])
		w.(http.Flusher).Flush()
		<-r.Context().Done()
		return
	}
	if ok {
		// Send part of the body, then break the connection.
		w.Header().Set("Content-Length", fmt.Sprint(len(data)))
		w.Write(data[:cut])
		w.(http.Flusher).Flush()
		conn, _, _ := w.(http.Hijacker).Hijack()
		conn.Close()
		return
	}
	w.Write(data)
}

// sleeps records the waits a client asked for, without waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
	// hook runs on every sleep (e.g. to cancel a context).
	hook func(n int)
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	n := len(s.d)
	hook := s.hook
	s.mu.Unlock()
	if hook != nil {
		hook(n)
	}
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration{}, s.d...)
}

func newTestClient(t *testing.T, f *fakeMC, mod func(*Config)) (*Client, *sleeps) {
	t.Helper()
	sl := &sleeps{}
	cfg := Config{
		Endpoint: f.endpoint(), Project: testProject,
		Credentials:    Credentials{AccessKeyID: testAKID, AccessKeySecret: testSecret},
		Sleep:          sl.sleep,
		RequestTimeout: 5 * time.Second,
	}
	if mod != nil {
		mod(&cfg)
	}
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c, sl
}

var testInst = &Instance{ID: testInstID, Project: testProject}

// failingDialer fails its first n dials (a request that never left).
func failingDialer(n int) *http.Client {
	var mu sync.Mutex
	d := &net.Dialer{}
	return &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		mu.Lock()
		defer mu.Unlock()
		if n > 0 {
			n--
			return nil, &net.OpError{Op: "dial", Net: network, Err: fmt.Errorf("connection refused (injected)")}
		}
		return d.DialContext(ctx, network, addr)
	}}}
}
