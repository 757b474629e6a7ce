package keyset

import (
	"fmt"

	"google.golang.org/protobuf/encoding/protowire"
)

// Field numbers of keyset.proto.
const (
	fieldPrimaryKeyID protowire.Number = 1
	fieldKey          protowire.Number = 2

	fieldKeyMetaData      protowire.Number = 1
	fieldStatus           protowire.Number = 2
	fieldKeyID            protowire.Number = 3
	fieldOutputPrefixType protowire.Number = 4
	fieldDescription      protowire.Number = 5

	fieldType         protowire.Number = 1
	fieldValue        protowire.Number = 2
	fieldMaterialType protowire.Number = 3
	fieldOrigin       protowire.Number = 4
)

var (
	keysetFields = map[protowire.Number]string{
		fieldPrimaryKeyID: "primary_key_id", fieldKey: "key"}
	keyFields = map[protowire.Number]string{
		fieldKeyMetaData: "key_meta_data", fieldStatus: "status", fieldKeyID: "key_id",
		fieldOutputPrefixType: "output_prefix_type", fieldDescription: "description"}
	metaFields = map[protowire.Number]string{
		fieldType: "type", fieldValue: "value",
		fieldMaterialType: "key_material_type", fieldOrigin: "key_material_origin"}
)

// Marshal encodes ks in MaxCompute's binary form: fields in field-number
// order, enums always written, description only when non-empty. It does not
// validate; keysets from this package's constructors and decoders are valid.
func Marshal(ks *Keyset) []byte {
	if ks == nil {
		return nil
	}
	// Encode every key into one scratch buffer, then size the output once:
	// growing the output key by key made a large keyset's encoding
	// allocation-bound.
	scratch := make([]byte, 0, 96*len(ks.Keys)) // a 32-byte key encodes in 80 to 90 bytes
	ends := make([]int, 0, len(ks.Keys))
	for _, k := range ks.Keys {
		if k == nil {
			continue
		}
		scratch = appendKeyBinary(scratch, k)
		ends = append(ends, len(scratch))
	}
	size := protowire.SizeTag(fieldPrimaryKeyID) + protowire.SizeBytes(len(ks.PrimaryKeyID))
	start := 0
	for _, end := range ends {
		size += protowire.SizeTag(fieldKey) + protowire.SizeBytes(end-start)
		start = end
	}
	b := make([]byte, 0, size)
	b = protowire.AppendTag(b, fieldPrimaryKeyID, protowire.BytesType)
	b = protowire.AppendString(b, ks.PrimaryKeyID)
	start = 0
	for _, end := range ends {
		b = protowire.AppendTag(b, fieldKey, protowire.BytesType)
		b = protowire.AppendBytes(b, scratch[start:end])
		start = end
	}
	return b
}

// appendKeyBinary appends the encoding of k (without its own tag and length) to b.
func appendKeyBinary(b []byte, k *Key) []byte {
	// KeyMetaData is written in place after its computed length, rather
	// than built in a buffer of its own and copied: one allocation less
	// per key.
	metaSize := protowire.SizeTag(fieldType) + protowire.SizeBytes(len(k.Type)) +
		protowire.SizeTag(fieldValue) + protowire.SizeBytes(len(k.Value)) +
		protowire.SizeTag(fieldMaterialType) + protowire.SizeVarint(uint64(int64(k.MaterialType))) +
		protowire.SizeTag(fieldOrigin) + protowire.SizeVarint(uint64(int64(k.Origin)))
	b = protowire.AppendTag(b, fieldKeyMetaData, protowire.BytesType)
	b = protowire.AppendVarint(b, uint64(metaSize))
	b = protowire.AppendTag(b, fieldType, protowire.BytesType)
	b = protowire.AppendString(b, string(k.Type))
	b = protowire.AppendTag(b, fieldValue, protowire.BytesType)
	b = protowire.AppendBytes(b, k.Value)
	b = appendEnum(b, fieldMaterialType, int32(k.MaterialType))
	b = appendEnum(b, fieldOrigin, int32(k.Origin))
	b = appendEnum(b, fieldStatus, int32(k.Status))
	b = protowire.AppendTag(b, fieldKeyID, protowire.BytesType)
	b = protowire.AppendString(b, k.ID)
	b = appendEnum(b, fieldOutputPrefixType, int32(k.OutputPrefixType))
	if k.Description != "" {
		b = protowire.AppendTag(b, fieldDescription, protowire.BytesType)
		b = protowire.AppendString(b, k.Description)
	}
	return b
}

