package kms

import (
	"errors"
	"fmt"
)

// Error codes of Alibaba Cloud KMS and STS that mcsql reproduces and maps
// to clear SQL errors (kms.md).
const (
	CodeKeyNotFound        = "Forbidden.KeyNotFound"        // 404
	CodeNoPermission       = "Forbidden.NoPermission"       // 403
	CodeDisabled           = "Rejected.Disabled"            // 409
	CodePendingDeletion    = "Rejected.PendingDeletion"     // 409
	CodeInvalidParameter   = "InvalidParameter"             // 400
	CodeMissingParameter   = "MissingParameter"             // 400
	CodeAccessKeyNotFound  = "InvalidAccessKeyId.NotFound"  // 404
	CodeSignatureMismatch  = "SignatureDoesNotMatch"        // 400
	CodeIllegalTimestamp   = "IllegalTimestamp"             // 400
	CodeSignatureNonceUsed = "SignatureNonceUsed"           // 400
	CodeTokenExpired       = "InvalidSecurityToken.Expired" // 400
	CodeTokenInvalid       = "InvalidSecurityToken.Malformed"
	CodeThrottling         = "Throttling"      // 400 or 503
	CodeInternalFailure    = "InternalFailure" // 500
	// CodeNetworkError is no service's answer: the endpoint could not be
	// reached, or the connection broke or timed out, so nothing was
	// refused.
	CodeNetworkError = "NetworkError"
)

// Services an Error names, so that a caller can tell an STS AssumeRole
// refusal from a KMS one.
const (
	ServiceKMS = "KMS"
	ServiceSTS = "STS"
)

// Error is a refused or failed KMS/STS call. Its text names the code, the
// resource (a CMK or role ARN) and the service's message, never a secret.
type Error struct {
	Code       string
	Message    string
	HTTPStatus int
	RequestID  string
	// Resource is the CMK or role the call was about, for the message.
	Resource string
	// Service is the service the failed call went to, ServiceKMS or
	// ServiceSTS; empty means KMS (a backend that is one service).
	Service string
	// Action is the API action that failed ("Encrypt", "AssumeRole"...);
	// empty when the backend does not say.
	Action string
}

func (e *Error) Error() string {
	s := e.Code
	if e.Resource != "" {
		s += " for " + e.Resource
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	if e.RequestID != "" {
		s += fmt.Sprintf(" (RequestId %s)", e.RequestID)
	}
	return s
}

// Retryable reports whether the call may succeed if repeated: throttling
// and internal failures.
func (e *Error) Retryable() bool {
	return e.Code == CodeThrottling || e.Code == CodeInternalFailure || e.HTTPStatus >= 500
}

// Errorf returns an *Error with a formatted message.
func Errorf(code, resource, format string, args ...any) *Error {
	return &Error{Code: code, Resource: resource, Message: fmt.Sprintf(format, args...), HTTPStatus: StatusOf(code)}
}

// StatusOf returns the HTTP status the real services answer with for code.
func StatusOf(code string) int {
	switch code {
	case CodeKeyNotFound, CodeAccessKeyNotFound:
		return 404
	case CodeNoPermission:
		return 403
	case CodeDisabled, CodePendingDeletion:
		return 409
	case CodeInternalFailure:
		return 500
	}
	return 400
}

// CodeOf returns the code of a KMS *Error in err's chain, or "".
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
