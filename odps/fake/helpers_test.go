package fake

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms/policy"
	"github.com/mcsql/mcsql/odps/sign"
)

// The test policy: alice signs requests; the role etl trusts her, so she
// can get STS credentials for it.
const (
	aliceID     = "LTAI5tAliceFake000000"
	aliceSecret = "alice-secret-not-for-logs"
	bobID       = "LTAI5tBobFake00000000"
	bobSecret   = "bob-secret-not-for-logs"
	roleARN     = "acs:ram::1111111111111111:role/etl"
	project     = "demo"
)

var testPolicy = `{
  "users": [
    {"name": "alice", "account": "1111111111111111", "access_key_id": "` + aliceID + `", "access_key_secret": "` + aliceSecret + `"},
    {"name": "bob", "account": "2222222222222222", "access_key_id": "` + bobID + `", "access_key_secret": "` + bobSecret + `"}
  ],
  "roles": [
    {"arn": "` + roleARN + `", "trust": ["acs:ram::1111111111111111:user/alice"],
     "grants": [{"keys": ["*"], "actions": ["*"]}]}
  ]
}`

// syncBuffer is a log shared by the server's goroutines and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// harness is a fake served over real HTTP and a tiny signing client.
type harness struct {
	t    testing.TB
	srv  *Server
	http *httptest.Server
	log  *syncBuffer
	// creds sign the requests; now dates them.
	akID, secret, token string
	now                 func() time.Time
}

func newHarness(t testing.TB, mutate func(*Options)) *harness {
	t.Helper()
	pol, err := policy.Parse([]byte(testPolicy), "test policy")
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, log: &syncBuffer{}, akID: aliceID, secret: aliceSecret, now: time.Now}
	opt := Options{Policy: pol, Log: h.log}
	if mutate != nil {
		mutate(&opt)
	}
	if h.srv, err = New(opt); err != nil {
		t.Fatal(err)
	}
	h.http = httptest.NewServer(h.srv)
	t.Cleanup(func() {
		h.http.Close()
		if err := h.srv.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		checkLogHidesSecrets(t, h.log.String())
	})
	return h
}

// checkLogHidesSecrets fails when a secret, a token or a script shows in
// the log, or when a request took more than one line.
func checkLogHidesSecrets(t testing.TB, log string) {
	t.Helper()
	for _, secret := range []string{aliceSecret, bobSecret, "CAIS", "SELECT"} {
		if strings.Contains(log, secret) {
			t.Errorf("the log shows %q:\n%s", secret, log)
		}
	}
	for _, line := range strings.Split(strings.TrimSuffix(log, "\n"), "\n") {
		if line != "" && !strings.Contains(line, " code=") {
			t.Errorf("log line without a code (a request on two lines?): %q", line)
		}
	}
}

// request builds a signed request to the REST endpoint (/api) or, when
// path starts with "//", to the root (the tunnel).
func (h *harness) request(method, path string, query url.Values, body []byte) *http.Request {
	h.t.Helper()
	prefix := "/api"
	if rest, ok := strings.CutPrefix(path, "//"); ok {
		prefix, path = "", "/"+rest
	}
	if query == nil {
		query = url.Values{}
	}
	query.Set("curr_project", project)
	u := h.http.URL + prefix + path + "?" + encodeQuery(query)
	req, err := http.NewRequest(method, u, bytes.NewReader(body))
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set("Date", h.now().UTC().Format(http.TimeFormat))
	req.Header.Set("x-odps-user-agent", "fake-test")
	if body != nil {
		req.Header.Set("Content-Type", "application/xml")
	}
	if h.token != "" {
		req.Header.Set(HeaderSTSToken, h.token)
	}
	if prefix == "" {
		req.Header.Set("x-odps-tunnel-version", "5") // signed, as the x-odps-* headers are
	}
	sign.SignV2(req, prefix, h.akID, h.secret)
	return req
}

// encodeQuery writes keys with empty values bare (?taskstatus), as the
// SDKs do.
func encodeQuery(q url.Values) string {
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		for _, v := range q[k] {
			if v == "" {
				parts = append(parts, url.QueryEscape(k))
			} else {
				parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
			}
		}
	}
	return strings.Join(parts, "&")
}

// do sends a request and returns the status, the headers and the body.
func (h *harness) do(req *http.Request) (int, http.Header, []byte) {
	h.t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, body
}

func (h *harness) get(path string, keys ...string) (int, []byte) {
	h.t.Helper()
	q := url.Values{}
	for _, k := range keys {
		name, value, _ := strings.Cut(k, "=")
		q.Set(name, value)
	}
	status, _, body := h.do(h.request(http.MethodGet, path, q, nil))
	return status, body
}

// submitDoc is an Instance document as the SDKs send it.
func submitDoc(script string, settings map[string]string) []byte {
	js, _ := json.Marshal(settings)
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString("<Instance><Job><Priority>9</Priority><Tasks><SQL><Name>AnonymousSQLTask</Name><Config>")
	b.WriteString("<Property><Name>type</Name><Value>sql</Value></Property>")
	b.WriteString("<Property><Name>settings</Name><Value>")
	_ = xml.EscapeText(&b, js)
	b.WriteString("</Value></Property></Config><Query><![CDATA[")
	b.WriteString(script)
	b.WriteString("]]></Query></SQL></Tasks></Job></Instance>")
	return b.Bytes()
}

func scriptMode(extra ...string) map[string]string {
	m := map[string]string{SettingSubmitMode: "script"}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i]] = extra[i+1]
	}
	return m
}

