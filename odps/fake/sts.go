package fake

import (
	"context"
	"net/http"

	"github.com/mcsql/mcsql/kms"
)

// isSTS tells the STS RPC requests (AssumeRole, at the root path) from
// the REST API's, which are all under /api/projects/..., /projects/...
// (the tunnel), /webconsole or /logview. They go to the embedded KMS/STS
// emulator, which checks their RPC signature and the policy's trust lists
// and issues the temporary credentials authenticate then accepts; they
// are not subject to injected faults, which exercise the MaxCompute
// client.
func isSTS(r *http.Request) bool { return r.URL.Path == "/" }

// noKeys is the emulator's key service in the fake: the fake serves STS
// only, so every KMS action is refused.
type noKeys struct{}

var _ kms.KeyService = noKeys{}

func refuseKMS() error {
	return kms.Errorf(kms.CodeInvalidParameter, "", "the fake MaxCompute serves STS AssumeRole only; run `mcsql kms serve` for KMS")
}

func (noKeys) CreateKey(context.Context, string, string, string) (*kms.KeyMetadata, error) {
	return nil, refuseKMS()
}
func (noKeys) DescribeKey(context.Context, string) (*kms.KeyMetadata, error) { return nil, refuseKMS() }
func (noKeys) ListKeys(context.Context) ([]kms.KeyMetadata, error)           { return nil, refuseKMS() }
func (noKeys) EnableKey(context.Context, string) error                       { return refuseKMS() }
func (noKeys) DisableKey(context.Context, string) error                      { return refuseKMS() }
func (noKeys) ScheduleKeyDeletion(context.Context, string, int) error        { return refuseKMS() }
func (noKeys) Encrypt(context.Context, string, []byte, map[string]string) (*kms.EncryptResult, error) {
	return nil, refuseKMS()
}
func (noKeys) Decrypt(context.Context, string, map[string]string) (*kms.DecryptResult, error) {
	return nil, refuseKMS()
}
