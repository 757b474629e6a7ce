package functions

import (
	"encoding/base64"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestEnhancedSymErrors(t *testing.T) {
	doc := mustUnhex(t, docKeysetHex)
	ks := newTestKeyset(t, "AES-GCM-256", 13)
	other := newTestKeyset(t, "AES-GCM-256", 14)
	ct := mustCall(t, "enhanced_sym_encrypt", ks, "13900001234", "ad").([]byte)
	tampered := append([]byte{}, ct...)
	tampered[40] ^= 1
	mc, _ := base64.StdEncoding.DecodeString(docCiphertexts[0].base64)
	invalid := ": keyset is not a valid keyset: %s; pass the BINARY value NEW_KEYSET or KEYSET_FROM_JSON returned " +
		"(a wrapped keyset goes through USE_WRAPPED_KEYSET)"
	runCases(t, []testCase{
		{name: "other keyset", fn: "enhanced_sym_decrypt", args: args(other, ct, "ad"), err: decryptFailure},
		{name: "MaxCompute ciphertext, another keyset", fn: "enhanced_sym_decrypt", args: args(ks, mc), err: decryptFailure},
		{name: "tampered", fn: "enhanced_sym_decrypt", args: args(ks, tampered, "ad"), err: decryptFailure},
		{name: "wrong additional_data", fn: "enhanced_sym_decrypt", args: args(ks, ct, "AD"), err: decryptFailure},
		{name: "additional_data missing", fn: "enhanced_sym_decrypt", args: args(ks, ct), err: decryptFailure},
		{name: "prefix only", fn: "enhanced_sym_decrypt", args: args(doc, mc[:32]),
			err: "ENHANCED_SYM_DECRYPT: ciphertext is 32 bytes, shorter than the 60 bytes of an empty plaintext " +
				"(32-byte prefix and the body of this keyset's keys); pass the BINARY value ENHANCED_SYM_ENCRYPT returned"},
		{name: "one byte short", fn: "enhanced_sym_decrypt", args: args(doc, mc[:len(mc)-1]), err: decryptFailure},
		{name: "empty ciphertext", fn: "enhanced_sym_decrypt", args: args(doc, []byte{}),
			err: "ENHANCED_SYM_DECRYPT: ciphertext is 0 bytes, shorter than the 60 bytes of an empty plaintext " +
				"(32-byte prefix and the body of this keyset's keys); pass the BINARY value ENHANCED_SYM_ENCRYPT returned"},
		{name: "encrypt, garbage keyset", fn: "enhanced_sym_encrypt", args: args([]byte("0123"), "x"),
			err: "ENHANCED_SYM_ENCRYPT" + replace1(invalid, "binary keyset at byte 0: unknown field 6 (wire type varint)")},
		{name: "decrypt, truncated keyset", fn: "enhanced_sym_decrypt", args: args(doc[:len(doc)-1], mc),
			err: "ENHANCED_SYM_DECRYPT" + replace1(invalid, "binary keyset at byte 19: key (field 2): unexpected EOF")},
		{name: "decrypt, empty keyset", fn: "enhanced_sym_decrypt", args: args([]byte{}, mc),
			err: "ENHANCED_SYM_DECRYPT" + replace1(invalid, "binary keyset is empty")},
		{name: "decrypt, ciphertext as keyset", fn: "enhanced_sym_decrypt", args: args(mc, mc),
			err: "ENHANCED_SYM_DECRYPT" + replace1(invalid, "binary keyset at byte 0: unknown field 60275 (wire type group)")},
	})
}

// replace1 fills the single %s of format, which may hold other '%'.
func replace1(format, s string) string {
	for i := 0; i+1 < len(format); i++ {
		if format[i:i+2] == "%s" {
			return format[:i] + s + format[i+2:]
		}
	}
	return format
}

func TestEnhancedSymResolution(t *testing.T) {
	runCases(t, []testCase{
		{name: "encrypt(string keyset)", fn: "enhanced_sym_encrypt", args: args("ks", "x"), code: eval.CodeArgumentType,
			err: "invalid type STRING of argument 1 for function enhanced_sym_encrypt" + stringToBinaryHint},
		{name: "decrypt(ks, string)", fn: "enhanced_sym_decrypt", args: args([]byte{1}, "x"), code: eval.CodeArgumentType,
			err: "invalid type STRING of argument 2 for function enhanced_sym_decrypt" + stringToBinaryHint},
		{name: "encrypt(ks, x, binary ad)", fn: "enhanced_sym_encrypt", args: args([]byte{1}, "x", []byte{2}), code: eval.CodeArgumentType,
			err: "invalid type BINARY of argument 3 for function enhanced_sym_encrypt"},
		{name: "encrypt(ks)", fn: "enhanced_sym_encrypt", args: args([]byte{1}), code: eval.CodeArgumentCount,
			err: "function enhanced_sym_encrypt needs 2 to 3 parameters, actually have 1"},
		{name: "decrypt(4 args)", fn: "enhanced_sym_decrypt", args: args([]byte{1}, []byte{1}, "a", "b"), code: eval.CodeArgumentCount,
			err: "function enhanced_sym_decrypt needs 2 to 3 parameters, actually have 4"},
	})
}

func TestEnhancedSymInternalErrors(t *testing.T) {
	ks := newTestKeyset(t, "AES-GCM-256", 15)
	impl := encryptOp.overload().Impl
	cases := []struct {
		name string
		args []eval.Value
		msg  string
	}{
		{"one argument", args(ks), "internal error: got 1 arguments, want 2 to 3"},
		{"int plaintext", args(ks, int64(1)), "internal error: argument 2 is int64, want string or []uint8"},
		{"string keyset", args("ks", "x"), "internal error: keyset is string, want []uint8 or *eval.Struct"},
		{"binary additional_data", args(ks, "x", []byte{1}), "internal error: argument 3 is []uint8, want string"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := impl(nil, tc.args)
			checkError(t, err, "", tc.msg)
		})
	}
}
