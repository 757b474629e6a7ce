package tunnelwire

import (
	"encoding/binary"
	"hash/crc32"
	"math"
)

// Tags of the stream's trailers (the SDKs' EndRecord, MetaCount and
// MetaChecksum: 2^25-1024, 2^25-2, 2^25-1).
const (
	TagEndRecord    = 33553408
	TagMetaCount    = 33554430
	TagMetaChecksum = 33554431
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// checksum is a running CRC32C fed the way the SDKs feed theirs: fixed-width
// little-endian integers and raw bytes.
type checksum struct {
	v   uint32
	buf [8]byte
}

func (c *checksum) bytes(b []byte) { c.v = crc32.Update(c.v, castagnoli, b) }

func (c *checksum) int32(v int32) {
	binary.LittleEndian.PutUint32(c.buf[:4], uint32(v))
	c.bytes(c.buf[:4])
}

func (c *checksum) uint32(v uint32) { c.int32(int32(v)) }

func (c *checksum) int64(v int64) {
	binary.LittleEndian.PutUint64(c.buf[:], uint64(v))
	c.bytes(c.buf[:])
}

func (c *checksum) float64(v float64) { c.int64(int64(math.Float64bits(v))) }
func (c *checksum) float32(v float32) { c.int32(int32(math.Float32bits(v))) }

func (c *checksum) bool(v bool) {
	c.buf[0] = 0
	if v {
		c.buf[0] = 1
	}
	c.bytes(c.buf[:1])
}
