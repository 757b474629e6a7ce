package sign

import (
	"crypto/hmac"
	"crypto/sha256"
	"net/http"
	"time"
)

// v4Service and v4Terminator are the fixed parts of V4's credential scope
// <akID>/<yyyymmdd>/<region>/odps/aliyun_v4_request.
const (
	v4Service    = "odps"
	v4Terminator = "aliyun_v4_request"
	v4KeyPrefix  = "aliyun_v4"
	v4DayLayout  = "20060102"
)

// SignV4 sets req's Authorization header to the V4 form
// "ODPS <akID>/<yyyymmdd>/<region>/odps/aliyun_v4_request:<signature>".
// The day is the UTC day of req's Date header (the SDK takes the clock's
// day, which is the same for a freshly dated request); the signature is
// base64(HMAC-SHA1(SigningKeyV4(...), StringToSign)).
func SignV4(req *http.Request, endpointPath, akID, akSecret, region string) {
	day := requestDay(req)
	key := SigningKeyV4(akSecret, day, region)
	sig := hmacSHA1(key, StringToSign(req, endpointPath))
	req.Header.Set("Authorization", "ODPS "+akID+"/"+day+"/"+region+"/"+v4Service+"/"+v4Terminator+":"+sig)
}

// SigningKeyV4 derives V4's signing key: the HMAC-SHA256 chain
// "aliyun_v4"+secret → day (yyyymmdd) → region → "odps" → "aliyun_v4_request".
func SigningKeyV4(akSecret, day, region string) []byte {
	k := []byte(v4KeyPrefix + akSecret)
	for _, part := range []string{day, region, v4Service, v4Terminator} {
		k = hmacSHA256(k, part)
	}
	return k
}

func hmacSHA256(key []byte, s string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(s))
	return m.Sum(nil)
}

// requestDay is the UTC day of req's Date header, or today when the header
// is missing or unreadable (the server will reject such a request anyway).
func requestDay(req *http.Request) string {
	if t, err := http.ParseTime(req.Header.Get("Date")); err == nil {
		return t.UTC().Format(v4DayLayout)
	}
	return time.Now().UTC().Format(v4DayLayout)
}
