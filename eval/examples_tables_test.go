package eval_test

import (
	"bytes"
	"encoding/base64"
	"os"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// enhancedSymBasic reads the documentation's ENHANCED_SYM_ENCRYPT /
// DECRYPT example 1, kept verbatim with the golden scripts.
func enhancedSymBasic(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/scripts/examples/enhanced_sym_basic.sql")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestEnhancedSymBasicExample runs the documentation's column-encryption
// walk-through over tables: the column is encrypted (Base64 text in a
// STRING column), then decrypted back, the BINARY plaintext going into the
// STRING column as the documentation does.
func TestEnhancedSymBasicExample(t *testing.T) {
	var out, status bytes.Buffer
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Stdout: &out, Stderr: &status,
		CSV: true, Warehouse: eval.NewMemoryWarehouse()})
	if err := s.Run(enhancedSymBasic(t)); err != nil {
		t.Fatal(err)
	}
	const header = "id,name,gender,id_card_no,tel\n"
	plain := header + "1,bob,male,0001,13900001234\n2,allen,male,0011,13900001111\n" +
		"3,kate,female,0111,13900002222\n4,annie,female,1111,13900003333\n"
	blocks := strings.SplitAfter(out.String(), "13900003333\n")
	if len(blocks) != 4 || blocks[3] != "" {
		t.Fatalf("want three result tables, got:\n%s", out.String())
	}
	if blocks[0] != plain || blocks[2] != plain {
		t.Errorf("before encryption and after decryption the table must be\n%s\ngot\n%s\nand\n%s", plain, blocks[0], blocks[2])
	}
	encrypted := strings.Split(strings.TrimSuffix(strings.TrimPrefix(blocks[1], header), "\n"), "\n")
	originals := strings.Split(strings.TrimSuffix(strings.TrimPrefix(plain, header), "\n"), "\n")
	for i, line := range encrypted {
		got, want := strings.Split(line, ","), strings.Split(originals[i], ",")
		ct, err := base64.StdEncoding.DecodeString(got[3])
		if err != nil || len(ct) <= len(want[3]) || got[0] != want[0] || got[4] != want[4] {
			t.Errorf("encrypted row %d = %q; want %q with id_card_no as Base64 ciphertext", i+1, line, originals[i])
		}
	}
	if want := "OK\nOK\nOK\nOK\n"; status.String() != want {
		t.Errorf("stderr %q, want %q", status.String(), want)
	}
}

// TestKeysetUsagePrepareExample runs keyset_usage_prepare.sql verbatim:
// numbers inserted into a STRING column.
func TestKeysetUsagePrepareExample(t *testing.T) {
	var out bytes.Buffer
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Stdout: &out, Warehouse: eval.NewMemoryWarehouse()})
	err := s.Run(`create table mf_test_data(id string,name string,tel string);
insert into mf_test_data values(1,'kyle','13900001234'),(2,'tom','13900001111');
select * from mf_test_data;`)
	if err != nil {
		t.Fatal(err)
	}
	want := `+------------+------------+------------+
| id         | name       | tel        | 
+------------+------------+------------+
| 1          | kyle       | 13900001234 | 
| 2          | tom        | 13900001111 | 
+------------+------------+------------+
`
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
}