// appendEnum writes an enum field; negative values sign-extend to 64 bits as
// protobuf requires.
func appendEnum(b []byte, num protowire.Number, v int32) []byte {
	b = protowire.AppendTag(b, num, protowire.VarintType)
	return protowire.AppendVarint(b, uint64(int64(v)))
}

// Unmarshal decodes and validates a binary keyset. It rejects truncated
// input, wrong wire types, unknown fields, fields repeated that must not be,
// and everything Validate rejects. Fields may come in any order. Key type
// names are matched case-insensitively and stored canonical.
func Unmarshal(b []byte) (*Keyset, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("keyset: binary keyset is empty")
	}
	ks := &Keyset{}
	r := newWireReader(b, 0, 0, false, keysetFields)
	for r.more() {
		num, typ, err := r.next(fieldKey)
		if err != nil {
			return nil, err
		}
		v, start, err := r.bytes(num, typ)
		if err != nil {
			return nil, err
		}
		if num == fieldPrimaryKeyID {
			ks.PrimaryKeyID = string(v)
			continue
		}
		k, err := unmarshalKey(v, start, len(ks.Keys)+1)
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

// unmarshalKey decodes Key number pos (from 1) found at offset off.
func unmarshalKey(b []byte, off, pos int) (*Key, error) {
	k := &Key{}
	r := newWireReader(b, off, pos, false, keyFields)
	for r.more() {
		num, typ, err := r.next(0)
		if err != nil {
			return nil, err
		}
		switch num {
		case fieldKeyMetaData:
			v, start, err := r.bytes(num, typ)
			if err == nil {
				err = unmarshalMeta(v, start, pos, k)
			}
			if err != nil {
				return nil, err
			}
		case fieldStatus, fieldOutputPrefixType:
			n, err := r.enum(num, typ)
			if err != nil {
				return nil, err
			}
			if num == fieldStatus {
				k.Status = Status(n)
			} else {
				k.OutputPrefixType = OutputPrefixType(n)
			}
		default: // key_id, description
			v, _, err := r.bytes(num, typ)
			if err != nil {
				return nil, err
			}
			if num == fieldKeyID {
				k.ID = string(v)
			} else {
				k.Description = string(v)
			}
		}
	}
	if !r.saw(fieldKeyMetaData) {
		return nil, fmt.Errorf("keyset: binary %s: key_meta_data is missing", r.where())
	}
	return k, nil
}

// unmarshalMeta decodes KeyMetaData into k.
func unmarshalMeta(b []byte, off, pos int, k *Key) error {
	r := newWireReader(b, off, pos, true, metaFields)
	for r.more() {
		num, typ, err := r.next(0)
		if err != nil {
			return err
		}
		if num == fieldMaterialType || num == fieldOrigin {
			n, err := r.enum(num, typ)
			if err != nil {
				return err
			}
			if num == fieldMaterialType {
				k.MaterialType = MaterialType(n)
			} else {
				k.Origin = Origin(n)
			}
			continue
		}
		v, _, err := r.bytes(num, typ)
		if err != nil {
			return err
		}
		if num == fieldType {
			k.Type = canonicalType(string(v))
		} else {
			// Copy so the keyset never aliases the caller's buffer.
			k.Value = append([]byte{}, v...)
		}
	}
	return nil
}

// canonicalType returns the canonical name when name is a known type in any
// case, and name unchanged otherwise so Validate can report it.
func canonicalType(name string) KeyType {
	if t, err := ParseKeyType(name); err == nil {
		return t
	}
	return KeyType(name)
}
