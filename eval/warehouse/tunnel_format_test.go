package warehouse

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/mcsql/mcsql/eval"
)

// upDown uploads text into a fresh simpleTable with up, then downloads it
// with down, returning the rows and the downloaded text.
func upDown(t *testing.T, text string, up UploadOptions, down DownloadOptions) ([][]eval.Value, string) {
	t.Helper()
	tx := begin(t, openMemory(t))
	mustCreate(t, tx, simpleTable("t"))
	if _, err := Upload(tx, "t", strings.NewReader(text), up); err != nil {
		t.Fatalf("Upload: %v", err)
	}
	var buf bytes.Buffer
	if _, err := Download(tx, "t", &buf, down); err != nil {
		t.Fatalf("Download: %v", err)
	}
	return scanAll(t, tx, "t"), buf.String()
}

func TestTunnelDelimiters(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		in     string
		rows   [][]eval.Value
		out    string
	}{
		{"tab", Format{FieldDelim: "\t"}, "1\ta,b\n2\t\"x\ty\"\n",
			[][]eval.Value{{int64(1), "a,b"}, {int64(2), "x\ty"}}, "1\ta,b\n2\t\"x\ty\"\n"},
		{"two characters", Format{FieldDelim: "||"}, "1||a|b\n2||\"c||d\"\r\n\n3||\n",
			[][]eval.Value{{int64(1), "a|b"}, {int64(2), "c||d"}, {int64(3), nil}}, "1||a|b\n2||\"c||d\"\n3||\n"},
		{"record delimiter", Format{FieldDelim: "\x01", RecordDelim: "\x02"}, "1\x01a\nb\x022\x01c\x02",
			[][]eval.Value{{int64(1), "a\nb"}, {int64(2), "c"}}, "1\x01\"a\nb\"\x022\x01c\x02"},
		{"crlf", Format{RecordDelim: "\r\n"}, "1,a\r\n2,b\r\n",
			[][]eval.Value{{int64(1), "a"}, {int64(2), "b"}}, "1,a\r\n2,b\r\n"},
		{"crlf keeps a value's line end", Format{FieldDelim: ";", RecordDelim: "\r\n"}, "1;\"a\nb\"\r\n",
			[][]eval.Value{{int64(1), "a\nb"}}, "1;\"a\nb\"\r\n"},
		{"plain text", Format{FieldDelim: ",", NoQuotes: true}, "1,say \"hi\"\n",
			[][]eval.Value{{int64(1), `say "hi"`}}, "1,say \"hi\"\n"},
		{"null indicator", Format{Null: `\N`}, "1,\\N\n2,\n",
			[][]eval.Value{{int64(1), nil}, {int64(2), ""}}, "1,\\N\n2,\n"},
		{"no final delimiter", Format{FieldDelim: "::"}, "1::a\n2::b",
			[][]eval.Value{{int64(1), "a"}, {int64(2), "b"}}, "1::a\n2::b\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, out := upDown(t, tc.in, UploadOptions{Format: tc.format}, DownloadOptions{Format: tc.format})
			if !sameRows(rows, tc.rows) {
				t.Errorf("rows %v, want %v", rows, tc.rows)
			}
			if out != tc.out {
				t.Errorf("downloaded %q, want %q", out, tc.out)
			}
		})
	}
}

func TestTunnelTextErrors(t *testing.T) {
	tx := begin(t, openMemory(t))
	mustCreate(t, tx, simpleTable("t"))
	for _, tc := range []struct {
		in     string
		format Format
		want   string
	}{
		{"1||a\n2||b\"c\n", Format{FieldDelim: "||"}, `line 2: bare " in non-quoted-field`},
		{"1||\"a\n", Format{FieldDelim: "||"}, `line 1: extraneous or missing " in quoted-field`},
		{"1||\"a\"b\n", Format{FieldDelim: "||"}, `line 1: extraneous or missing " in quoted-field`},
		{"1||a||b\n", Format{FieldDelim: "||"}, "line 1: 3 fields, but table t has 2 columns"},
		{"1,a\n", Format{FieldDelim: "a", RecordDelim: "a"}, `the field delimiter "a" contains the record delimiter "a"`},
	} {
		if _, err := Upload(tx, "t", strings.NewReader(tc.in), UploadOptions{Format: tc.format}); errorText(err) != tc.want {
			t.Errorf("%q: error %v, want %s", tc.in, err, tc.want)
		}
	}
	mustInsert(t, tx, "t", false, [][]eval.Value{{int64(1), "a,b"}})
	var buf bytes.Buffer
	_, err := Download(tx, "t", &buf, DownloadOptions{Format: Format{NoQuotes: true}})
	if want := "download t, row 1: field 2 holds the field or record delimiter"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("plain text with a delimiter in a value: %v", err)
	}
}

