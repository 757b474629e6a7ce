package keyset

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	macsubtle "github.com/tink-crypto/tink-go/v2/mac/subtle"
)

// The tests here check the cached, in-place AES-SIV of siv.go against two
// independent references: tink's AESSIV (64-byte keys) and refSIV, RFC 5297
// written out literally with nothing cached (every key size).

// randBytes returns n bytes from rng.
func randBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// randMessage returns a plaintext length that covers, often, the S2V
// boundary at one block and both CTR paths (up to and beyond shortCTR).
func randMessageLen(rng *rand.Rand) int {
	switch rng.IntN(4) {
	case 0:
		return rng.IntN(2 * sivBlock)
	case 1:
		return shortCTR - 2 + rng.IntN(5)
	default:
		return rng.IntN(3 * shortCTR)
	}
}

// randAD returns associated data that is often empty, often one of a few
// labels repeated (the per-key cache's hit path) and sometimes long enough
// to bypass the cache.
func randAD(rng *rand.Rand) []byte {
	switch rng.IntN(4) {
	case 0:
		return nil
	case 1:
		return []byte(fmt.Sprintf("label-%d", rng.IntN(3)))
	case 2:
		return randBytes(rng, maxCachedAD+1+rng.IntN(20))
	default:
		return randBytes(rng, rng.IntN(40))
	}
}

// TestSIVMatchesTinkRandom compares the composition with tink's AES-SIV on
// 64-byte keys: 4,000 random messages, 20 per key so that the per-key
// caches are exercised, both ways round.
func TestSIVMatchesTinkRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 4))
	for k := 0; k < 200; k++ {
		key := randBytes(rng, 64)
		ours, err := newAESSIV(key)
		if err != nil {
			t.Fatal(err)
		}
		tink, err := newSIVTink(key)
		if err != nil {
			t.Fatal(err)
		}
		for m := 0; m < 20; m++ {
			pt, ad := randBytes(rng, randMessageLen(rng)), randAD(rng)
			a, errA := ours.encrypt(pt, ad)
			b, errB := tink.encrypt(pt, ad)
			if errA != nil || errB != nil || !bytes.Equal(a, b) {
				t.Fatalf("key %d msg %d (pt %d, ad %d bytes): ours = %x, %v; tink = %x, %v",
					k, m, len(pt), len(ad), a, errA, b, errB)
			}
			if back, err := ours.decrypt(b, ad); err != nil || !bytes.Equal(back, pt) {
				t.Fatalf("key %d msg %d: ours cannot decrypt tink's: %x, %v", k, m, back, err)
			}
			if back, err := tink.decrypt(a, ad); err != nil || !bytes.Equal(back, pt) {
				t.Fatalf("key %d msg %d: tink cannot decrypt ours: %x, %v", k, m, back, err)
			}
		}
	}
}

// TestSIVMatchesReference compares every key size with refSIV, and checks
// that neither direction modifies its input and that appendEncrypt keeps
// what dst already holds.
func TestSIVMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5297, 1))
	for _, size := range []int{32, 48, 64} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			for k := 0; k < 50; k++ {
				key := randBytes(rng, size)
				ours, err := newAESSIV(key)
				if err != nil {
					t.Fatal(err)
				}
				for m := 0; m < 20; m++ {
					pt, ad := randBytes(rng, randMessageLen(rng)), randAD(rng)
					want := refSIV(t, key, ad, pt)
					ptCopy := bytes.Clone(pt)
					head := randBytes(rng, 1+rng.IntN(40))
					got, err := ours.appendEncrypt(bytes.Clone(head), pt, ad)
					if err != nil || !bytes.Equal(got, append(head, want...)) {
						t.Fatalf("pt %d ad %d: appendEncrypt = %x, %v; want %x ‖ %x", len(pt), len(ad), got, err, head, want)
					}
					if !bytes.Equal(pt, ptCopy) {
						t.Fatalf("encrypt modified its plaintext")
					}
					back, err := ours.decrypt(want, ad)
					if err != nil || !bytes.Equal(back, pt) {
						t.Fatalf("decrypt = %x, %v; want %x", back, err, pt)
					}
					if !bytes.Equal(got[len(head):], want) {
						t.Fatalf("decrypt modified its ciphertext")
					}
				}
			}
		})
	}
}

// refSIV is RFC 5297 §2.4–2.6 with one associated-data component, written
// as the RFC states it: every CMAC computed afresh, the plaintext copied for
// xorend, and crypto/cipher's CTR stream.
func refSIV(t *testing.T, key, ad, pt []byte) []byte {
	t.Helper()
	half := len(key) / 2
	mac, err := macsubtle.NewAESCMAC(key[:half], 16)
	if err != nil {
		t.Fatal(err)
	}
	cmac := func(b []byte) [16]byte {
		tag, err := mac.ComputeMAC(b)
		if err != nil {
			t.Fatal(err)
		}
		return [16]byte(tag)
	}
	d := cmac(make([]byte, 16))
	dbl(&d)
	m := cmac(ad)
	xorBlock(d[:], m[:])
	var v [16]byte
	if len(pt) >= 16 {
		tt := bytes.Clone(pt)
		xorBlock(tt[len(tt)-16:], d[:])
		v = cmac(tt)
	} else {
		dbl(&d)
		p := make([]byte, 16)
		copy(p, pt)
		p[len(pt)] = 0x80
		xorBlock(p, d[:])
		v = cmac(p)
	}
	block, err := aes.NewCipher(key[half:])
	if err != nil {
		t.Fatal(err)
	}
	q := v
	q[8] &= 0x7f
	q[12] &= 0x7f
	out := append(v[:], make([]byte, len(pt))...)
	cipher.NewCTR(block, q[:]).XORKeyStream(out[16:], pt)
	return out
}

