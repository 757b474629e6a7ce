package functions

import (
	"context"
	"encoding/base64"
	"strings"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions/keyset"
	"github.com/mcsql/mcsql/kms"
)

// ServiceKMS is the eval.CallContext.Services key under which the session
// puts its kms.Client.
const ServiceKMS = "kms"

// A wrapped keyset is the ASCII text of a KMS CiphertextBlob whose
// plaintext is the Base64 text of the binary keyset (keysets.md §6):
//
//	wrapped = ascii(KMS.Encrypt(CMK, base64(keyset)).CiphertextBlob)
var (
	wrappedKinds = []eval.Kind{eval.KindBinary, eval.KindString, eval.KindVarchar, eval.KindChar}
	// useResultType is USE_WRAPPED_KEYSET's STRUCT; the unwrapped keyset
	// travels in eval.Struct.Hidden, never in a field.
	useResultType = eval.StructOf(eval.Field{Name: "wrapped_keyset_info", Type: eval.StringType})
)

const (
	newWrappedName    = "NEW_WRAPPED_KEYSET"
	rewrapName        = "REWRAP_KEYSET"
	rotateWrappedName = "ROTATE_WRAPPED_KEYSET"
	useWrappedName    = "USE_WRAPPED_KEYSET"
)

func registerWrapped(r registrar) {
	s := p("", stringKinds)
	w := p("wrapped_keyset", wrappedKinds)
	r.Register(external(volatile(fn(newWrappedName,
		"BINARY NEW_WRAPPED_KEYSET(STRING kms_cmk_arn, STRING role_arn, STRING key_type [, STRING description [, STRING role_chain]])",
		"creates a keyset and returns it wrapped (encrypted) by the KMS key kms_cmk_arn, using the role's credentials",
		"select hex(new_wrapped_keyset('acs:kms:cn-hangzhou:123456789:key/key-hzz652f8793l4n2n8o21t', 'acs:ram::123456789:role/kms', 'AES-GCM-256', 'hello')); -- 200-byte blob, hex",
		wrappedOverload(newWrapped, s, s, s), wrappedOverload(newWrapped, s, s, s, s), wrappedOverload(newWrapped, s, s, s, s, s),
	))))
	r.Register(external(volatile(fn(rewrapName,
		"BINARY REWRAP_KEYSET(STRING kms_cmk_arn, STRING role_arn, BINARY|STRING wrapped_keyset [, STRING role_chain])",
		"unwraps a wrapped keyset with the KMS key it names and wraps the same keyset with kms_cmk_arn",
		"select hex(rewrap_keyset('acs:kms:cn-hangzhou:123456789:key/key-new', 'acs:ram::123456789:role/kms', @wrapped)); -- a new blob, hex",
		wrappedOverload(rewrap, s, s, w), wrappedOverload(rewrap, s, s, w, s),
	))))
	r.Register(external(volatile(fn(rotateWrappedName,
		"BINARY ROTATE_WRAPPED_KEYSET(STRING kms_cmk_arn, STRING role_arn, BINARY|STRING wrapped_keyset, STRING key_type [, STRING description [, STRING role_chain]])",
		"unwraps a wrapped keyset, adds a new primary key of key_type (as ROTATE_KEYSET) and wraps it with kms_cmk_arn",
		"select hex(rotate_wrapped_keyset(@cmk, @role, @wrapped, 'AES-GCM-256', 'hello world')); -- a new blob, hex",
		wrappedOverload(rotateWrapped, s, s, w, s), wrappedOverload(rotateWrapped, s, s, w, s, s),
		wrappedOverload(rotateWrapped, s, s, w, s, s, s),
	))))
	use := wrappedOverload(useWrapped, s, s, w)
	useChain := wrappedOverload(useWrapped, s, s, w, s)
	use.Result, useChain.Result = useResultType, useResultType
	r.Register(external(fn(useWrappedName,
		"STRUCT<wrapped_keyset_info:STRING> USE_WRAPPED_KEYSET(STRING kms_cmk_arn, STRING role_arn, BINARY|STRING wrapped_keyset [, STRING role_chain])",
		"unwraps a wrapped keyset for ENHANCED_SYM_ENCRYPT/DECRYPT; the STRUCT shows only the masked keyset",
		"select get_json_object(get_json_object(use_wrapped_keyset(@cmk, @role, @wrapped).wrapped_keyset_info, '$.masked_keyset'), '$.key[0].key_meta_data.type'); -- AES-GCM-256",
		use, useChain,
	)))
}

// external marks a function that calls the KMS: a script's compile-only
// check never calls it (eval.Function.External).
func external(f *eval.Function) *eval.Function {
	f.External = true
	return f
}

// wrappedOverload declares a NullSafe overload: the ARNs and key_type must
// not be NULL (an error), while a NULL wrapped keyset gives NULL.
func wrappedOverload(impl eval.Impl, params ...eval.Param) *eval.Overload {
	return &eval.Overload{Params: params, Result: eval.BinaryType, NullSafe: true, Impl: impl}
}

// wrapCall is what every wrapped-keyset function reads from its arguments.
type wrapCall struct {
	ctx    context.Context
	name   string
	client kms.Client
	key    kms.KeyARN
	roles  kms.RoleChain
}

