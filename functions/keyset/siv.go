package keyset

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"fmt"

	macsubtle "github.com/tink-crypto/tink-go/v2/mac/subtle"
)

// sivBlock is the AES block size, which is also the SIV (synthetic IV) size.
const sivBlock = aes.BlockSize

// aesSIV is AES-SIV-CMAC (RFC 5297) composed from tink's AES-CMAC (S2V) and
// the standard library's AES-CTR, for any key of two equal AES-key halves
// (32, 48 or 64 bytes): tink's own AESSIV accepts only 64-byte keys, and
// MaxCompute's AES-SIV-CMAC-128 uses 32. Like tink (and Wycheproof's
// DaeadTest), S2V gets exactly one associated-data component.
//
// Output layout: siv(16) ‖ ciphertext (same length as the plaintext).
type aesSIV struct {
	mac *macsubtle.AESCMAC // keyed with K1, the first half
	ctr cipher.Block       // AES with K2, the second half
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
	return &aesSIV{mac: mac, ctr: block}, nil
}

// encrypt returns V ‖ CTR(K2, Q, plaintext) with V = S2V(K1, ad, plaintext).
func (s *aesSIV) encrypt(plaintext, ad []byte) ([]byte, error) {
	return s.appendEncrypt(make([]byte, 0, sivBlock+len(plaintext)), plaintext, ad)
}

// appendEncrypt appends the body to dst, so that Cipher can write prefix
// and body into one allocation.
func (s *aesSIV) appendEncrypt(dst, plaintext, ad []byte) ([]byte, error) {
	v, err := s.s2v(ad, plaintext)
	if err != nil {
		return nil, err
	}
	dst = append(dst, v[:]...)
	n := len(dst)
	dst = append(dst, plaintext...)
	s.xorCTR(dst[n:], dst[n:], &v)
	return dst, nil
}

// decrypt reverses encrypt and authenticates by recomputing the SIV.
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

// xorCTR runs AES-CTR with counter Q = V with bits 31 and 63 cleared
// (RFC 5297 §2.5), so implementations with 32-bit counters interoperate.
func (s *aesSIV) xorCTR(dst, src []byte, v *[sivBlock]byte) {
	q := *v
	q[8] &= 0x7f
	q[12] &= 0x7f
	cipher.NewCTR(s.ctr, q[:]).XORKeyStream(dst, src)
}

// s2v is RFC 5297 §2.4 for the two strings (ad, plaintext):
//
//	D = CMAC(0¹²⁸); D = dbl(D) xor CMAC(ad)
//	T = plaintext xorend D            if len(plaintext) ≥ 16
//	T = dbl(D) xor pad(plaintext)     otherwise
//	return CMAC(T)
func (s *aesSIV) s2v(ad, plaintext []byte) ([sivBlock]byte, error) {
	var d, zero [sivBlock]byte
	if err := s.cmacInto(&d, zero[:]); err != nil {
		return d, err
	}
	var m [sivBlock]byte
	if err := s.cmacInto(&m, ad); err != nil {
		return d, err
	}
	dbl(&d)
	xorBlock(d[:], m[:])

	var t []byte
	if len(plaintext) >= sivBlock {
		t = append([]byte(nil), plaintext...)
		xorBlock(t[len(t)-sivBlock:], d[:])
	} else {
		var p [sivBlock]byte
		copy(p[:], plaintext)
		p[len(plaintext)] = 0x80
		dbl(&d)
		xorBlock(p[:], d[:])
		t = p[:]
	}
	var v [sivBlock]byte
	err := s.cmacInto(&v, t)
	return v, err
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
