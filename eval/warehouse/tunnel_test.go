package warehouse

import (
	"bytes"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// tunnelRows are everyTypeRows without the values CSV cannot carry: an
// empty top-level STRING (it reads back as NULL) and a DECIMAL with no
// exact decimal form.
func tunnelRows() [][]eval.Value {
	rows := everyTypeRows()
	other := rows[2]
	other[6], other[7] = dec("-0.001", 3), dec("12345678.90", 2)
	other[8], other[9], other[10], other[11] = " ", "ÄÖÜ", "x  ", []byte{0}
	return rows
}

func TestTunnelRoundTrip(t *testing.T) {
	for _, enc := range []BinaryEncoding{BinaryHex, BinaryBase64} {
		t.Run(strconv.Itoa(int(enc)), func(t *testing.T) {
			w := openMemory(t)
			tx := begin(t, w)
			mustCreate(t, tx, eval.TableInfo{Name: "src", Columns: everyType})
			mustCreate(t, tx, eval.TableInfo{Name: "dst", Columns: everyType})
			rows := tunnelRows()
			mustInsert(t, tx, "src", false, rows)
			var buf bytes.Buffer
			n, err := Download(tx, "src", &buf, DownloadOptions{Header: true, Format: Format{Binary: enc}})
			if err != nil || n != int64(len(rows)) {
				t.Fatalf("Download = %d, %v", n, err)
			}
			n, err = Upload(tx, "dst", bytes.NewReader(buf.Bytes()), UploadOptions{Header: true, Format: Format{Binary: enc}})
			if err != nil || n != int64(len(rows)) {
				t.Fatalf("Upload = %d, %v\nCSV:\n%s", n, err, buf.String())
			}
			got := scanAll(t, tx, "dst")
			for r := range rows {
				for c := range everyType {
					if !sameValue(rows[r][c], got[r][c]) {
						t.Errorf("row %d column %s: got %#v, want %#v", r, everyType[c].Name, got[r][c], rows[r][c])
					}
				}
			}
		})
	}
}

// tunnelTable is (id BIGINT, name STRING, tel BINARY, ok BOOLEAN,
// dtm DATETIME) PARTITIONED BY (ds STRING).
func tunnelTable() eval.TableInfo {
	return eval.TableInfo{Name: "u", Columns: []eval.Column{
		{Name: "id", Type: eval.BigintType}, {Name: "name", Type: eval.StringType}, {Name: "tel", Type: eval.BinaryType},
		{Name: "ok", Type: eval.BooleanType}, {Name: "dtm", Type: eval.DatetimeType},
	}, PartitionColumns: []eval.Column{{Name: "ds", Type: eval.StringType}}}
}

func TestDownloadFormat(t *testing.T) {
	rows := [][]eval.Value{
		{int64(1), "bob, \"the\" builder", []byte{0x0a, 0xff, 0x00}, true, ts("2024-01-02 03:04:05.678"), "20240101"},
		{int64(-2), "two\nlines", []byte{}, false, ts("2024-01-02 03:04:05"), "20240101"},
		{nil, nil, nil, nil, nil, "x"},
	}
	tests := []struct {
		name string
		opts DownloadOptions
		want string
	}{
		{"hex with header", DownloadOptions{Header: true},
			"id,name,tel,ok,dtm,ds\n" +
				"1,\"bob, \"\"the\"\" builder\",0AFF00,true,2024-01-02 03:04:05.678,20240101\n" +
				"-2,\"two\nlines\",,false,2024-01-02 03:04:05,20240101\n" +
				",,,,,x\n"},
		{"base64 tab", DownloadOptions{Format: Format{Binary: BinaryBase64, FieldDelim: "\t"}},
			"1\t\"bob, \"\"the\"\" builder\"\tCv8A\ttrue\t2024-01-02 03:04:05.678\t20240101\n" +
				"-2\t\"two\nlines\"\t\tfalse\t2024-01-02 03:04:05\t20240101\n" +
				"\t\t\t\t\tx\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := openMemory(t)
			tx := begin(t, w)
			mustCreate(t, tx, tunnelTable())
			mustInsert(t, tx, "u", false, rows)
			var buf bytes.Buffer
			n, err := Download(tx, "u", &buf, tc.opts)
			if err != nil || n != 3 {
				t.Fatalf("Download = %d, %v", n, err)
			}
			if buf.String() != tc.want {
				t.Fatalf("CSV:\n%q\nwant\n%q", buf.String(), tc.want)
			}
		})
	}
}

func TestUploadValues(t *testing.T) {
	csv := "\ufeffID,Name,TEL,ok,dtm,ds\n" +
		"7, x ,0aff,TRUE,2024-01-02 03:04:05.5,d\n" +
		"8,\"multi\nline\",,false,2024-01-02 03:04:05,e\n"
	want := [][]eval.Value{
		{int64(7), " x ", []byte{0x0a, 0xff}, true, ts("2024-01-02 03:04:05.5"), "d"},
		{int64(8), "multi\nline", nil, false, ts("2024-01-02 03:04:05"), "e"},
	}
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, tunnelTable())
	mustInsert(t, tx, "u", false, [][]eval.Value{{int64(1), "old", nil, nil, nil, "d"}})
	n, err := Upload(tx, "u", strings.NewReader(csv), UploadOptions{Header: true, Overwrite: true})
	if err != nil || n != 2 {
		t.Fatalf("Upload = %d, %v", n, err)
	}
	if got := scanAll(t, tx, "u"); !sameRows(got, want) {
		t.Fatalf("rows = %v\nwant   %v", got, want)
	}
}

