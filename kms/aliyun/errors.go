package aliyun

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"regexp"
	"strings"

	sdkerrors "github.com/aliyun/alibaba-cloud-sdk-go/sdk/errors"

	"github.com/mcsql/mcsql/kms"
)

// Codes this backend adds to those of kms.md, for failures that are not
// the service's answer.
const (
	// CodeNetworkError: the endpoint could not be reached, or the
	// connection broke or timed out. Retried.
	CodeNetworkError = kms.CodeNetworkError
	// CodeUnexpectedResponse: the endpoint answered something that is not
	// the API's JSON (a proxy's page, a truncated body, a missing field).
	CodeUnexpectedResponse = "UnexpectedResponse"
)

// codeAliases maps the codes the real KMS and STS answer with onto the
// codes of kms.md, so that callers test one code per failure.
var codeAliases = map[string]string{
	"NoPermission":                               kms.CodeNoPermission,
	"Forbidden":                                  kms.CodeNoPermission,
	"Forbidden.RAM":                              kms.CodeNoPermission,
	"Forbidden.AccessDenied":                     kms.CodeNoPermission,
	"EntityNotExist.Role":                        kms.CodeNoPermission,
	"InvalidAccessKeyId":                         kms.CodeAccessKeyNotFound,
	"InvalidAccessKeyId.Inactive":                kms.CodeAccessKeyNotFound,
	"IncompleteSignature":                        kms.CodeSignatureMismatch,
	"InvalidTimeStamp.Expired":                   kms.CodeIllegalTimestamp,
	"InvalidTimeStamp.Format":                    kms.CodeIllegalTimestamp,
	"InvalidSecurityToken.MismatchWithAccessKey": kms.CodeTokenInvalid,
	"InternalError":                              kms.CodeInternalFailure,
	"ServiceUnavailable":                         kms.CodeInternalFailure,
	"ServiceUnavailableTemporary":                kms.CodeInternalFailure,
}

// canonicalCode returns the kms.md code for a service code.
func canonicalCode(code string, status int) string {
	if c, ok := codeAliases[code]; ok {
		return c
	}
	switch {
	case code == "Throttling" || strings.HasPrefix(code, "Throttling."):
		return kms.CodeThrottling
	case strings.HasPrefix(code, "InvalidParameter"):
		return kms.CodeInvalidParameter
	case strings.HasPrefix(code, "Missing"):
		return kms.CodeMissingParameter
	case code != "":
		return code
	case status == 429:
		return kms.CodeThrottling
	case status >= 500:
		return kms.CodeInternalFailure
	}
	return CodeUnexpectedResponse
}

// stringToSignRE starts the part of a SignatureDoesNotMatch message that
// echoes the request's canonical query, with the security token and the
// plaintext in it.
var stringToSignRE = regexp.MustCompile(`(?i)(server )?string ?to ?sign( is)?:`)

// scrubber removes secrets from text meant for an error.
type scrubber struct{ secrets []string }

// newScrubber keeps the non-trivial values of secrets.
func newScrubber(secrets ...string) *scrubber {
	s := &scrubber{}
	for _, v := range secrets {
		if len(v) >= 4 {
			s.secrets = append(s.secrets, v)
		}
	}
	return s
}

// clean cuts an echoed string to sign and redacts every secret, raw or
// percent-encoded once or twice as the string to sign encodes it.
func (s *scrubber) clean(text string) string {
	if loc := stringToSignRE.FindStringIndex(text); loc != nil {
		text = strings.TrimSpace(text[:loc[0]]) + " [string to sign withheld]"
	}
	for _, v := range s.secrets {
		once := url.QueryEscape(v)
		for _, form := range []string{v, once, url.QueryEscape(once), strings.ReplaceAll(once, "+", "%20")} {
			text = strings.ReplaceAll(text, form, "[redacted]")
		}
	}
	return text
}

// callError describes one failed request before retry decisions.
type callError struct {
	err       *kms.Error
	retryable bool
}

