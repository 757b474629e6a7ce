package sign

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"strings"
	"testing"
)

// No V4 vector exists; these tests pin the key chain's structure (each link
// an HMAC-SHA256 keyed by the previous one), the header's form, and that the
// signature changes with the day and the region.
func TestSigningKeyV4Chain(t *testing.T) {
	mac := func(k []byte, s string) []byte {
		m := hmac.New(sha256.New, k)
		m.Write([]byte(s))
		return m.Sum(nil)
	}
	want := mac(mac(mac(mac([]byte("aliyun_v4secret_test"), "20240101"), "cn-hangzhou"), "odps"), "aliyun_v4_request")
	if got := SigningKeyV4("secret_test", "20240101", "cn-hangzhou"); !bytes.Equal(got, want) {
		t.Errorf("key = %x, want %x", got, want)
	}
	a := SigningKeyV4("s", "20240101", "cn-hangzhou")
	for _, other := range [][]byte{
		SigningKeyV4("s", "20240102", "cn-hangzhou"),
		SigningKeyV4("s", "20240101", "cn-shanghai"),
		SigningKeyV4("t", "20240101", "cn-hangzhou"),
	} {
		if bytes.Equal(a, other) {
			t.Errorf("keys for different day/region/secret are equal: %x", a)
		}
	}
}

func TestSignV4(t *testing.T) {
	sign := func(date, region string) string {
		req := newVectorRequest(t, "GET", "/projects/demo/instances?curr_project=demo", "")
		req.Header.Set("Date", date)
		SignV4(req, "/api", vecAKID, vecSecret, region)
		return req.Header.Get("Authorization")
	}
	a := sign(vecDate, "cn-hangzhou")
	if !strings.HasPrefix(a, "ODPS AKID_TEST/20240101/cn-hangzhou/odps/aliyun_v4_request:") {
		t.Errorf("Authorization = %q", a)
	}
	// The same canonical string under V2 signs differently (the key differs).
	req := newVectorRequest(t, "GET", "/projects/demo/instances?curr_project=demo", "")
	SignV2(req, "/api", vecAKID, vecSecret)
	v2sig := req.Header.Get("Authorization")[len("ODPS AKID_TEST:"):]
	if strings.HasSuffix(a, ":"+v2sig) {
		t.Error("V4 signature equals the V2 one")
	}
	b := sign("Tue, 02 Jan 2024 00:00:00 GMT", "cn-hangzhou")
	c := sign(vecDate, "cn-shanghai")
	if sigOf(a) == sigOf(b) || sigOf(a) == sigOf(c) || !strings.Contains(b, "/20240102/") {
		t.Errorf("signatures do not vary with day/region: %q %q %q", a, b, c)
	}
}

func sigOf(auth string) string { return auth[strings.LastIndexByte(auth, ':')+1:] }

func TestVerifyAcceptsV4(t *testing.T) {
	req := newVectorRequest(t, "GET", "/projects/demo/instances?curr_project=demo", "")
	SignV4(req, "/api", vecAKID, vecSecret, "cn-hangzhou")
	if _, err := VerifyV2(req, "/api", secrets); err != nil {
		t.Fatalf("VerifyV2(V4) = %v", err)
	}
	req.Header.Set("Authorization", strings.Replace(req.Header.Get("Authorization"), "cn-hangzhou", "cn-beijing", 1))
	if _, err := VerifyV2(req, "/api", secrets); err != ErrSignatureMismatch {
		t.Errorf("region swapped: err = %v", err)
	}
	req.Header.Set("Authorization", strings.Replace(req.Header.Get("Authorization"), "/odps/", "/oss/", 1))
	if _, err := VerifyV2(req, "/api", secrets); err != ErrMalformedAuthorization {
		t.Errorf("bad scope: err = %v", err)
	}
}
