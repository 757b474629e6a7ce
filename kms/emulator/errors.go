package emulator

import (
	"errors"
	"regexp"

	"github.com/mcsql/mcsql/kms"
)

// refusal turns a Policy error into the answer: its own code when it is a
// *kms.Error (Forbidden.NoPermission normally), else NoPermission with its
// text; the resource (role or CMK) is always named.
func refusal(err error, resource string) *kms.Error {
	return asKMSError(err, kms.CodeNoPermission, resource)
}

// Messages replacing the key service's own where these may name server
// files: kms/local's say which key store file failed or lacked a CMK,
// which is for the operator's eyes (the log), not the client's.
const (
	internalMessage = "The request processing has failed due to some unknown error. The emulator's log has the cause."
	notFoundMessage = "The specified Key is not found."
)

// serviceError turns a KeyService error into the answer: *kms.Error codes
// (Forbidden.KeyNotFound, Rejected.Disabled, ...) pass through, anything
// else is an InternalFailure. The client never sees a server-side file
// path: an internal failure gets a generic message and a missing key the
// service's wording, with the original kept in c.detail for the log, and
// any other message has its paths hidden.
func serviceError(c *call, err error, resource string) *kms.Error {
	out := asKMSError(err, kms.CodeInternalFailure, resource)
	original := out.Message
	switch out.Code {
	case kms.CodeInternalFailure:
		out.Message = internalMessage
	case kms.CodeKeyNotFound:
		out.Message = notFoundMessage
	default:
		out.Message = hidePaths(out.Message)
	}
	if out.Message != original {
		c.detail = original
	}
	return out
}

// pathRE matches an absolute file path (Unix, home-relative or Windows)
// starting a word; a path after ':' is not matched, so that ARNs and URLs
// are left alone.
var pathRE = regexp.MustCompile(`(^|[\s"'(=,])(?:/[^/\s]|~/|[A-Za-z]:\\)[^\s"'),;]*`)

// hidePaths replaces the file paths in a message by "<path>".
func hidePaths(msg string) string {
	return pathRE.ReplaceAllString(msg, "${1}<path>")
}

func asKMSError(err error, fallback, resource string) *kms.Error {
	var ke *kms.Error
	if errors.As(err, &ke) && ke.Code != "" {
		out := *ke
		out.RequestID = ""
		if out.Resource == "" {
			out.Resource = resource
		}
		if out.HTTPStatus == 0 {
			out.HTTPStatus = kms.StatusOf(out.Code)
		}
		return &out
	}
	return kms.Errorf(fallback, resource, "%v", err)
}