func TestUploadDiscardBad(t *testing.T) {
	const in = "1,a\nx,b\n3,c,extra\n4,d\n"
	var discarded []string
	opts := UploadOptions{DiscardBad: true, MaxBad: 2, OnDiscard: func(err error) { discarded = append(discarded, err.Error()) }}
	rows, _ := upDown(t, in, opts, DownloadOptions{})
	if want := [][]eval.Value{{int64(1), "a"}, {int64(4), "d"}}; !sameRows(rows, want) {
		t.Errorf("rows %v, want %v", rows, want)
	}
	if want := []string{`line 2, column id: "x" is not a valid BIGINT value: not an integer`, "line 3: 3 fields, but table t has 2 columns"}; strings.Join(discarded, "|") != strings.Join(want, "|") {
		t.Errorf("discarded %q", discarded)
	}
	tx := begin(t, openMemory(t))
	mustCreate(t, tx, simpleTable("t"))
	opts.MaxBad = 1
	_, err := Upload(tx, "t", strings.NewReader(in), opts)
	if want := "more than 1 bad records (-mbr 1); the last: line 3: 3 fields, but table t has 2 columns"; errorText(err) != want {
		t.Errorf("error %v, want %s", err, want)
	}
	if rows := scanAll(t, tx, "t"); len(rows) != 0 {
		t.Errorf("a failed upload wrote %v", rows)
	}
}

func TestUploadLenientAndScan(t *testing.T) {
	rows, _ := upDown(t, "1,a,extra\n2\n", UploadOptions{Lenient: true}, DownloadOptions{})
	if want := [][]eval.Value{{int64(1), "a"}, {int64(2), nil}}; !sameRows(rows, want) {
		t.Errorf("lenient rows %v, want %v", rows, want)
	}
	tx := begin(t, openMemory(t))
	mustCreate(t, tx, simpleTable("t"))
	n, err := Upload(tx, "t", strings.NewReader("1,a\n2,b\n"), UploadOptions{ScanOnly: true})
	if err != nil || n != 2 {
		t.Fatalf("scan only = %d, %v", n, err)
	}
	if rows := scanAll(t, tx, "t"); len(rows) != 0 {
		t.Errorf("scan only wrote %v", rows)
	}
}

func TestTunnelPartition(t *testing.T) {
	tx := begin(t, openMemory(t))
	info := eval.TableInfo{Name: "p", Columns: simpleTable("p").Columns,
		PartitionColumns: []eval.Column{{Name: "ds", Type: eval.StringType}}}
	mustCreate(t, tx, info)
	mustInsert(t, tx, "p", false, [][]eval.Value{{int64(9), "old", "d1"}, {int64(8), "other", "d2"}})
	d1 := []eval.Value{"d1"}
	n, err := Upload(tx, "p", strings.NewReader("id,name\n1,a\n"), UploadOptions{Header: true, Overwrite: true, Partition: d1})
	if err != nil || n != 1 {
		t.Fatalf("Upload = %d, %v", n, err)
	}
	if want := [][]eval.Value{{int64(8), "other", "d2"}, {int64(1), "a", "d1"}}; !sameRows(scanAll(t, tx, "p"), want) {
		t.Errorf("rows %v, want %v", scanAll(t, tx, "p"), want)
	}
	var buf bytes.Buffer
	_, err = Download(tx, "p", &buf, DownloadOptions{Header: true, Partitions: [][]eval.Value{d1}, NoPartitionColumns: true})
	if err != nil || buf.String() != "id,name\n1,a\n" {
		t.Errorf("partition download %q, %v", buf.String(), err)
	}
}

