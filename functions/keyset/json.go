package keyset

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"strconv"
	"strings"
)

// ToJSON renders ks exactly as MaxCompute's KEYSET_TO_JSON prints it:
// members in alphabetical order, 4 spaces per level with the array counted
// as a level, "[{" on the member's line, closers glued to the last value,
// no trailing newline. For several keys the elements are joined by "}, {"
// on one line (mcsql's choice; the documentation shows one key). An empty
// description is omitted, as in the binary form. Enums print by name, or as
// numbers when they have none (possible only for unvalidated keysets).
// A nil keyset gives "".
//
//	{
//	    "key": [{
//	            "description": "hello world",
//	            "key_id": "r8MqZAEA8PDd3QSL",
//	            "key_meta_data": {
//	                "key_material_origin": "Origin_ALIYUN_MAXCOMPUTE",
//	                "key_material_type": "SYMMETRIC",
//	                "type": "AES-GCM-256",
//	                "value": "Jqj7ESbfT1td0DwYDmkZVl13FsuykYFe+1u/MPi++a8="},
//	            "output_prefix_type": "PREFIX_ALIYUN_MAXCOMPUTE",
//	            "status": "ENABLED"}],
//	    "primary_key_id": "r8MqZAEA8PDd3QSL"}
func ToJSON(ks *Keyset) string {
	if ks == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString("{\n    \"key\": [")
	first := true
	for _, k := range ks.Keys {
		if k == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString("{\n")
		writeKeyJSON(&b, k)
		b.WriteString("}")
	}
	b.WriteString("],\n    \"primary_key_id\": ")
	b.WriteString(jsonString(ks.PrimaryKeyID))
	b.WriteString("}")
	return b.String()
}

// writeKeyJSON writes the members of one key element, 12 spaces deep.
func writeKeyJSON(b *strings.Builder, k *Key) {
	const in12, in16 = "            ", "                "
	meta := []string{
		member(in16, "key_material_origin", enumJSON(originEnum, int32(k.Origin))),
		member(in16, "key_material_type", enumJSON(materialEnum, int32(k.MaterialType))),
		member(in16, "type", jsonString(string(k.Type))),
		member(in16, "value", jsonString(base64.StdEncoding.EncodeToString(k.Value))),
	}
	var lines []string
	if k.Description != "" {
		lines = append(lines, member(in12, "description", jsonString(k.Description)))
	}
	lines = append(lines,
		member(in12, "key_id", jsonString(k.ID)),
		member(in12, "key_meta_data", "{\n"+strings.Join(meta, ",\n")+"}"),
		member(in12, "output_prefix_type", enumJSON(prefixEnum, int32(k.OutputPrefixType))),
		member(in12, "status", enumJSON(statusEnum, int32(k.Status))),
	)
	b.WriteString(strings.Join(lines, ",\n"))
}

func member(indent, name, value string) string {
	return indent + `"` + name + `": ` + value
}

// enumJSON prints an enum by name, or its number when it has no name.
func enumJSON(e enumSpec, n int32) string {
	if s := e.name(n); s != "" {
		return jsonString(s)
	}
	return strconv.Itoa(int(n))
}

// jsonString quotes s as a JSON string without HTML escaping, so a
// description like "a<b" prints as written.
func jsonString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // encoding a string into a bytes.Buffer cannot fail
	return strings.TrimSuffix(buf.String(), "\n")
}
