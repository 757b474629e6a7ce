package tunnelwire

import (
	"bytes"
	"errors"
	"io"
	"math"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

var allTypes = []string{"bigint", "int", "smallint", "tinyint", "double", "float", "boolean",
	"string", "varchar(10)", "char(3)", "binary", "datetime", "date", "timestamp", "decimal(10,2)",
	"array<bigint>", "map<string,double>", "struct<a:string, `b c`:array<boolean>>", "json", "timestamp_ntz"}

func sampleRows() [][]any {
	ts := time.Date(2024, 2, 29, 23, 59, 58, 123456789, time.UTC)
	full := []any{int64(math.MinInt64), int64(-2147483648), int64(32767), int64(-128), math.Inf(-1), float32(1.5), true,
		"héllo\x00", "vc", "ab ", []byte{0, 255, 1}, ts.Truncate(time.Millisecond), time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC),
		ts, "-12345678.90",
		[]any{int64(1), nil, int64(-3)}, Map{Keys: []any{"k", "z"}, Values: []any{2.5, nil}},
		[]any{"s", []any{true, nil, false}}, `{"a":1}`, time.Date(1900, 1, 1, 0, 0, 0, 1, time.UTC)}
	nulls := make([]any, len(allTypes))
	partial := []any{int64(0), nil, int64(7), nil, math.NaN(), nil, false, ""}
	empty := []any{nil, nil, nil, nil, 0.0, float32(0), nil, "", "", "", []byte{}, nil, nil, nil, nil,
		[]any{}, Map{}, []any{nil, nil}}
	return [][]any{full, nulls, partial, empty}
}

func encodeAll(t testing.TB, types []string, rows [][]any) []byte {
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
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	rows := sampleRows()
	got := decodeAll(t, encodeAll(t, allTypes, rows), allTypes)
	if len(got) != len(rows) {
		t.Fatalf("%d rows, want %d", len(got), len(rows))
	}
	for i, r := range rows {
		want := append(append([]any{}, r...), make([]any, len(allTypes)-len(r))...) // short rows end in NULLs
		// Empty Map{} and []byte{} come back as empty but non-nil values.
		for j := range want {
			if !equalValue(got[i][j], want[j]) && !(isEmpty(got[i][j]) && isEmpty(want[j])) {
				t.Errorf("row %d column %d (%s) = %#v, want %#v", i+1, j+1, allTypes[j], got[i][j], want[j])
			}
		}
	}
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case Map:
		return len(x.Keys) == 0 && len(x.Values) == 0
	case []byte:
		return len(x) == 0
	}
	return false
}

func TestEmptyStream(t *testing.T) {
	s := encodeAll(t, []string{"bigint"}, nil)
	if rows := decodeAll(t, s, []string{"bigint"}); len(rows) != 0 {
		t.Errorf("rows = %v", rows)
	}
	// A stream with no trailer at all is truncated, not empty.
	d, _ := NewDecoder(bytes.NewReader(nil), []string{"bigint"})
	if _, err := d.Decode(); !errors.Is(err, ErrTruncated) {
		t.Errorf("no trailer: err = %v", err)
	}
}

func TestEncodeErrors(t *testing.T) {
	e, _ := NewEncoder(io.Discard, []string{"bigint", "array<string>"})
	for _, row := range [][]any{{"x"}, {int64(1), []any{int64(1)}}, {1, nil, 3}} {
		if err := e.Encode(row); err == nil {
			t.Errorf("Encode(%#v) succeeded", row)
		}
	}
	if _, err := NewEncoder(io.Discard, []string{"bigint", "interval_day_time"}); err == nil || !strings.Contains(err.Error(), "column 2") {
		t.Errorf("unsupported type: err = %v", err)
	}
	for _, bad := range []string{"array<bigint", "map<string>", "struct<>", "varchar(3", "decimal(1,2) x"} {
		if _, err := parseType(bad); err == nil {
			t.Errorf("parseType(%q) succeeded", bad)
		}
	}
}

// A flipped bit anywhere in a value must be caught by the record checksum,
// or, when it hits a tag or length, as malformed or truncated data; the
// Decoder never returns a wrong row silently.
func TestCorruptionDetected(t *testing.T) {
	stream := encodeAll(t, allTypes, sampleRows()[:1])
	for i := range stream {
		for _, bit := range []byte{1, 0x40} {
			bad := bytes.Clone(stream)
			bad[i] ^= bit
			d, _ := NewDecoder(bytes.NewReader(bad), allTypes)
			_, err := d.Decode()
			if err == nil {
				_, err = d.Decode()
			}
			if err == nil || err == io.EOF {
				t.Fatalf("byte %d ^ %#x: corruption not detected", i, bit)
			}
			if !errors.Is(err, ErrChecksum) && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrTruncated) {
				t.Fatalf("byte %d: unclassified error %v", i, err)
			}
		}
	}
}

