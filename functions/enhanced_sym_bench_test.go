package functions_test

import (
	"bytes"
	"fmt"
	"runtime"
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
// with no SQL and no keyset around it, on an 11-byte plaintext (a phone or
// id-card number) without additional data, on the same with 10 bytes of
// additional data, and on a 256-byte plaintext (tink's AES-GCM, and the
// project's AES-SIV composition of tink's AES-CMAC and crypto/aes).
//
//	go test ./functions -run '^$' -bench 'RawAEAD|EnhancedSymRows' -benchmem
func BenchmarkRawAEAD(b *testing.B) {
	cases := []struct {
		name   string
		pt, ad []byte
	}{
		{"11B", []byte(benchPlaintext), nil},
		{"11B-ad", []byte(benchPlaintext), []byte("orders.tel")},
		{"256B", bytes.Repeat([]byte("x"), 256), nil},
	}
	for _, op := range []string{"encrypt", "decrypt"} {
		for _, typ := range keyTypes {
			for _, c := range cases {
				b.Run(op+"/"+typ+"/"+c.name, func(b *testing.B) {
					kt, err := keyset.ParseKeyType(typ)
					if err != nil {
						b.Fatal(err)
					}
					a, err := keyset.NewRawAEAD(kt, make([]byte, kt.KeySize()))
					if err != nil {
						b.Fatal(err)
					}
					body, err := a.Encrypt(c.pt, c.ad)
					if err != nil {
						b.Fatal(err)
					}
					for b.Loop() {
						if op == "encrypt" {
							_, err = a.Encrypt(c.pt, c.ad)
						} else {
							_, err = a.Decrypt(body, c.ad)
						}
						if err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

// BenchmarkEnhancedSymRows runs ENHANCED_SYM_ENCRYPT / DECRYPT over a
// table variable of benchRows 11-byte strings through the evaluator's row
// path, with the keyset in a variable, without and with an
// additional_data argument, and reports the cost per row: wall and process
// CPU time (which counts the garbage collector's work on the other core),
// bytes and allocations. Compare GOGC=100 with GOGC=400 to see how much of
// the CPU goes to garbage:
//
//	go test ./functions -run '^$' -bench EnhancedSymRows -benchmem
func BenchmarkEnhancedSymRows(b *testing.B) {
	for _, op := range []string{"encrypt", "decrypt"} {
		for _, ad := range []string{"", ", 'orders.tel'"} {
			for _, typ := range keyTypes {
				name := op + "/" + typ
				if ad != "" {
					name = op + "-ad/" + typ
				}
				b.Run(name, func(b *testing.B) {
					s := benchSession(b, typ, op == "decrypt", ad)
					query := "select enhanced_sym_" + op + "(@ks, s" + ad + ") from @t;"
					var mem runtime.MemStats
					runtime.ReadMemStats(&mem)
					bytes, allocs, cpu := mem.TotalAlloc, mem.Mallocs, processCPU()
					for b.Loop() {
						n := 0
						if _, err := s.Query(query, func([]eval.Value) error { n++; return nil }); err != nil || n != benchRows {
							b.Fatalf("%d rows, %v", n, err)
						}
					}
					cpuUsed := processCPU() - cpu
					runtime.ReadMemStats(&mem)
					rows := float64(b.N * benchRows)
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/rows, "ns/row")
					b.ReportMetric(float64(cpuUsed.Nanoseconds())/rows, "cpu-ns/row")
					b.ReportMetric(float64(mem.TotalAlloc-bytes)/rows, "B/row")
					b.ReportMetric(float64(mem.Mallocs-allocs)/rows, "allocs/row")
				})
			}
		}
	}
}

// benchSession returns a session with @ks, a keyset of typ, and @t, a
// table of benchRows rows in column s: the plaintext, or when ciphertexts
// is set its encryption under @ks with additional data ad (an SQL argument
// list tail such as ", 'x'", or "").
func benchSession(b *testing.B, typ string, ciphertexts bool, ad string) *eval.Session {
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
	_, err := s.Query("select enhanced_sym_encrypt(@ks, s"+ad+") from @t;", func(row []eval.Value) error {
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
