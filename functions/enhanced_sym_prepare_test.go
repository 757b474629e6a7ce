package functions

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions/keyset"
)

// countBuilds counts keyset decodings (cipherBuildHook) during the test.
func countBuilds(t *testing.T) *int {
	n := new(int)
	cipherBuildHook = func() { *n++ }
	t.Cleanup(func() { cipherBuildHook = nil })
	return n
}

// runRows runs a prepared Impl once per keyset in keysets, with plaintext
// "row i", and checks each result decrypts back. It decrypts through the
// keyset core, which cipherBuildHook does not count.
func runRows(t *testing.T, impl eval.Impl, keysets []eval.Value) {
	t.Helper()
	for i, v := range keysets {
		pt := fmt.Sprintf("row %d", i)
		ct, err := impl(nil, args(v, pt))
		if err != nil {
			t.Fatalf("row %d: %v", i, err)
		}
		ks, ok := v.(*eval.Struct)
		var parsed *keyset.Keyset
		if ok {
			parsed = ks.Hidden.(*keyset.Keyset)
		} else if parsed, err = keyset.Unmarshal(v.([]byte)); err != nil {
			t.Fatal(err)
		}
		c, err := keyset.NewCipher(parsed)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := c.Decrypt(ct.([]byte), nil); err != nil || string(got) != pt {
			t.Fatalf("row %d decrypts to %q, %v; want %q", i, got, err, pt)
		}
	}
}

// TestPrepareDecodesOnce checks the per-statement work: a constant keyset
// is decoded once by Prepare, and a per-row keyset once per run of equal
// consecutive values. It fails if per-row decoding comes back.
func TestPrepareDecodesOnce(t *testing.T) {
	a := newTestKeyset(t, "AES-SIV-CMAC-256", 20)
	b := newTestKeyset(t, "AES-GCM-256", 21)
	parsed, _ := keyset.Unmarshal(a)
	wrapped := &eval.Struct{Hidden: parsed}
	copyOf := func(k []byte) eval.Value { return append([]byte{}, k...) }
	repeat := func(n int, v func() eval.Value) []eval.Value {
		out := make([]eval.Value, n)
		for i := range out {
			out[i] = v()
		}
		return out
	}
	cases := []struct {
		name   string
		consts []eval.Value
		rows   []eval.Value
		builds int
	}{
		{"constant keyset", args(a, nil), repeat(500, func() eval.Value { return a }), 1},
		{"constant STRUCT keyset", args(wrapped, nil), repeat(500, func() eval.Value { return wrapped }), 1},
		{"per-row keyset, equal values", nil, repeat(500, func() eval.Value { return copyOf(a) }), 1},
		{"per-row STRUCT keyset, same value", nil, repeat(500, func() eval.Value { return wrapped }), 1},
		{"per-row keyset, runs", nil, args(a, copyOf(a), b, b, copyOf(a), wrapped, wrapped, a), 5},
		{"per-row keyset, alternating", nil, args(a, b, a, b, a, b), 6},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			builds := countBuilds(t)
			isConst := []bool{tc.consts != nil, false}
			consts := tc.consts
			if consts == nil {
				consts = args(nil, nil)
			}
			impl, err := encryptOp.prepare(nil, consts, isConst)
			if err != nil {
				t.Fatal(err)
			}
			runRows(t, impl, tc.rows)
			if *builds != tc.builds {
				t.Errorf("keyset decoded %d times for %d rows, want %d", *builds, len(tc.rows), tc.builds)
			}
		})
	}
}

// TestImplDecodesPerCall checks the hook itself: the plain Impl, used
// without Prepare, decodes on every call, so the counts above mean something.
func TestImplDecodesPerCall(t *testing.T) {
	builds := countBuilds(t)
	ks := newTestKeyset(t, "AES-GCM-256", 22)
	impl := encryptOp.overload().Impl
	for range 3 {
		if _, err := impl(nil, args(ks, "x")); err != nil {
			t.Fatal(err)
		}
	}
	if *builds != 3 {
		t.Errorf("Impl decoded the keyset %d times in 3 calls, want 3", *builds)
	}
}

