package keyset

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// FromJSON parses the JSON form of a keyset (KEYSET_FROM_JSON) and validates
// it like Unmarshal. Whitespace and member order are free; enums are given by
// name (exact spelling) or number; "description" may be omitted. Unknown and
// duplicate members, null values and trailing data are rejected, so nothing
// in the input is silently ignored.
func FromJSON(s string) (*Keyset, error) {
	top, err := jsonObject([]byte(s), "keyset", true, "key", "primary_key_id")
	if err != nil {
		return nil, err
	}
	ks := &Keyset{}
	if ks.PrimaryKeyID, err = jsonStringMember(top, "keyset", "primary_key_id"); err != nil {
		return nil, err
	}
	rawKeys, ok := top["key"]
	if !ok {
		return nil, fmt.Errorf("keyset: JSON keyset: member \"key\" is missing")
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(rawKeys, &elems); err != nil || rawKeys[0] != '[' {
		return nil, fmt.Errorf("keyset: JSON keyset: member \"key\" must be an array of objects")
	}
	for i, raw := range elems {
		k, err := keyFromJSON(raw, fmt.Sprintf("key %d", i+1))
		if err != nil {
			return nil, err
		}
		ks.Keys = append(ks.Keys, k)
	}
	if err := ks.Validate(); err != nil {
		return nil, err
	}
	return ks, nil
}

// keyFromJSON decodes one element of "key".
func keyFromJSON(raw []byte, where string) (*Key, error) {
	obj, err := jsonObject(raw, where, false,
		"description", "key_id", "key_meta_data", "output_prefix_type", "status")
	if err != nil {
		return nil, err
	}
	k := &Key{}
	if _, ok := obj["description"]; ok {
		if k.Description, err = jsonStringMember(obj, where, "description"); err != nil {
			return nil, err
		}
	}
	if k.ID, err = jsonStringMember(obj, where, "key_id"); err != nil {
		return nil, err
	}
	var status, prefix int32
	if status, err = jsonEnumMember(obj, where, statusEnum); err != nil {
		return nil, err
	}
	if prefix, err = jsonEnumMember(obj, where, prefixEnum); err != nil {
		return nil, err
	}
	k.Status, k.OutputPrefixType = Status(status), OutputPrefixType(prefix)
	if _, ok := obj["key_meta_data"]; !ok {
		return nil, fmt.Errorf("keyset: JSON %s: member \"key_meta_data\" is missing", where)
	}
	if err := metaFromJSON(obj["key_meta_data"], where+" key_meta_data", k); err != nil {
		return nil, err
	}
	return k, nil
}

// metaFromJSON decodes key_meta_data into k.
func metaFromJSON(raw []byte, where string, k *Key) error {
	obj, err := jsonObject(raw, where, false,
		"key_material_origin", "key_material_type", "type", "value")
	if err != nil {
		return err
	}
	var origin, material int32
	if origin, err = jsonEnumMember(obj, where, originEnum); err != nil {
		return err
	}
	if material, err = jsonEnumMember(obj, where, materialEnum); err != nil {
		return err
	}
	k.Origin, k.MaterialType = Origin(origin), MaterialType(material)
	typ, err := jsonStringMember(obj, where, "type")
	if err != nil {
		return err
	}
	k.Type = canonicalType(typ)
	value, err := jsonStringMember(obj, where, "value")
	if err != nil {
		return err
	}
	// The decoder's error names only a byte offset, never key material.
	if k.Value, err = base64.StdEncoding.Strict().DecodeString(value); err != nil {
		return fmt.Errorf("keyset: JSON %s: member \"value\" is not padded standard Base64: %v", where, err)
	}
	return nil
}

// jsonObject decodes one JSON object into its raw members, rejecting
// members not in allowed, duplicates, and (when top) trailing data.
func jsonObject(data []byte, where string, top bool, allowed ...string) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	// Numbers stay text: a top-level 1e400 would otherwise fail to decode
	// into a float64 with a message about Go types.
	dec.UseNumber()
	fail := func(err error) error {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return fmt.Errorf("keyset: JSON %s: %v", where, err)
	}
	if tok, err := dec.Token(); err != nil {
		return nil, fail(err)
	} else if tok != json.Delim('{') {
		return nil, fmt.Errorf("keyset: JSON %s: want an object", where)
	}
	obj := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fail(err)
		}
		name, _ := tok.(string) // inside an object, More() guarantees a name
		if !slices.Contains(allowed, name) {
			return nil, fmt.Errorf("keyset: JSON %s: unknown member %s", where, quoteShort(name))
		}
		if _, dup := obj[name]; dup {
			return nil, fmt.Errorf("keyset: JSON %s: member %q appears twice", where, name)
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fail(err)
		}
		obj[name] = raw
	}
	if _, err := dec.Token(); err != nil {
		return nil, fail(err)
	}
	if top {
		if _, err := dec.Token(); err != io.EOF {
			return nil, fmt.Errorf("keyset: JSON %s: unexpected data after the object", where)
		}
	}
	return obj, nil
}

// jsonStringMember returns a required string member.
func jsonStringMember(obj map[string]json.RawMessage, where, name string) (string, error) {
	raw, ok := obj[name]
	if !ok {
		return "", fmt.Errorf("keyset: JSON %s: member %q is missing", where, name)
	}
	var s string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		return "", fmt.Errorf("keyset: JSON %s: member %q must be a string", where, name)
	}
	return s, nil
}

// jsonEnumMember returns a required enum member given by name or number.
// Names must be accepted values; numbers are range-checked here and checked
// against the accepted values by Validate, with the key id in the message.
func jsonEnumMember(obj map[string]json.RawMessage, where string, e enumSpec) (int32, error) {
	raw, ok := obj[e.field]
	if !ok {
		return 0, fmt.Errorf("keyset: JSON %s: member %q is missing", where, e.field)
	}
	if len(raw) > 0 && raw[0] == '"' {
		name, err := jsonStringMember(obj, where, e.field)
		if err != nil {
			return 0, err
		}
		n, ok := e.byName(name)
		if !ok {
			return 0, fmt.Errorf("keyset: JSON %s: %s %s is not valid, want %s", where, e.field, quoteShort(name), e.list())
		}
		return n, nil
	}
	n, err := strconv.ParseInt(string(raw), 10, 32)
	if err != nil {
		return 0, fmt.Errorf("keyset: JSON %s: member %q must be an enum name or an integer, got %s", where, e.field, quoteShort(string(raw)))
	}
	return int32(n), nil
}
