package keyset

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"fmt"
	"sync/atomic"

	macsubtle "github.com/tink-crypto/tink-go/v2/mac/subtle"
)

// sivBlock is the AES block size, which is also the SIV (synthetic IV) size.
const sivBlock = aes.BlockSize

// maxCachedAD is the longest associated data whose S2V state aesSIV
// remembers: additional_data is a short label in practice, and a long one
// is not worth pinning in memory.
const maxCachedAD = 256

// aesSIV is AES-SIV-CMAC (RFC 5297) composed from tink's AES-CMAC (S2V) and
// crypto/aes (CTR), for any key of two equal AES-key halves (32, 48 or 64
// bytes): tink's own AESSIV accepts only 64-byte keys, and MaxCompute's
// AES-SIV-CMAC-128 uses 32. Like tink (and Wycheproof's DaeadTest), S2V gets
// exactly one associated-data component.
//
// Everything that depends on the key alone is computed once, here, rather
// than per call as tink's AESSIV does (it builds an AES cipher and a CTR
// stream for every message): the CMAC and AES key schedules, the S2V state
// after the zero block, and that state after an empty associated data. The
// state after the last non-empty associated data is cached too, since a
// statement passes the same additional_data on every row.
//
// Output layout: siv(16) ‖ ciphertext (same length as the plaintext).
//
// An aesSIV is safe for concurrent use: its fields never change after
// newAESSIV, except lastAD, which is replaced atomically by an immutable
// entry.
type aesSIV struct {
	mac *macsubtle.AESCMAC // keyed with K1, the first half
	ctr cipher.Block       // AES with K2, the second half

	d0         [sivBlock]byte // dbl(CMAC(K1, 0¹²⁸)): S2V's start
	dNoAD      [sivBlock]byte // d0 xor CMAC(K1, ""): S2V's state after an empty AD
	lastAD     atomic.Pointer[adState]
	adComputed atomic.Int64 // AD states computed (tests count them)
}

// adState is S2V's state after one associated-data component.
type adState struct {
	ad []byte // a private copy
	d  [sivBlock]byte
}

// newAESSIV splits key into the CMAC key K1 and the CTR key K2 (RFC 5297 §2.6).
func newAESSIV(key []byte) (*aesSIV, error) {
	switch len(key) {
	case 32, 48, 64:
	default:
		return nil, fmt.Errorf("keyset: AES-SIV key is %d bytes, want 32, 48 or 64", len(key))
	}
	half := len(key) / 2
	mac, err := macsubtle.NewAESCMAC(key[:half], sivBlock)
	if err != nil {
		return nil, fmt.Errorf("keyset: AES-SIV: %v", err)
	}
	block, err := aes.NewCipher(key[half:])
	if err != nil {
		return nil, fmt.Errorf("keyset: AES-SIV: %v", err)
	}
	s := &aesSIV{mac: mac, ctr: block}
	var zero [sivBlock]byte
	if err := s.cmacInto(&s.d0, zero[:]); err != nil {
		return nil, err
	}
	dbl(&s.d0)
	if err := s.adStateInto(&s.dNoAD, nil); err != nil {
		return nil, err
	}
	return s, nil
}

// encrypt returns V ‖ CTR(K2, Q, plaintext) with V = S2V(K1, ad, plaintext).
func (s *aesSIV) encrypt(plaintext, ad []byte) ([]byte, error) {
	return s.appendEncrypt(make([]byte, 0, sivBlock+len(plaintext)), plaintext, ad)
}

// appendEncrypt appends the body to dst, so that Cipher can write prefix
// and body into one allocation (none when dst has room). The plaintext is
// copied into place first and S2V and CTR then work on that copy, so no
// scratch copy of the plaintext is needed.
func (s *aesSIV) appendEncrypt(dst, plaintext, ad []byte) ([]byte, error) {
	n := len(dst)
	dst = append(dst, make([]byte, sivBlock)...) // no allocation: the compiler appends zeros
	dst = append(dst, plaintext...)
	body := dst[n+sivBlock:]
	v, err := s.s2v(ad, body)
	if err != nil {
		return nil, err
	}
	copy(dst[n:], v[:])
	s.xorCTR(body, body, &v)
	return dst, nil
}

