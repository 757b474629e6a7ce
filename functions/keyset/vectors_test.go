package keyset

import (
	"encoding/base64"
	"encoding/hex"
	"testing"
	"time"
)

// Byte strings from MaxCompute's documentation (keysets.md §3, §4, §5).
const (
	docKeyID = "r8MqZAEA8PDd3QSL"
	docHex   = "0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64"
	docJSON  = `{
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
	docKeyHex = "26A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF"

	// addKeyHex is §4: docHex after ADD_KEY_TO_KEYSET of addRawKey as
	// AES-SIV-CMAC-128 with description "description"; its new id is addKeyID.
	addKeyHex = "0A10596530735A5145414150447273424C4212580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64125D0A380A104145532D5349562D434D41432D3132381220B75585CF321CDCAD42451690CDB7BFC49C26092F60F854E72D43244C55620A3D1801200110011A10596530735A5145414150447273424C4220022A0B6465736372697074696F6E"
	addKeyID  = "Ye0sZQEAAPDrsBLB"
	addRawKey = "b75585cf321cdcad42451690cdb7bfc49c26092f60f854e72d43244c55620a3d"
)

// docKATs are MaxCompute's ciphertexts of §5 under the documented keyset.
var docKATs = []struct{ plaintext, ciphertext string }{
	{"0001", "nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQAwkVhYOocPQll8LmdzSwkRf3v2iTow+TAmnQ=="},
	{"0011", "nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQBgj1hYOodIPdnyZ0ijZ9RmT+50xbxXh5cwcg=="},
	{"0111", "nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQCwp1hYOoentQgkfUqctPbmX96k9eD018xg9Q=="},
	{"1111", "nLcdDFdjO2T4aATtirvDMVeBD8oSuu4BfM3t+Y8ny0kwQjJlAQDQqFhYOodexhRmfh6VieEwePZscC4nUVTJXQ=="},
}

// docKeyset is the documented keyset as a struct, written out field by
// field so decoding is checked against an independent statement of it.
func docKeyset(t testing.TB) *Keyset {
	return &Keyset{
		PrimaryKeyID: docKeyID,
		Keys: []*Key{{
			ID:               docKeyID,
			Type:             AESGCM256,
			Value:            mustHex(t, docKeyHex),
			MaterialType:     MaterialSymmetric,
			Origin:           OriginMaxCompute,
			Status:           StatusEnabled,
			OutputPrefixType: PrefixMaxCompute,
			Description:      "hello world",
		}},
	}
}

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("hex.DecodeString(%q): %v", s, err)
	}
	return b
}

func mustB64(t testing.TB, s string) []byte {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatalf("base64 decode %q: %v", s, err)
	}
	return b
}

// seqReader yields 0, 1, 2, ... (mod 256) so generated keys and ids are
// predictable.
type seqReader struct{ next byte }

func (r *seqReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.next
		r.next++
	}
	return len(p), nil
}

// constReader yields the same byte forever, forcing key id collisions.
type constReader byte

func (c constReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(c)
	}
	return len(p), nil
}

// testNow is the creation time of the documented key id.
var testNow = time.Date(2023, 4, 3, 12, 0, 0, 0, time.UTC)
