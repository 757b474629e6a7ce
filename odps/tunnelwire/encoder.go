package tunnelwire

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"time"

	"google.golang.org/protobuf/encoding/protowire"
)

// Map is a map value in key order as stored (MaxCompute maps keep their
// insertion order on the wire).
type Map struct {
	Keys, Values []any
}

// Encoder writes records to a tunnel stream. Call Close to write the
// trailers; Close does not close the underlying writer.
type Encoder struct {
	w      *bufio.Writer
	types  []typ
	buf    []byte
	rec    checksum
	all    checksum
	count  int64
	closed bool
}

// NewEncoder returns an Encoder for columns of the given tunnel schema types
// ("bigint", "decimal(10,2)", "array<string>", ...).
func NewEncoder(w io.Writer, types []string) (*Encoder, error) {
	ts, err := parseTypes(types)
	if err != nil {
		return nil, err
	}
	return &Encoder{w: bufio.NewWriterSize(w, 64<<10), types: ts}, nil
}

// Encode writes one record; row[i] is column i's value (nil for NULL, see
// the package doc for the Go types; ints of any width, float64 for float
// and string/[]byte for text or binary are accepted too). A row shorter
// than the schema leaves the remaining columns NULL.
func (e *Encoder) Encode(row []any) error {
	if e.closed {
		return fmt.Errorf("tunnelwire: Encode after Close")
	}
	if len(row) > len(e.types) {
		return fmt.Errorf("tunnelwire: record %d has %d values for %d columns", e.count+1, len(row), len(e.types))
	}
	e.buf = e.buf[:0]
	for i, v := range row {
		if v == nil {
			continue
		}
		t := &e.types[i]
		e.rec.int32(int32(i + 1))
		e.buf = protowire.AppendTag(e.buf, protowire.Number(i+1), wireType(t.kind))
		var err error
		if e.buf, err = e.value(e.buf, t, v); err != nil {
			return fmt.Errorf("tunnelwire: record %d, column %d (%s): %w", e.count+1, i+1, t.name, err)
		}
	}
	e.buf = protowire.AppendTag(e.buf, TagEndRecord, protowire.VarintType)
	e.buf = protowire.AppendVarint(e.buf, uint64(e.rec.v))
	e.all.uint32(e.rec.v)
	e.rec = checksum{}
	e.count++
	_, err := e.w.Write(e.buf)
	return err
}

// Close writes the record count and the checksum of checksums, and flushes.
func (e *Encoder) Close() error {
	if e.closed {
		return nil
	}
	e.closed = true
	b := protowire.AppendTag(e.buf[:0], TagMetaCount, protowire.VarintType)
	b = protowire.AppendVarint(b, protowire.EncodeZigZag(e.count))
	b = protowire.AppendTag(b, TagMetaChecksum, protowire.VarintType)
	b = protowire.AppendVarint(b, uint64(e.all.v))
	if _, err := e.w.Write(b); err != nil {
		return err
	}
	return e.w.Flush()
}

// Count is the number of records encoded so far.
func (e *Encoder) Count() int64 { return e.count }

func wireType(k kind) protowire.Type {
	switch k {
	case kDouble:
		return protowire.Fixed64Type
	case kFloat:
		return protowire.Fixed32Type
	case kInt, kBool, kDatetime, kDate:
		return protowire.VarintType
	}
	return protowire.BytesType
}

// value appends v's encoding as t and feeds the record checksum.
func (e *Encoder) value(b []byte, t *typ, v any) ([]byte, error) {
	switch t.kind {
	case kInt:
		n, ok := toInt64(v)
		if !ok {
			return b, mismatch(t, v)
		}
		e.rec.int64(n)
		return protowire.AppendVarint(b, protowire.EncodeZigZag(n)), nil
	case kDouble:
		f, ok := v.(float64)
		if !ok {
			return b, mismatch(t, v)
		}
		e.rec.float64(f)
		return protowire.AppendFixed64(b, math.Float64bits(f)), nil
	case kFloat:
		f, ok := toFloat32(v)
		if !ok {
			return b, mismatch(t, v)
		}
		e.rec.float32(f)
		return protowire.AppendFixed32(b, math.Float32bits(f)), nil
	case kBool:
		x, ok := v.(bool)
		if !ok {
			return b, mismatch(t, v)
		}
		e.rec.bool(x)
		return protowire.AppendVarint(b, protowire.EncodeBool(x)), nil
	case kString, kBinary:
		s, ok := toBytes(v)
		if !ok {
			return b, mismatch(t, v)
		}
		e.rec.bytes(s)
		return protowire.AppendBytes(b, s), nil
	}
	return e.timeOrNested(b, t, v)
}