// target is where a failed request went, for messages.
type target struct {
	service  string // kms.ServiceKMS or kms.ServiceSTS
	url      string // scheme://host
	hostPort string // host:port, the port implied by the scheme if need be
}

// mapError turns what the SDK returned into a *kms.Error about resource.
// It never keeps the SDK's own error text: a ServerError's text dumps the
// response headers, and a transport error's the URL with the signed query.
func mapError(err error, resource string, to target, s *scrubber) callError {
	var se *sdkerrors.ServerError
	if errors.As(err, &se) {
		return serverError(se, resource, s)
	}
	if isNetwork(err) {
		return callError{err: networkError(err, resource, to, s), retryable: true}
	}
	var ce sdkerrors.Error
	if errors.As(err, &ce) {
		msg := fmt.Sprintf("%s (from %s)", s.clean(ce.Message()), to.url)
		code := ce.ErrorCode()
		if code == sdkerrors.JsonUnmarshalErrorCode {
			code = CodeUnexpectedResponse
		}
		return callError{err: &kms.Error{Code: code, Resource: resource, Message: msg}}
	}
	msg := fmt.Sprintf("%s (from %s)", s.clean(err.Error()), to.url)
	return callError{err: &kms.Error{Code: CodeUnexpectedResponse, Resource: resource, Message: msg}}
}

// isNetwork reports whether err is a failure to exchange bytes with the
// endpoint rather than an answer from it.
func isNetwork(err error) bool {
	var ue *url.Error
	var ne net.Error
	return errors.As(err, &ue) || errors.As(err, &ne) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		errors.Is(err, context.DeadlineExceeded)
}

// networkError describes a network failure by its cause only: a
// *url.Error's own text holds the signed URL. It names the service and
// the host:port it could not reach, and says that no service refused
// anything: a dead endpoint, DNS, a proxy or TLS is to blame, not a
// policy, which is what "refused" would send the user to check.
func networkError(err error, resource string, to target, s *scrubber) *kms.Error {
	nothing := "nothing was refused by KMS"
	if to.service == kms.ServiceSTS {
		nothing = "nothing was refused by STS or KMS (KMS was not called)"
	}
	msg := fmt.Sprintf("no answer from %s at %s within the read timeout: %s", to.service, to.hostPort, nothing)
	if !errors.Is(err, context.DeadlineExceeded) {
		cause := err
		var ue *url.Error
		if errors.As(err, &ue) {
			cause = ue.Err
		}
		msg = fmt.Sprintf("could not reach %s at %s: %s: %s", to.service, to.hostPort, nothing, s.clean(cause.Error()))
	}
	return &kms.Error{Code: CodeNetworkError, Resource: resource, Message: msg}
}

// serverError maps a service's error answer.
func serverError(se *sdkerrors.ServerError, resource string, s *scrubber) callError {
	status := se.HttpStatus()
	code := canonicalCode(se.ErrorCode(), status)
	msg := s.clean(se.Message())
	if se.ErrorCode() == "" {
		// Not the API's JSON: the body is a proxy's or a server's page.
		msg = fmt.Sprintf("the endpoint answered HTTP status %d without an API error", status)
	} else if code != se.ErrorCode() {
		msg += fmt.Sprintf(" (service code %s)", se.ErrorCode())
	}
	e := &kms.Error{Code: code, Message: msg, HTTPStatus: status, RequestID: s.clean(se.RequestId()), Resource: resource}
	return callError{err: e, retryable: code == kms.CodeThrottling || status >= 500}
}

// contextError reports a call abandoned because ctx ended.
func contextError(ctx context.Context, action, resource string) error {
	return fmt.Errorf("aliyun kms: %s for %s abandoned: %w", action, resource, ctx.Err())
}

// tokenRejected reports whether err says temporary credentials are no
// longer accepted, which a fresh AssumeRole may cure.
func tokenRejected(err error) bool {
	switch kms.CodeOf(err) {
	case kms.CodeTokenExpired, kms.CodeTokenInvalid:
		return true
	}
	return false
}
