package fake

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Error codes the fake answers with; the SDKs and the spec name them.
const (
	CodeSignatureNotMatch    = "SignatureNotMatch"
	CodeInvalidAccessKeyID   = "InvalidAccessKeyId"
	CodeRequestTimeTooSkewed = "RequestTimeTooSkewed"
	CodeUnauthorized         = "Unauthorized"
	CodeNoSuchObject         = "NoSuchObject"
	CodeInvalidArgument      = "InvalidArgument"
	CodeMethodNotAllowed     = "MethodNotAllowed"
	CodeConflict             = "Conflict"
	CodeTooManyRequests      = "TooManyRequests"
	CodeInternalServerError  = "InternalServerError"
	CodeServiceUnavailable   = "ServiceUnavailable"
	CodeRequestTooLarge      = "RequestEntityTooLarge"
)

// apiError is an answer other than 2xx.
type apiError struct {
	status     int
	code, msg  string
	retryAfter time.Duration // sets Retry-After when positive
	detail     string        // logged, never sent
}

func (e *apiError) Error() string { return e.code + ": " + e.msg }

func errorf(status int, code, format string, args ...any) *apiError {
	return &apiError{status: status, code: code, msg: fmt.Sprintf(format, args...)}
}

func errNotFound(format string, args ...any) *apiError {
	return errorf(http.StatusNotFound, CodeNoSuchObject, format, args...)
}

func errBadRequest(format string, args ...any) *apiError {
	return errorf(http.StatusBadRequest, CodeInvalidArgument, format, args...)
}

func errServiceUnavailable(msg string) *apiError {
	return errorf(http.StatusServiceUnavailable, CodeServiceUnavailable, "%s", msg)
}

// errorDoc is MaxCompute's error body.
type errorDoc struct {
	XMLName   xml.Name `xml:"Error" json:"-"`
	Code      string   `xml:"Code" json:"Code"`
	Message   string   `xml:"Message" json:"Message"`
	RequestID string   `xml:"RequestId" json:"RequestId"`
	HostID    string   `xml:"HostId" json:"HostId"`
}

// fail answers e: the XML error document of the REST API, or the JSON
// one of the tunnel, with x-odps-request-id.
func (s *Server) fail(c *call, e *apiError) {
	c.status, c.code, c.detail = e.status, e.code, e.detail
	doc := errorDoc{Code: e.code, Message: e.msg, RequestID: c.requestID, HostID: c.r.Host}
	h := c.w.Header()
	h.Set("x-odps-request-id", c.requestID)
	if e.retryAfter > 0 {
		secs := int((e.retryAfter + time.Second - 1) / time.Second)
		h.Set("Retry-After", strconv.Itoa(secs))
	}
	var body []byte
	if c.tunnel {
		h.Set("Content-Type", "application/json")
		body, _ = json.Marshal(doc) // strings only: cannot fail
	} else {
		h.Set("Content-Type", "application/xml")
		out, _ := xml.Marshal(doc) // strings only: cannot fail
		body = append([]byte(xml.Header), out...)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	c.w.WriteHeader(e.status)
	_, _ = c.w.Write(body) // the client went away: nothing to do
}

// reply answers 2xx with body.
func (s *Server) reply(c *call, status int, contentType string, body []byte) {
	c.status, c.code = status, "OK"
	h := c.w.Header()
	h.Set("x-odps-request-id", c.requestID)
	if contentType != "" {
		h.Set("Content-Type", contentType)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	c.w.WriteHeader(status)
	_, _ = c.w.Write(body)
}

// replyXML answers 200 with v as an XML document.
func (s *Server) replyXML(c *call, v any) *apiError {
	out, err := xml.Marshal(v)
	if err != nil {
		return &apiError{status: http.StatusInternalServerError, code: CodeInternalServerError,
			msg: "the fake cannot encode its answer", detail: err.Error()}
	}
	s.reply(c, http.StatusOK, "application/xml", append([]byte(xml.Header), out...))
	return nil
}
