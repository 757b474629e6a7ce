package keyset

import (
	"fmt"
	"math"
	"strings"

	"google.golang.org/protobuf/encoding/protowire"
)

// wireReader walks the fields of one protobuf message, checking wire types
// and rejecting unknown or repeated singular fields. Offsets in errors are
// from the start of the whole keyset so a user can find the bad byte.
type wireReader struct {
	buf []byte
	off int // offset of buf[0] in the whole input
	// key and meta say which message this is, for errors: the keyset
	// (key 0), key 2, or key 2 key_meta_data. Not a string built up
	// front: that cost a Sprintf per key of every keyset decoded.
	key    int
	meta   bool
	tagOff int // offset of the last tag read, for wire type errors
	fields map[protowire.Number]string
	// seen has bit n set once field n was read. A bit set, not a map: the
	// known fields are all numbered below 64 (unknown ones are rejected
	// before this is consulted), and a map per key made decoding a large
	// keyset allocation-bound.
	seen uint64
}

func newWireReader(buf []byte, off, key int, meta bool, fields map[protowire.Number]string) wireReader {
	return wireReader{buf: buf, off: off, key: key, meta: meta, fields: fields}
}

// where names the message being read: "keyset", "key 2" or
// "key 2 key_meta_data".
func (r *wireReader) where() string {
	switch {
	case r.key == 0:
		return "keyset"
	case r.meta:
		return fmt.Sprintf("key %d key_meta_data", r.key)
	}
	return fmt.Sprintf("key %d", r.key)
}

// saw reports whether field num has been read; num is a known field.
func (r *wireReader) saw(num protowire.Number) bool { return r.seen&(1<<uint(num)) != 0 }

// more reports whether fields remain.
func (r *wireReader) more() bool { return len(r.buf) > 0 }

// next reads a field tag. repeated names the one field allowed to occur
// more than once (0 for none).
func (r *wireReader) next(repeated protowire.Number) (protowire.Number, protowire.Type, error) {
	num, typ, n := protowire.ConsumeTag(r.buf)
	if n < 0 {
		return 0, 0, r.errAt("bad field tag: %v", parseError(n))
	}
	name, known := r.fields[num]
	if !known {
		// Unknown fields are rejected rather than skipped: MaxCompute writes
		// none, and silently dropping one would change the keyset on re-encoding.
		return 0, 0, r.errAt("unknown field %d (wire type %s)", num, wireTypeName(typ))
	}
	if r.saw(num) && num != repeated {
		return 0, 0, r.errAt("%s (field %d) appears twice", name, num)
	}
	r.seen |= 1 << uint(num)
	r.tagOff = r.off
	r.advance(n)
	return num, typ, nil
}

// bytes reads a length-delimited value; start is its offset in the input.
func (r *wireReader) bytes(num protowire.Number, typ protowire.Type) (v []byte, start int, err error) {
	if err := r.wantType(num, typ, protowire.BytesType); err != nil {
		return nil, 0, err
	}
	v, n := protowire.ConsumeBytes(r.buf)
	if n < 0 {
		return nil, 0, r.errAt("%s (field %d): %v", r.fields[num], num, parseError(n))
	}
	start = r.off + n - len(v)
	r.advance(n)
	return v, start, nil
}

// enum reads a varint enum value; range checks beyond int32 happen here,
// the accepted values are checked by Validate with the key's id in context.
func (r *wireReader) enum(num protowire.Number, typ protowire.Type) (int32, error) {
	if err := r.wantType(num, typ, protowire.VarintType); err != nil {
		return 0, err
	}
	v, n := protowire.ConsumeVarint(r.buf)
	if n < 0 {
		return 0, r.errAt("%s (field %d): %v", r.fields[num], num, parseError(n))
	}
	if s := int64(v); s < math.MinInt32 || s > math.MaxInt32 {
		return 0, r.errAt("%s (field %d) value %d is out of range", r.fields[num], num, s)
	}
	r.advance(n)
	return int32(int64(v)), nil
}

func (r *wireReader) wantType(num protowire.Number, got, want protowire.Type) error {
	if got != want {
		r.off = r.tagOff // point at the field, not at its value
		return r.errAt("%s (field %d) has wire type %s, want %s", r.fields[num], num, wireTypeName(got), wireTypeName(want))
	}
	return nil
}

func (r *wireReader) advance(n int) {
	r.buf = r.buf[n:]
	r.off += n
}

// errAt prefixes an error with the message being read and the byte offset.
func (r *wireReader) errAt(format string, args ...any) error {
	return fmt.Errorf("keyset: binary %s at byte %d: %s", r.where(), r.off, fmt.Sprintf(format, args...))
}

// parseError describes a protowire failure without its "proto:" prefix,
// which means nothing to an SQL user. Protobuf randomly follows the prefix
// with a space or a non-breaking space, hence TrimLeft.
func parseError(n int) string {
	s := strings.TrimPrefix(protowire.ParseError(n).Error(), "proto:")
	return strings.TrimLeft(s, " \u00a0")
}

// wireTypeName names protobuf wire types in errors.
func wireTypeName(t protowire.Type) string {
	switch t {
	case protowire.VarintType:
		return "varint"
	case protowire.Fixed32Type:
		return "fixed32"
	case protowire.Fixed64Type:
		return "fixed64"
	case protowire.BytesType:
		return "bytes"
	case protowire.StartGroupType, protowire.EndGroupType:
		return "group"
	}
	return fmt.Sprintf("%d", t)
}
