package keyset

import (
	"bytes"
	"reflect"
	"testing"
)

// addKeyJSON is the §4 keyset in mcsql's several-key layout.
const addKeyJSON = `{
    "key": [{
            "description": "hello world",
            "key_id": "r8MqZAEA8PDd3QSL",
            "key_meta_data": {
                "key_material_origin": "Origin_ALIYUN_MAXCOMPUTE",
                "key_material_type": "SYMMETRIC",
                "type": "AES-GCM-256",
                "value": "Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="},
            "output_prefix_type": "PREFIX_ALIYUN_MAXCOMPUTE",
            "status": "ENABLED"}, {
            "description": "description",
            "key_id": "Ye0sZQEAAPDrsBLB",
            "key_meta_data": {
                "key_material_origin": "Origin_IMPORTED",
                "key_material_type": "SYMMETRIC",
                "type": "AES-SIV-CMAC-128",
                "value": "t1WFzzIc3K1CRRaQzbe/xJwmCS9g+FTnLUMkTFViCj0="},
            "output_prefix_type": "PREFIX_ALIYUN_MAXCOMPUTE",
            "status": "ENABLED"}],
    "primary_key_id": "Ye0sZQEAAPDrsBLB"}`

func TestDocumentedJSON(t *testing.T) {
	tests := []struct {
		name, hex, json string
	}{
		{"one key (§3)", docHex, docJSON},
		{"two keys (§4)", addKeyHex, addKeyJSON},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ks, err := Unmarshal(mustHex(t, tc.hex))
			if err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if got := ToJSON(ks); got != tc.json {
				t.Errorf("ToJSON =\n%s\nwant\n%s", got, tc.json)
			}
			back, err := FromJSON(tc.json)
			if err != nil {
				t.Fatalf("FromJSON: %v", err)
			}
			if got := Marshal(back); !bytes.Equal(got, mustHex(t, tc.hex)) {
				t.Errorf("Marshal(FromJSON) = %X\nwant                 %s", got, tc.hex)
			}
		})
	}
}

func TestToJSONSpecialCases(t *testing.T) {
	ks := docKeyset(t)
	ks.Keys[0].Description = ""
	ks.Keys[0].Status = 9 // unvalidated: printed as a number
	want := `{
    "key": [{
            "key_id": "r8MqZAEA8PDd3QSL",
            "key_meta_data": {
                "key_material_origin": "Origin_ALIYUN_MAXCOMPUTE",
                "key_material_type": "SYMMETRIC",
                "type": "AES-GCM-256",
                "value": "Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="},
            "output_prefix_type": "PREFIX_ALIYUN_MAXCOMPUTE",
            "status": 9}],
    "primary_key_id": "r8MqZAEA8PDd3QSL"}`
	if got := ToJSON(ks); got != want {
		t.Errorf("ToJSON =\n%s\nwant\n%s", got, want)
	}
	ks = docKeyset(t)
	ks.Keys[0].Description = "a<b>&\"c\"\n\\ é"
	const wantLine = `            "description": "a<b>&\"c\"\n\\ é",`
	if got := ToJSON(ks); !bytes.Contains([]byte(got), []byte("\n"+wantLine+"\n")) {
		t.Errorf("ToJSON = %s\nwant the line %s", got, wantLine)
	}
	back, err := FromJSON(ToJSON(ks))
	if err != nil || !reflect.DeepEqual(back, ks) {
		t.Errorf("FromJSON(ToJSON) = %+v, %v; want %+v", back, err, ks)
	}
}

