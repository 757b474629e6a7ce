package tunnelwire

import (
	"bytes"
	"encoding/hex"
	"io"
	"math"
	"strings"
	"testing"
	"time"
)

// Two record streams from the official Go SDK's tests
// (aliyun-odps-go-sdk odps/tunnel/protoc_reader_test.go): one record each,
// with the SDK-computed record CRC32C, count and checksum of checksums. They
// pin the wire encoding and, above all, how the checksums are fed.
var sdkStructStream = []byte{
	0x0a, 0x00, 0x16, 0x00, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x00, 0x00, 0xc8, 0x01, 0x00, 0x00,
	0x80, 0xc0, 0xff, 0x7f, 0xa0, 0x92, 0x83, 0xc9, 0x05, 0xf0, 0xff, 0xff, 0x7f, 0x02, 0xf8, 0xff,
	0xff, 0x7f, 0xf0, 0xcc, 0xb3, 0xc0, 0x01,
}

var sdkSimpleStream = []byte{
	0x08, 0x02, 0x10, 0xfe, 0xff, 0x03, 0x18, 0xc8, 0x01, 0x20, 0x80, 0xa0, 0xb7, 0x87, 0xe9, 0x05,
	0x2a, 0x10, 0xfa, 0x34, 0xe1, 0x02, 0x93, 0xcb, 0x42, 0x84, 0x85, 0x73, 0xa4, 0xe3, 0x99, 0x37,
	0xf4, 0x79, 0x35, 0x3b, 0xaf, 0xef, 0x4b, 0x39, 0x9a, 0x99, 0x99, 0x61, 0xe7, 0xf5, 0x7d, 0x41,
	0x42, 0x03, 0x33, 0x2e, 0x35, 0x4a, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x52, 0x64, 0x77, 0x6f,
	0x72, 0x6c, 0x64, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
	0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
	0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
	0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
	0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
	0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
	0x20, 0x20, 0x5a, 0x07, 0x61, 0x6c, 0x69, 0x62, 0x61, 0x62, 0x61, 0x60, 0x92, 0x91, 0x02, 0x68,
	0x80, 0xa0, 0xc6, 0xea, 0xf4, 0x57, 0x72, 0x80, 0xb4, 0xae, 0xa0, 0x0b, 0xaa, 0xb4, 0xde, 0x75,
	0x78, 0x01, 0x80, 0xc0, 0xff, 0x7f, 0xd9, 0x9e, 0x9d, 0xde, 0x0f, 0xf0, 0xff, 0xff, 0x7f, 0x02,
	0xf8, 0xff, 0xff, 0x7f, 0xc0, 0x8f, 0xfa, 0xf1, 0x0b,
}

var sdkSimpleTypes = []string{"tinyint", "smallint", "int", "bigint", "binary", "float", "double",
	"decimal(38,18)", "varchar(1000)", "char(100)", "string", "date", "datetime", "timestamp", "boolean"}

func decodeAll(t *testing.T, stream []byte, types []string) [][]any {
	t.Helper()
	d, err := NewDecoder(bytes.NewReader(stream), types)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]any
	for {
		row, err := d.Decode()
		if err == io.EOF {
			return rows
		}
		if err != nil {
			t.Fatalf("Decode after %d rows: %v", len(rows), err)
		}
		rows = append(rows, row)
	}
}

func TestSDKVectorStruct(t *testing.T) {
	types := []string{"struct<x:int,y:varchar(256),z:struct<a:tinyint,b:date>>"}
	rows := decodeAll(t, sdkStructStream, types)
	if len(rows) != 1 {
		t.Fatalf("rows = %v", rows)
	}
	want := []any{int64(11), "hello", []any{int64(100), time.Unix(0, 0).UTC()}}
	if got := rows[0][0].([]any); !equalValues(got, want) {
		t.Errorf("struct = %#v, want %#v", got, want)
	}
	reencode(t, sdkStructStream, types, rows)
}

func TestSDKVectorSimple(t *testing.T) {
	rows := decodeAll(t, sdkSimpleStream, sdkSimpleTypes)
	if len(rows) != 1 {
		t.Fatalf("rows = %v", rows)
	}
	r := rows[0]
	bin, _ := hex.DecodeString("FA34E10293CB42848573A4E39937F479")
	shanghai := time.FixedZone("CST", 8*3600) // the SDK test's datetimes are Beijing time
	want := []any{int64(1), int64(32767), int64(100), int64(100000000000), bin,
		float32(3.1415926e7), 3.14159261e7, "3.5", "hello", "world" + strings.Repeat(" ", 95), "alibaba",
		time.Date(2017, 11, 11, 0, 0, 0, 0, time.UTC),
		time.Date(2017, 11, 11, 0, 0, 0, 0, shanghai).UTC(),
		time.Date(2017, 11, 11, 0, 0, 0, 123456789, shanghai).UTC(), // the SDK test prints only milliseconds
		true}
	for i := range want {
		if !equalValues([]any{r[i]}, []any{want[i]}) {
			t.Errorf("column %d (%s) = %#v, want %#v", i+1, sdkSimpleTypes[i], r[i], want[i])
		}
	}
	reencode(t, sdkSimpleStream, sdkSimpleTypes, rows)
}

// reencode checks the Encoder writes the SDK's bytes back, checksums included.
func reencode(t *testing.T, want []byte, types []string, rows [][]any) {
	t.Helper()
	var buf bytes.Buffer
	e, err := NewEncoder(&buf, types)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if err := e.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("re-encoded:\n%x\nwant\n%x", buf.Bytes(), want)
	}
}

// equalValues compares decoded values, NaN-aware and with time.Equal.
func equalValues(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !equalValue(a[i], b[i]) {
			return false
		}
	}
	return true
}

func equalValue(x, y any) bool {
	switch xv := x.(type) {
	case []any:
		yv, ok := y.([]any)
		return ok && equalValues(xv, yv)
	case Map:
		yv, ok := y.(Map)
		return ok && equalValues(xv.Keys, yv.Keys) && equalValues(xv.Values, yv.Values)
	case []byte:
		yv, ok := y.([]byte)
		return ok && bytes.Equal(xv, yv)
	case time.Time:
		yv, ok := y.(time.Time)
		return ok && xv.Equal(yv)
	case float64:
		yv, ok := y.(float64)
		return ok && (xv == yv || math.IsNaN(xv) && math.IsNaN(yv))
	}
	return x == y
}
