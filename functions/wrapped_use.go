package functions

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions/keyset"
	"github.com/mcsql/mcsql/kms"
)

// maskedValue replaces key material in USE_WRAPPED_KEYSET's masked keyset.
const maskedValue = "******"

// useWrapped is USE_WRAPPED_KEYSET: it unwraps the keyset for
// ENHANCED_SYM_ENCRYPT/DECRYPT. Like every deterministic call with
// constant arguments it is folded by the evaluator, so a statement over N
// rows calls the KMS once.
func useWrapped(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	c, err := newWrapCall(useWrappedName, ctx, args, 3)
	if err != nil || args[2] == nil {
		return nil, err
	}
	ks, res, err := c.unwrap(args[2])
	if err != nil {
		return nil, err
	}
	if res.KeyID != c.key.KeyID {
		return nil, eval.InvalidArgument("%s: the wrapped keyset was wrapped by CMK %s, but kms_cmk_arn names %s; "+
			"pass the ARN of the CMK that wrapped it", useWrappedName, res.KeyID, c.key.KeyID)
	}
	info, err := wrappedKeysetInfo(ks, c)
	if err != nil {
		return nil, err
	}
	return &eval.Struct{Fields: []eval.Value{info}, Hidden: ks}, nil
}

// wrappedKeysetInfo is the STRUCT's only field: compact JSON with the
// keyset in KEYSET_TO_JSON's layout, key material masked, and the KMS
// coordinates it was unwrapped with.
func wrappedKeysetInfo(ks *keyset.Keyset, c *wrapCall) (string, error) {
	masked := ks.Clone()
	for _, k := range masked.Keys {
		k.Value = nil
	}
	text := strings.ReplaceAll(keyset.ToJSON(masked), `"value": ""`, `"value": "`+maskedValue+`"`)
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(text)); err != nil {
		return "", internalError("masked keyset JSON: %v", err)
	}
	info := struct {
		MaskedKeyset json.RawMessage `json:"masked_keyset"`
		KMSCMKArn    string          `json:"kms_cmk_arn"`
		RoleArn      string          `json:"role_arn"`
		RoleChain    []string        `json:"role_chain,omitempty"`
	}{MaskedKeyset: compact.Bytes(), KMSCMKArn: c.key.String(), RoleArn: c.roles[0].String()}
	for _, r := range c.roles[1:] {
		info.RoleChain = append(info.RoleChain, r.String())
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(info); err != nil {
		return "", internalError("wrapped_keyset_info: %v", err)
	}
	return strings.TrimSuffix(out.String(), "\n"), nil
}

// kmsHints tell the user what to do about a refused KMS call.
var kmsHints = map[string]string{
	kms.CodeKeyNotFound: "the CMK does not exist in this KMS; a keyset wrapped by another KMS (such as MaxCompute's) " +
		"can only be unwrapped there",
	kms.CodeNoPermission:      "grant the role access in the KMS policy, or fix role_arn / role_chain",
	kms.CodeDisabled:          "enable the CMK (mcsql kms enable KEY_ID for the local KMS)",
	kms.CodePendingDeletion:   "the CMK is scheduled for deletion; cancel the deletion to use it",
	kms.CodeAccessKeyNotFound: "check ALIBABA_CLOUD_ACCESS_KEY_ID",
	kms.CodeSignatureMismatch: "check ALIBABA_CLOUD_ACCESS_KEY_SECRET",
	kms.CodeTokenExpired:      "the STS token expired; get a new ALIBABA_CLOUD_SECURITY_TOKEN",
	kms.CodeThrottling:        "the KMS is throttling requests; try again later",
}

// stsHints tell the user what to do about a refused STS AssumeRole. A
// NoPermission needs none: the backend's message names the trust policy
// and the RAM permission to check, which only it knows.
var stsHints = map[string]string{
	kms.CodeAccessKeyNotFound: "check ALIBABA_CLOUD_ACCESS_KEY_ID",
	kms.CodeSignatureMismatch: "check ALIBABA_CLOUD_ACCESS_KEY_SECRET",
	kms.CodeTokenExpired:      "the STS token expired; get a new ALIBABA_CLOUD_SECURITY_TOKEN",
	kms.CodeThrottling:        "STS is throttling requests; try again later",
}

// networkHint is what to check when an endpoint could not be reached.
const networkHint = "check the endpoint (--kms-endpoint, --sts-endpoint), the network, DNS, proxy and TLS settings"

// kmsError turns a KMS failure into an ODPS-0121095 error with a hint. KMS
// errors never carry secrets (kms.Error's contract). The error names the
// service and action that failed, which is not always the KMS action the
// function called: the role chain's STS AssumeRole comes first, and a
// network error is no refusal at all.
func kmsError(name, action string, err error) error {
	var ke *kms.Error
	if !errors.As(err, &ke) {
		return eval.InvalidArgument("%s: KMS %s failed: %v", name, action, err)
	}
	service, verb, hints := kms.ServiceKMS, "refused", kmsHints
	if ke.Service == kms.ServiceSTS {
		service, hints = kms.ServiceSTS, stsHints
	}
	if ke.Action != "" {
		action = ke.Action
	}
	msg := ke.Error()
	hint, ok := hints[ke.Code]
	if ke.Code == kms.CodeNetworkError {
		verb, hint, ok = "failed", networkHint, true
	}
	if ok {
		msg += "; " + hint
	}
	return eval.InvalidArgument("%s: %s %s %s: %s", name, service, action, verb, msg)
}
