package emulator

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/mcsql/mcsql/kms"
)

// errorBody is the services' JSON error document.
type errorBody struct {
	RequestID string `json:"RequestId"`
	HostID    string `json:"HostId"`
	Code      string `json:"Code"`
	Message   string `json:"Message"`
	Recommend string `json:"Recommend"`
}

// requestOnly is the answer of actions that return nothing else.
type requestOnly struct {
	RequestID string `json:"RequestId"`
}

func (s *Server) errorBody(r *http.Request, c *call, e *kms.Error) errorBody {
	product := "Kms"
	if c.p["Version"] == STSVersion {
		product = "Sts"
	}
	host := r.Host
	if a, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok && host == "" {
		host = a.String() // a request such as "PRI *" names no host
	}
	return s.errorDoc(host, product, c.requestID, e)
}

// errorDoc is the error document of e for a request to host.
func (s *Server) errorDoc(host, product, requestID string, e *kms.Error) errorBody {
	msg := e.Message
	if e.Resource != "" && !strings.Contains(msg, e.Resource) {
		msg += " (" + e.Resource + ")"
	}
	q := url.Values{"q": {e.Code}, "product": {product}, "requestId": {requestID}}
	return errorBody{
		RequestID: requestID,
		HostID:    host,
		Code:      e.Code,
		Message:   msg,
		Recommend: "https://api.aliyun.com/troubleshoot?" + q.Encode(),
	}
}

// statusOf is the HTTP status of an error: its own when set (injected
// throttling is 503), else the real services' status for the code.
func statusOf(e *kms.Error) int {
	if e.HTTPStatus != 0 {
		return e.HTTPStatus
	}
	return kms.StatusOf(e.Code)
}

// jsonBytes encodes an answer.
func jsonBytes(v any) ([]byte, error) { return json.Marshal(v) }

func writeJSON(w http.ResponseWriter, status int, requestID string, v any) {
	b, err := jsonBytes(v)
	if err != nil {
		// Only our own response structs reach here, all marshalable; keep
		// the answer well-formed anyway.
		status = http.StatusInternalServerError
		b = []byte(`{"Code":"InternalFailure","Message":"cannot encode the response"}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json;charset=utf-8")
	if requestID != "" {
		h.Set("x-acs-request-id", requestID)
	}
	w.WriteHeader(status)
	_, _ = w.Write(b) // a client gone away is not the server's error
}

// randBytes fills b from Config.Rand, serialized because test sources such
// as math/rand/v2's ChaCha8 are not safe for concurrent use.
func (s *Server) randBytes(b []byte) *kms.Error {
	s.randMu.Lock()
	defer s.randMu.Unlock()
	if _, err := io.ReadFull(s.cfg.Rand, b); err != nil {
		return kms.Errorf(kms.CodeInternalFailure, "", "cannot read randomness: %v", err)
	}
	return nil
}

// newRequestID returns a RequestId shaped like the services' (an
// upper-case UUID).
func (s *Server) newRequestID() (string, *kms.Error) {
	var b [16]byte
	if err := s.randBytes(b[:]); err != nil {
		return "", err
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%X-%X-%X-%X-%X", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]), nil
}

// alnum is the alphabet of STS access key ids and secrets.
const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// randomString returns n characters drawn uniformly from alnum (bytes at
// or above 248 are rejected so that no character is more likely). A
// source that keeps yielding only rejected bytes is reported, not looped on.
func (s *Server) randomString(n int) (string, *kms.Error) {
	out := make([]byte, 0, n)
	buf := make([]byte, n)
	for round := 0; len(out) < n; round++ {
		if round == 64 {
			return "", kms.Errorf(kms.CodeInternalFailure, "", "the random source yields no usable bytes")
		}
		if err := s.randBytes(buf); err != nil {
			return "", err
		}
		for _, c := range buf {
			if c < 248 && len(out) < n {
				out = append(out, alnum[int(c)%len(alnum)])
			}
		}
	}
	return string(out), nil
}
