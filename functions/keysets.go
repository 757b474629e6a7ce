package functions

import (
	"bytes"
	"errors"
	"strings"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions/keyset"
)

// registerKeysets adds the keyset functions (NEW_KEYSET, ADD_KEY_TO_KEYSET,
// ROTATE_KEYSET, KEYSET_TO_JSON, KEYSET_FROM_JSON) and ENHANCED_SYM_ENCRYPT /
// ENHANCED_SYM_DECRYPT. The adapters convert SQL values and errors; the
// formats and the cryptography live in package keyset. The overloads taking
// key_type are NullSafe: a NULL key_type is an error and a NULL description
// means none, which the default NULL rule cannot express.
func registerKeysets(r registrar) {
	r.Register(volatile(fn("NEW_KEYSET", "BINARY NEW_KEYSET(STRING key_type [, STRING description])",
		"a new keyset of one random key of key_type (AES-GCM-256, AES-SIV-CMAC-128 or AES-SIV-CMAC-256); a new key every call",
		"select length(hex(new_keyset('AES-GCM-256', 'hello world'))) div 2; -- 108 (bytes; a new key every call)",
		nullSafe(ov(eval.BinaryType, newKeyset, p("key_type", stringKinds))),
		nullSafe(ov(eval.BinaryType, newKeyset, p("key_type", stringKinds), p("description", stringKinds))),
	)))
	r.Register(volatile(fn("ADD_KEY_TO_KEYSET",
		"BINARY ADD_KEY_TO_KEYSET(BINARY keyset, STRING key_type, BINARY raw_key [, STRING description])",
		"appends raw_key (32 bytes, 64 for AES-SIV-CMAC-256) as a key of key_type with a new random id and makes it primary",
		"select get_json_object(keyset_to_json(add_key_to_keyset(new_keyset('AES-GCM-256'), 'AES-SIV-CMAC-128', "+
			"unhex('b75585cf321cdcad42451690cdb7bfc49c26092f60f854e72d43244c55620a3d'))), '$.key[1].key_meta_data.key_material_origin'); -- Origin_IMPORTED",
		nullSafe(ov(eval.BinaryType, addKeyToKeyset, p("keyset", binaryKinds), p("key_type", stringKinds), p("raw_key", binaryKinds))),
		nullSafe(ov(eval.BinaryType, addKeyToKeyset, p("keyset", binaryKinds), p("key_type", stringKinds), p("raw_key", binaryKinds),
			p("description", stringKinds))),
	)))
	r.Register(volatile(fn("ROTATE_KEYSET", "BINARY ROTATE_KEYSET(BINARY keyset, STRING key_type [, STRING description])",
		"appends a new random key of key_type (which may differ from the existing keys') and makes it primary",
		"select get_json_object(keyset_to_json(rotate_keyset(new_keyset('AES-GCM-256'), 'AES-SIV-CMAC-256')), '$.key[1].key_meta_data.type'); -- AES-SIV-CMAC-256",
		nullSafe(ov(eval.BinaryType, rotateKeyset, p("keyset", binaryKinds), p("key_type", stringKinds))),
		nullSafe(ov(eval.BinaryType, rotateKeyset, p("keyset", binaryKinds), p("key_type", stringKinds), p("description", stringKinds))),
	)))
	r.Register(fn("KEYSET_TO_JSON", "STRING KEYSET_TO_JSON(BINARY keyset)",
		"the keyset as MaxCompute's JSON text, key material included",
		"select keyset_to_json(new_keyset('AES-GCM-256')); -- {\"key\": [{ ... }], \"primary_key_id\": \"...\"}",
		ov(eval.StringType, impl1(keysetToJSON), p("keyset", binaryKinds)),
	))
	r.Register(fn("KEYSET_FROM_JSON", "BINARY KEYSET_FROM_JSON(STRING json)",
		"the binary keyset of KEYSET_TO_JSON's text (any whitespace and member order)",
		"select keyset_from_json(keyset_to_json(k)) = k from values (new_keyset('AES-GCM-256')) t(k); -- true",
		ov(eval.BinaryType, impl1(keysetFromJSON), p("json", stringKinds)),
	))
	registerEnhancedSym(r)
}

// volatile marks f as giving a new value per call, so it is never folded.
func volatile(f *eval.Function) *eval.Function {
	f.Volatile = true
	return f
}

