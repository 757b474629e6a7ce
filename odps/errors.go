package odps

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"strings"
)

// Error is a non-2xx answer of MaxCompute: its HTTP status and the
// <Error><Code/><Message/><RequestId/></Error> body. Its text suits mcsql's
// "FAILED: ..." line and never contains credentials.
type Error struct {
	Status    int
	Code      string
	Message   string
	RequestID string
	// Attempts is how many times the request was sent (more than one when
	// retries were exhausted).
	Attempts int
}

// hints say how to fix the errors a user can fix.
var hints = map[string]string{
	"SignatureNotMatch":    "check the access key secret (ALIBABA_CLOUD_ACCESS_KEY_SECRET or access_key in odps_config.ini)",
	"InvalidAccessKeyId":   "check the access key id (ALIBABA_CLOUD_ACCESS_KEY_ID or access_id in odps_config.ini)",
	"RequestTimeTooSkewed": "the local clock differs from MaxCompute's by more than 15 minutes; correct the system clock",
	"NoSuchProject":        "check the project name (--project or project_name) and the endpoint",
	"InvalidStsToken":      "the STS security token is invalid or expired; get a new one",
}

func (e *Error) Error() string {
	var b strings.Builder
	switch {
	case strings.HasPrefix(e.Message, "ODPS-"):
		b.WriteString(e.Message)
	case e.Code != "" && e.Message != "":
		b.WriteString(e.Code + ": " + e.Message)
	case e.Code != "":
		b.WriteString(e.Code)
	default:
		b.WriteString("MaxCompute answered " + http.StatusText(e.Status))
	}
	fmt.Fprintf(&b, " (HTTP %d", e.Status)
	if e.Code != "" && strings.HasPrefix(e.Message, "ODPS-") {
		b.WriteString(" " + e.Code)
	}
	if e.RequestID != "" {
		b.WriteString(", request id " + e.RequestID)
	}
	if e.Attempts > 1 {
		fmt.Fprintf(&b, ", gave up after %d attempts", e.Attempts)
	}
	b.WriteString(")")
	if h, ok := hints[e.Code]; ok {
		b.WriteString("; " + h)
	} else if e.Status == http.StatusNotFound {
		b.WriteString("; check the project, the instance id and the endpoint")
	}
	return b.String()
}

// Temporary reports whether retrying later may succeed (409, 429, 5xx).
func (e *Error) Temporary() bool { return retryableStatus(e.Status, true) }

// maxErrorMessage bounds the text kept from an error body.
const maxErrorMessage = 2048

// parseError builds an Error from a non-2xx answer; a body that is not the
// XML error (a proxy's HTML page) is kept, shortened, as the message.
func parseError(status int, header http.Header, body []byte) *Error {
	e := &Error{Status: status, RequestID: header.Get("x-odps-request-id"), Attempts: 1}
	var x struct {
		Code      string `xml:"Code"`
		Message   string `xml:"Message"`
		RequestID string `xml:"RequestId"`
	}
	if xml.Unmarshal(body, &x) == nil && (x.Code != "" || x.Message != "") {
		e.Code, e.Message = strings.TrimSpace(x.Code), strings.TrimSpace(x.Message)
		if x.RequestID != "" {
			e.RequestID = strings.TrimSpace(x.RequestID)
		}
	} else if text := strings.TrimSpace(string(body)); text != "" && !strings.HasPrefix(text, "<") {
		e.Message = text
	}
	if len(e.Message) > maxErrorMessage {
		e.Message = e.Message[:maxErrorMessage] + "..."
	}
	return e
}