func TestUploadErrors(t *testing.T) {
	const good = "1,a,00,true,2024-01-01 00:00:00,d\n"
	tests := []struct {
		name string
		csv  string
		opts UploadOptions
		want string
	}{
		{"bad integer", good + good + "x1,a,00,true,,\n", UploadOptions{},
			`line 3, column id: "x1" is not a valid BIGINT value: not an integer`},
		{"field count", good + "1,a\n", UploadOptions{},
			"line 2: 2 fields, but table u has 6 columns"},
		{"bad hex", good + "1,a,0g,true,,\n", UploadOptions{},
			`line 2, column tel: "0g" is not a valid BINARY value: encoding/hex: invalid byte: U+0067 'g'`},
		{"bad base64", "1,a,AA==,true,,\n1,a,!!,true,,\n", UploadOptions{Format: Format{Binary: BinaryBase64}},
			`line 2, column tel: "!!" is not a valid BINARY value: illegal base64 data at input byte 0`},
		{"bad boolean", good + "1,a,,yes,,\n", UploadOptions{},
			`line 2, column ok: "yes" is not a valid BOOLEAN value: expected true or false`},
		{"bad datetime", good + "1,a,,true,2024-02-30 00:00:00,\n", UploadOptions{},
			`line 2, column dtm: "2024-02-30 00:00:00" is not a valid DATETIME value`},
		{"line after a multi-line field", "1,\"a\nb\nc\",,,,\n2,b,,,,\n3,c,,maybe,,\n", UploadOptions{},
			`line 5, column ok: "maybe" is not a valid BOOLEAN value: expected true or false`},
		{"bare quote", good + "1,a\"b,,,,\n", UploadOptions{},
			`line 2: bare " in non-quoted-field`},
		{"header mismatch", "id,name,phone,ok,dtm,ds\n" + good, UploadOptions{Header: true},
			`line 1: header field 3 is "phone", but column 3 of table u is tel`},
		{"header length", "id,name\n" + good, UploadOptions{Header: true},
			"line 1: the header names 2 columns, table u has 6"},
		{"empty with header", "", UploadOptions{Header: true},
			"line 1: the file is empty; expected a header line"},
		{"bad delimiter", good, UploadOptions{Format: Format{FieldDelim: `"`}},
			`invalid CSV delimiter "\""`},
		{"missing table", good, UploadOptions{},
			"ODPS-0130131:Table not found - table default.v cannot be resolved"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := openMemory(t)
			tx := begin(t, w)
			mustCreate(t, tx, tunnelTable())
			before := [][]eval.Value{{int64(42), "kept", nil, nil, nil, "d"}}
			mustInsert(t, tx, "u", false, before)
			table := "u"
			if tc.name == "missing table" {
				table = "v"
			}
			n, err := Upload(tx, table, strings.NewReader(tc.csv), tc.opts)
			if errorText(err) != tc.want || n != 0 {
				t.Fatalf("Upload = %d, %v\nwant 0, %s", n, err, tc.want)
			}
			if got := scanAll(t, tx, "u"); !sameRows(got, before) {
				t.Fatalf("the failed upload left rows %v", got)
			}
		})
	}
}

func TestUploadVarcharTooLong(t *testing.T) {
	w := openMemory(t)
	tx := begin(t, w)
	vc3 := eval.Type{Kind: eval.KindVarchar, Len: 3}
	mustCreate(t, tx, eval.TableInfo{Name: "v", Columns: []eval.Column{{Name: "s", Type: vc3}, {Name: "d", Type: eval.Type{Kind: eval.KindDecimal, Precision: 4, Scale: 1}}}})
	_, err := Upload(tx, "v", strings.NewReader("äöü,1.5\näöüx,1\n"), UploadOptions{})
	if want := `line 2, column s: "äöüx" is not a valid VARCHAR(3) value: 4 characters are more than 3`; errorText(err) != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
	_, err = Upload(tx, "v", strings.NewReader("a,12345\n"), UploadOptions{})
	if want := `line 1, column d: "12345" is not a valid DECIMAL(4,1) value`; errorText(err) != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
	n, err := Upload(tx, "v", strings.NewReader("äöü,123.45\n"), UploadOptions{})
	if err != nil || n != 1 {
		t.Fatalf("Upload = %d, %v", n, err)
	}
	want := [][]eval.Value{{"äöü", eval.Decimal{Rat: big.NewRat(1235, 10), Scale: 1}}}
	if got := scanAll(t, tx, "v"); !sameRows(got, want) {
		t.Fatalf("rows = %v, want %v", got, want)
	}
}

func TestTunnelProgress(t *testing.T) {
	const n = 25000
	var lines strings.Builder
	for i := range n {
		lines.WriteString(strconv.Itoa(i) + ",n\n")
	}
	w := openMemory(t)
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	var up, down []int64
	got, err := Upload(tx, "t", strings.NewReader(lines.String()), UploadOptions{Progress: func(r int64) { up = append(up, r) }})
	if err != nil || got != n {
		t.Fatalf("Upload = %d, %v", got, err)
	}
	var buf bytes.Buffer
	got, err = Download(tx, "t", &buf, DownloadOptions{Progress: func(r int64) { down = append(down, r) }})
	if err != nil || got != n {
		t.Fatalf("Download = %d, %v", got, err)
	}
	want := []int64{10000, 20000, 25000}
	if !reflect.DeepEqual(up, want) || !reflect.DeepEqual(down, want) {
		t.Fatalf("progress: upload %v, download %v; want %v", up, down, want)
	}
	if buf.String() != lines.String() {
		t.Fatalf("downloaded CSV differs from the uploaded one")
	}
}
