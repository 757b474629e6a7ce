package functions

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
	"io"
)

// MaxCompute's COMPRESS output is zlib's: compress('hello') is
// 1F8B...03 CB48CDC9C90700 86A61036 05000000, a single final block.
// deflateLikeZlib first tries zlibSingleBlock, which reproduces zlib
// exactly for the inputs zlib writes as one fixed-Huffman or stored block
// (short values). Otherwise it uses Go's compress/flate, whose encoding
// differs from zlib's in its LZ77 parse and its framing: the data block
// is not marked final and an empty final stored block follows
// (...C9C907 0400 00FFFF). When Go produced a single block, the framing is
// rewritten as zlib's (BFINAL set, the stored block dropped). Every
// rewrite is checked by inflating it, so the result is always correct
// GZIP, byte-identical to MaxCompute's for short values and a valid but
// different encoding for long ones.
func deflateLikeZlib(data []byte) ([]byte, error) {
	if z := zlibSingleBlock(data); z != nil && inflatesTo(z, data) {
		return z, nil
	}
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	goStream := buf.Bytes()
	if single := asSingleFinalBlock(goStream); single != nil && inflatesTo(single, data) {
		return single, nil
	}
	return goStream, nil
}

// asSingleFinalBlock rewrites "block(BFINAL=0) ‖ empty final stored block"
// as "block(BFINAL=1)", or returns nil when the stream does not end with an
// empty stored block. The stored block is its header bits 1,0,0, zero
// padding to a byte, then LEN=0000 NLEN=FFFF; its BFINAL bit is therefore
// the last set bit before those four bytes.
func asSingleFinalBlock(s []byte) []byte {
	n := len(s)
	if n < 5 || !bytes.Equal(s[n-4:], []byte{0, 0, 0xff, 0xff}) {
		return nil
	}
	for i := n - 5; i >= 0 && i >= n-6; i-- {
		if s[i] == 0 {
			continue
		}
		bit := 7
		for s[i]&(1<<bit) == 0 {
			bit--
		}
		// Keep the bits before the stored header: bytes [0, i) and the
		// low `bit` bits of byte i.
		out := append([]byte(nil), s[:i+1]...)
		out[i] &= byte(1<<bit) - 1
		if bit == 0 {
			out = out[:i]
		}
		if len(out) == 0 {
			return nil
		}
		out[0] |= 1 // BFINAL of the first (now only) block
		return out
	}
	return nil
}

// inflatesTo reports whether stream is a complete deflate stream of want.
func inflatesTo(stream, want []byte) bool {
	r := flate.NewReader(bytes.NewReader(stream))
	got, err := io.ReadAll(r)
	return err == nil && bytes.Equal(got, want)
}

// gzipTrailer is CRC-32 and ISIZE, both little-endian (RFC 1952).
func gzipTrailer(data []byte) [8]byte {
	var t [8]byte
	binary.LittleEndian.PutUint32(t[0:4], crc32.ChecksumIEEE(data))
	binary.LittleEndian.PutUint32(t[4:8], uint32(len(data)))
	return t
}
