package functions

import (
	"bytes"
	"encoding/base64"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions/keyset"
)

// docCiphertexts are MaxCompute's ciphertexts (keysets.md §5) of four
// plaintexts under the documented keyset, without additional_data.
var docCiphertexts = []struct{ plaintext, base64 string }{
	{"0001", "nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQAwkVhYOocPQll8LmdzSwkRf3v2iTow+TAmnQ=="},
	{"0011", "nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQBgj1hYOodIPdnyZ0ijZ9RmT+50xbxXh5cwcg=="},
	{"0111", "nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQCwp1hYOoentQgkfUqctPbmX96k9eD018xg9Q=="},
	{"1111", "nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQDQqFhYOodexhRmfh6VieEwePZscC4nUVTJXQ=="},
}

const decryptFailure = "ENHANCED_SYM_DECRYPT: ciphertext does not decrypt with any key of this keyset: " +
	"wrong keyset, tampered data or different additional_data"

// keysetStruct stands for USE_WRAPPED_KEYSET's result.
var keysetStruct = eval.StructOf(eval.Field{Name: "wrapped_keyset_info", Type: eval.StringType})

// newTestKeyset returns a fresh keyset of typ; seed varies its key.
func newTestKeyset(t testing.TB, typ string, seed byte) []byte {
	t.Helper()
	ks, err := callWith(keysetContext(testNow, seqBytes(seed, 100)), "new_keyset", typ)
	if err != nil {
		t.Fatal(err)
	}
	return ks.([]byte)
}