// newKeyset is NEW_KEYSET(key_type [, description]).
func newKeyset(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	const name = "NEW_KEYSET"
	if err := argCount(args, 1, 2); err != nil {
		return nil, err
	}
	ks, err := generateKeyset(name, ctx, args, 0)
	if err != nil {
		return nil, err
	}
	return keyset.Marshal(ks), nil
}

// generateKeyset makes a one-key keyset from the key_type argument at i
// and the optional description after it (NEW_KEYSET, NEW_WRAPPED_KEYSET).
func generateKeyset(name string, ctx *eval.CallContext, args []eval.Value, i int) (*keyset.Keyset, error) {
	t, err := keyTypeArg(name, args[i])
	if err != nil {
		return nil, err
	}
	desc, err := optionalString(args, i+1)
	if err != nil {
		return nil, err
	}
	if err := checkContext(ctx); err != nil {
		return nil, err
	}
	ks, err := keyset.New(string(t), desc, ctx.Rand, ctx.Now())
	if err != nil {
		return nil, keysetError(name, err)
	}
	return ks, nil
}

// addKeyToKeyset is ADD_KEY_TO_KEYSET(keyset, key_type, raw_key [, description]).
func addKeyToKeyset(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	const name = "ADD_KEY_TO_KEYSET"
	if err := argCount(args, 3, 4); err != nil {
		return nil, err
	}
	t, err := keyTypeArg(name, args[1])
	if err != nil || args[0] == nil || args[2] == nil {
		return nil, err
	}
	b, err := binaryKeysetArg(args[0])
	if err != nil {
		return nil, err
	}
	raw, err := argAs[[]byte](args, 2, len(args))
	if err != nil {
		return nil, err
	}
	if len(raw) != t.KeySize() {
		return nil, eval.InvalidArgument("%s: raw_key is %d bytes; %s needs %d", name, len(raw), t, t.KeySize())
	}
	desc, err := optionalString(args, 3)
	if err != nil {
		return nil, err
	}
	if err := checkContext(ctx); err != nil {
		return nil, err
	}
	return appendedKeyset(name, b)(keyset.AddKeyBinary(b, string(t), raw, desc, ctx.Rand, ctx.Now()))
}

// rotateKeyset is ROTATE_KEYSET(keyset, key_type [, description]).
func rotateKeyset(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	const name = "ROTATE_KEYSET"
	if err := argCount(args, 2, 3); err != nil {
		return nil, err
	}
	t, err := keyTypeArg(name, args[1])
	if err != nil || args[0] == nil {
		return nil, err
	}
	b, err := binaryKeysetArg(args[0])
	if err != nil {
		return nil, err
	}
	desc, err := optionalString(args, 2)
	if err != nil {
		return nil, err
	}
	if err := checkContext(ctx); err != nil {
		return nil, err
	}
	// The binary form, not a decoded keyset: RotateBinary appends to the
	// keyset it returned last without decoding it again, which keeps a
	// script rotating one keyset n times linear in n (issue 11).
	return appendedKeyset(name, b)(keyset.RotateBinary(b, string(t), desc, ctx.Rand, ctx.Now()))
}

// binaryKeysetArg reads a BINARY keyset argument without decoding it.
func binaryKeysetArg(v eval.Value) ([]byte, error) {
	b, ok := v.([]byte)
	if !ok {
		return nil, internalError("keyset is %T, want []uint8", v)
	}
	return b, nil
}

// appendedKeyset converts the result of keyset.RotateBinary or
// AddKeyBinary into the function's result, reporting an invalid keyset
// argument as keysetArg does.
func appendedKeyset(name string, in []byte) func([]byte, error) (eval.Value, error) {
	return func(out []byte, err error) (eval.Value, error) {
		var inv *keyset.InvalidKeysetError
		if errors.As(err, &inv) && looksWrapped(in) {
			return nil, wrappedNotKeyset(name)
		}
		if errors.As(err, &inv) {
			return nil, invalidKeyset(name, inv.Err)
		}
		if err != nil {
			return nil, keysetError(name, err)
		}
		return out, nil
	}
}

// keysetToJSON is KEYSET_TO_JSON(keyset).
func keysetToJSON(b []byte) (string, error) {
	ks, err := keysetArg("KEYSET_TO_JSON", b)
	if err != nil {
		return "", err
	}
	return keyset.ToJSON(ks), nil
}