// TestPrepareKeepsErrorsPerRow checks that a bad constant keyset fails
// the rows that use it, not the preparation: a NULL plaintext still gives
// NULL, as without Prepare.
func TestPrepareKeepsErrorsPerRow(t *testing.T) {
	builds := countBuilds(t)
	for _, op := range []*symOp{encryptOp, decryptOp} {
		t.Run(op.name, func(t *testing.T) {
			impl, err := op.prepare(nil, args([]byte("junk"), nil), []bool{true, false})
			if err != nil {
				t.Fatalf("prepare: %v", err)
			}
			if v, err := impl(nil, args([]byte("junk"), nil)); v != nil || err != nil {
				t.Errorf("NULL data = %v, %v; want NULL", v, err)
			}
			for range 2 {
				_, err = impl(nil, args([]byte("junk"), []byte("data")))
				checkError(t, err, "", op.name+": keyset is not a valid keyset: binary keyset at byte 0: unknown field 13 "+
					"(wire type bytes); pass the BINARY value NEW_KEYSET or KEYSET_FROM_JSON returned (a wrapped keyset goes through USE_WRAPPED_KEYSET)")
			}
		})
	}
	if *builds != 2 {
		t.Errorf("keyset decoded %d times, want once per prepared call", *builds)
	}
}

// TestPrepareNullKeyset checks that a constant NULL keyset decodes nothing
// and gives NULL.
func TestPrepareNullKeyset(t *testing.T) {
	builds := countBuilds(t)
	impl, err := decryptOp.prepare(nil, args(nil, nil, "ad"), []bool{true, false, true})
	if err != nil {
		t.Fatal(err)
	}
	if v, err := impl(nil, args(nil, []byte("ct"), "ad")); v != nil || err != nil || *builds != 0 {
		t.Errorf("= %v, %v after %d decodings; want NULL, no error, none", v, err, *builds)
	}
}

// TestPrepareThroughSession checks the same through the evaluator: a
// keyset variable, and a keyset column equal on every row, are decoded once
// per statement however many rows the statement reads.
func TestPrepareThroughSession(t *testing.T) {
	const rows = 300
	ks := newTestKeyset(t, "AES-SIV-CMAC-128", 23)
	data := make([][]eval.Value, rows)
	for i := range data {
		data[i] = args(fmt.Sprintf("row %d", i), append([]byte{}, ks...))
	}
	cases := []struct{ name, query string }{
		{"variable", "select enhanced_sym_encrypt(@ks, s) from @t;"},
		{"variable, additional_data", "select enhanced_sym_decrypt(@ks, enhanced_sym_encrypt(@ks, s, 'ad'), 'ad') from @t;"},
		{"column", "select enhanced_sym_encrypt(k, s) from @t;"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := eval.NewSession(eval.Config{Registry: NewRegistry(), Rand: bytes.NewReader(seqBytes(0, 100))})
			s.SetTableVariable("t", []eval.Column{{Name: "s", Type: eval.StringType}, {Name: "k", Type: eval.BinaryType}}, data)
			if err := s.Run("@ks := unhex('" + hex.EncodeToString(ks) + "');"); err != nil {
				t.Fatal(err)
			}
			builds := countBuilds(t)
			n := 0
			_, err := s.Query(tc.query, func(row []eval.Value) error {
				n++
				return nil
			})
			if err != nil || n != rows {
				t.Fatalf("query: %d rows, %v; want %d rows", n, err, rows)
			}
			perCall := 1
			if strings.Count(tc.query, "enhanced_sym") == 2 {
				perCall = 2 // two calls, each prepared once
			}
			if *builds != perCall {
				t.Errorf("keyset decoded %d times for %d rows, want %d", *builds, rows, perCall)
			}
		})
	}
}

