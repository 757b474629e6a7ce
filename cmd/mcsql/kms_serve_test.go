package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const serveTestPolicy = `{
  "users": [{"name": "alice", "account": "1111111111111111", "access_key_id": "LTAI5tServeTest",
    "access_key_secret": "serve-test-secret",
    "grants": [{"keys": ["acs:kms:cn-hangzhou:1111111111111111:key/*"], "actions": ["*"]}]}],
  "roles": []
}`

var serveNow = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func serveDeps() deps {
	return deps{
		rand:     rand.NewChaCha8([32]byte{'k', 'm', 's'}),
		now:      func() time.Time { return serveNow },
		location: time.UTC,
		getenv:   func(string) string { return "" },
	}
}

// lockedBuffer collects the server's stderr while it runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func writePolicy(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "policy.json")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestKMSServeFlags(t *testing.T) {
	home := t.TempDir()
	pol := writePolicy(t, serveTestPolicy)
	badStore := filepath.Join(t.TempDir(), "keystore.json")
	if err := os.WriteFile(badStore, []byte("not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"help", []string{"--help"}, exitOK, "Usage: mcsql kms serve --policy FILE"},
		{"no policy", []string{"--addr", "127.0.0.1:0"}, exitUsage, "mcsql kms serve: --policy is required"},
		{"extra argument", []string{"--policy", pol, "now"}, exitUsage, `mcsql kms serve: unexpected argument "now"`},
		{"not loopback", []string{"--policy", pol, "--addr", "0.0.0.0:9977"}, exitUsage, `mcsql kms serve: --addr "0.0.0.0:9977" is not a loopback address`},
		{"every interface", []string{"--policy", pol, "--addr", ":9977"}, exitUsage, `mcsql kms serve: --addr ":9977" is not a loopback address`},
		{"no port", []string{"--policy", pol, "--addr", "127.0.0.1"}, exitUsage, `mcsql kms serve: invalid --addr "127.0.0.1": expected host:port`},
		{"missing policy file", []string{"--policy", filepath.Join(home, "none.json")}, exitUsage, "mcsql kms serve: cannot read policy file"},
		{"bad policy file", []string{"--policy", writePolicy(t, `{"users": [}`)}, exitUsage, "mcsql kms serve: policy file"},
		{"unreadable store", []string{"--policy", pol, "--store", badStore}, exitSQL, "mcsql kms serve: key store " + badStore + " is corrupt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			got := runKMSServe(tt.args, &stdout, &stderr, home, serveDeps())
			if got != tt.status || !strings.HasPrefix(stderr.String(), tt.stderr) || stdout.Len() != 0 {
				t.Fatalf("exit %d, stderr %q, stdout %q; want exit %d, stderr starting %q", got, stderr.String(), stdout.String(), tt.status, tt.stderr)
			}
			if strings.Contains(stderr.String(), "serve-test-secret") {
				t.Fatal("stderr shows the access key secret")
			}
		})
	}
}

// signedURL signs an RPC request as the SDK does, with the test clock.
func signedURL(base, action string, extra map[string]string, nonce int) string {
	v := url.Values{}
	for k, x := range extra {
		v.Set(k, x)
	}
	common := map[string]string{
		"Action": action, "Version": "2016-01-20", "Format": "JSON", "AccessKeyId": "LTAI5tServeTest",
		"SignatureMethod": "HMAC-SHA1", "SignatureVersion": "1.0", "SignatureNonce": fmt.Sprint(nonce),
		"Timestamp": serveNow.Format("2006-01-02T15:04:05Z"), "RegionId": "cn-hangzhou",
	}
	for k, x := range common {
		v.Set(k, x)
	}
	q := strings.NewReplacer("+", "%20", "*", "%2A", "%7E", "~").Replace(v.Encode())
	mac := hmac.New(sha1.New, []byte("serve-test-secret&"))
	mac.Write([]byte("POST&%2F&" + url.QueryEscape(q)))
	v.Set("Signature", base64.StdEncoding.EncodeToString(mac.Sum(nil)))
	return base + "/?" + v.Encode()
}

