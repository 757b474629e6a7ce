package keyset

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"reflect"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
)

func TestDocumentedBinary(t *testing.T) {
	tests := []struct {
		name string
		hex  string
		want func(testing.TB) *Keyset
	}{
		{"one key (§3)", docHex, docKeyset},
		{"after ADD_KEY_TO_KEYSET (§4)", addKeyHex, func(tb testing.TB) *Keyset {
			ks := docKeyset(tb)
			ks.PrimaryKeyID = addKeyID
			ks.Keys = append(ks.Keys, &Key{
				ID: addKeyID, Type: AESSIVCMAC128, Value: mustHex(tb, addRawKey),
				MaterialType: MaterialSymmetric, Origin: OriginImported, Status: StatusEnabled,
				OutputPrefixType: PrefixMaxCompute, Description: "description",
			})
			return ks
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := mustHex(t, tc.hex)
			got, err := Unmarshal(in)
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if want := tc.want(t); !reflect.DeepEqual(got, want) {
				t.Errorf("Unmarshal = %+v, want %+v", got, want)
			}
			if out := Marshal(tc.want(t)); !bytes.Equal(out, in) {
				t.Errorf("Marshal = %X\nwant     %s", out, tc.hex)
			}
		})
	}
}

func TestUnmarshalCanonicalizesTypeName(t *testing.T) {
	ks := docKeyset(t)
	ks.Keys[0].Type = "aes-gcm-256"
	got, err := Unmarshal(Marshal(ks))
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	if got.Keys[0].Type != AESGCM256 {
		t.Errorf("Type = %q, want %q", got.Keys[0].Type, AESGCM256)
	}
	if !bytes.Equal(Marshal(got), mustHex(t, docHex)) {
		t.Errorf("re-encoding is not the canonical documented keyset")
	}
}

func TestUnmarshalDoesNotAlias(t *testing.T) {
	in := mustHex(t, docHex)
	ks, err := Unmarshal(in)
	if err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	for i := range in {
		in[i] = 0
	}
	if want := mustHex(t, docKeyHex); !bytes.Equal(ks.Keys[0].Value, want) {
		t.Errorf("key value changed with the input buffer: %X", ks.Keys[0].Value)
	}
}

// docWith marshals the documented keyset after edit; Marshal does not
// validate, so this produces well-formed bytes with semantic faults.
func docWith(t testing.TB, edit func(*Keyset)) []byte {
	ks := docKeyset(t)
	edit(ks)
	return Marshal(ks)
}

// second is a valid AES-SIV-CMAC-256 key with id "AAAAAAEAAAAAAAAB".
func second() *Key {
	return &Key{ID: "AAAAAAEAAAAAAAAB", Type: AESSIVCMAC256, Value: bytes.Repeat([]byte{7}, 64),
		MaterialType: MaterialSymmetric, Origin: OriginMaxCompute, Status: StatusEnabled,
		OutputPrefixType: PrefixMaxCompute}
}

func TestUnmarshalSemanticErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"key size", docWith(t, func(ks *Keyset) {
			k := second()
			k.ID, k.Type, k.Value = docKeyID, AESGCM256, make([]byte, 16)
			ks.Keys[0].ID = "AAAAAAEAAAAAAAAB"
			ks.Keys = append(ks.Keys, k)
		}), "keyset: key 2 (id r8MqZAEA8PDd3QSL): key size 16 bytes does not match AES-GCM-256, want 32"},
		{"siv key size", docWith(t, func(ks *Keyset) { ks.Keys[0].Type = AESSIVCMAC256 }),
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): key size 32 bytes does not match AES-SIV-CMAC-256, want 64"},
		{"unknown type", docWith(t, func(ks *Keyset) { ks.Keys[0].Type = "AES-CTR-256" }),
			`keyset: key 1 (id r8MqZAEA8PDd3QSL): unknown key type "AES-CTR-256", want one of AES-GCM-256, AES-SIV-CMAC-128, AES-SIV-CMAC-256`},
		{"primary names no key", docWith(t, func(ks *Keyset) { ks.PrimaryKeyID = "AAAAAAEAAAAAAAAB" }),
			`keyset: primary_key_id "AAAAAAEAAAAAAAAB" names no key of the keyset`},
		{"primary missing", docWith(t, func(ks *Keyset) { ks.PrimaryKeyID = "" }),
			"keyset: primary_key_id is missing"},
		{"duplicate id", docWith(t, func(ks *Keyset) {
			k := second()
			k.ID = docKeyID
			ks.Keys = append(ks.Keys, k)
		}), "keyset: key 2 (id r8MqZAEA8PDd3QSL): duplicate key id, already used by key 1"},
		{"no keys", docWith(t, func(ks *Keyset) { ks.Keys = nil }), "keyset: keyset has no keys"},
		{"status missing", docWith(t, func(ks *Keyset) { ks.Keys[0].Status = 0 }),
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): status 0 is not valid, want ENABLED (1), DISABLED (2) or DESTROYED (3)"},
		{"status 7", docWith(t, func(ks *Keyset) { ks.Keys[0].Status = 7 }),
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): status 7 is not valid, want ENABLED (1), DISABLED (2) or DESTROYED (3)"},
		{"negative status", docWith(t, func(ks *Keyset) { ks.Keys[0].Status = -1 }),
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): status -1 is not valid, want ENABLED (1), DISABLED (2) or DESTROYED (3)"},
		{"origin 3", docWith(t, func(ks *Keyset) { ks.Keys[0].Origin = 3 }),
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): key_material_origin 3 is not valid, want Origin_IMPORTED (1) or Origin_ALIYUN_MAXCOMPUTE (2)"},
		{"material 2", docWith(t, func(ks *Keyset) { ks.Keys[0].MaterialType = 2 }),
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): key_material_type 2 is not valid, want SYMMETRIC (1)"},
		{"prefix 1", docWith(t, func(ks *Keyset) { ks.Keys[0].OutputPrefixType = 1 }),
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): output_prefix_type 1 is not valid, want PREFIX_ALIYUN_MAXCOMPUTE (2)"},
		{"bad key id", docWith(t, func(ks *Keyset) { ks.Keys[0].ID, ks.PrimaryKeyID = "short", "short" }),
			`keyset: key 1: key_id "short" is not 16 characters of standard Base64`},
		{"missing key id", docWith(t, func(ks *Keyset) { ks.Keys[0].ID = "" }),
			"keyset: key 1: key_id is missing"},
		{"primary disabled", docWith(t, func(ks *Keyset) { ks.Keys[0].Status = StatusDisabled }),
			"keyset: primary key 1 (id r8MqZAEA8PDd3QSL) is DISABLED, want ENABLED"},
		{"description not UTF-8", docWith(t, func(ks *Keyset) { ks.Keys[0].Description = "\xff" }),
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): description is not valid UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkUnmarshalError(t, tc.in, tc.want)
		})
	}
}

// checkUnmarshalError asserts the exact error and that it shows no key
// material of the documented key in any common encoding.
func checkUnmarshalError(t *testing.T, in []byte, want string) {
	t.Helper()
	got, err := Unmarshal(in)
	if err == nil || err.Error() != want {
		t.Fatalf("Unmarshal() = %+v, %v\nwant error %q", got, err, want)
	}
	assertNoKeyMaterial(t, err.Error())
}

func assertNoKeyMaterial(t *testing.T, msg string) {
	t.Helper()
	key := mustHex(t, docKeyHex)
	for _, enc := range []string{string(key[:8]), hex.EncodeToString(key[:8]),
		strings.ToUpper(hex.EncodeToString(key[:8])), base64.StdEncoding.EncodeToString(key)[:10]} {
		if strings.Contains(msg, enc) {
			t.Errorf("error %q contains key material", msg)
		}
	}
}