func TestChecksumErrorMessage(t *testing.T) {
	stream := encodeAll(t, []string{"string"}, [][]any{{"abc"}, {"def"}})
	bad := bytes.Clone(stream)
	bad[bytes.Index(bad, []byte("def"))] = 'x'
	d, _ := NewDecoder(bytes.NewReader(bad), []string{"string"})
	if _, err := d.Decode(); err != nil {
		t.Fatal(err)
	}
	_, err := d.Decode()
	if !errors.Is(err, ErrChecksum) || !strings.Contains(err.Error(), "record 2") || !strings.Contains(err.Error(), "download it again") {
		t.Errorf("err = %v", err)
	}
}

func TestTruncatedEverywhere(t *testing.T) {
	stream := encodeAll(t, allTypes, sampleRows())
	for n := 0; n < len(stream); n++ {
		d, _ := NewDecoder(bytes.NewReader(stream[:n]), allTypes)
		var err error
		for err == nil {
			_, err = d.Decode()
		}
		if !errors.Is(err, ErrTruncated) {
			t.Fatalf("cut at %d of %d: err = %v, want ErrTruncated", n, len(stream), err)
		}
	}
}

func TestTrailerChecks(t *testing.T) {
	stream := encodeAll(t, []string{"bigint"}, [][]any{{int64(1)}, {int64(2)}})
	extra := append(bytes.Clone(stream), 0)
	d, _ := NewDecoder(bytes.NewReader(extra), []string{"bigint"})
	var err error
	for err == nil {
		_, err = d.Decode()
	}
	if !errors.Is(err, ErrMalformed) {
		t.Errorf("data after trailer: err = %v", err)
	}
	// A stream that skips a record: its count and checksum of checksums disagree.
	one := encodeAll(t, []string{"bigint"}, [][]any{{int64(1)}})
	recLen := len(one) - trailerLen(t, one)
	dropped := append(bytes.Clone(stream[:recLen]), stream[2*recLen:]...)
	d, _ = NewDecoder(bytes.NewReader(dropped), []string{"bigint"})
	for err = nil; err == nil; {
		_, err = d.Decode()
	}
	if !errors.Is(err, ErrChecksum) || !strings.Contains(err.Error(), "counts 2 records") {
		t.Errorf("dropped record: err = %v", err)
	}
}

// trailerLen is the length of the count+checksum trailer of s.
func trailerLen(t *testing.T, s []byte) int {
	i := bytes.LastIndex(s, []byte{0xf0, 0xff, 0xff, 0x7f})
	if i < 0 {
		t.Fatal("no trailer")
	}
	return len(s) - i
}

func TestUnknownField(t *testing.T) {
	stream := encodeAll(t, []string{"bigint", "bigint"}, [][]any{{nil, int64(5)}})
	d, _ := NewDecoder(bytes.NewReader(stream), []string{"bigint"})
	if _, err := d.Decode(); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "field number 2") {
		t.Errorf("err = %v", err)
	}
}

func TestHugeLengthDoesNotAllocate(t *testing.T) {
	// field 1, a length of MaxValueBytes, then 3 bytes of data.
	s := []byte{0x0a, 0x80, 0x80, 0x80, 0x80, 0x01, 'a', 'b', 'c'}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	d, _ := NewDecoder(bytes.NewReader(s), []string{"string"})
	if _, err := d.Decode(); !errors.Is(err, ErrTruncated) {
		t.Errorf("err = %v", err)
	}
	runtime.ReadMemStats(&after)
	// A claimed 256 MB value is read in 1 MB steps: a few MB at most.
	if n := after.TotalAlloc - before.TotalAlloc; n > 8<<20 {
		t.Errorf("%d bytes allocated for 3 bytes of data", n)
	}
	s[5] = 0x7f // beyond MaxValueBytes
	d, _ = NewDecoder(bytes.NewReader(s), []string{"string"})
	if _, err := d.Decode(); !errors.Is(err, ErrMalformed) {
		t.Errorf("oversized: err = %v", err)
	}
}

// A failing reader (a broken connection) is reported as its own error, not
// as malformed data, so a client knows to download again.
func TestReaderErrorPassedThrough(t *testing.T) {
	stream := encodeAll(t, []string{"string"}, [][]any{{"abcdef"}})
	broken := errors.New("connection reset by peer")
	for n := 0; n < len(stream); n++ {
		d, _ := NewDecoder(io.MultiReader(bytes.NewReader(stream[:n]), iotest.ErrReader(broken)), []string{"string"})
		var err error
		for err == nil {
			_, err = d.Decode()
		}
		if !errors.Is(err, broken) || errors.Is(err, ErrMalformed) {
			t.Fatalf("cut at %d: err = %v", n, err)
		}
	}
	// An overlong varint is malformed.
	d, _ := NewDecoder(bytes.NewReader(bytes.Repeat([]byte{0xff}, 11)), []string{"string"})
	if _, err := d.Decode(); !errors.Is(err, ErrMalformed) {
		t.Errorf("overlong varint: %v", err)
	}
}
