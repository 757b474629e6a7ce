package odps

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Replay is an http.RoundTripper that answers with recorded Records (the
// files Config.RecordDir writes), in order. Each request must match the
// next record's method, path and query (Date, signatures and other headers
// are not compared, and query values recorded as [REDACTED] match
// anything); a record with an Error answers with that error, as a dropped
// connection. Use it as Config.HTTPClient's Transport to rerun a recorded
// session offline.
type Replay struct {
	mu    sync.Mutex
	names []string
	recs  []Record
	next  int
}

// NewReplay reads dir's *.json records, ordered by file name.
func NewReplay(dir string) (*Replay, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	r := &Replay{}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		var rec Record
		if err := json.Unmarshal(data, &rec); err != nil {
			return nil, fmt.Errorf("replay %s: %v", filepath.Base(n), err)
		}
		r.names = append(r.names, filepath.Base(n))
		r.recs = append(r.recs, rec)
	}
	if len(r.recs) == 0 {
		return nil, fmt.Errorf("replay: no *.json records in %s", dir)
	}
	return r, nil
}

// Remaining is the number of records not yet served.
func (r *Replay) Remaining() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.recs) - r.next
}

// RoundTrip serves the next record.
func (r *Replay) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		io.Copy(io.Discard, req.Body)
		req.Body.Close()
	}
	r.mu.Lock()
	if r.next >= len(r.recs) {
		r.mu.Unlock()
		return nil, fmt.Errorf("replay: no record left for %s %s", req.Method, req.URL.Path)
	}
	rec, name := r.recs[r.next], r.names[r.next]
	err := matchRecord(req, rec)
	if err == nil {
		r.next++ // a mismatch keeps its place, so retries fail the same way
	}
	r.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("replay %s: %v", name, err)
	}
	if rec.Error != "" {
		return nil, errors.New("replay: " + rec.Error)
	}
	body := []byte(rec.ResponseBody)
	if rec.ResponseBodyBase64 != "" {
		var err error
		if body, err = base64.StdEncoding.DecodeString(rec.ResponseBodyBase64); err != nil {
			return nil, fmt.Errorf("replay %s: response body: %v", name, err)
		}
	}
	h := http.Header{}
	for k, vs := range rec.ResponseHeader {
		h[http.CanonicalHeaderKey(k)] = vs
	}
	return &http.Response{
		Status: fmt.Sprintf("%d %s", rec.Status, http.StatusText(rec.Status)), StatusCode: rec.Status,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: h, Body: io.NopCloser(bytes.NewReader(body)), ContentLength: int64(len(body)), Request: req,
	}, nil
}

func matchRecord(req *http.Request, rec Record) error {
	u, err := url.Parse(rec.URL)
	if err != nil {
		return fmt.Errorf("bad recorded URL: %v", err)
	}
	if req.Method != rec.Method || req.URL.Path != u.Path {
		return fmt.Errorf("request %s %s, but the record is %s %s", req.Method, req.URL.Path, rec.Method, u.Path)
	}
	got, want := req.URL.Query(), u.Query()
	for k, wv := range want {
		gv, ok := got[k]
		if !ok || (strings.Join(wv, ",") != strings.Join(gv, ",") && !strings.Contains(strings.Join(wv, ","), Redacted)) {
			return fmt.Errorf("query %s=%q, but the record has %q", k, gv, wv)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			return fmt.Errorf("query key %s is not in the record", k)
		}
	}
	return nil
}
