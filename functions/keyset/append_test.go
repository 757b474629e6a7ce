package keyset

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
)

// rotateRef is what ROTATE_KEYSET computed before RotateBinary: decode,
// validate, rotate, encode.
func rotateRef(b []byte, keyType, desc string, rand io.Reader) ([]byte, error) {
	ks, err := Unmarshal(b)
	if err != nil {
		return nil, &InvalidKeysetError{Err: err}
	}
	out, err := Rotate(ks, keyType, desc, rand, testNow)
	if err != nil {
		return nil, err
	}
	return Marshal(out), nil
}

// addKeyRef is ADD_KEY_TO_KEYSET's reference, as rotateRef.
func addKeyRef(b []byte, keyType string, raw []byte, desc string, rand io.Reader) ([]byte, error) {
	ks, err := Unmarshal(b)
	if err != nil {
		return nil, &InvalidKeysetError{Err: err}
	}
	out, err := AddKey(ks, keyType, raw, desc, rand, testNow)
	if err != nil {
		return nil, err
	}
	return Marshal(out), nil
}

// sameResult fails unless both calls returned the same bytes, or errors
// of the same kind and text.
func sameResult(t *testing.T, what string, got []byte, gotErr error, want []byte, wantErr error) {
	t.Helper()
	var gi, wi *InvalidKeysetError
	switch {
	case (gotErr == nil) != (wantErr == nil):
		t.Fatalf("%s: error %v, want %v", what, gotErr, wantErr)
	case gotErr != nil && (gotErr.Error() != wantErr.Error() || errors.As(gotErr, &gi) != errors.As(wantErr, &wi)):
		t.Fatalf("%s: error %q (%T), want %q (%T)", what, gotErr, gotErr, wantErr, wantErr)
	case !bytes.Equal(got, want):
		t.Fatalf("%s: result differs from decode, rotate, encode:\n got %X\nwant %X", what, got, want)
	}
}

// nonCanonical re-encodes the documented keyset with its fields out of
// order and a key type in lower case: valid, but not what Marshal writes.
func nonCanonical(t *testing.T) []byte {
	ks := docKeyset(t)
	ks.Keys = append(ks.Keys, second())
	ks.Keys[1].Type = "aes-siv-cmac-256"
	var b []byte
	for _, k := range ks.Keys {
		b = protowire.AppendTag(b, fieldKey, protowire.BytesType)
		b = protowire.AppendBytes(b, appendKeyBinary(nil, k))
	}
	b = protowire.AppendTag(b, fieldPrimaryKeyID, protowire.BytesType)
	return protowire.AppendString(b, ks.PrimaryKeyID)
}

// TestRotateBinaryMatchesRotate rotates keysets of several shapes, then
// rotates each result again (the path that skips decoding), and holds
// every result to the old computation, byte for byte, with the same
// random stream.
func TestRotateBinaryMatchesRotate(t *testing.T) {
	inputs := map[string][]byte{
		"documented":    mustHex(t, docHex),
		"two keys":      mustHex(t, addKeyHex),
		"non-canonical": nonCanonical(t),
		"invalid":       docWith(t, func(ks *Keyset) { ks.PrimaryKeyID = "AAAAAAEAAAAAAAAB" }),
		"truncated":     mustHex(t, docHex)[:50],
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			b := in
			for i, typ := range []string{"AES-GCM-256", "AES-SIV-CMAC-256", "aes-siv-cmac-128", "AES-GCM-256"} {
				desc := fmt.Sprintf("rotation %d", i)
				want, wantErr := rotateRef(b, typ, desc, &seqReader{next: byte(i)})
				got, err := RotateBinary(b, typ, desc, &seqReader{next: byte(i)}, testNow)
				sameResult(t, fmt.Sprintf("rotation %d", i+1), got, err, want, wantErr)
				if err != nil {
					return
				}
				b = got
			}
		})
	}
}

// TestAddKeyBinaryMatchesAddKey is the same for ADD_KEY_TO_KEYSET, with
// its own failure: a raw key of the wrong size.
func TestAddKeyBinaryMatchesAddKey(t *testing.T) {
	raw32, raw64 := bytes.Repeat([]byte{1}, 32), bytes.Repeat([]byte{2}, 64)
	b := mustHex(t, docHex)
	for i, c := range []struct {
		typ string
		raw []byte
	}{{"AES-GCM-256", raw32}, {"AES-SIV-CMAC-256", raw64}, {"AES-SIV-CMAC-128", raw32}, {"AES-SIV-CMAC-256", raw32}} {
		want, wantErr := addKeyRef(b, c.typ, c.raw, "added", &seqReader{next: byte(i)})
		got, err := AddKeyBinary(b, c.typ, c.raw, "added", &seqReader{next: byte(i)}, testNow)
		sameResult(t, fmt.Sprintf("addition %d", i+1), got, err, want, wantErr)
		if err == nil {
			b = got
		}
	}
	if got, err := AddKeyBinary(mustHex(t, docHex), "AES-GCM-256", raw32[:31], "", &seqReader{}, testNow); err == nil ||
		err.Error() != "keyset: raw key is 31 bytes, AES-GCM-256 needs 32" {
		t.Errorf("short raw key: %X, %v", got, err)
	}
}

