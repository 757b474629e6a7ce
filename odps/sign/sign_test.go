package sign

import (
	"errors"
	"net/http"
	"strings"
	"testing"
)

const (
	vecEndpoint = "https://service.cn-hangzhou.maxcompute.aliyun.com/api"
	vecAKID     = "AKID_TEST"
	vecSecret   = "secret_test"
	vecDate     = "Mon, 01 Jan 2024 00:00:00 GMT"
)

// newVectorRequest builds a request the way the spec's vectors were made.
func newVectorRequest(t *testing.T, method, pathQuery, contentType string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, vecEndpoint+pathQuery, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Date", vecDate)
	req.Header.Set("x-odps-user-agent", "mcsql/0")
	req.Header.Set("X-Odps-Tunnel-Version", "5")
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return req
}

// The three vectors of maxcompute-engine.md, computed with the official Go
// SDK's signer.
var vectors = []struct {
	name, method, pathQuery, contentType string
	lines                                []string
	auth                                 string
}{
	{"submit", "POST", "/projects/demo/instances?curr_project=demo", "application/xml",
		[]string{"POST", "", "application/xml", vecDate, "x-odps-tunnel-version:5", "x-odps-user-agent:mcsql/0", "/projects/demo/instances?curr_project=demo"},
		"ODPS AKID_TEST:92HxwL6gJYe2sgTxMBqAQGWEtSc="},
	{"taskstatus", "GET", "/projects/demo/instances/20240101000000000gabc?curr_project=demo&taskstatus=", "",
		[]string{"GET", "", "", vecDate, "x-odps-tunnel-version:5", "x-odps-user-agent:mcsql/0", "/projects/demo/instances/20240101000000000gabc?curr_project=demo&taskstatus"},
		"ODPS AKID_TEST:KMTLhCnK5b5e9JVoluob8FMiE3g="},
	{"escaped query", "GET", "/projects/demo/instances/20240101000000000gabc?curr_project=demo&downloads=&quotaName=q%21a%20b", "",
		[]string{"GET", "", "", vecDate, "x-odps-tunnel-version:5", "x-odps-user-agent:mcsql/0", "/projects/demo/instances/20240101000000000gabc?curr_project=demo&downloads&quotaName=q!a b"},
		"ODPS AKID_TEST:mBw/KTrK14ieIeFsJVipOpH3OsI="},
}

func TestSpecVectors(t *testing.T) {
	for _, v := range vectors {
		t.Run(v.name, func(t *testing.T) {
			req := newVectorRequest(t, v.method, v.pathQuery, v.contentType)
			if got, want := StringToSign(req, "/api"), strings.Join(v.lines, "\n"); got != want {
				t.Errorf("StringToSign:\n got %q\nwant %q", got, want)
			}
			SignV2(req, "/api", vecAKID, vecSecret)
			if got := req.Header.Get("Authorization"); got != v.auth {
				t.Errorf("Authorization = %q, want %q", got, v.auth)
			}
		})
	}
}

func TestStringToSignDetails(t *testing.T) {
	req := newVectorRequest(t, "GET", "/projects/p/instances?x-odps-q=1&b=2&a", "")
	req.Header.Set("Content-MD5", "md5")
	req.Header.Add("X-Odps-Multi", "a")
	req.Header.Add("X-Odps-Multi", "b")
	req.Header.Set("authorization-sts-token", "tok") // not x-odps-: unsigned
	got := StringToSign(req, "/api")
	want := strings.Join([]string{"GET", "md5", "", vecDate,
		"x-odps-multi:a,b", "x-odps-q:1", "x-odps-tunnel-version:5", "x-odps-user-agent:mcsql/0",
		"/projects/p/instances?a&b=2&x-odps-q=1"}, "\n")
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	noQuery := newVectorRequest(t, "GET", "/projects/p", "")
	if got := CanonicalResource(noQuery.URL, "/api"); got != "/projects/p" {
		t.Errorf("CanonicalResource without query = %q", got)
	}
	// An endpoint without a path (the fake at http://127.0.0.1:PORT) keeps the whole path.
	if got := CanonicalResource(noQuery.URL, ""); got != "/api/projects/p" {
		t.Errorf("CanonicalResource with empty endpoint path = %q", got)
	}
}

func secrets(id string) (string, bool) {
	if id == vecAKID {
		return vecSecret, true
	}
	return "", false
}

func TestVerifyV2(t *testing.T) {
	for _, v := range vectors {
		req := newVectorRequest(t, v.method, v.pathQuery, v.contentType)
		req.Header.Set("Authorization", v.auth)
		if id, err := VerifyV2(req, "/api", secrets); err != nil || id != vecAKID {
			t.Errorf("%s: VerifyV2 = %q, %v; want %q, nil", v.name, id, err, vecAKID)
		}
	}
	cases := []struct {
		name string
		prep func(r *http.Request)
		want error
	}{
		{"missing", func(r *http.Request) {}, ErrMissingAuthorization},
		{"not ODPS", func(r *http.Request) { r.Header.Set("Authorization", "Basic abc") }, ErrMalformedAuthorization},
		{"no signature", func(r *http.Request) { r.Header.Set("Authorization", "ODPS AKID_TEST:") }, ErrMalformedAuthorization},
		{"unknown key", func(r *http.Request) { SignV2(r, "/api", "OTHER", vecSecret) }, ErrUnknownAccessKey},
		{"wrong secret", func(r *http.Request) { SignV2(r, "/api", vecAKID, "wrong") }, ErrSignatureMismatch},
		{"tampered date", func(r *http.Request) {
			SignV2(r, "/api", vecAKID, vecSecret)
			r.Header.Set("Date", "Mon, 01 Jan 2024 00:00:01 GMT")
		}, ErrSignatureMismatch},
		{"tampered query", func(r *http.Request) {
			SignV2(r, "/api", vecAKID, vecSecret)
			r.URL.RawQuery += "&result"
		}, ErrSignatureMismatch},
	}
	for _, c := range cases {
		req := newVectorRequest(t, "GET", "/projects/demo/instances?curr_project=demo", "")
		c.prep(req)
		if _, err := VerifyV2(req, "/api", secrets); !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
}

func TestErrorsNeverQuoteSecrets(t *testing.T) {
	req := newVectorRequest(t, "GET", "/projects/demo", "")
	SignV2(req, "/api", vecAKID, "wrong")
	_, err := VerifyV2(req, "/api", secrets)
	if err == nil || strings.Contains(err.Error(), vecSecret) || strings.Contains(err.Error(), "wrong") {
		t.Errorf("err = %v", err)
	}
}