func (e *Encoder) timeOrNested(b []byte, t *typ, v any) ([]byte, error) {
	switch t.kind {
	case kDatetime, kDate, kTimestamp:
		tm, ok := v.(time.Time)
		if !ok {
			return b, mismatch(t, v)
		}
		return e.timeValue(b, t.kind, tm), nil
	case kArray:
		xs, ok := v.([]any)
		if !ok {
			return b, mismatch(t, v)
		}
		return e.list(b, t.elem, xs)
	case kMap:
		m, ok := v.(Map)
		if p, isPtr := v.(*Map); isPtr && p != nil {
			m, ok = *p, true
		}
		if !ok || len(m.Keys) != len(m.Values) {
			return b, mismatch(t, v)
		}
		b, err := e.list(b, t.elem, m.Keys)
		if err != nil {
			return b, err
		}
		return e.list(b, t.val, m.Values)
	case kStruct:
		xs, ok := v.([]any)
		if !ok || len(xs) != len(t.fields) {
			return b, mismatch(t, v)
		}
		return e.elements(b, t.fields, xs)
	}
	return b, mismatch(t, v)
}

func (e *Encoder) timeValue(b []byte, k kind, tm time.Time) []byte {
	switch k {
	case kDatetime:
		ms := tm.UnixMilli()
		e.rec.int64(ms)
		return protowire.AppendVarint(b, protowire.EncodeZigZag(ms))
	case kDate:
		// The calendar date as written in tm's location, counted from 1970-01-01.
		y, m, d := tm.Date()
		days := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
		e.rec.int64(days)
		return protowire.AppendVarint(b, protowire.EncodeZigZag(days))
	}
	sec, nsec := tm.Unix(), int32(tm.Nanosecond())
	e.rec.int64(sec)
	e.rec.int32(nsec)
	b = protowire.AppendVarint(b, protowire.EncodeZigZag(sec))
	return protowire.AppendVarint(b, protowire.EncodeZigZag(int64(nsec)))
}

// list writes an element count then the elements, each behind a NULL flag.
func (e *Encoder) list(b []byte, elem *typ, xs []any) ([]byte, error) {
	b = protowire.AppendVarint(b, uint64(len(xs)))
	for _, x := range xs {
		var err error
		if b, err = e.element(b, elem, x); err != nil {
			return b, err
		}
	}
	return b, nil
}

func (e *Encoder) elements(b []byte, ts []typ, xs []any) ([]byte, error) {
	for i, x := range xs {
		var err error
		if b, err = e.element(b, &ts[i], x); err != nil {
			return b, err
		}
	}
	return b, nil
}

func (e *Encoder) element(b []byte, t *typ, x any) ([]byte, error) {
	b = protowire.AppendVarint(b, protowire.EncodeBool(x == nil))
	if x == nil {
		return b, nil
	}
	return e.value(b, t, x)
}

func mismatch(t *typ, v any) error {
	return fmt.Errorf("a %T value cannot be written as %s", v, t.name)
}

func toInt64(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case int32:
		return int64(n), true
	case int16:
		return int64(n), true
	case int8:
		return int64(n), true
	}
	return 0, false
}

func toFloat32(v any) (float32, bool) {
	switch f := v.(type) {
	case float32:
		return f, true
	case float64:
		return float32(f), true
	}
	return 0, false
}

func toBytes(v any) ([]byte, bool) {
	switch s := v.(type) {
	case string:
		return []byte(s), true
	case []byte:
		return s, true
	case fmt.Stringer: // a decimal type
		return []byte(s.String()), true
	}
	return nil, false
}