// mustCall calls a function that must succeed.
func mustCall(t testing.TB, name string, a ...eval.Value) eval.Value {
	t.Helper()
	v, err := callWith(nil, name, a...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

func TestDecryptMaxComputeVectors(t *testing.T) {
	doc := mustUnhex(t, docKeysetHex)
	for _, v := range docCiphertexts {
		t.Run(v.plaintext, func(t *testing.T) {
			ct, _ := base64.StdEncoding.DecodeString(v.base64)
			for _, a := range [][]eval.Value{args(doc, ct), args(doc, ct, nil), args(doc, ct, "")} {
				if got := mustCall(t, "enhanced_sym_decrypt", a...); string(got.([]byte)) != v.plaintext {
					t.Errorf("%d arguments: = %q, want %q", len(a), got, v.plaintext)
				}
			}
			_, err := callWith(nil, "enhanced_sym_decrypt", doc, ct, "ad")
			checkError(t, err, "", decryptFailure)
		})
	}
}

func TestEnhancedSymRoundTrip(t *testing.T) {
	cases := []struct {
		typ      string
		overhead int
	}{{"AES-GCM-256", 60}, {"AES-SIV-CMAC-128", 48}, {"AES-SIV-CMAC-256", 48}}
	plaintexts := []eval.Value{"", "13900001234", "中文", []byte{}, []byte{0, 0xff}}
	for _, tc := range cases {
		ks := newTestKeyset(t, tc.typ, 1)
		primary, _ := keyset.Unmarshal(ks)
		for _, pt := range plaintexts {
			want, ok := pt.([]byte)
			if !ok {
				want = []byte(pt.(string))
			}
			for _, ad := range []eval.Value{nil, "", "row 7"} {
				t.Run(tc.typ, func(t *testing.T) {
					ct := mustCall(t, "enhanced_sym_encrypt", ks, pt, ad).([]byte)
					if len(ct) != len(want)+tc.overhead || !bytes.HasPrefix(ct, keyset.CiphertextPrefix(primary.PrimaryKeyID)) {
						t.Fatalf("ciphertext %X: want %d bytes starting with the primary key's prefix", ct, len(want)+tc.overhead)
					}
					got := mustCall(t, "enhanced_sym_decrypt", ks, ct, ad)
					if !sameValue(got, want) {
						t.Errorf("decrypt(encrypt(%q, ad %v)) = %#v, want %#v", pt, ad, got, want)
					}
				})
			}
		}
	}
}

// TestAdditionalDataAbsentIsEmpty checks that absent, NULL and ” are the
// same additional_data, on both sides, and that any other value differs.
func TestAdditionalDataAbsentIsEmpty(t *testing.T) {
	for _, typ := range []string{"AES-GCM-256", "AES-SIV-CMAC-128", "AES-SIV-CMAC-256"} {
		ks := newTestKeyset(t, typ, 3)
		made := [][]byte{
			mustCall(t, "enhanced_sym_encrypt", ks, "x").([]byte),
			mustCall(t, "enhanced_sym_encrypt", ks, "x", nil).([]byte),
			mustCall(t, "enhanced_sym_encrypt", ks, "x", "").([]byte),
		}
		for i, ct := range made {
			t.Run(typ, func(t *testing.T) {
				for _, a := range [][]eval.Value{args(ks, ct), args(ks, ct, nil), args(ks, ct, "")} {
					if got := mustCall(t, "enhanced_sym_decrypt", a...); string(got.([]byte)) != "x" {
						t.Errorf("ciphertext %d, %d arguments: = %q, want x", i, len(a), got)
					}
				}
				_, err := callWith(nil, "enhanced_sym_decrypt", ks, ct, " ")
				checkError(t, err, "", decryptFailure)
			})
		}
	}
}

func TestEnhancedSymDeterminism(t *testing.T) {
	cases := []struct {
		typ           string
		deterministic bool
	}{{"AES-GCM-256", false}, {"AES-SIV-CMAC-128", true}, {"AES-SIV-CMAC-256", true}}
	for _, tc := range cases {
		t.Run(tc.typ, func(t *testing.T) {
			ks := newTestKeyset(t, tc.typ, 5)
			a := mustCall(t, "enhanced_sym_encrypt", ks, "same", "ad").([]byte)
			b := mustCall(t, "enhanced_sym_encrypt", ks, "same", "ad").([]byte)
			if bytes.Equal(a, b) != tc.deterministic {
				t.Errorf("two encryptions equal = %v, want %v", bytes.Equal(a, b), tc.deterministic)
			}
		})
	}
}

// TestMixedKeyset rotates through all three types and checks that the final
// keyset decrypts what each earlier primary encrypted.
func TestMixedKeyset(t *testing.T) {
	ctx := keysetContext(testNow, seqBytes(7, 250))
	ks, err := callWith(ctx, "new_keyset", "AES-GCM-256")
	if err != nil {
		t.Fatal(err)
	}
	var cts [][]byte
	for _, next := range []string{"AES-SIV-CMAC-128", "AES-SIV-CMAC-256", ""} {
		cts = append(cts, mustCall(t, "enhanced_sym_encrypt", ks, "p"+next, next).([]byte))
		if next != "" {
			if ks, err = callWith(ctx, "rotate_keyset", ks, next); err != nil {
				t.Fatal(err)
			}
		}
	}
	wantLens := []int{17 + 60, 17 + 48, 1 + 48} // GCM, then SIV-128, then SIV-256
	for i, ct := range cts {
		next := []string{"AES-SIV-CMAC-128", "AES-SIV-CMAC-256", ""}[i]
		got := mustCall(t, "enhanced_sym_decrypt", ks, ct, next)
		if string(got.([]byte)) != "p"+next || len(ct) != wantLens[i] {
			t.Errorf("ciphertext %d (%d bytes) decrypts to %q, want %q from %d bytes", i, len(ct), got, "p"+next, wantLens[i])
		}
	}
}

func TestEnhancedSymNulls(t *testing.T) {
	ks := newTestKeyset(t, "AES-SIV-CMAC-128", 9)
	ct := mustCall(t, "enhanced_sym_encrypt", ks, "x").([]byte)
	runCases(t, []testCase{
		{name: "encrypt(NULL, 'x')", fn: "enhanced_sym_encrypt", args: args(nil, "x"), want: nil},
		{name: "encrypt(ks, NULL)", fn: "enhanced_sym_encrypt", args: args(ks, nil), want: nil},
		{name: "encrypt(ks, NULL, 'ad')", fn: "enhanced_sym_encrypt", args: args(ks, nil, "ad"), want: nil},
		{name: "encrypt(NULL, 'x', NULL)", fn: "enhanced_sym_encrypt", args: args(nil, "x", nil), want: nil},
		{name: "decrypt(NULL, ct)", fn: "enhanced_sym_decrypt", args: args(nil, ct), want: nil},
		{name: "decrypt(ks, NULL)", fn: "enhanced_sym_decrypt", args: args(ks, nil), want: nil},
		{name: "decrypt(ks, NULL, 'ad')", fn: "enhanced_sym_decrypt", args: args(ks, nil, "ad"), want: nil},
		{name: "decrypt(garbage, NULL)", fn: "enhanced_sym_decrypt", args: args([]byte("junk"), nil), want: nil},
		{name: "decrypt(ks, ct, NULL)", fn: "enhanced_sym_decrypt", args: args(ks, ct, nil), want: []byte("x")},
	})
}

func TestEnhancedSymStructKeyset(t *testing.T) {
	ks := newTestKeyset(t, "AES-GCM-256", 11)
	parsed, _ := keyset.Unmarshal(ks)
	wrapped := &eval.Struct{Fields: []eval.Value{"{}"}, Hidden: parsed}
	ct := mustCall(t, "enhanced_sym_encrypt", ks, "secret").([]byte)
	notKeyset := "%s: this STRUCT is not a keyset; the keyset argument is a BINARY keyset or the STRUCT USE_WRAPPED_KEYSET returns"
	st := types(keysetStruct, eval.BinaryType)
	runCases(t, []testCase{
		{name: "decrypt(struct, ct)", fn: "enhanced_sym_decrypt", types: st, args: args(wrapped, ct), want: []byte("secret")},
		{name: "decrypt(struct without keyset)", fn: "enhanced_sym_decrypt", types: st,
			args: args(&eval.Struct{Fields: []eval.Value{"{}"}}, ct), err: "ENHANCED_SYM_DECRYPT" + notKeyset[2:]},
		{name: "encrypt(struct holding a string)", fn: "enhanced_sym_encrypt", types: types(keysetStruct, eval.StringType),
			args: args(&eval.Struct{Fields: []eval.Value{"{}"}, Hidden: "k"}, "x"), err: "ENHANCED_SYM_ENCRYPT" + notKeyset[2:]},
		{name: "encrypt(struct holding a nil keyset)", fn: "enhanced_sym_encrypt", types: types(keysetStruct, eval.StringType),
			args: args(&eval.Struct{Hidden: (*keyset.Keyset)(nil)}, "x"), err: "ENHANCED_SYM_ENCRYPT" + notKeyset[2:]},
		{name: "encrypt(struct holding an invalid keyset)", fn: "enhanced_sym_encrypt", types: types(keysetStruct, eval.StringType),
			args: args(&eval.Struct{Hidden: &keyset.Keyset{}}, "x"),
			err: "ENHANCED_SYM_ENCRYPT: keyset is not a valid keyset: keyset has no keys; pass the BINARY value NEW_KEYSET or " +
				"KEYSET_FROM_JSON returned (a wrapped keyset goes through USE_WRAPPED_KEYSET)"},
	})
	got, err := call("enhanced_sym_encrypt", types(keysetStruct, eval.StringType), args(wrapped, "secret"))
	if err != nil || len(got.([]byte)) != 6+60 {
		t.Fatalf("encrypt(struct) = %X, %v", got, err)
	}
	if back := mustCall(t, "enhanced_sym_decrypt", ks, got); string(back.([]byte)) != "secret" {
		t.Errorf("decrypt(binary, encrypt(struct)) = %q, want secret", back)
	}
}
