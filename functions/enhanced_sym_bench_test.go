package functions_test

import (
	"fmt"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
	"github.com/mcsql/mcsql/functions/keyset"
)

// benchRows is how many rows one benchmarked statement reads.
const benchRows = 100_000

// benchPlaintext is 11 bytes, like a phone or id-card number column.
const benchPlaintext = "13900001234"

// keyTypes are the benchmarked key types.
var keyTypes = []string{"AES-GCM-256", "AES-SIV-CMAC-128", "AES-SIV-CMAC-256"}

// BenchmarkRawAEAD is the baseline: one call of a key type's bare primitive
// on an 11-byte plaintext, with no SQL and no keyset around it (tink's
// AES-GCM and AES-SIV; for AES-SIV-CMAC-128, which tink refuses, the
// project's composition of tink's AES-CMAC and crypto/aes).
//
//	go test ./functions -run '^$' -bench 'RawAEAD|EnhancedSymRows' -benchmem
func BenchmarkRawAEAD(b *testing.B) {
	for _, op := range []string{"encrypt", "decrypt"} {
		for _, typ := range keyTypes {
			b.Run(op+"/"+typ, func(b *testing.B) {
				kt, err := keyset.ParseKeyType(typ)
				if err != nil {
					b.Fatal(err)
				}
				a, err := keyset.NewRawAEAD(kt, make([]byte, kt.KeySize()))
				if err != nil {
					b.Fatal(err)
				}
				pt := []byte(benchPlaintext)
				body, err := a.Encrypt(pt, nil)
				if err != nil {
					b.Fatal(err)
				}
				for b.Loop() {
					if op == "encrypt" {
						_, err = a.Encrypt(pt, nil)
					} else {
						_, err = a.Decrypt(body, nil)
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkEnhancedSymRows runs ENHANCED_SYM_ENCRYPT / DECRYPT over a
// table variable of benchRows 11-byte strings through the evaluator's row
// path, with the keyset in a variable, and reports the cost per row.
func BenchmarkEnhancedSymRows(b *testing.B) {
	for _, op := range []string{"encrypt", "decrypt"} {
		for _, typ := range keyTypes {
			b.Run(op+"/"+typ, func(b *testing.B) {
				s := benchSession(b, typ, op == "decrypt")
				query := "select enhanced_sym_encrypt(@ks, s) from @t;"
				if op == "decrypt" {
					query = "select enhanced_sym_decrypt(@ks, s) from @t;"
				}
				for b.Loop() {
					n := 0
					if _, err := s.Query(query, func([]eval.Value) error { n++; return nil }); err != nil || n != benchRows {
						b.Fatalf("%d rows, %v", n, err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchRows), "ns/row")
			})
		}
	}
}

// benchSession returns a session with @ks, a keyset of typ, and @t, a
// table of benchRows rows in column s: the plaintext, or when ciphertexts
// is set its encryption under @ks.
func benchSession(b *testing.B, typ string, ciphertexts bool) *eval.Session {
	b.Helper()
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry()})
	if err := s.Run(fmt.Sprintf("@ks := new_keyset('%s');", typ)); err != nil {
		b.Fatal(err)
	}
	rows := make([][]eval.Value, benchRows)
	for i := range rows {
		rows[i] = []eval.Value{benchPlaintext}
	}
	s.SetTableVariable("t", []eval.Column{{Name: "s", Type: eval.StringType}}, rows)
	if !ciphertexts {
		return s
	}
	i := 0
	_, err := s.Query("select enhanced_sym_encrypt(@ks, s) from @t;", func(row []eval.Value) error {
		rows[i] = append([]eval.Value(nil), row...) // the row is only valid during the callback
		i++
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	s.SetTableVariable("t", []eval.Column{{Name: "s", Type: eval.BinaryType}}, rows)
	return s
}
