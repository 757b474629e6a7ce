package odps

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Record is one request/response pair as Config.RecordDir saves it (one
// JSON file per try, NNNN-METHOD-resource.json, mode 0600). Credentials
// are replaced by "[REDACTED]" everywhere: the Authorization and STS token
// headers whole, and any occurrence of the access key id, secret or token
// in the URL, headers, bodies and errors.
type Record struct {
	Seq                   int                 `json:"seq"`
	Method                string              `json:"method"`
	URL                   string              `json:"url"`
	RequestHeader         map[string][]string `json:"request_header"`
	RequestBody           string              `json:"request_body,omitempty"`
	RequestBodyBase64     string              `json:"request_body_base64,omitempty"`
	Status                int                 `json:"status,omitempty"`
	ResponseHeader        map[string][]string `json:"response_header,omitempty"`
	ResponseBody          string              `json:"response_body,omitempty"`
	ResponseBodyBase64    string              `json:"response_body_base64,omitempty"`
	ResponseBodyTruncated bool                `json:"response_body_truncated,omitempty"`
	// Error is a transport error (no response, or a body cut short).
	Error string `json:"error,omitempty"`
}

// Redacted replaces secrets in recordings.
const Redacted = "[REDACTED]"

// maxRecordedStream bounds how much of a streamed (tunnel) body is kept.
const maxRecordedStream = 1 << 20

type recorder struct {
	dir     string
	seq     atomic.Int64
	secrets []string
	mu      sync.Mutex
	err     error // the first failure to write a record
}

func newRecorder(dir string, cred Credentials) (*recorder, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("cannot create the recording directory: %w", err)
	}
	r := &recorder{dir: dir}
	// Longest first, so a secret containing another is replaced whole.
	for _, s := range []string{cred.AccessKeySecret, cred.SecurityToken, cred.AccessKeyID} {
		if s != "" {
			r.secrets = append(r.secrets, s)
		}
	}
	sort.Slice(r.secrets, func(i, j int) bool { return len(r.secrets[i]) > len(r.secrets[j]) })
	return r, nil
}

// RecordErr is the first error met while writing a recording, if any.
func (c *Client) RecordErr() error {
	if c.rec == nil {
		return nil
	}
	c.rec.mu.Lock()
	defer c.rec.mu.Unlock()
	return c.rec.err
}

func (r *recorder) redact(s string) string {
	for _, sec := range r.secrets {
		s = strings.ReplaceAll(s, sec, Redacted)
	}
	return s
}

func (r *recorder) headers(h http.Header) map[string][]string {
	out := make(map[string][]string, len(h))
	for k, vs := range h {
		ck := http.CanonicalHeaderKey(k)
		for _, v := range vs {
			switch ck {
			case "Authorization", "Authorization-Sts-Token":
				v = Redacted
			default:
				v = r.redact(v)
			}
			out[ck] = append(out[ck], v)
		}
	}
	return out
}

// body stores b as text when it is UTF-8, else as Base64; secrets are
// replaced before encoding.
func (r *recorder) body(b []byte) (text, b64 string) {
	s := r.redact(string(b))
	if utf8.ValidString(s) {
		return s, ""
	}
	return "", base64.StdEncoding.EncodeToString([]byte(s))
}

// entry is the record of one try being built; a nil entry records nothing.
type entry struct {
	r   *recorder
	rec Record
	res string // the resource part of the file name
}

func (r *recorder) start(req *http.Request, body []byte) *entry {
	if r == nil {
		return nil
	}
	e := &entry{r: r, res: fileSlug(req.URL)}
	e.rec = Record{
		Seq:           int(r.seq.Add(1)),
		Method:        req.Method,
		URL:           r.redact(req.URL.String()),
		RequestHeader: r.headers(req.Header),
	}
	e.rec.RequestBody, e.rec.RequestBodyBase64 = r.body(body)
	return e
}

func (e *entry) fail(err error) {
	if e == nil {
		return
	}
	e.rec.Error = e.r.redact(err.Error())
	e.write()
}

func (e *entry) finish(resp *http.Response, body []byte, err error) {
	if e == nil {
		return
	}
	e.rec.Status = resp.StatusCode
	e.rec.ResponseHeader = e.r.headers(resp.Header)
	e.rec.ResponseBody, e.rec.ResponseBodyBase64 = e.r.body(body)
	if err != nil {
		e.rec.Error = e.r.redact(err.Error())
	}
	e.write()
}

// stream wraps a streamed body so that what the caller reads (up to
// maxRecordedStream) is recorded when it closes the body.
func (e *entry) stream(resp *http.Response) io.ReadCloser {
	if e == nil {
		return resp.Body
	}
	return &recordingBody{ReadCloser: resp.Body, e: e, resp: resp}
}

type recordingBody struct {
	io.ReadCloser
	e         *entry
	resp      *http.Response
	buf       []byte
	truncated bool
	readErr   error
	once      sync.Once
}

func (b *recordingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	keep := min(n, maxRecordedStream-len(b.buf))
	b.buf = append(b.buf, p[:keep]...)
	b.truncated = b.truncated || keep < n
	if err != nil && err != io.EOF {
		b.readErr = err
	}
	return n, err
}

func (b *recordingBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(func() {
		b.e.rec.ResponseBodyTruncated = b.truncated
		b.e.finish(b.resp, b.buf, b.readErr)
	})
	return err
}

func (e *entry) write() {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // bodies are XML: keep them readable
	enc.SetIndent("", "  ")
	err := enc.Encode(e.rec)
	if err == nil {
		name := fmt.Sprintf("%04d-%s-%s.json", e.rec.Seq, e.rec.Method, e.res)
		err = writeFileExcl(filepath.Join(e.r.dir, name), buf.Bytes())
	}
	if err != nil {
		e.r.mu.Lock()
		if e.r.err == nil {
			e.r.err = fmt.Errorf("cannot record a MaxCompute request: %w", err)
		}
		e.r.mu.Unlock()
	}
}

func writeFileExcl(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._]+`)

// fileSlug names a request's resource in a file name: the path from
// "projects" on, and the query keys other than curr_project (no values:
// they could hold anything).
func fileSlug(u *url.URL) string {
	p := u.Path
	if i := strings.Index(p, "/projects/"); i >= 0 {
		p = p[i+len("/projects/"):]
	}
	var keys []string
	for k := range u.Query() {
		if k != "curr_project" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	s := strings.Trim(unsafeName.ReplaceAllString(strings.Join(append([]string{p}, keys...), "-"), "-"), "-")
	if len(s) > 100 {
		s = s[:100]
	}
	return s
}
