package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/xml"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/odps/fake"
	"github.com/mcsql/mcsql/odps/sign"
)

func TestODPSServeFlags(t *testing.T) {
	home := t.TempDir()
	pol := writePolicy(t, serveTestPolicy)
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"help", []string{"serve", "--help"}, exitOK, "Usage: mcsql odps serve --policy FILE"},
		{"no command", nil, exitUsage, "mcsql odps: the only command is serve"},
		{"other command", []string{"kill", "x"}, exitUsage, "mcsql odps: the only command is serve"},
		{"no policy", []string{"serve", "--addr", "127.0.0.1:0"}, exitUsage, "mcsql odps serve: --policy is required"},
		{"extra argument", []string{"serve", "--policy", pol, "now"}, exitUsage, `mcsql odps serve: unexpected argument "now"`},
		{"not loopback", []string{"serve", "--policy", pol, "--addr", "0.0.0.0:9977"}, exitUsage, `mcsql odps serve: --addr "0.0.0.0:9977" is not a loopback address`},
		{"every interface", []string{"serve", "--policy", pol, "--addr", ":9977"}, exitUsage, `mcsql odps serve: --addr ":9977" is not a loopback address`},
		{"bad fault", []string{"serve", "--policy", pol, "--fail", "404"}, exitUsage, `invalid value "404" for flag -fail: invalid fault "404"`},
		{"negative drop", []string{"serve", "--policy", pol, "--drop", "-1"}, exitUsage, "mcsql odps serve: --drop, --task-delay and --retry-after cannot be negative"},
		{"missing policy file", []string{"serve", "--policy", filepath.Join(home, "none.json")}, exitUsage, "mcsql odps serve: cannot read policy file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			got := run(append([]string{"odps"}, tt.args...), strings.NewReader(""), &stdout, &stderr, serveDepsHome(home))
			if got != tt.status || !strings.HasPrefix(stderr.String(), tt.stderr) || stdout.Len() != 0 {
				t.Fatalf("exit %d, stderr %q, stdout %q; want exit %d, stderr starting %q", got, stderr.String(), stdout.String(), tt.status, tt.stderr)
			}
			if strings.Contains(stderr.String(), "serve-test-secret") {
				t.Fatal("stderr shows the access key secret")
			}
		})
	}
	// The fault flags are documented.
	var stderr bytes.Buffer
	run([]string{"odps", "serve", "--help"}, strings.NewReader(""), io.Discard, &stderr, serveDepsHome(home))
	for _, flag := range []string{"-fail STATUS[:N]", "-drop N", "-task-delay", "-retry-after", "-warehouse directory"} {
		if !strings.Contains(stderr.String(), flag) {
			t.Errorf("--help does not document %s:\n%s", flag, stderr.String())
		}
	}
}

// serveDepsHome is serveDeps with MCSQL_HOME set to home.
func serveDepsHome(home string) deps {
	d := serveDeps()
	d.getenv = func(k string) string {
		if k == "MCSQL_HOME" {
			return home
		}
		return ""
	}
	return d
}

// odpsGet sends a signed GET to the fake, dated by the test clock.
func odpsGet(t *testing.T, base, path string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, base+"/api"+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return odpsDo(t, req)
}