// newWrapCall checks the KMS client and parses kms_cmk_arn, role_arn and
// the optional role_chain (argument chainAt, when present).
func newWrapCall(name string, ctx *eval.CallContext, args []eval.Value, chainAt int) (*wrapCall, error) {
	client, _ := ctx.Services[ServiceKMS].(kms.Client)
	if client == nil {
		return nil, eval.InvalidArgument("%s: no KMS is configured for this session", name)
	}
	cmk, err := requiredString(name, "kms_cmk_arn", args, 0)
	if err != nil {
		return nil, err
	}
	role, err := requiredString(name, "role_arn", args, 1)
	if err != nil {
		return nil, err
	}
	chain, err := optionalString(args, chainAt)
	if err != nil {
		return nil, err
	}
	key, err := kms.ParseKeyARN(cmk)
	if err != nil {
		return nil, eval.InvalidArgument("%s: %v", name, err)
	}
	roles, err := kms.ParseRoleChain(role, chain)
	if err != nil {
		return nil, eval.InvalidArgument("%s: %v", name, err)
	}
	callCtx := ctx.Ctx
	if callCtx == nil {
		callCtx = context.Background()
	}
	return &wrapCall{ctx: callCtx, name: name, client: client, key: key, roles: roles}, nil
}

func requiredString(name, param string, args []eval.Value, i int) (string, error) {
	if i >= len(args) || args[i] == nil {
		return "", eval.InvalidArgument("%s: %s must not be NULL", name, param)
	}
	s, ok := args[i].(string)
	if !ok {
		return "", internalError("argument %d is %T, want string", i+1, args[i])
	}
	return s, nil
}

// wrap encrypts a keyset under the call's CMK and returns the wrapped BINARY.
func (c *wrapCall) wrap(ks *keyset.Keyset) (eval.Value, error) {
	text := base64.StdEncoding.EncodeToString(keyset.Marshal(ks))
	res, err := c.client.Encrypt(c.ctx, c.roles, c.key, []byte(text))
	if err != nil {
		return nil, kmsError(c.name, "Encrypt", err)
	}
	return []byte(res.CiphertextBlob), nil
}

// unwrap decrypts a wrapped keyset with the CMK its blob names.
func (c *wrapCall) unwrap(wrapped eval.Value) (*keyset.Keyset, *kms.DecryptResult, error) {
	blob, err := wrappedText(c.name, wrapped)
	if err != nil {
		return nil, nil, err
	}
	// The blob names its CMK but not its region: the region of the ARN the
	// function was given is the best guess (the same CMK for
	// USE_WRAPPED_KEYSET, the new one for REWRAP and ROTATE).
	ctx := kms.WithRegion(c.ctx, c.key.Region)
	res, err := c.client.Decrypt(ctx, c.roles, blob)
	if err != nil {
		return nil, nil, kmsError(c.name, "Decrypt", err)
	}
	raw, err := base64.StdEncoding.DecodeString(string(res.Plaintext))
	if err != nil {
		return nil, nil, eval.InvalidArgument("%s: the KMS plaintext of this wrapped keyset is not a Base64 keyset; was it made by NEW_WRAPPED_KEYSET?", c.name)
	}
	ks, err := keyset.Unmarshal(raw)
	if err != nil {
		return nil, nil, eval.InvalidArgument("%s: the unwrapped keyset is not valid: %s", c.name, coreMessage(err))
	}
	return ks, res, nil
}

// wrappedText reads a wrapped keyset argument: the ASCII Base64 blob, as
// BINARY (what the functions return) or STRING.
func wrappedText(name string, v eval.Value) (string, error) {
	var s string
	switch w := v.(type) {
	case []byte:
		s = string(w)
	case string:
		s = w
	default:
		return "", internalError("wrapped_keyset is %T", v)
	}
	s = strings.TrimSpace(s)
	if _, err := base64.StdEncoding.DecodeString(s); err != nil || s == "" {
		return "", eval.InvalidArgument("%s: wrapped_keyset is not a KMS CiphertextBlob (Base64 text); pass the BINARY value "+
			"NEW_WRAPPED_KEYSET returned, e.g. unhex('<hex of it>')", name)
	}
	return s, nil
}

func newWrapped(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	c, err := newWrapCall(newWrappedName, ctx, args, 4)
	if err != nil {
		return nil, err
	}
	ks, err := generateKeyset(newWrappedName, ctx, args, 2)
	if err != nil {
		return nil, err
	}
	return c.wrap(ks)
}

func rewrap(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	c, err := newWrapCall(rewrapName, ctx, args, 3)
	if err != nil || args[2] == nil {
		return nil, err
	}
	ks, _, err := c.unwrap(args[2])
	if err != nil {
		return nil, err
	}
	return c.wrap(ks)
}

func rotateWrapped(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	c, err := newWrapCall(rotateWrappedName, ctx, args, 5)
	if err != nil {
		return nil, err
	}
	t, err := keyTypeArg(rotateWrappedName, args[3])
	if err != nil || args[2] == nil {
		return nil, err
	}
	desc, err := optionalString(args, 4)
	if err != nil {
		return nil, err
	}
	if err := checkContext(ctx); err != nil {
		return nil, err
	}
	ks, _, err := c.unwrap(args[2])
	if err != nil {
		return nil, err
	}
	rotated, err := keyset.Rotate(ks, string(t), desc, ctx.Rand, ctx.Now())
	if err != nil {
		return nil, keysetError(rotateWrappedName, err)
	}
	return c.wrap(rotated)
}