// TestRotateBinaryErrors checks that only a bad keyset argument is an
// InvalidKeysetError, with Unmarshal's text.
func TestRotateBinaryErrors(t *testing.T) {
	doc := mustHex(t, docHex)
	_, want := Unmarshal(doc[:10])
	_, err := RotateBinary(doc[:10], "AES-GCM-256", "", &seqReader{}, testNow)
	var inv *InvalidKeysetError
	if !errors.As(err, &inv) || err.Error() != want.Error() {
		t.Errorf("truncated keyset: %v (%T), want InvalidKeysetError %q", err, err, want)
	}
	for _, c := range []struct {
		name, typ, desc string
		rand            io.Reader
		want            string
	}{
		{"bad description", "AES-GCM-256", "\xff", &seqReader{}, "keyset: new key: description is not valid UTF-8"},
		{"unknown type", "AES-CTR-256", "", &seqReader{}, "keyset: unknown key type"},
		{"random source fails", "AES-GCM-256", "", strings.NewReader(""), "keyset: reading random key material: EOF"},
	} {
		// On the keyset a call returned, and on another; then the failure
		// must not have spoilt the remembered keyset.
		prev, err := RotateBinary(doc, "AES-GCM-256", "", &seqReader{}, testNow)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range [][]byte{prev, doc} {
			_, err := RotateBinary(in, c.typ, c.desc, c.rand, testNow)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) || errors.As(err, &inv) {
				t.Errorf("%s: error %v (%T), want one starting %q that is no InvalidKeysetError", c.name, err, err, c.want)
			}
		}
		want, wantErr := rotateRef(prev, "AES-GCM-256", "", &seqReader{next: 7})
		got, err := RotateBinary(prev, "AES-GCM-256", "", &seqReader{next: 7}, testNow)
		sameResult(t, c.name+", then a rotation", got, err, want, wantErr)
	}
}

// TestRotateBinaryNewIDUnique makes the first id drawn on the path that
// skips decoding collide with the previous key's: a fresh one is drawn.
func TestRotateBinaryNewIDUnique(t *testing.T) {
	// 32 bytes of key material, then 6 id bytes; the second rotation draws
	// the same id bytes first.
	stream := func(second bool) io.Reader {
		b := append(bytes.Repeat([]byte{9}, 32), 1, 2, 3, 4, 5, 6)
		if second {
			b = append(b, 6, 5, 4, 3, 2, 1)
		}
		return bytes.NewReader(b)
	}
	first, err := RotateBinary(mustHex(t, docHex), "AES-GCM-256", "", stream(false), testNow)
	if err != nil {
		t.Fatal(err)
	}
	want, wantErr := rotateRef(first, "AES-GCM-256", "", stream(true))
	got, err := RotateBinary(first, "AES-GCM-256", "", stream(true), testNow)
	sameResult(t, "colliding id", got, err, want, wantErr)
	ks, err := Unmarshal(got)
	if err != nil || len(ks.Keys) != 3 || ks.Keys[1].ID == ks.Keys[2].ID {
		t.Fatalf("keyset after the collision: %v", err)
	}
}

// TestRotateBinaryResultChangedInPlace changes a returned keyset in place:
// it must be decoded and validated again, not trusted as the one handed
// out.
func TestRotateBinaryResultChangedInPlace(t *testing.T) {
	out, err := RotateBinary(mustHex(t, docHex), "AES-GCM-256", "", &seqReader{}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	// The last byte is the new key's output_prefix_type; 9 is no prefix type.
	out[len(out)-1] = 9
	_, err = RotateBinary(out, "AES-GCM-256", "", &seqReader{}, testNow)
	var inv *InvalidKeysetError
	if !errors.As(err, &inv) || !strings.Contains(err.Error(), "output_prefix_type") {
		t.Fatalf("rotating a corrupted result: %v, want an InvalidKeysetError about output_prefix_type", err)
	}
}

// TestRotateBinaryConcurrent rotates several keysets at once, each chain
// held to the reference; run with -race it also checks the shared memory.
func TestRotateBinaryConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := mustHex(t, docHex)
			for i := range 50 {
				seed := byte(g*50 + i)
				want, _ := rotateRef(b, "AES-GCM-256", "", &seqReader{next: seed})
				got, err := RotateBinary(b, "AES-GCM-256", "", &seqReader{next: seed}, testNow)
				if err != nil || !bytes.Equal(got, want) {
					errs <- fmt.Errorf("goroutine %d, rotation %d: %v or a result that differs", g, i, err)
					return
				}
				b = got
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestRotateBinaryNoPerKeyWork rotates a 3,000-key keyset, then rotates
// the result again and again: after the first call none decodes or
// encodes the earlier keys, so the allocations per call do not grow with
// the keyset (issue 11: the 3,000 rotations of a script took 15 s; one
// such call allocated about 18,000 times).
func TestRotateBinaryNoPerKeyWork(t *testing.T) {
	b := bigKeyset(t, 3000)
	r := &seqReader{}
	var err error
	allocs := testing.AllocsPerRun(20, func() {
		if b, err = RotateBinary(b, "AES-GCM-256", "", r, testNow); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 20 {
		t.Errorf("a rotation of a 3,000-key keyset allocates %.0f times, want at most 20", allocs)
	}
	ks, err := Unmarshal(b)
	if err != nil || len(ks.Keys) != 3021 || ks.PrimaryKeyID != ks.Keys[3020].ID {
		t.Fatalf("after 21 rotations: %v", err)
	}
}

// FuzzRotateBinary holds RotateBinary, twice in a row, to the reference
// for any input.
func FuzzRotateBinary(f *testing.F) {
	for _, h := range []string{docHex, addKeyHex} {
		b, _ := hex.DecodeString(h)
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		b := in
		for i := range 2 {
			want, wantErr := rotateRef(b, "AES-SIV-CMAC-128", "", &seqReader{next: byte(i)})
			got, err := RotateBinary(b, "AES-SIV-CMAC-128", "", &seqReader{next: byte(i)}, testNow)
			sameResult(t, fmt.Sprintf("rotation %d", i+1), got, err, want, wantErr)
			if err != nil {
				return
			}
			b = got
		}
	})
}
