package functions

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions/keyset"
)

// Byte strings from MaxCompute's documentation (keysets.md §3 and §4).
const (
	docKeysetHex  = "0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64"
	docKeysetJSON = `{
    "key": [{
            "description": "hello world",
            "key_id": "r8MqZAEA8PDd3QSL",
            "key_meta_data": {
                "key_material_origin": "Origin_ALIYUN_MAXCOMPUTE",
                "key_material_type": "SYMMETRIC",
                "type": "AES-GCM-256",
                "value": "Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="},
            "output_prefix_type": "PREFIX_ALIYUN_MAXCOMPUTE",
            "status": "ENABLED"}],
    "primary_key_id": "r8MqZAEA8PDd3QSL"}`
	// docAddedHex is docKeysetHex after ADD_KEY_TO_KEYSET of docRawKey as
	// AES-SIV-CMAC-128 with description "description". Its new key id
	// Ye0sZQEAAPDrsBLB is 61ED2C65 0100 00F0EBB012C1: the time and random
	// bytes below reproduce it.
	docAddedHex = "0A10596530735A5145414150447273424C4212580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64125D0A380A104145532D5349562D434D41432D3132381220B75585CF321CDCAD42451690CDB7BFC49C26092F60F854E72D43244C55620A3D1801200110011A10596530735A5145414150447273424C4220022A0B6465736372697074696F6E"
	docRawKey   = "b75585cf321cdcad42451690cdb7bfc49c26092f60f854e72d43244c55620a3d"
)

var (
	docAddedTime   = time.Unix(0x652CED61, 0)
	docAddedRandom = []byte{0x00, 0xF0, 0xEB, 0xB0, 0x12, 0xC1}
	keyTypesText   = "use one of AES-GCM-256, AES-SIV-CMAC-128, AES-SIV-CMAC-256"
)

// seqBytes returns n bytes counting up from first.
func seqBytes(first byte, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = first + byte(i)
	}
	return b
}

// keysetContext is a call context whose random source yields random and
// whose clock reads now.
func keysetContext(now time.Time, random []byte) *eval.CallContext {
	return &eval.CallContext{Rand: bytes.NewReader(random), Now: func() time.Time { return now }, Location: time.UTC}
}

// callWith is helper_test's call with a chosen context.
func callWith(ctx *eval.CallContext, name string, args ...eval.Value) (eval.Value, error) {
	f, _ := NewRegistry().Lookup(name)
	res, err := f.Resolve(&eval.CallSite{Args: typesOf(args)})
	if err != nil {
		return nil, err
	}
	if !res.Overload.NullSafe {
		for _, a := range args {
			if a == nil {
				return nil, nil
			}
		}
	}
	return res.Impl(ctx, args)
}

// keyID writes a key id from its parts, independently of package keyset.
func keyID(now time.Time, random []byte) string {
	raw := binary.LittleEndian.AppendUint32(nil, uint32(now.Unix()))
	raw = append(raw, 0x01, 0x00)
	return base64.StdEncoding.EncodeToString(append(raw, random...))
}

// oneKey is the keyset NEW_KEYSET makes from seqBytes(0, ...) at testNow.
func oneKey(typ keyset.KeyType, size int, description string) []byte {
	id := keyID(testNow, seqBytes(byte(size), 6))
	return keyset.Marshal(&keyset.Keyset{PrimaryKeyID: id, Keys: []*keyset.Key{{
		ID: id, Type: typ, Value: seqBytes(0, size), MaterialType: keyset.MaterialSymmetric,
		Origin: keyset.OriginMaxCompute, Status: keyset.StatusEnabled,
		OutputPrefixType: keyset.PrefixMaxCompute, Description: description,
	}}})
}

func mustUnhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestNewKeyset(t *testing.T) {
	cases := []struct {
		name string
		args []eval.Value
		want []byte
	}{
		{"AES-GCM-256", args("AES-GCM-256"), oneKey(keyset.AESGCM256, 32, "")},
		{"lower case, described", args("aes-siv-cmac-128", "my keyset"), oneKey(keyset.AESSIVCMAC128, 32, "my keyset")},
		{"AES-SIV-CMAC-256", args("AES-SIV-CMAC-256", "d"), oneKey(keyset.AESSIVCMAC256, 64, "d")},
		{"NULL description is none", args("AES-GCM-256", nil), oneKey(keyset.AESGCM256, 32, "")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := callWith(keysetContext(testNow, seqBytes(0, 100)), "new_keyset", tc.args...)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.([]byte), tc.want) {
				t.Errorf("got  %X\nwant %X", got, tc.want)
			}
		})
	}
}

func TestAddKeyToKeyset(t *testing.T) {
	doc := mustUnhex(t, docKeysetHex)
	raw := mustUnhex(t, docRawKey)
	got, err := callWith(keysetContext(docAddedTime, docAddedRandom), "add_key_to_keyset", doc, "AES-SIV-CMAC-128", raw, "description")
	if err != nil {
		t.Fatal(err)
	}
	if want := mustUnhex(t, docAddedHex); !bytes.Equal(got.([]byte), want) {
		t.Errorf("got  %X\nwant %X (keysets.md §4)", got, want)
	}
	// Without a description (absent or NULL) the new key has none.
	for _, a := range [][]eval.Value{args(doc, "AES-SIV-CMAC-128", raw), args(doc, "AES-SIV-CMAC-128", raw, nil)} {
		got, err := callWith(keysetContext(docAddedTime, docAddedRandom), "add_key_to_keyset", a...)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(docAddedHex, "2A0B6465736372697074696F6E")
		want = strings.Replace(want, "125D0A38", "12500A38", 1) // the key message is 13 bytes shorter
		if g := strings.ToUpper(hex.EncodeToString(got.([]byte))); g != want {
			t.Errorf("%d arguments: got  %s\nwant %s", len(a), g, want)
		}
	}
}

func TestRotateKeyset(t *testing.T) {
	doc := mustUnhex(t, docKeysetHex)
	random := seqBytes(0, 70)
	got, err := callWith(keysetContext(testNow, random), "rotate_keyset", doc, "AES-SIV-CMAC-256", "hello world")
	if err != nil {
		t.Fatal(err)
	}
	id := keyID(testNow, random[64:70])
	key := keyset.Marshal(&keyset.Keyset{PrimaryKeyID: id, Keys: []*keyset.Key{{
		ID: id, Type: keyset.AESSIVCMAC256, Value: random[:64], MaterialType: keyset.MaterialSymmetric,
		Origin: keyset.OriginMaxCompute, Status: keyset.StatusEnabled,
		OutputPrefixType: keyset.PrefixMaxCompute, Description: "hello world",
	}}})
	// Keyset{1: new id, 2: the documented key unchanged, 2: the new key}.
	want := append(append([]byte{}, key[:18]...), doc[18:]...)
	want = append(want, key[18:]...)
	if !bytes.Equal(got.([]byte), want) {
		t.Errorf("got  %X\nwant %X", got, want)
	}
}

func TestKeysetJSON(t *testing.T) {
	runCases(t, []testCase{
		{name: "to_json(documented)", fn: "keyset_to_json", args: args(mustUnhex(t, docKeysetHex)), want: docKeysetJSON},
		{name: "from_json(documented)", fn: "keyset_from_json", args: args(docKeysetJSON), want: mustUnhex(t, docKeysetHex)},
		{name: "from_json(compact, reordered)", fn: "keyset_from_json",
			args: args(`{"primary_key_id":"r8MqZAEA8PDd3QSL","key":[{"status":"ENABLED","output_prefix_type":"PREFIX_ALIYUN_MAXCOMPUTE",` +
				`"key_meta_data":{"value":"Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8=","type":"AES-GCM-256",` +
				`"key_material_type":"SYMMETRIC","key_material_origin":"Origin_ALIYUN_MAXCOMPUTE"},` +
				`"key_id":"r8MqZAEA8PDd3QSL","description":"hello world"}]}`),
			want: mustUnhex(t, docKeysetHex)},
		{name: "to_json(null)", fn: "keyset_to_json", args: args(nil), want: nil},
		{name: "from_json(null)", fn: "keyset_from_json", args: args(nil), want: nil},
	})
}

