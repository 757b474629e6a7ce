package emulator

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestLogBounded: a client's 500 KB Action, AccessKeyId or KeyId makes a
// short log line that gives the value's length (one such line was 500 KB).
func TestLogBounded(t *testing.T) {
	e := newEnv(t)
	huge := strings.Repeat("k", 500_000)
	signed := e.signed(http.MethodPost, alice, "Encrypt", KMSVersion, map[string]string{"KeyId": huge, "Plaintext": "eA=="})
	status, body := e.send(http.MethodPost, url.Values{}, signed)
	wantError(t, status, body, 404, "Forbidden.KeyNotFound")
	status, body = e.send(http.MethodPost, url.Values{}, url.Values{"Action": {huge + " x"}, "Version": {KMSVersion}, "AccessKeyId": {huge}})
	wantError(t, status, body, 404, CodeActionNotFound)
	lines := strings.Split(strings.TrimSuffix(e.log.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d log lines, want 2", len(lines))
	}
	for _, line := range lines {
		if len(line) > 512 || !strings.Contains(line, "kkkk... (500000 bytes)") {
			t.Fatalf("log line of %d bytes: %.300s", len(line), line)
		}
	}
	want := `"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk... (500002 bytes)" ak="kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk... (500000 bytes)" caller=-`
	if !strings.Contains(lines[1], want) {
		t.Fatalf("log line %q\nwant it to contain %q", lines[1], want)
	}
}