// decrypt reverses encrypt and authenticates by recomputing the SIV. The
// plaintext buffer is the only allocation besides CMAC's tag.
func (s *aesSIV) decrypt(body, ad []byte) ([]byte, error) {
	if len(body) < sivBlock {
		return nil, fmt.Errorf("keyset: AES-SIV ciphertext is %d bytes, want at least %d", len(body), sivBlock)
	}
	var v [sivBlock]byte
	copy(v[:], body)
	plaintext := make([]byte, len(body)-sivBlock)
	s.xorCTR(plaintext, body[sivBlock:], &v)
	t, err := s.s2v(ad, plaintext)
	if err != nil {
		return nil, err
	}
	if subtle.ConstantTimeCompare(t[:], v[:]) != 1 {
		return nil, fmt.Errorf("keyset: AES-SIV authentication failed")
	}
	return plaintext, nil
}

func (s *aesSIV) minBody() int { return sivBlock }

// s2v is RFC 5297 §2.4 for the two strings (ad, msg):
//
//	D = dbl(CMAC(0¹²⁸)) xor CMAC(ad)      (cached: see adState)
//	T = msg xorend D                      if len(msg) ≥ 16
//	T = dbl(D) xor pad(msg)               otherwise
//	return CMAC(T)
//
// msg must be the caller's own buffer: for len(msg) ≥ 16 its last block is
// XORed with D in place and restored before s2v returns, which saves
// copying the message.
func (s *aesSIV) s2v(ad, msg []byte) ([sivBlock]byte, error) {
	var v [sivBlock]byte
	d, err := s.adStateFor(ad)
	if err != nil {
		return v, err
	}
	if len(msg) >= sivBlock {
		tail := msg[len(msg)-sivBlock:]
		xorBlock(tail, d[:])
		err = s.cmacInto(&v, msg)
		xorBlock(tail, d[:])
		return v, err
	}
	var p [sivBlock]byte // does not escape: tink's CMAC keeps no reference
	copy(p[:], msg)
	p[len(msg)] = 0x80
	dbl(&d)
	xorBlock(p[:], d[:])
	err = s.cmacInto(&v, p[:])
	return v, err
}

// adStateFor returns D = dbl(CMAC(0¹²⁸)) xor CMAC(ad), from the per-key
// cache when ad is empty or the associated data of the previous call.
// Associated data is public, so comparing it in variable time leaks nothing.
func (s *aesSIV) adStateFor(ad []byte) ([sivBlock]byte, error) {
	if len(ad) == 0 {
		return s.dNoAD, nil
	}
	if e := s.lastAD.Load(); e != nil && bytes.Equal(e.ad, ad) {
		return e.d, nil
	}
	var d [sivBlock]byte
	if err := s.adStateInto(&d, ad); err != nil {
		return d, err
	}
	if len(ad) <= maxCachedAD {
		s.lastAD.Store(&adState{ad: bytes.Clone(ad), d: d})
	}
	return d, nil
}

// adStateInto computes D for ad without the cache.
func (s *aesSIV) adStateInto(d *[sivBlock]byte, ad []byte) error {
	s.adComputed.Add(1)
	if err := s.cmacInto(d, ad); err != nil {
		return err
	}
	xorBlock(d[:], s.d0[:])
	return nil
}

// cmacInto computes AES-CMAC(K1, data) into out.
func (s *aesSIV) cmacInto(out *[sivBlock]byte, data []byte) error {
	tag, err := s.mac.ComputeMAC(data)
	if err != nil {
		return fmt.Errorf("keyset: AES-CMAC: %v", err)
	}
	copy(out[:], tag)
	return nil
}

// dbl multiplies b by x in GF(2¹²⁸) with the CMAC polynomial (RFC 5297 §2.3),
// without a data-dependent branch.
func dbl(b *[sivBlock]byte) {
	carry := b[0] >> 7
	for i := 0; i < sivBlock-1; i++ {
		b[i] = b[i]<<1 | b[i+1]>>7
	}
	b[sivBlock-1] = b[sivBlock-1]<<1 ^ 0x87*carry
}

// xorBlock sets dst[i] ^= src[i] for len(src) bytes.
func xorBlock(dst, src []byte) {
	subtle.XORBytes(dst, dst, src)
}
