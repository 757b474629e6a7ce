package tunnelwire

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"time"

	"google.golang.org/protobuf/encoding/protowire"
)

// maxPrealloc caps how many elements a collection's declared count may
// reserve up front; the rest grows as elements actually arrive.
const maxPrealloc = 1024

// value reads one value of type t and feeds the record checksum.
func (d *Decoder) value(t *typ) (any, error) {
	switch t.kind {
	case kInt, kDatetime, kDate:
		v, err := d.varint()
		if err != nil {
			return nil, err
		}
		n := protowire.DecodeZigZag(v)
		d.rec.int64(n)
		switch t.kind {
		case kDatetime:
			return time.UnixMilli(n).UTC(), nil
		case kDate:
			return time.Unix(n*86400, 0).UTC(), nil
		}
		return n, nil
	case kDouble:
		var b [8]byte
		if _, err := io.ReadFull(d.r, b[:]); err != nil {
			return nil, err
		}
		f := math.Float64frombits(binary.LittleEndian.Uint64(b[:]))
		d.rec.float64(f)
		return f, nil
	case kFloat:
		var b [4]byte
		if _, err := io.ReadFull(d.r, b[:]); err != nil {
			return nil, err
		}
		f := math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
		d.rec.float32(f)
		return f, nil
	case kBool:
		v, err := d.flag()
		if err != nil {
			return nil, err
		}
		d.rec.bool(v)
		return v, nil
	}
	return d.bytesOrNested(t)
}

func (d *Decoder) bytesOrNested(t *typ) (any, error) {
	switch t.kind {
	case kString, kBinary:
		b, err := d.bytes()
		if err != nil {
			return nil, err
		}
		d.rec.bytes(b)
		if t.kind == kString {
			return string(b), nil
		}
		return append([]byte{}, b...), nil
	case kTimestamp:
		sec, err := d.varint()
		if err != nil {
			return nil, err
		}
		nv, err := d.varint()
		if err != nil {
			return nil, err
		}
		s := protowire.DecodeZigZag(sec)
		ns := int32(protowire.DecodeZigZag(nv & math.MaxUint32))
		d.rec.int64(s)
		d.rec.int32(ns)
		return time.Unix(s, int64(ns)).UTC(), nil
	case kArray:
		return d.list(t.elem)
	case kMap:
		keys, err := d.list(t.elem)
		if err != nil {
			return nil, err
		}
		vals, err := d.list(t.val)
		if err != nil {
			return nil, err
		}
		if len(keys) != len(vals) {
			return nil, fmt.Errorf("%w: a map with %d keys and %d values", ErrMalformed, len(keys), len(vals))
		}
		return Map{Keys: keys, Values: vals}, nil
	case kStruct:
		xs := make([]any, len(t.fields))
		for i := range t.fields {
			var err error
			if xs[i], err = d.element(&t.fields[i]); err != nil {
				return nil, err
			}
		}
		return xs, nil
	}
	return nil, fmt.Errorf("%w: no decoding for %s", ErrMalformed, t.name)
}

// bytes reads a length-delimited value into the Decoder's scratch buffer.
// A length beyond the data fails with a short read, after reading at most
// what the stream holds.
func (d *Decoder) bytes() ([]byte, error) {
	n, err := d.varint()
	if err != nil {
		return nil, err
	}
	if n > MaxValueBytes {
		return nil, fmt.Errorf("%w: a value of %d bytes (at most %d)", ErrMalformed, n, MaxValueBytes)
	}
	d.scratch = d.scratch[:0]
	for uint64(len(d.scratch)) < n {
		chunk := min(n-uint64(len(d.scratch)), 1<<20)
		start := len(d.scratch)
		d.scratch = slices.Grow(d.scratch, int(chunk))[:start+int(chunk)]
		if _, err := io.ReadFull(d.r, d.scratch[start:]); err != nil {
			return nil, err
		}
	}
	return d.scratch, nil
}

func (d *Decoder) list(elem *typ) ([]any, error) {
	n, err := d.varint()
	if err != nil {
		return nil, err
	}
	xs := make([]any, 0, min(n, maxPrealloc))
	for i := uint64(0); i < n; i++ {
		x, err := d.element(elem)
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	return xs, nil
}

// element reads a NULL flag and, when not NULL, the value.
func (d *Decoder) element(t *typ) (any, error) {
	isNull, err := d.flag()
	if err != nil || isNull {
		return nil, err
	}
	return d.value(t)
}

// flag reads a boolean varint; writers only ever write 0 or 1, so anything
// else is corruption.
func (d *Decoder) flag() (bool, error) {
	v, err := d.varint()
	if err == nil && v > 1 {
		err = fmt.Errorf("%w: boolean %d", ErrMalformed, v)
	}
	return v == 1, err
}
