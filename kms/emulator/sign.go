package emulator

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base64"
	"sort"
	"strings"
)

// percentEncode is the RPC signature's encoding: UTF-8 bytes, the
// unreserved characters A-Z a-z 0-9 - _ . ~ kept, every other byte as %XY
// in upper-case hex. It differs from url.QueryEscape in spaces (%20, not +)
// and '*' (%2A), which is why the SDK post-processes QueryEscape's output.
func percentEncode(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) * 3 / 2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUnreserved(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func isUnreserved(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '-' || c == '_' || c == '.' || c == '~'
}

// canonicalQuery is the sorted, percent-encoded name=value list of every
// parameter except Signature itself. Parameters with empty values (the SDK
// sends SignatureType=) are part of it.
func canonicalQuery(params map[string]string) string {
	names := make([]string, 0, len(params))
	for name := range params {
		if name != "Signature" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, name := range names {
		parts[i] = percentEncode(name) + "=" + percentEncode(params[name])
	}
	return strings.Join(parts, "&")
}

// stringToSign is METHOD & percentEncode("/") & percentEncode(canonical query).
func stringToSign(method string, params map[string]string) string {
	return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(params))
}

// sign is Base64(HMAC-SHA1(secret + "&", stringToSign)).
func sign(secret, toSign string) string {
	mac := hmac.New(sha1.New, []byte(secret+"&"))
	mac.Write([]byte(toSign))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// signatureMatches compares in constant time so that the time to answer
// does not reveal how much of a forged signature was right.
func signatureMatches(secret, toSign, given string) bool {
	want := sign(secret, toSign)
	return subtle.ConstantTimeCompare([]byte(want), []byte(given)) == 1
}