// TestKeysetJSONRoundTrip holds KEYSET_FROM_JSON(KEYSET_TO_JSON(k)) = k for
// keysets of every shape the functions make.
func TestKeysetJSONRoundTrip(t *testing.T) {
	ctx := keysetContext(testNow, seqBytes(0, 250))
	ks, err := callWith(ctx, "new_keyset", "AES-GCM-256", "first")
	for _, typ := range []string{"AES-SIV-CMAC-128", "AES-SIV-CMAC-256"} {
		if err == nil {
			ks, err = callWith(ctx, "rotate_keyset", ks, typ)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	j, err := callWith(ctx, "keyset_to_json", ks)
	if err != nil {
		t.Fatal(err)
	}
	back, err := callWith(ctx, "keyset_from_json", j)
	if err != nil || !bytes.Equal(back.([]byte), ks.([]byte)) {
		t.Errorf("round trip = %X, %v; want %X", back, err, ks)
	}
}

func TestKeysetFunctionNulls(t *testing.T) {
	doc := mustUnhex(t, docKeysetHex)
	raw := mustUnhex(t, docRawKey)
	nullType := "%s: key_type must not be NULL; " + keyTypesText
	cases := []struct {
		fn   string
		args []eval.Value
		err  string // empty: the result is NULL
	}{
		{"new_keyset", args(nil), nullType},
		{"new_keyset", args(nil, "d"), nullType},
		{"rotate_keyset", args(doc, nil), nullType},
		{"rotate_keyset", args(nil, nil), nullType},
		{"add_key_to_keyset", args(doc, nil, raw), nullType},
		{"add_key_to_keyset", args(nil, nil, nil, nil), nullType},
		{"rotate_keyset", args(nil, "AES-GCM-256"), ""},
		{"rotate_keyset", args(nil, "AES-GCM-256", "d"), ""},
		{"add_key_to_keyset", args(nil, "AES-GCM-256", raw), ""},
		{"add_key_to_keyset", args(doc, "AES-GCM-256", nil), ""},
	}
	for _, tc := range cases {
		t.Run(tc.fn+"/"+strings.Repeat("x", len(tc.args)), func(t *testing.T) {
			got, err := callWith(keysetContext(testNow, seqBytes(0, 100)), tc.fn, tc.args...)
			if tc.err == "" {
				if err != nil || got != nil {
					t.Errorf("= %v, %v; want NULL", got, err)
				}
				return
			}
			checkError(t, err, "", strings.Replace(tc.err, "%s", strings.ToUpper(tc.fn), 1))
		})
	}
}

func TestKeysetFunctionErrors(t *testing.T) {
	doc := mustUnhex(t, docKeysetHex)
	invalid := "keyset is not a valid keyset: %s; pass the BINARY value NEW_KEYSET or KEYSET_FROM_JSON returned " +
		"(a wrapped keyset goes through USE_WRAPPED_KEYSET)"
	noPrimary := strings.Replace(docKeysetJSON, `"primary_key_id": "r8MqZAEA8PDd3QSL"`, `"primary_key_id": "AAAAAAAAAAAAAAAA"`, 1)
	runCases(t, []testCase{
		{name: "new_keyset unknown type", fn: "new_keyset", args: args("AES-GCM-128"),
			err: "NEW_KEYSET: unknown key_type 'AES-GCM-128'; " + keyTypesText},
		{name: "rotate_keyset unknown type", fn: "rotate_keyset", args: args(doc, " AES-GCM-256"),
			err: "ROTATE_KEYSET: unknown key_type ' AES-GCM-256'; " + keyTypesText},
		{name: "add_key short raw key", fn: "add_key_to_keyset", args: args(doc, "AES-SIV-CMAC-128", make([]byte, 16)),
			err: "ADD_KEY_TO_KEYSET: raw_key is 16 bytes; AES-SIV-CMAC-128 needs 32"},
		{name: "add_key 32 bytes for SIV-256", fn: "add_key_to_keyset", args: args(doc, "aes-siv-cmac-256", make([]byte, 32), "d"),
			err: "ADD_KEY_TO_KEYSET: raw_key is 32 bytes; AES-SIV-CMAC-256 needs 64"},
		{name: "add_key garbage keyset", fn: "add_key_to_keyset", args: args([]byte("junk"), "AES-GCM-256", make([]byte, 32)),
			err: "ADD_KEY_TO_KEYSET: " + strings.Replace(invalid, "%s",
				"binary keyset at byte 0: unknown field 13 (wire type bytes)", 1)},
		{name: "rotate truncated keyset", fn: "rotate_keyset", args: args(doc[:50], "AES-GCM-256"),
			err: "ROTATE_KEYSET: " + strings.Replace(invalid, "%s",
				"binary keyset at byte 19: key (field 2): unexpected EOF", 1)},
		{name: "to_json empty keyset", fn: "keyset_to_json", args: args([]byte{}),
			err: "KEYSET_TO_JSON: " + strings.Replace(invalid, "%s", "binary keyset is empty", 1)},
		{name: "from_json bad JSON", fn: "keyset_from_json", args: args(`{"key": [`),
			err: "KEYSET_FROM_JSON: json is not a valid keyset: JSON keyset: unexpected EOF; pass the text KEYSET_TO_JSON returned"},
		{name: "from_json primary names no key", fn: "keyset_from_json", args: args(noPrimary),
			err: `KEYSET_FROM_JSON: json is not a valid keyset: primary_key_id "AAAAAAAAAAAAAAAA" names no key of the keyset; ` +
				"pass the text KEYSET_TO_JSON returned"},
	})
}

func TestKeysetInternalErrors(t *testing.T) {
	ctx := keysetContext(testNow, seqBytes(0, 100))
	cases := []struct {
		name string
		ctx  *eval.CallContext
		impl eval.Impl
		args []eval.Value
		msg  string
	}{
		{"new_keyset without arguments", ctx, newKeyset, args(), "internal error: got 0 arguments, want 1 to 2"},
		{"new_keyset given an int", ctx, newKeyset, args(int64(1)), "internal error: key_type is int64, want string"},
		{"new_keyset given an int description", ctx, newKeyset, args("AES-GCM-256", int64(1)), "internal error: argument 2 is int64, want string"},
		{"new_keyset without a clock", &eval.CallContext{}, newKeyset, args("AES-GCM-256"),
			"internal error: the call context has no random source or clock"},
		{"rotate_keyset given a string keyset", ctx, rotateKeyset, args("ks", "AES-GCM-256"), "internal error: keyset is string, want []uint8"},
		{"add_key_to_keyset given a string raw key", ctx, addKeyToKeyset, args(mustUnhex(t, docKeysetHex), "AES-GCM-256", "k"),
			"internal error: argument 3 is string, want []uint8"},
		{"rotate_keyset given five arguments", ctx, rotateKeyset, args(nil, nil, nil, nil, nil), "internal error: got 5 arguments, want 2 to 3"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.impl(tc.ctx, tc.args)
			checkError(t, err, "", tc.msg)
		})
	}
}

func TestKeysetResolutionErrors(t *testing.T) {
	runCases(t, []testCase{
		{name: "new_keyset()", fn: "new_keyset", args: args(), code: eval.CodeArgumentCount,
			err: "function new_keyset needs 1 to 2 parameters, actually have 0"},
		{name: "keyset_to_json(string)", fn: "keyset_to_json", args: args(docKeysetHex), code: eval.CodeArgumentType,
			err: "invalid type STRING of argument 1 for function keyset_to_json" + stringToBinaryHint},
		{name: "add_key_to_keyset(.., string raw key)", fn: "add_key_to_keyset", args: args([]byte{1}, "AES-GCM-256", "k"),
			code: eval.CodeArgumentType, err: "invalid type STRING of argument 3 for function add_key_to_keyset" + stringToBinaryHint},
		{name: "rotate_keyset(4 args)", fn: "rotate_keyset", args: args([]byte{1}, "a", "b", "c"), code: eval.CodeArgumentCount,
			err: "function rotate_keyset needs 2 to 3 parameters, actually have 4"},
	})
}

// bigKeysetValue is the binary form of a valid keyset of n AES-GCM-256
// keys, built directly rather than by n rotations.
func bigKeysetValue(n int) []byte {
	ks := &keyset.Keyset{}
	for i := range n {
		id := keyID(testNow, binary.BigEndian.AppendUint32([]byte{0, 0}, uint32(i)))
		ks.Keys = append(ks.Keys, &keyset.Key{ID: id, Type: keyset.AESGCM256, Value: seqBytes(byte(i), 32),
			MaterialType: keyset.MaterialSymmetric, Origin: keyset.OriginMaxCompute, Status: keyset.StatusEnabled,
			OutputPrefixType: keyset.PrefixMaxCompute})
		ks.PrimaryKeyID = id
	}
	return keyset.Marshal(ks)
}

// TestRotateKeysetNoPerKeyWork calls ROTATE_KEYSET on a 3,000-key keyset,
// then on its result again and again, as `@k := rotate_keyset(@k, ...)`
// repeated does. Once the first call has decoded the keyset, no call
// decodes, validates or encodes the earlier keys again, so a call's
// allocations do not grow with the keyset (issue 11: 3,000 rotations
// took 15 s, each call allocating about 18,000 times at this size).
func TestRotateKeysetNoPerKeyWork(t *testing.T) {
	f, _ := NewRegistry().Lookup("rotate_keyset")
	res, err := f.Resolve(&eval.CallSite{Args: typesOf([]eval.Value{[]byte{}, ""})})
	if err != nil {
		t.Fatal(err)
	}
	var ks eval.Value = bigKeysetValue(3000)
	ctx := keysetContext(testNow, bytes.Repeat(seqBytes(0, 250), 10))
	allocs := testing.AllocsPerRun(20, func() {
		if ks, err = res.Impl(ctx, []eval.Value{ks, "AES-GCM-256"}); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 30 {
		t.Errorf("ROTATE_KEYSET of a 3,000-key keyset allocates %.0f times, want at most 30", allocs)
	}
	out, err := keyset.Unmarshal(ks.([]byte))
	if err != nil || len(out.Keys) != 3021 || out.PrimaryKeyID != out.Keys[3020].ID {
		t.Fatalf("after 21 rotations: %v", err)
	}
}

// TestLooksWrapped: Base64 text is taken for a wrapped keyset; a binary
// keyset (it starts with a protobuf tag byte) or short text is not.
func TestLooksWrapped(t *testing.T) {
	for s, want := range map[string]bool{
		"a2V5LWFiYy1ycmlsNXYxZDAxAAAA": true,
		" a2V5LWFiYy1ycmlsNXYxZDAx\n":  true,
		"\x08\x01\x12\x05abcde":        false,
		"abcd":                         false,
		"not base64 text at all!!":     false,
	} {
		if got := looksWrapped([]byte(s)); got != want {
			t.Errorf("looksWrapped(%q) = %v, want %v", s, got, want)
		}
	}
}