func odpsDo(t *testing.T, req *http.Request) (int, []byte) {
	t.Helper()
	req.Header.Set("Date", serveNow.Format(http.TimeFormat))
	sign.SignV2(req, "/api", "LTAI5tServeTest", "serve-test-secret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

func TestODPSServe(t *testing.T) {
	home := t.TempDir()
	o := &odpsServeOptions{addr: "127.0.0.1:0", policy: writePolicy(t, serveTestPolicy),
		warehouse: filepath.Join(home, "warehouse"), maxRunning: 1, maxResultRows: 100, retryAfter: time.Second,
		faults: []fake.Fault{{Status: 429, Count: 1}}, drop: 0}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	addrc, done := make(chan string, 1), make(chan int, 1)
	go func() {
		done <- serveODPS(ctx, o, &stderr, serveDeps(), odpsServeHooks{ready: func(a string) { addrc <- a }})
	}()
	var addr string
	select {
	case addr = <-addrc:
	case code := <-done:
		t.Fatalf("serve exited with %d: %s", code, stderr.String())
	}
	base := "http://" + addr
	body := `<Instance><Job><Tasks><SQL><Name>AnonymousSQLTask</Name><Config><Property><Name>settings</Name>` +
		`<Value>{"odps.sql.submit.mode":"script"}</Value></Property></Config>` +
		`<Query>CREATE TABLE served (a BIGINT); INSERT INTO served VALUES (41), (42);</Query></SQL></Tasks></Job></Instance>`
	req, _ := http.NewRequest(http.MethodPost, base+"/api/projects/demo/instances?curr_project=demo", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/xml")
	if status, resp := odpsDo(t, req); status != http.StatusTooManyRequests {
		t.Fatalf("the first request (--fail 429:1): %d %s", status, resp)
	}
	req, _ = http.NewRequest(http.MethodPost, base+"/api/projects/demo/instances?curr_project=demo", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/xml")
	if status, resp := odpsDo(t, req); status != http.StatusCreated {
		t.Fatalf("submit: %d %s", status, resp)
	}
	// The task writes the project's file in --warehouse, as local runs do.
	deadline := time.Now().Add(time.Minute)
	for {
		out, err := runLocal(t, home, "SELECT sum(a) AS s FROM served;")
		if err == nil && strings.Contains(out, "83") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the table never appeared in %s: %v %s", o.warehouse, err, out)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// An error naming a project's file does not show the server's path.
	status, text := odpsRun(t, base, "SELECT * FROM other.t;", "")
	if status != "Failed" || !strings.Contains(text, "<warehouse>/other.db") || strings.Contains(text, home) {
		t.Errorf("a missing project's table: %s %q", status, text)
	}
	if status, resp := odpsGet(t, base, "/projects/demo/tunnel?service"); status != http.StatusOK || string(resp) != addr {
		t.Errorf("tunnel?service: %d %q, want %q", status, resp, addr)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	log := stderr.String()
	for _, want := range []string{
		"mcsql odps serve: listening on http://" + addr + "\n",
		"  endpoint:     http://" + addr + "/api  (MaxCompute REST API, script mode)\n",
		"  warehouse:    " + o.warehouse + " (PROJECT.db per project)\n",
		"  faults:       the next 1 request failing with 429\n",
		"2026-01-02T03:04:05Z POST /api/projects/demo/instances?curr_project=demo ak=LTAI5tServeTest resource=",
		"mcsql odps serve: shutting down\nmcsql odps serve: stopped\n",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("stderr lacks %q:\n%s", want, log)
		}
	}
	if strings.Contains(log, "serve-test-secret") || strings.Contains(log, "INSERT") {
		t.Errorf("stderr shows the secret or the script:\n%s", log)
	}
}

// odpsRun submits script with settings (a JSON object's members after
// the script mode) and waits for the task's end; it returns the status
// and the decoded result.
func odpsRun(t *testing.T, base, script, settings string) (string, string) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<Instance><Job><Tasks><SQL><Name>AnonymousSQLTask</Name><Config><Property><Name>settings</Name><Value>`)
	_ = xml.EscapeText(&b, []byte(`{"odps.sql.submit.mode":"script"`+settings+`}`))
	b.WriteString(`</Value></Property></Config><Query>`)
	_ = xml.EscapeText(&b, []byte(script))
	b.WriteString(`</Query></SQL></Tasks></Job></Instance>`)
	req, _ := http.NewRequest(http.MethodPost, base+"/api/projects/demo/instances", strings.NewReader(b.String()))
	req.Header.Set("Content-Type", "application/xml")
	req.Header.Set("Date", serveNow.Format(http.TimeFormat))
	sign.SignV2(req, "/api", "LTAI5tServeTest", "serve-test-secret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("submit: %v %v", err, resp)
	}
	resp.Body.Close()
	path := strings.TrimPrefix(resp.Header.Get("Location"), base+"/api")
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		_, body := odpsGet(t, base, path+"?result")
		var doc struct {
			Status  string `xml:"Tasks>Task>Status"`
			Content string `xml:"Tasks>Task>Result"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			t.Fatalf("%v: %s", err, body)
		}
		if doc.Status == "Success" || doc.Status == "Failed" || doc.Status == "Cancelled" {
			raw, _ := base64.StdEncoding.DecodeString(doc.Content)
			return doc.Status, string(raw)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("%s did not end within a minute", path)
	return "", ""
}

// runLocal runs script locally on home's warehouse of project demo.
func runLocal(t *testing.T, home, script string) (string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run([]string{"--project", "demo", "-e", script}, strings.NewReader(""), &stdout, &stderr, serveDepsHome(home))
	if code != exitOK {
		return stdout.String(), &os.PathError{Op: "run", Path: "demo", Err: io.ErrUnexpectedEOF}
	}
	return stdout.String(), nil
}

// TestODPSServeBoundAddress: a name bound off loopback is refused and its
// listener closed.
func TestODPSServeBoundAddress(t *testing.T) {
	o := &odpsServeOptions{addr: "localhost:0", policy: writePolicy(t, serveTestPolicy), warehouse: memoryWarehouse, maxRunning: 1, maxResultRows: 1}
	var fake *fakeAddrListener
	offLoopback := func(network, addr string) (net.Listener, error) {
		ln, err := net.Listen(network, "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		fake = &fakeAddrListener{Listener: ln, addr: &net.TCPAddr{IP: net.IPv4(192, 0, 2, 10), Port: 9977}}
		return fake, nil
	}
	var stderr lockedBuffer
	code := serveODPS(context.Background(), o, &stderr, serveDeps(), odpsServeHooks{listen: offLoopback})
	if code != exitUsage || !strings.Contains(stderr.String(), `--addr "localhost:0" is not a loopback address`) || !fake.closed {
		t.Fatalf("exit %d, listener closed %v, stderr:\n%s", code, fake.closed, stderr.String())
	}
}

// TestODPSServeHumanReadable: a HumanReadable result is what a local run
// of the same script prints.
func TestODPSServeHumanReadable(t *testing.T) {
	home := t.TempDir()
	o := &odpsServeOptions{addr: "127.0.0.1:0", policy: writePolicy(t, serveTestPolicy), warehouse: memoryWarehouse,
		maxRunning: 1, maxResultRows: 100, retryAfter: time.Second}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	addrc, done := make(chan string, 1), make(chan int, 1)
	go func() {
		done <- serveODPS(ctx, o, &stderr, serveDeps(), odpsServeHooks{ready: func(a string) { addrc <- a }})
	}()
	base := "http://" + <-addrc
	script := "SELECT 1 AS a, 'x' AS b, NULL AS c, 2.5 AS d;"
	status, text := odpsRun(t, base, script, `,"odps.sql.select.output.format":"HumanReadable"`)
	if status != "Success" {
		t.Fatalf("status %s: %s", status, text)
	}
	local, err := runLocal(t, home, script)
	if err != nil || text != local {
		t.Errorf("fake printed:\n%s\nlocal run printed:\n%s (err %v)", text, local, err)
	}
	cancel()
	<-done
}