func TestFromJSONAccepts(t *testing.T) {
	const compact = `{"primary_key_id":"r8MqZAEA8PDd3QSL","key":[{"status":1,"output_prefix_type":2,` +
		`"key_meta_data":{"value":"Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8=","type":"aes-gcm-256",` +
		`"key_material_type":1,"key_material_origin":2},"key_id":"r8MqZAEA8PDd3QSL","description":"hello world"}]}`
	noDesc := docKeyset(t)
	noDesc.Keys[0].Description = ""
	tests := []struct {
		name string
		in   string
		want *Keyset
	}{
		{"documented", docJSON, docKeyset(t)},
		{"compact, reordered, numbers, lower-case type", compact, docKeyset(t)},
		{"whitespace", " \t\n" + docJSON + "\n\r ", docKeyset(t)},
		{"no description", `{"key":[{"key_id":"r8MqZAEA8PDd3QSL","key_meta_data":{"key_material_origin":"Origin_ALIYUN_MAXCOMPUTE",` +
			`"key_material_type":"SYMMETRIC","type":"AES-GCM-256","value":"Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="},` +
			`"output_prefix_type":"PREFIX_ALIYUN_MAXCOMPUTE","status":"ENABLED"}],"primary_key_id":"r8MqZAEA8PDd3QSL"}`, noDesc},
		{"empty description", replaceOnce(t, docJSON, `"hello world"`, `""`), noDesc},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := FromJSON(tc.in)
			if err != nil {
				t.Fatalf("FromJSON: %v", err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("FromJSON = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	out := bytes.Replace([]byte(s), []byte(old), []byte(new), 1)
	if bytes.Equal(out, []byte(s)) {
		t.Fatalf("%q not found", old)
	}
	return string(out)
}

func TestFromJSONErrors(t *testing.T) {
	r := func(old, new string) string { return replaceOnce(t, docJSON, old, new) }
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "keyset: JSON keyset: unexpected EOF"},
		{"not an object", `[1]`, "keyset: JSON keyset: want an object"},
		{"truncated", docJSON[:100], "keyset: JSON keyset: unexpected EOF"},
		{"syntax", r(`"status": "ENABLED"`, `"status": ENABLED`), "keyset: JSON keyset: invalid character 'E' looking for beginning of value"},
		{"trailing data", docJSON + "{}", "keyset: JSON keyset: unexpected data after the object"},
		{"unknown top member", r(`"primary_key_id"`, `"primary"`), `keyset: JSON keyset: unknown member "primary"`},
		{"duplicate member", r(`"status": "ENABLED"`, `"status": "ENABLED", "status": "DISABLED"`), `keyset: JSON key 1: member "status" appears twice`},
		{"missing key", `{"primary_key_id": "r8MqZAEA8PDd3QSL"}`, `keyset: JSON keyset: member "key" is missing`},
		{"key not array", `{"key": null, "primary_key_id": "r8MqZAEA8PDd3QSL"}`, `keyset: JSON keyset: member "key" must be an array of objects`},
		{"empty key list", `{"key": [], "primary_key_id": "r8MqZAEA8PDd3QSL"}`, "keyset: keyset has no keys"},
		{"element not object", `{"key": [1], "primary_key_id": "r8MqZAEA8PDd3QSL"}`, "keyset: JSON key 1: want an object"},
		{"missing primary", r(`,
    "primary_key_id": "r8MqZAEA8PDd3QSL"`, ""), `keyset: JSON keyset: member "primary_key_id" is missing`},
		{"null primary", r(`"primary_key_id": "r8MqZAEA8PDd3QSL"`, `"primary_key_id": null`), `keyset: JSON keyset: member "primary_key_id" must be a string`},
		{"missing status", r(`,
            "status": "ENABLED"`, ""), `keyset: JSON key 1: member "status" is missing`},
		{"bad status name", r(`"ENABLED"`, `"enabled"`), `keyset: JSON key 1: status "enabled" is not valid, want ENABLED (1), DISABLED (2) or DESTROYED (3)`},
		{"bad status number", r(`"ENABLED"`, `4`), "keyset: key 1 (id r8MqZAEA8PDd3QSL): status 4 is not valid, want ENABLED (1), DISABLED (2) or DESTROYED (3)"},
		{"fractional enum", r(`"ENABLED"`, `1.0`), `keyset: JSON key 1: member "status" must be an enum name or an integer, got "1.0"`},
		{"huge enum", r(`"ENABLED"`, `4294967297`), `keyset: JSON key 1: member "status" must be an enum name or an integer, got "4294967297"`},
		{"bad origin", r(`"Origin_ALIYUN_MAXCOMPUTE"`, `"ALIYUN"`), `keyset: JSON key 1 key_meta_data: key_material_origin "ALIYUN" is not valid, want Origin_IMPORTED (1) or Origin_ALIYUN_MAXCOMPUTE (2)`},
		{"bad prefix", r(`"PREFIX_ALIYUN_MAXCOMPUTE"`, `"TINK"`), `keyset: JSON key 1: output_prefix_type "TINK" is not valid, want PREFIX_ALIYUN_MAXCOMPUTE (2)`},
		{"bad material", r(`"SYMMETRIC"`, `3`), "keyset: key 1 (id r8MqZAEA8PDd3QSL): key_material_type 3 is not valid, want SYMMETRIC (1)"},
		{"missing meta", `{"key": [{"key_id": "r8MqZAEA8PDd3QSL", "status": 1, "output_prefix_type": 2}], "primary_key_id": "r8MqZAEA8PDd3QSL"}`,
			`keyset: JSON key 1: member "key_meta_data" is missing`},
		{"unknown meta member", r(`"type":`, `"kind":`), `keyset: JSON key 1 key_meta_data: unknown member "kind"`},
		{"value not base64", r(`+1u/MPi`, `-1u_MPi`), `keyset: JSON key 1 key_meta_data: member "value" is not padded standard Base64: illegal base64 data at input byte 32`},
		{"value unpadded", r(`+a8=`, `+a8`), `keyset: JSON key 1 key_meta_data: member "value" is not padded standard Base64: illegal base64 data at input byte 40`},
		{"value number", r(`"Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="`, `12`), `keyset: JSON key 1 key_meta_data: member "value" must be a string`},
		{"short value", r(`"Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="`, `"AAAAAAAAAAAAAAAAAAAAAA=="`),
			"keyset: key 1 (id r8MqZAEA8PDd3QSL): key size 16 bytes does not match AES-GCM-256, want 32"},
		{"unknown type", r(`"AES-GCM-256"`, `"AES-GCM-512"`),
			`keyset: key 1 (id r8MqZAEA8PDd3QSL): unknown key type "AES-GCM-512", want one of AES-GCM-256, AES-SIV-CMAC-128, AES-SIV-CMAC-256`},
		{"description number", r(`"hello world"`, `5`), `keyset: JSON key 1: member "description" must be a string`},
		{"primary names no key", r(`"primary_key_id": "r8MqZAEA8PDd3QSL"`, `"primary_key_id": "AAAAAAEAAAAAAAAA"`),
			`keyset: primary_key_id "AAAAAAEAAAAAAAAA" names no key of the keyset`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := FromJSON(tc.in)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("FromJSON() = %+v, %v\nwant error %q", got, err, tc.want)
			}
			assertNoKeyMaterial(t, err.Error())
		})
	}
}
