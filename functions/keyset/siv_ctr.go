package keyset

import (
	"crypto/cipher"
	"crypto/subtle"
	"encoding/binary"
	"sync"
)

// shortCTR is the longest message whose CTR keystream xorCTR computes block
// by block with the cached AES cipher. crypto/cipher.NewCTR copies the whole
// AES key schedule into a new ~512-byte stream for every message, which for
// a column value of a few dozen bytes costs more than the encryption; past
// a few blocks its pipelined keystream wins and its allocation is
// amortized.
const shortCTR = 8 * sivBlock

// ctrScratch holds the counter and keystream blocks of one short CTR run.
// cipher.Block.Encrypt is an interface call, so blocks passed to it escape
// to the heap; a pool keeps that from allocating per message while staying
// safe for concurrent callers.
type ctrScratch struct{ counter, stream [sivBlock]byte }

var ctrScratchPool = sync.Pool{New: func() any { return new(ctrScratch) }}

// xorCTR runs AES-CTR with the CTR key over src into dst (which may be src)
// with initial counter Q = V with bits 31 and 63 cleared (RFC 5297 §2.5),
// so implementations with 32-bit counters interoperate. The counter is
// incremented as a 128-bit big-endian integer, as crypto/cipher's CTR does
// (a test checks the two agree, carries included).
func (s *aesSIV) xorCTR(dst, src []byte, v *[sivBlock]byte) {
	// The counter lives in the pooled scratch even for crypto/cipher, whose
	// NewCTR would otherwise make a local counter escape.
	sc := ctrScratchPool.Get().(*ctrScratch)
	defer ctrScratchPool.Put(sc)
	sc.counter = *v
	sc.counter[8] &= 0x7f
	sc.counter[12] &= 0x7f
	if len(src) > shortCTR {
		cipher.NewCTR(s.ctr, sc.counter[:]).XORKeyStream(dst, src)
		return
	}
	for len(src) > 0 {
		s.ctr.Encrypt(sc.stream[:], sc.counter[:])
		n := min(len(src), sivBlock)
		subtle.XORBytes(dst[:n], src[:n], sc.stream[:n])
		dst, src = dst[n:], src[n:]
		incCounter(&sc.counter)
	}
	sc.stream = [sivBlock]byte{} // keystream is no one else's business
}

// incCounter adds 1 to the 128-bit big-endian counter c.
func incCounter(c *[sivBlock]byte) {
	lo := binary.BigEndian.Uint64(c[8:]) + 1
	binary.BigEndian.PutUint64(c[8:], lo)
	if lo == 0 {
		binary.BigEndian.PutUint64(c[:8], binary.BigEndian.Uint64(c[:8])+1)
	}
}
