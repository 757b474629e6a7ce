package warehouse_test

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
	"github.com/mcsql/mcsql/functions"
)

// keysetHex is the basic keyset of the documentation's ENHANCED_SYM
// example.
const keysetHex = "0A1072384D715A414541385044643351534C12580A330A0B4145532D47434D2D323536122026A8FB1126DF4F5B5DD03C180E6919565D7716CBB291815EFB5BBF30F8BEF9AF1801200210011A1072384D715A414541385044643351534C20022A0B68656C6C6F20776F726C64"

// enhancedSymBasic reads the documentation's ENHANCED_SYM_ENCRYPT /
// DECRYPT example 1, kept verbatim with the golden scripts.
func enhancedSymBasic(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/scripts/examples/enhanced_sym_basic.sql")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// run runs a script in a new session over w, printing CSV.
func run(w eval.Warehouse, script string) (string, error) {
	var out, status bytes.Buffer
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Stdout: &out, Stderr: &status, CSV: true, Warehouse: w})
	err := s.Run(script)
	return out.String(), err
}

func TestDocumentationWalkThrough(t *testing.T) {
	path := filepath.Join(t.TempDir(), "default.db")
	w, err := warehouse.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	out, err := run(w, enhancedSymBasic(t))
	if err != nil {
		t.Fatal(err)
	}
	const header = "id,name,gender,id_card_no,tel\n"
	plain := header + "1,bob,male,0001,13900001234\n2,allen,male,0011,13900001111\n" +
		"3,kate,female,0111,13900002222\n4,annie,female,1111,13900003333\n"
	blocks := strings.SplitAfter(out, "13900003333\n")
	if len(blocks) != 4 || blocks[0] != plain || blocks[2] != plain || blocks[3] != "" {
		t.Fatalf("output:\n%s", out)
	}
	for i, line := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(blocks[1], header), "\n"), "\n") {
		fields := strings.Split(line, ",")
		ct, err := base64.StdEncoding.DecodeString(fields[3])
		if len(fields) != 5 || err != nil || len(ct) < 30 || fields[0] != strconv.Itoa(i+1) {
			t.Errorf("encrypted row %d = %q", i+1, line)
		}
	}
	w.Close()
	// The decrypted table is still there for the next process.
	w2, err := warehouse.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	if out, err := run(w2, "select * from mf_user_info;"); err != nil || out != plain {
		t.Fatalf("after reopening: %q, %v", out, err)
	}
}

func TestFailedScriptLeavesTheDatabase(t *testing.T) {
	w, err := warehouse.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := run(w, `create table t (id bigint, s string); insert into t values (1, 'a'), (2, 'b');`); err != nil {
		t.Fatal(err)
	}
	_, err = run(w, `insert overwrite table t select id * 10, s from t;
create table u (x bigint);
drop table t;
select * from missing_table;`)
	if want := "cannot be resolved"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("failing script: %v, want an error containing %q", err, want)
	}
	out, err := run(w, "select * from t;")
	if want := "id,s\n1,a\n2,b\n"; err != nil || out != want {
		t.Fatalf("after the failed script: %q, %v; want %q", out, err, want)
	}
	if out, err := run(w, "show tables;"); err != nil || strings.Contains(out, "u") {
		t.Fatalf("table u of the failed script remains: %q, %v", out, err)
	}
}

// BenchmarkEncryptOverwrite1M is the end-to-end benchmark over a
// file warehouse: `insert overwrite table t select id, name,
// enhanced_sym_encrypt(ks, tel) from t` over 1,000,000 rows (the BINARY
// ciphertext stored into the STRING column tel).
func BenchmarkEncryptOverwrite1M(b *testing.B) {
	const n = 1_000_000
	script := "@ks := unhex('" + keysetHex + "');\n" +
		"insert overwrite table t select id, name, enhanced_sym_encrypt(@ks, tel) from t;"
	for range b.N {
		b.StopTimer()
		w, err := warehouse.Open(filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		fillPlain(b, w, n)
		b.StartTimer()
		if _, err := run(w, script); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		w.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// fillPlain creates t (id BIGINT, name STRING, tel STRING) with n rows.
func fillPlain(b *testing.B, w *warehouse.Warehouse, n int) {
	tx, err := w.Begin()
	if err != nil {
		b.Fatal(err)
	}
	info := eval.TableInfo{Name: "t", Columns: []eval.Column{
		{Name: "id", Type: eval.BigintType}, {Name: "name", Type: eval.StringType}, {Name: "tel", Type: eval.StringType},
	}}
	if err := tx.CreateTable(info, false); err != nil {
		b.Fatal(err)
	}
	_, err = tx.Insert("t", false, nil, func(yield func([]eval.Value) error) error {
		row := make([]eval.Value, 3)
		for i := range n {
			row[0], row[1], row[2] = int64(i), "name"+strconv.Itoa(i%1000), "139"+strconv.Itoa(10000000+i)
			if err := yield(row); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}