// keysetFromJSON is KEYSET_FROM_JSON(json).
func keysetFromJSON(s string) ([]byte, error) {
	ks, err := keyset.FromJSON(s)
	if err != nil {
		return nil, eval.InvalidArgument("KEYSET_FROM_JSON: json is not a valid keyset: %s; pass the text KEYSET_TO_JSON returned",
			coreMessage(err))
	}
	return keyset.Marshal(ks), nil
}

// keyTypeArg reads a key_type argument. NULL is an error rather than a NULL
// result because the type is required: a NULL keyset would be useless.
func keyTypeArg(name string, v eval.Value) (keyset.KeyType, error) {
	if v == nil {
		return "", eval.InvalidArgument("%s: key_type must not be NULL; use one of %s", name, keyTypeList())
	}
	s, ok := v.(string)
	if !ok {
		return "", internalError("key_type is %T, want string", v)
	}
	t, err := keyset.ParseKeyType(s)
	if err != nil {
		return "", eval.InvalidArgument("%s: unknown key_type %s; use one of %s", name, quote(s), keyTypeList())
	}
	return t, nil
}

// keyTypeList names the valid key types for error messages.
func keyTypeList() string {
	types := keyset.KeyTypes()
	names := make([]string, len(types))
	for i, t := range types {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}

// keysetArg decodes a BINARY keyset argument.
func keysetArg(name string, v eval.Value) (*keyset.Keyset, error) {
	b, ok := v.([]byte)
	if !ok {
		return nil, internalError("keyset is %T, want []uint8", v)
	}
	ks, err := keyset.Unmarshal(b)
	if err != nil {
		if looksWrapped(b) {
			return nil, wrappedNotKeyset(name)
		}
		return nil, invalidKeyset(name, err)
	}
	return ks, nil
}

// looksWrapped reports whether b, which failed to decode as a keyset, is
// Base64 text, as a wrapped keyset (a KMS CiphertextBlob) is; a binary
// keyset starts with a protobuf tag byte, which never is.
func looksWrapped(b []byte) bool {
	t := bytes.TrimSpace(b)
	if len(t) < 16 || len(t)%4 != 0 {
		return false
	}
	for _, c := range t {
		if !isBase64Byte(c) {
			return false
		}
	}
	return true
}

func isBase64Byte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
}

// wrappedNotKeyset is the error for a wrapped keyset passed where a plain
// one goes: what to do comes first, and the protobuf decoder's complaint
// about the Base64 text (unknown field 12 ...) is left out as noise.
func wrappedNotKeyset(name string) error {
	return eval.InvalidArgument("%s: this keyset is a wrapped keyset (Base64 KMS ciphertext): unwrap it with "+
		"USE_WRAPPED_KEYSET(kms_cmk_arn, role_arn, wrapped_keyset) and pass what that returns", name)
}

// invalidKeyset reports a keyset that does not decode or validate. The hint
// names the usual mistake: a wrapped keyset passed where a plain one goes.
func invalidKeyset(name string, err error) error {
	return eval.InvalidArgument("%s: keyset is not a valid keyset: %s; pass the BINARY value NEW_KEYSET or KEYSET_FROM_JSON "+
		"returned (a wrapped keyset goes through USE_WRAPPED_KEYSET)", name, coreMessage(err))
}

// keysetError reports any other failure of the keyset core.
func keysetError(name string, err error) error {
	return eval.InvalidArgument("%s: %s", name, coreMessage(err))
}

// coreMessage drops the core's "keyset: " prefix, which would read as the
// argument's name in an SQL error. The core never puts key material in errors.
func coreMessage(err error) string {
	return strings.TrimPrefix(err.Error(), "keyset: ")
}

// optionalString reads optional argument i: absent or NULL gives "".
func optionalString(args []eval.Value, i int) (string, error) {
	if i >= len(args) || args[i] == nil {
		return "", nil
	}
	s, ok := args[i].(string)
	if !ok {
		return "", internalError("argument %d is %T, want string", i+1, args[i])
	}
	return s, nil
}

// argCount checks that eval passed between lo and hi arguments.
func argCount(args []eval.Value, lo, hi int) error {
	if len(args) < lo || len(args) > hi {
		return internalError("got %d arguments, want %d to %d", len(args), lo, hi)
	}
	return nil
}

// checkContext makes sure the session supplied randomness and a clock; the
// keyset core would otherwise dereference nil.
func checkContext(ctx *eval.CallContext) error {
	if ctx == nil || ctx.Rand == nil || ctx.Now == nil {
		return internalError("the call context has no random source or clock")
	}
	return nil
}