func postJSON(t *testing.T, u string) map[string]any {
	t.Helper()
	resp, err := http.Post(u, "application/x-www-form-urlencoded", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != 200 {
		t.Fatalf("HTTP %d %v (decode error %v)", resp.StatusCode, out, err)
	}
	return out
}

func TestKMSServe(t *testing.T) {
	home := t.TempDir()
	o := &serveOptions{addr: "127.0.0.1:0", policy: writePolicy(t, serveTestPolicy), store: filepath.Join(home, "kms", "keystore.json")}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	addrc, done := make(chan string, 1), make(chan int, 1)
	go func() {
		done <- serveKMS(ctx, o, &stderr, serveDeps(), serveHooks{ready: func(a string) { addrc <- a }})
	}()
	var addr string
	select {
	case addr = <-addrc:
	case code := <-done:
		t.Fatalf("serve exited with %d: %s", code, stderr.String())
	}
	base := "http://" + addr
	md := postJSON(t, signedURL(base, "CreateKey", map[string]string{"Description": "served"}, 1))["KeyMetadata"].(map[string]any)
	enc := postJSON(t, signedURL(base, "Encrypt", map[string]string{"KeyId": md["Arn"].(string), "Plaintext": "c2VjcmV0"}, 2))
	dec := postJSON(t, signedURL(base, "Decrypt", map[string]string{"CiphertextBlob": enc["CiphertextBlob"].(string)}, 3))
	if dec["Plaintext"] != "c2VjcmV0" || dec["KeyId"] != md["KeyId"] {
		t.Fatalf("Decrypt = %v", dec)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	want := []string{
		"mcsql kms serve: listening on http://" + addr,
		"  key store:    " + o.store + " (0 keys)",
		"  policy:       " + o.policy,
		"  KMS endpoint: http://" + addr + "  (API 2016-01-20)",
		"  STS endpoint: http://" + addr + "  (API 2015-04-01)",
		fmt.Sprintf("  SDK clients:  Domain %q, scheme http, for both kms and sts", addr),
		"  stop with Ctrl-C or SIGTERM",
		"2026-01-02T03:04:05Z CreateKey ak=LTAI5tServeTest caller=acs:ram::1111111111111111:user/alice resource=" + md["Arn"].(string) + " code=OK status=200 duration=0s",
		"2026-01-02T03:04:05Z Encrypt ak=LTAI5tServeTest caller=acs:ram::1111111111111111:user/alice resource=" + md["Arn"].(string) + " code=OK status=200 duration=0s",
		"2026-01-02T03:04:05Z Decrypt ak=LTAI5tServeTest caller=acs:ram::1111111111111111:user/alice resource=" + md["Arn"].(string) + " code=OK status=200 duration=0s",
		"mcsql kms serve: shutting down",
		"mcsql kms serve: stopped",
	}
	if got := strings.TrimSuffix(stderr.String(), "\n"); got != strings.Join(want, "\n") {
		t.Fatalf("stderr:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	fi, err := os.Stat(o.store)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key store %v (err %v), want a 0600 file", fi, err)
	}
}

// fakeAddrListener is a loopback listener that reports another address,
// as a name resolving off loopback would be bound.
type fakeAddrListener struct {
	net.Listener
	addr   net.Addr
	closed bool
}

func (l *fakeAddrListener) Addr() net.Addr { return l.addr }

func (l *fakeAddrListener) Close() error {
	l.closed = true
	return l.Listener.Close()
}

// TestKMSServeBoundAddress: --addr is judged by the address bound, not by
// its name: a name bound off loopback is refused and its listener closed,
// localhost bound to loopback is served.
func TestKMSServeBoundAddress(t *testing.T) {
	home := t.TempDir()
	o := &serveOptions{addr: "localhost:0", policy: writePolicy(t, serveTestPolicy), store: filepath.Join(home, "ks.json")}
	var fake *fakeAddrListener
	offLoopback := func(network, addr string) (net.Listener, error) {
		ln, err := net.Listen(network, "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		fake = &fakeAddrListener{Listener: ln, addr: &net.TCPAddr{IP: net.IPv4(192, 0, 2, 10), Port: 9977}}
		return fake, nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	code := serveKMS(ctx, o, &stderr, serveDeps(), serveHooks{listen: offLoopback, ready: func(string) { cancel() }})
	want := `mcsql kms serve: --addr "localhost:0" is not a loopback address: the emulator speaks plain HTTP and serves 127.0.0.1, ::1 or a name bound to them (localhost) only (it is bound to 192.0.2.10:9977)` + "\n"
	if code != exitUsage || stderr.String() != want || !fake.closed {
		t.Fatalf("exit %d, listener closed %v, stderr:\n%s", code, fake.closed, stderr.String())
	}

	var bound string
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	stderr = lockedBuffer{}
	code = serveKMS(ctx, o, &stderr, serveDeps(), serveHooks{ready: func(addr string) { bound = addr; cancel() }})
	host, _, err := net.SplitHostPort(bound)
	if code != exitOK || err != nil || !net.ParseIP(host).IsLoopback() {
		t.Fatalf("exit %d, bound to %q, stderr:\n%s", code, bound, stderr.String())
	}
}

// TestKMSServeTransportErrorJSON: a request net/http refuses itself (here
// a 2 MB header, over even net/http's own limit) is answered with the
// services' JSON error document, not text.
func TestKMSServeTransportErrorJSON(t *testing.T) {
	home := t.TempDir()
	o := &serveOptions{addr: "127.0.0.1:0", policy: writePolicy(t, serveTestPolicy), store: filepath.Join(home, "ks.json")}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	addrc, done := make(chan string, 1), make(chan int, 1)
	go func() {
		done <- serveKMS(ctx, o, &stderr, serveDeps(), serveHooks{ready: func(a string) { addrc <- a }})
	}()
	addr := <-addrc
	req, err := http.NewRequest(http.MethodGet, "http://"+addr+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("X-Big", strings.Repeat("b", 2<<20))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != 431 || body["Code"] != "RequestHeaderFieldsTooLarge" {
		t.Fatalf("HTTP %d %v (decode error %v)", resp.StatusCode, body, err)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
}
