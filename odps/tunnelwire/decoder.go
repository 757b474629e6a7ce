package tunnelwire

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"google.golang.org/protobuf/encoding/protowire"
)

// Errors a Decoder wraps (test them with errors.Is); the message adds the
// record number and what was expected.
var (
	// ErrChecksum: a record's CRC32C, the record count or the checksum of
	// checksums does not match the data: the download was corrupted.
	ErrChecksum = errors.New("checksum mismatch: the downloaded data is corrupt; download it again")
	// ErrTruncated: the stream ends before its end-of-stream trailer.
	ErrTruncated = errors.New("the stream ends early (a truncated download); download it again")
	// ErrMalformed: bytes that are not a tunnel record stream for the schema.
	ErrMalformed = errors.New("malformed tunnel record stream")
)

// MaxValueBytes bounds one length-delimited value (MaxCompute's own cell
// limit is 8 MB by default, 256 MB at most), so a corrupt length cannot make
// the Decoder allocate without bound.
const MaxValueBytes = 256 << 20

// Decoder reads records from a tunnel stream and checks every checksum.
type Decoder struct {
	r       *bufio.Reader
	types   []typ
	rec     checksum
	all     checksum
	count   int64
	done    bool
	scratch []byte
}

// NewDecoder returns a Decoder for columns of the given tunnel schema types.
func NewDecoder(r io.Reader, types []string) (*Decoder, error) {
	ts, err := parseTypes(types)
	if err != nil {
		return nil, err
	}
	return &Decoder{r: bufio.NewReaderSize(r, 64<<10), types: ts}, nil
}

// Count is the number of records decoded so far.
func (d *Decoder) Count() int64 { return d.count }

// Decode returns the next record (one value per column, nil for NULL), or
// io.EOF once the trailer has been read and verified.
func (d *Decoder) Decode() ([]any, error) {
	if d.done {
		return nil, io.EOF
	}
	row := make([]any, len(d.types))
	fields := 0
	for {
		num, wt, err := d.tag()
		if err != nil {
			return nil, d.fail(err)
		}
		switch {
		case num >= TagEndRecord && wt != protowire.VarintType:
			return nil, d.fail(fmt.Errorf("%w: trailer tag %d has wire type %d", ErrMalformed, num, wt))
		case num == TagEndRecord:
			return row, d.endRecord()
		case num == TagMetaCount && fields == 0:
			if err := d.trailer(); err != nil {
				return nil, d.fail(err)
			}
			d.done = true
			return nil, io.EOF
		case num >= 1 && int(num) <= len(d.types):
			d.rec.int32(int32(num))
			t := &d.types[num-1]
			if !wireTypeFits(t.kind, wt) {
				return nil, d.fail(fmt.Errorf("%w: column %d (%s) has wire type %d", ErrMalformed, num, t.name, wt))
			}
			if row[num-1], err = d.value(t); err != nil {
				return nil, d.fail(fmt.Errorf("column %d (%s): %w", num, t.name, err))
			}
			fields++
		default:
			return nil, d.fail(fmt.Errorf("%w: field number %d, but the schema has %d columns", ErrMalformed, num, len(d.types)))
		}
	}
}

// fail names the record being read and maps a short read to ErrTruncated.
func (d *Decoder) fail(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		err = ErrTruncated
	}
	return fmt.Errorf("tunnelwire: record %d: %w", d.count+1, err)
}

func (d *Decoder) endRecord() error {
	got, err := d.varint()
	if err != nil {
		return d.fail(err)
	}
	if uint32(got) != d.rec.v || got > math.MaxUint32 {
		return d.fail(fmt.Errorf("%w (record CRC32C %#08x, computed %#08x)", ErrChecksum, got, d.rec.v))
	}
	d.all.uint32(d.rec.v)
	d.rec = checksum{}
	d.count++
	return nil
}

// trailer reads the record count and the checksum of checksums, and
// requires the stream to end there.
func (d *Decoder) trailer() error {
	v, err := d.varint()
	if err != nil {
		return err
	}
	if n := protowire.DecodeZigZag(v); n != d.count {
		return fmt.Errorf("%w (the trailer counts %d records, the stream held %d)", ErrChecksum, n, d.count)
	}
	num, wt, err := d.tag()
	if err != nil {
		return err
	}
	if num != TagMetaChecksum || wt != protowire.VarintType {
		return fmt.Errorf("%w: field %d after the record count, want the checksum %d", ErrMalformed, num, TagMetaChecksum)
	}
	sum, err := d.varint()
	if err != nil {
		return err
	}
	if sum > math.MaxUint32 || uint32(sum) != d.all.v {
		return fmt.Errorf("%w (stream CRC32C %#08x, computed %#08x)", ErrChecksum, sum, d.all.v)
	}
	if _, err := d.r.ReadByte(); err != io.EOF {
		if err == nil {
			err = fmt.Errorf("%w: data after the end-of-stream trailer", ErrMalformed)
		}
		return err
	}
	return nil
}

// varint reads a base-128 varint. A read error is returned as is (a
// network failure is not malformed data; a short read is io.EOF before the
// first byte, io.ErrUnexpectedEOF after it); only an overlong varint is
// ErrMalformed.
func (d *Decoder) varint() (uint64, error) {
	var v uint64
	for i := 0; i < binary.MaxVarintLen64; i++ {
		b, err := d.r.ReadByte()
		if err != nil {
			if err == io.EOF && i > 0 {
				err = io.ErrUnexpectedEOF
			}
			return 0, err
		}
		if i == binary.MaxVarintLen64-1 && b > 1 {
			break
		}
		v |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			return v, nil
		}
	}
	return 0, fmt.Errorf("%w: a varint longer than 64 bits", ErrMalformed)
}

// tag reads a field tag and returns its number and wire type.
func (d *Decoder) tag() (int64, protowire.Type, error) {
	v, err := d.varint()
	if err != nil {
		return 0, 0, err
	}
	n := int64(v >> 3)
	if n < 1 || n > int64(protowire.MaxValidNumber) {
		return 0, 0, fmt.Errorf("%w: field number %d", ErrMalformed, n)
	}
	return n, protowire.Type(v & 7), nil
}

// wireTypeFits checks a scalar column's wire type. The SDKs' readers ignore
// it; checking it catches corruption of a tag. Timestamps and nested types
// are accepted as varint or length-delimited, as their encodings are not
// protobuf's own (a "length-delimited" array starts with an element count)
// and writers may tag them either way.
func wireTypeFits(k kind, wt protowire.Type) bool {
	switch k {
	case kTimestamp, kArray, kMap, kStruct:
		return wt == protowire.BytesType || wt == protowire.VarintType
	}
	return wireType(k) == wt
}