func tag(num protowire.Number, typ protowire.Type) []byte {
	return protowire.AppendTag(nil, num, typ)
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func TestUnmarshalWireErrors(t *testing.T) {
	doc := mustHex(t, docHex)
	primary := doc[:18] // tag, length and the 16-byte id
	key := doc[20:]     // body of the one Key (after tag 0x12 and length 0x58)
	meta := key[2:53]   // body of its KeyMetaData
	wrapKey := func(b []byte) []byte {
		return cat(primary, protowire.AppendBytes(tag(2, protowire.BytesType), b))
	}
	withMeta := func(m []byte) []byte {
		return wrapKey(cat(protowire.AppendBytes(tag(1, protowire.BytesType), m), key[53:]))
	}
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "keyset: binary keyset is empty"},
		{"truncated in key", doc[:50], "keyset: binary keyset at byte 19: key (field 2): unexpected EOF"},
		{"truncated tag", cat(primary, []byte{0x80}), "keyset: binary keyset at byte 18: bad field tag: unexpected EOF"},
		{"field number 0", cat([]byte{0x02, 0x00}, doc), "keyset: binary keyset at byte 0: bad field tag: invalid field number"},
		{"primary as varint", cat([]byte{0x08, 0x01}, doc[18:]),
			"keyset: binary keyset at byte 0: primary_key_id (field 1) has wire type varint, want bytes"},
		{"unknown top field", cat(doc, []byte{0x18, 0x01}),
			"keyset: binary keyset at byte 108: unknown field 3 (wire type varint)"},
		{"primary twice", cat(primary, doc),
			"keyset: binary keyset at byte 18: primary_key_id (field 1) appears twice"},
		{"unknown key field", wrapKey(cat(key, []byte{0x35, 1, 2, 3, 4})),
			"keyset: binary key 1 at byte 108: unknown field 6 (wire type fixed32)"},
		{"status as bytes", wrapKey(cat(key[:53], []byte{0x12, 0x00}, key[55:])),
			"keyset: binary key 1 at byte 73: status (field 2) has wire type bytes, want varint"},
		{"status twice", wrapKey(cat(key, []byte{0x10, 0x01})),
			"keyset: binary key 1 at byte 108: status (field 2) appears twice"},
		{"status out of range", wrapKey(cat(key[:53], []byte{0x10, 0x80, 0x80, 0x80, 0x80, 0x10}, key[55:])),
			"keyset: binary key 1 at byte 74: status (field 2) value 4294967296 is out of range"},
		{"status truncated", wrapKey(cat(key[:53], []byte{0x10})),
			"keyset: binary key 1 at byte 74: status (field 2): unexpected EOF"},
		{"meta missing", wrapKey(key[53:]), "keyset: binary key 1: key_meta_data is missing"},
		{"unknown meta field", withMeta(cat(meta, []byte{0x28, 0x01})),
			"keyset: binary key 1 key_meta_data at byte 73: unknown field 5 (wire type varint)"},
		{"value twice", withMeta(cat(meta, meta[13:47])),
			"keyset: binary key 1 key_meta_data at byte 73: value (field 2) appears twice"},
		{"origin as fixed64", withMeta(cat(meta[:49], []byte{0x21, 0, 0, 0, 0, 0, 0, 0, 2})),
			"keyset: binary key 1 key_meta_data at byte 71: key_material_origin (field 4) has wire type fixed64, want varint"},
		{"group wire type", cat(primary, []byte{0x13}),
			"keyset: binary keyset at byte 18: key (field 2) has wire type group, want bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkUnmarshalError(t, tc.in, tc.want)
		})
	}
}

func TestMarshalNil(t *testing.T) {
	if got := Marshal(nil); got != nil {
		t.Errorf("Marshal(nil) = %X, want nil", got)
	}
}