// TestLastCipherKeepsKindsApart checks that the per-row cache never answers
// a BINARY keyset with what it remembered for a STRUCT, or the reverse.
func TestLastCipherKeepsKindsApart(t *testing.T) {
	impl, err := encryptOp.prepare(nil, args(nil, nil), []bool{false, false})
	if err != nil {
		t.Fatal(err)
	}
	notKeyset := "ENHANCED_SYM_ENCRYPT: this STRUCT is not a keyset; the keyset argument is a BINARY keyset " +
		"or the STRUCT USE_WRAPPED_KEYSET returns"
	empty := "ENHANCED_SYM_ENCRYPT: keyset is not a valid keyset: binary keyset is empty; pass the BINARY value " +
		"NEW_KEYSET or KEYSET_FROM_JSON returned (a wrapped keyset goes through USE_WRAPPED_KEYSET)"
	for i, row := range []struct {
		keyset eval.Value
		err    string
	}{
		{&eval.Struct{}, notKeyset},
		{[]byte{}, empty},
		{&eval.Struct{}, notKeyset},
		{(*eval.Struct)(nil), notKeyset},
	} {
		_, err := impl(nil, args(row.keyset, "x"))
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkError(t, err, "", row.err) })
	}
}

// TestPreparedScratchReuse checks that the per-statement buffers reused
// for STRING plaintexts and additional data never leak into results: every
// row's value is kept while later rows overwrite the buffers (as the
// evaluator's rows keep them), then each must decrypt, with its own
// additional data, to its own plaintext. The additional data changes from
// row to row with equal lengths, so a cipher that kept a reference to the
// buffer instead of a copy (AES-SIV caches the last AD's S2V state) would
// see the next row's bytes under the old state.
func TestPreparedScratchReuse(t *testing.T) {
	for _, typ := range []string{"AES-GCM-256", "AES-SIV-CMAC-128", "AES-SIV-CMAC-256"} {
		t.Run(typ, func(t *testing.T) {
			ks := newTestKeyset(t, typ, 24)
			enc, err := encryptOp.prepare(nil, args(ks, nil, nil), []bool{true, false, false})
			if err != nil {
				t.Fatal(err)
			}
			dec, err := decryptOp.prepare(nil, args(ks, nil, nil), []bool{true, false, false})
			if err != nil {
				t.Fatal(err)
			}
			type row struct {
				pt, ad string
				ct     []byte
			}
			var rows []row
			for i := range 40 {
				r := row{pt: strings.Repeat(fmt.Sprint(i%10), i), ad: fmt.Sprintf("ad-%02d", i%7)}
				ct, err := enc(nil, args(ks, r.pt, r.ad))
				if err != nil {
					t.Fatal(err)
				}
				r.ct = ct.([]byte)
				rows = append(rows, r)
			}
			// Decrypt with a cipher of its own and fresh buffers, and with
			// the prepared decryption in reverse row order.
			parsed, err := keyset.Unmarshal(ks)
			if err != nil {
				t.Fatal(err)
			}
			c, err := keyset.NewCipher(parsed)
			if err != nil {
				t.Fatal(err)
			}
			pts := make([]eval.Value, len(rows))
			for i := len(rows) - 1; i >= 0; i-- {
				r := rows[i]
				if got, err := c.Decrypt(r.ct, []byte(r.ad)); err != nil || string(got) != r.pt {
					t.Fatalf("row %d decrypts to %q, %v; want %q", i, got, err, r.pt)
				}
				if pts[i], err = dec(nil, args(ks, r.ct, r.ad)); err != nil {
					t.Fatalf("row %d: prepared decryption: %v", i, err)
				}
			}
			for i, r := range rows {
				if got := string(pts[i].([]byte)); got != r.pt {
					t.Errorf("row %d: prepared decryption gives %q, want %q", i, got, r.pt)
				}
			}
		})
	}
}
