// Package sign computes and checks the signatures MaxCompute (ODPS) expects on
// every REST request: V2 (HMAC-SHA1 over a canonical string) and, when a
// region is configured, V4 (the same canonical string, keyed by an
// HMAC-SHA256 chain over date and region). See the specification's
// maxcompute-engine.md, "Signing (V2)"; its three vectors are this package's
// tests.
package sign

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

// odpsPrefix marks the headers and query keys that take part in the string
// to sign (lower-cased).
const odpsPrefix = "x-odps-"

// StringToSign returns the canonical string V2 and V4 sign for req.
// endpointPath is the path of the configured endpoint ("/api"); it is not
// part of the signed resource.
func StringToSign(req *http.Request, endpointPath string) string {
	var b strings.Builder
	b.WriteString(req.Method)
	b.WriteByte('\n')
	for _, h := range []string{"Content-MD5", "Content-Type", "Date"} {
		b.WriteString(req.Header.Get(h))
		b.WriteByte('\n')
	}
	b.WriteString(canonicalHeaders(req.Header, req.URL.Query()))
	b.WriteString(CanonicalResource(req.URL, endpointPath))
	return b.String()
}

// canonicalHeaders lists the x-odps- headers and query keys, lower-cased and
// sorted, one "key:value\n" each; a key's several values are joined by ",".
// The Go SDK signs only headers; the spec (and the Java SDK) add the query
// keys too, which changes nothing for requests without x-odps- query keys.
func canonicalHeaders(h http.Header, q url.Values) string {
	vals := map[string][]string{}
	for k, v := range h {
		if lk := strings.ToLower(k); strings.HasPrefix(lk, odpsPrefix) {
			vals[lk] = append(vals[lk], v...)
		}
	}
	for k, v := range q {
		if lk := strings.ToLower(k); strings.HasPrefix(lk, odpsPrefix) {
			vals[lk] = append(vals[lk], v...)
		}
	}
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte(':')
		b.WriteString(strings.Join(vals[k], ","))
		b.WriteByte('\n')
	}
	return b.String()
}

// CanonicalResource is the URL-decoded path without endpointPath, then "?"
// and the sorted query keys joined by "&", each "k=v" with its decoded
// (first) value, or just "k" when the value is empty.
func CanonicalResource(u *url.URL, endpointPath string) string {
	path := u.Path
	if endpointPath != "" && endpointPath != "/" {
		path = strings.TrimPrefix(path, strings.TrimSuffix(endpointPath, "/"))
	}
	q := u.Query()
	if len(q) == 0 {
		return path
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(path)
	b.WriteByte('?')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k)
		if v := q.Get(k); v != "" {
			b.WriteByte('=')
			b.WriteString(v)
		}
	}
	return b.String()
}

// SignV2 sets req's Authorization header to
// "ODPS <akID>:base64(HMAC-SHA1(akSecret, StringToSign))". The Date header
// (and any x-odps- header) must already be set.
func SignV2(req *http.Request, endpointPath, akID, akSecret string) {
	req.Header.Set("Authorization", "ODPS "+akID+":"+v2Signature(akSecret, StringToSign(req, endpointPath)))
}

func v2Signature(secret, s string) string {
	return hmacSHA1([]byte(secret), s)
}

func hmacSHA1(key []byte, s string) string {
	m := hmac.New(sha1.New, key)
	m.Write([]byte(s))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}