// TestXorCTRMatchesStdlib checks the block-by-block keystream of short
// messages, and the hand-over to crypto/cipher past shortCTR, against
// crypto/cipher's CTR for every length up to three times shortCTR.
func TestXorCTRMatchesStdlib(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	key := randBytes(rng, 32)
	s, err := newAESSIV(key)
	if err != nil {
		t.Fatal(err)
	}
	block, _ := aes.NewCipher(key[16:])
	for n := 0; n <= 3*shortCTR; n++ {
		var v [16]byte
		copy(v[:], randBytes(rng, 16))
		src := randBytes(rng, n)
		q := v
		q[8] &= 0x7f
		q[12] &= 0x7f
		want := make([]byte, n)
		cipher.NewCTR(block, q[:]).XORKeyStream(want, src)
		got := make([]byte, n)
		s.xorCTR(got, src, &v)
		if !bytes.Equal(got, want) {
			t.Fatalf("len %d: xorCTR = %x, want %x", n, got, want)
		}
		s.xorCTR(src, src, &v) // in place
		if !bytes.Equal(src, want) {
			t.Fatalf("len %d: in-place xorCTR = %x, want %x", n, src, want)
		}
	}
}

// TestIncCounter checks the counter increment, carries included, against
// crypto/cipher: the second keystream block of a CTR stream started at c is
// AES(c+1).
func TestIncCounter(t *testing.T) {
	block, _ := aes.NewCipher(make([]byte, 16))
	for _, c := range []string{
		"00000000000000000000000000000000",
		"000000000000000000000000000000ff",
		"0000000000000000ffffffffffffffff", // carry into the high half
		"00000000ffffffff7fffffffffffffff",
		"ffffffffffffffffffffffffffffffff", // wraps to zero
	} {
		t.Run(c, func(t *testing.T) {
			ctr := [16]byte(mustHex(t, c))
			stream := make([]byte, 32)
			cipher.NewCTR(block, ctr[:]).XORKeyStream(stream, stream)
			incCounter(&ctr)
			var got [16]byte
			block.Encrypt(got[:], ctr[:])
			if !bytes.Equal(got[:], stream[16:]) {
				t.Errorf("AES(inc(c)) = %x, want crypto/cipher's second block %x", got, stream[16:])
			}
		})
	}
}

// TestSIVADCache checks that S2V's associated-data state is computed once
// per key for the empty AD (at construction) and once per run of equal
// non-empty ADs, and not cached for ADs longer than maxCachedAD.
func TestSIVADCache(t *testing.T) {
	key := bytes.Repeat([]byte{7}, 32)
	s, err := newAESSIV(key)
	if err != nil {
		t.Fatal(err)
	}
	long := bytes.Repeat([]byte("a"), maxCachedAD+1)
	steps := []struct {
		ad       []byte
		computed int64 // adComputed after encrypting with ad
	}{
		{nil, 1}, // at construction
		{[]byte{}, 1},
		{[]byte("t.tel"), 2},
		{[]byte("t.tel"), 2},
		{[]byte("t.id"), 3},
		{[]byte("t.tel"), 4},
		{long, 5},
		{long, 6},
		{[]byte("t.tel"), 6}, // a long AD does not replace the cached one
	}
	for i, st := range steps {
		got, err := s.encrypt([]byte("13900001234"), st.ad)
		if want := refSIV(t, key, st.ad, []byte("13900001234")); err != nil || !bytes.Equal(got, want) {
			t.Fatalf("step %d: encrypt = %x, %v; want %x", i, got, err, want)
		}
		if n := s.adComputed.Load(); n != st.computed {
			t.Errorf("step %d (ad %q): %d AD states computed, want %d", i, st.ad, n, st.computed)
		}
	}
	// The cache holds a copy: when the caller reuses its AD buffer for
	// other bytes, those bytes must not find the old AD's state.
	ad := []byte("mutable")
	if _, err := s.encrypt(nil, ad); err != nil {
		t.Fatal(err)
	}
	copy(ad, "MUTABLE")
	want := refSIV(t, key, []byte("MUTABLE"), nil)
	if got, _ := s.encrypt(nil, ad); !bytes.Equal(got, want) {
		t.Errorf("after the caller rewrote its AD buffer: %x, want %x", got, want)
	}
}

// TestSIVConcurrent shares one aesSIV between goroutines with different
// associated data, so the AD cache and the CTR scratch pool are contended;
// every result must equal the reference (run with -race to check the
// synchronization itself).
func TestSIVConcurrent(t *testing.T) {
	key := bytes.Repeat([]byte{9}, 64)
	s, err := newAESSIV(key)
	if err != nil {
		t.Fatal(err)
	}
	type tc struct{ pt, ad, ct []byte }
	var cases []tc
	rng := rand.New(rand.NewPCG(8, 8))
	for i := 0; i < 16; i++ {
		pt, ad := randBytes(rng, randMessageLen(rng)), []byte(fmt.Sprintf("ad-%d", i%4))
		cases = append(cases, tc{pt, ad, refSIV(t, key, ad, pt)})
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				c := cases[(g+i)%len(cases)]
				ct, err := s.encrypt(c.pt, c.ad)
				pt, derr := s.decrypt(c.ct, c.ad)
				if err != nil || derr != nil || !bytes.Equal(ct, c.ct) || !bytes.Equal(pt, c.pt) {
					errs <- fmt.Errorf("goroutine %d case %d: encrypt %x, %v; decrypt %x, %v", g, i, ct, err, pt, derr)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
