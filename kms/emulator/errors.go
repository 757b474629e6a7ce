package emulator

import (
	"errors"

	"github.com/mcsql/mcsql/kms"
)

// refusal turns a Policy error into the answer: its own code when it is a
// *kms.Error (Forbidden.NoPermission normally), else NoPermission with its
// text; the resource (role or CMK) is always named.
func refusal(err error, resource string) *kms.Error {
	return asKMSError(err, kms.CodeNoPermission, resource)
}

// serviceError turns a KeyService error into the answer: *kms.Error codes
// (Forbidden.KeyNotFound, Rejected.Disabled, ...) pass through, anything
// else is an InternalFailure.
func serviceError(err error, resource string) *kms.Error {
	return asKMSError(err, kms.CodeInternalFailure, resource)
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