func TestDownloadColumnsAndLimit(t *testing.T) {
	_, out := upDown(t, "1,a\n2,b\n3,c\n", UploadOptions{}, DownloadOptions{Header: true, ColumnNames: []string{"NAME", "id"}, Limit: 2})
	if want := "name,id\na,1\nb,2\n"; out != want {
		t.Errorf("-cn -limit: %q, want %q", out, want)
	}
	_, out = upDown(t, "1,a\n", UploadOptions{}, DownloadOptions{ColumnIndexes: []int{1}})
	if out != "a\n" {
		t.Errorf("-ci 1: %q", out)
	}
	tx := begin(t, openMemory(t))
	mustCreate(t, tx, simpleTable("t"))
	for _, opts := range []DownloadOptions{{ColumnNames: []string{"x"}}, {ColumnIndexes: []int{2}}} {
		if _, err := Download(tx, "t", &bytes.Buffer{}, opts); err == nil || !strings.Contains(err.Error(), "there is no column") {
			t.Errorf("%+v: error %v", opts, err)
		}
	}
}

func TestTunnelCharset(t *testing.T) {
	gbk, err := LookupCharset("gbk")
	if err != nil {
		t.Fatal(err)
	}
	in, _ := simplifiedchinese.GBK.NewEncoder().String("1,中文\n")
	rows, out := upDown(t, in, UploadOptions{Format: Format{Charset: gbk}}, DownloadOptions{Format: Format{Charset: gbk}})
	if want := [][]eval.Value{{int64(1), "中文"}}; !sameRows(rows, want) {
		t.Errorf("rows %v, want %v", rows, want)
	}
	if out != in {
		t.Errorf("downloaded %q, want the GBK bytes %q", out, in)
	}
	for _, name := range []string{"ignore", "UTF-8", "utf8", ""} {
		if enc, err := LookupCharset(name); enc != nil || err != nil {
			t.Errorf("LookupCharset(%q) = %v, %v; want the bytes kept", name, enc, err)
		}
	}
	if _, err := LookupCharset("klingon"); err == nil || !strings.Contains(err.Error(), "unsupported charset 'klingon'") {
		t.Errorf("unknown charset: %v", err)
	}
	tx := begin(t, openMemory(t))
	mustCreate(t, tx, simpleTable("t"))
	mustInsert(t, tx, "t", false, [][]eval.Value{{int64(1), "€ and ☃"}})
	latin1, _ := LookupCharset("ISO-8859-1")
	if _, err := Download(tx, "t", &bytes.Buffer{}, DownloadOptions{Format: Format{Charset: latin1}}); err == nil {
		t.Error("a character ISO-8859-1 lacks was written")
	}
}

func TestTunnelDatetimeFormat(t *testing.T) {
	utc, shanghai := time.UTC, mustZone(t, "Asia/Shanghai")
	info := eval.TableInfo{Name: "d", Columns: []eval.Column{{Name: "t", Type: eval.DatetimeType}}}
	df := DatetimeFormat{Layout: "2006/01/02 15:04", File: utc, Stored: shanghai}
	tx := begin(t, openMemory(t))
	mustCreate(t, tx, info)
	if _, err := Upload(tx, "d", strings.NewReader("2024/01/02 03:04\n2024-01-05\n"), UploadOptions{Format: Format{Datetime: df}}); err != nil {
		t.Fatal(err)
	}
	want := [][]eval.Value{{ts("2024-01-02 11:04:00")}, {ts("2024-01-05 08:00:00")}}
	if got := scanAll(t, tx, "d"); !sameRows(got, want) {
		t.Errorf("rows %v, want %v", got, want)
	}
	var buf bytes.Buffer
	if _, err := Download(tx, "d", &buf, DownloadOptions{Format: Format{Datetime: df}}); err != nil || buf.String() != "2024/01/02 03:04\n2024/01/05 00:00\n" {
		t.Errorf("download %q, %v", buf.String(), err)
	}
	_, err := Upload(tx, "d", strings.NewReader("02.01.2024\n"), UploadOptions{Format: Format{Datetime: df}})
	if err == nil || !errors.As(err, new(*LineError)) {
		t.Errorf("a field in neither form: %v", err)
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