// submit submits script and returns the instance's path.
func (h *harness) submit(script string, settings map[string]string) string {
	h.t.Helper()
	status, hdr, body := h.do(h.request(http.MethodPost, "/projects/"+project+"/instances", nil, submitDoc(script, settings)))
	if status != http.StatusCreated {
		h.t.Fatalf("submit: status %d, body %s", status, body)
	}
	loc := hdr.Get("Location")
	want := h.http.URL + "/api/projects/" + project + "/instances/"
	if !strings.HasPrefix(loc, want) {
		h.t.Fatalf("Location %q, want a URL under %s", loc, want)
	}
	return strings.TrimPrefix(loc, h.http.URL+"/api")
}

type taskStatusDoc struct {
	Status string `xml:"Status"`
	Tasks  []struct {
		Name      string `xml:"Name"`
		StartTime string `xml:"StartTime"`
		EndTime   string `xml:"EndTime"`
		Status    string `xml:"Status"`
	} `xml:"Tasks>Task"`
}

// wait polls ?taskstatus until the instance is Terminated and returns the
// task statuses seen, in order, without repeats.
func (h *harness) wait(path string) []string {
	h.t.Helper()
	var seen []string
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		status, body := h.get(path, "taskstatus")
		if status != http.StatusOK {
			h.t.Fatalf("taskstatus: %d %s", status, body)
		}
		var doc taskStatusDoc
		if err := xml.Unmarshal(body, &doc); err != nil || len(doc.Tasks) != 1 {
			h.t.Fatalf("taskstatus: %v, body %s", err, body)
		}
		if st := doc.Tasks[0].Status; len(seen) == 0 || seen[len(seen)-1] != st {
			seen = append(seen, st)
		}
		if doc.Status == "Terminated" {
			return seen
		}
		time.Sleep(5 * time.Millisecond)
	}
	h.t.Fatalf("instance %s still running after a minute; statuses %v", path, seen)
	return nil
}

// result returns the task's status and its Base64-decoded result.
func (h *harness) result(path string) (status, text, format string) {
	h.t.Helper()
	code, body := h.get(path, "result")
	if code != http.StatusOK {
		h.t.Fatalf("result: %d %s", code, body)
	}
	var doc struct {
		Tasks []struct {
			Name   string `xml:"Name"`
			Status string `xml:"Status"`
			Result struct {
				Transform string `xml:"Transform,attr"`
				Format    string `xml:"Format,attr"`
				Content   string `xml:",chardata"`
			} `xml:"Result"`
		} `xml:"Tasks>Task"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil || len(doc.Tasks) != 1 {
		h.t.Fatalf("result: %v, body %s", err, body)
	}
	task := doc.Tasks[0]
	if task.Result.Transform != "Base64" {
		h.t.Fatalf("result Transform %q, want Base64", task.Result.Transform)
	}
	raw, err := base64.StdEncoding.DecodeString(task.Result.Content)
	if err != nil {
		h.t.Fatalf("result is not Base64: %v", err)
	}
	return task.Status, string(raw), task.Result.Format
}

// run submits script, waits and returns the final status and result.
func (h *harness) run(script string, settings map[string]string) (status, text string) {
	h.t.Helper()
	path := h.submit(script, settings)
	seen := h.wait(path)
	if len(seen) < 2 || seen[len(seen)-2] != "Running" {
		h.t.Errorf("statuses %v: want Running before the end", seen)
	}
	status, text, _ = h.result(path)
	if status != seen[len(seen)-1] {
		h.t.Errorf("result status %s, taskstatus %s", status, seen[len(seen)-1])
	}
	return status, text
}

// errorOf decodes an XML error document.
func errorOf(t testing.TB, body []byte) errorDoc {
	t.Helper()
	var e errorDoc
	if err := xml.Unmarshal(body, &e); err != nil {
		t.Fatalf("not an Error document: %v: %s", err, body)
	}
	return e
}

// rpcSign signs an STS RPC request (POST, form) as the Alibaba Cloud SDKs
// do: HMAC-SHA1 over POST&%2F& and the percent-encoded sorted parameters.
func rpcSign(params map[string]string, secret string) {
	enc := func(s string) string {
		return strings.NewReplacer("+", "%20", "*", "%2A", "%7E", "~").Replace(url.QueryEscape(s))
	}
	names := make([]string, 0, len(params))
	for k := range params {
		names = append(names, k)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, k := range names {
		parts[i] = enc(k) + "=" + enc(params[k])
	}
	mac := hmac.New(sha1.New, []byte(secret+"&"))
	mac.Write([]byte("POST&" + enc("/") + "&" + enc(strings.Join(parts, "&"))))
	params["Signature"] = base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// assumeRole asks the fake's STS for credentials of role as alice.
func (h *harness) assumeRole(role string) (akID, secret, token string) {
	h.t.Helper()
	p := map[string]string{
		"Action": "AssumeRole", "Version": "2015-04-01", "Format": "JSON",
		"RoleArn": role, "RoleSessionName": "fake-test", "AccessKeyId": aliceID,
		"SignatureMethod": "HMAC-SHA1", "SignatureVersion": "1.0",
		"SignatureNonce": fmt.Sprint(time.Now().UnixNano()), "Timestamp": time.Now().UTC().Format("2006-01-02T15:04:05Z"),
	}
	rpcSign(p, aliceSecret)
	form := url.Values{}
	for k, v := range p {
		form.Set(k, v)
	}
	resp, err := http.PostForm(h.http.URL+"/", form)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Credentials   struct{ AccessKeyId, AccessKeySecret, SecurityToken string }
		Code, Message string
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
		h.t.Fatalf("AssumeRole: status %d, %v, %s %s", resp.StatusCode, err, out.Code, out.Message)
	}
	c := out.Credentials
	return c.AccessKeyId, c.AccessKeySecret, c.SecurityToken
}
