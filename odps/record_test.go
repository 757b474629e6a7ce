package odps

import (
	"context"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the synthesized replay fixtures in testdata/replay")

func readRecords(t *testing.T, dir string) ([]string, []Record) {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	var recs []Record
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		for _, sec := range []string{testSecret, testToken, testAKID} {
			if strings.Contains(string(data), sec) {
				t.Errorf("%s contains a secret or the access key id %q", filepath.Base(n), sec)
			}
		}
		if st, _ := os.Stat(n); st.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v", filepath.Base(n), st.Mode())
		}
		var r Record
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	return names, recs
}

func TestRecordingRedactsSecrets(t *testing.T) {
	f := newFake(t)
	f.requireToken = testToken
	fiftyThousand(f)
	f.rows = f.rows[:100]
	f.on("result", func(w http.ResponseWriter, r *http.Request) {
		// A server echoing credentials back must not leak them into the recording.
		w.Header().Set("X-Echo", r.Header.Get("authorization-sts-token")+" "+testAKID)
		w.Write([]byte("<Instance><Tasks><Task><Name>AnonymousSQLTask</Name><Result>" + testSecret + "</Result></Task></Tasks></Instance>"))
	})
	dir := filepath.Join(t.TempDir(), "rec")
	c, _ := newTestClient(t, f, func(cfg *Config) {
		cfg.RecordDir = dir
		cfg.Credentials.SecurityToken = testToken
		cfg.HTTPClient = failingDialer(1) // the first try of the submit never leaves
	})
	ctx := context.Background()
	inst, err := c.SubmitScript(ctx, "SELECT 1;", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Wait(ctx, inst, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Result(ctx, inst); err != nil {
		t.Fatal(err)
	}
	if err := c.Download(ctx, inst, func([]Column, []any) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if err := c.RecordErr(); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(dir); st.Mode().Perm() != 0o700 {
		t.Errorf("directory mode %v", st.Mode())
	}
	names, recs := readRecords(t, dir)
	// a failed submit, the submit, 3 polls, result, tunnel, downloads, data
	wantFiles := []string{"0001-POST-demo-instances.json", "0002-POST-demo-instances.json"}
	if len(recs) != 9 || filepath.Base(names[0]) != wantFiles[0] || filepath.Base(names[1]) != wantFiles[1] {
		t.Fatalf("records: %v", names)
	}
	if recs[0].Error == "" || recs[0].Status != 0 || !strings.Contains(recs[0].Error, "injected") {
		t.Errorf("the failed submit is recorded as %+v", recs[0])
	}
	for _, r := range recs {
		if a := r.RequestHeader["Authorization"]; len(a) != 1 || a[0] != Redacted {
			t.Errorf("Authorization recorded as %v", a)
		}
		if tok := r.RequestHeader["Authorization-Sts-Token"]; len(tok) != 1 || tok[0] != Redacted {
			t.Errorf("STS token recorded as %v", tok)
		}
	}
	if !strings.Contains(recs[1].RequestBody, "SELECT 1;") || recs[1].Status != 201 {
		t.Errorf("submit record = %+v", recs[1])
	}
	if data := recs[8]; data.ResponseBodyBase64 == "" || data.Status != 200 {
		t.Errorf("tunnel data record = %+v", data)
	}
}

// replayFixtures is testdata/replay: a synthesized session (see its README).
const replayFixtures = "testdata/replay"

// TestWriteReplayFixtures regenerates the synthesized fixtures (-update):
// the harness serves a submit (throttled once), three polls and a result,
// recorded under the real endpoint's URL.
func TestWriteReplayFixtures(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite testdata/replay")
	}
	f := newFake(t)
	f.base64 = true
	f.result = "id,name\n1,alice\n2,\\N\n"
	f.location = "https://service.cn-hangzhou.maxcompute.aliyun.com/api"
	f.on("submit", status(409, "ConflictRetry", "1"))
	old, _ := filepath.Glob(filepath.Join(replayFixtures, "*.json"))
	for _, o := range old {
		os.Remove(o)
	}
	c, _ := newTestClient(t, f, func(cfg *Config) {
		cfg.Endpoint = f.location
		cfg.RecordDir = replayFixtures
		cfg.HTTPClient = &http.Client{Transport: handlerTransport{f}}
	})
	replayFlow(t, c)
}

// handlerTransport serves requests with an http.Handler, in memory.
type handlerTransport struct{ h http.Handler }

func (ht handlerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	w := httptest.NewRecorder()
	if req.Body == nil {
		req.Body = http.NoBody
	}
	ht.h.ServeHTTP(w, req)
	return w.Result(), nil
}

func replayFlow(t *testing.T, c *Client) {
	t.Helper()
	ctx := context.Background()
	inst, err := c.SubmitScript(ctx, "SELECT id, name FROM users;", nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := c.Wait(ctx, inst, nil)
	if err != nil || st.Task != "Success" {
		t.Fatalf("Wait = %+v, %v", st, err)
	}
	text, err := c.Result(ctx, inst)
	if err != nil {
		t.Fatal(err)
	}
	cols, rows, err := ParseCSV(text)
	if err != nil || strings.Join(cols, ",") != "id,name" || len(rows) != 2 || *rows[0][1] != "alice" || rows[1][1] != nil {
		t.Fatalf("result %q → %v %v %v", text, cols, rows, err)
	}
}

func TestReplay(t *testing.T) {
	rp, err := NewReplay(replayFixtures)
	if err != nil {
		t.Fatal(err)
	}
	total := rp.Remaining()
	sl := &sleeps{}
	c, err := NewClient(Config{
		Endpoint: "https://service.cn-hangzhou.maxcompute.aliyun.com/api", Project: testProject,
		Credentials: Credentials{AccessKeyID: "replay-id", AccessKeySecret: "replay-secret"},
		HTTPClient:  &http.Client{Transport: rp}, Sleep: sl.sleep,
	})
	if err != nil {
		t.Fatal(err)
	}
	replayFlow(t, c)
	if rp.Remaining() != 0 || total != 6 {
		t.Errorf("%d of %d fixtures unused", rp.Remaining(), total)
	}
	if d := sl.all(); len(d) == 0 || d[0].Seconds() != 1 {
		t.Errorf("the recorded Retry-After was not honoured: waits %v", d)
	}
	// A request that does not match the next fixture fails clearly.
	rp, _ = NewReplay(replayFixtures)
	c.http = &http.Client{Transport: rp}
	if _, err := c.Result(context.Background(), testInst); err == nil || !strings.Contains(err.Error(), "but the record is POST") {
		t.Errorf("mismatch: err = %v", err)
	}
}
