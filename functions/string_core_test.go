package functions

import (
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestCharsets(t *testing.T) {
	tests := []struct {
		charset, text, hex string
	}{
		{"UTF-8", "中a", "e4b8ad61"},
		{"UTF-16", "ab", "feff00610062"},
		{"UTF-16BE", "😀", "d83dde00"},
		{"UTF-16LE", "a中", "61002d4e"},
		{"ISO-8859-1", "é", "e9"},
		{"US-ASCII", "ab", "6162"},
		{"GBK", "測試", "9c79d487"},
		{"GB2312", "测试", "b2e2cad4"},
		{"GB18030", "测试😀", "b2e2cad49439fc36"},
	}
	for _, tc := range tests {
		t.Run(tc.charset+" "+tc.text, func(t *testing.T) {
			c, err := lookupCharset("test", tc.charset)
			if err != nil {
				t.Fatal(err)
			}
			b, err := c.encodeText("test", tc.text)
			if err != nil || hex.EncodeToString(b) != tc.hex {
				t.Fatalf("encode = %x, %v; want %s", b, err, tc.hex)
			}
			want, _ := hex.DecodeString(tc.hex)
			if s, err := c.decodeStrict("test", want); err != nil || s != tc.text {
				t.Fatalf("decode = %q, %v; want %q", s, err, tc.text)
			}
		})
	}
}

func TestCharsetsReject(t *testing.T) {
	encode := []struct{ charset, text string }{
		{"US-ASCII", "é"}, {"ISO-8859-1", "中"}, {"GB2312", "測"}, {"GBK", "😀"}, {"UTF-8", "\xff"},
	}
	for _, tc := range encode {
		c, _ := lookupCharset("test", tc.charset)
		if b, err := c.encodeText("test", tc.text); err == nil {
			t.Errorf("encode(%q, %s) = %x, want an error", tc.text, tc.charset, b)
		}
	}
	decode := []struct{ charset, hex, lenient string }{
		{"UTF-8", "61ff62", "a?b"},
		{"US-ASCII", "61e9", "a?"},
		{"UTF-16BE", "0061d800", "a?"}, // a lone high surrogate
		{"UTF-16LE", "610062", "a?"},   // a dangling odd byte
		{"GBK", "61ff", "a?"},
		{"GB2312", "9c79", "?"}, // 測 is GBK, not GB2312
	}
	for _, tc := range decode {
		c, _ := lookupCharset("test", tc.charset)
		b, _ := hex.DecodeString(tc.hex)
		if s, err := c.decodeStrict("test", b); err == nil {
			t.Errorf("decode(%s, %s) = %q, want an error", tc.hex, tc.charset, s)
		}
		if s, _ := c.decode(b, "?", false); s != tc.lenient {
			t.Errorf("lenient decode(%s, %s) = %q, want %q", tc.hex, tc.charset, s, tc.lenient)
		}
	}
	if _, err := lookupCharset("test", "EBCDIC"); err == nil {
		t.Error("EBCDIC: want an unsupported charset error")
	}
}

func TestSoundex(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"hello", "H400", true}, {"Robert", "R163", true}, {"Rupert", "R163", true},
		{"Ashcraft", "A261", true}, {"Tymczak", "T522", true}, {"Pfister", "P236", true},
		{"Lee", "L000", true}, {"a-b c", "A120", true}, {"", "", true}, {"42", "", true},
		{"José", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got, ok := soundex(tc.in); got != tc.want || ok != tc.ok {
				t.Errorf("soundex(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestNumberPatterns(t *testing.T) {
	rat := func(s string) *big.Rat { r, _ := new(big.Rat).SetString(s); return r }
	tests := []struct {
		pattern, value, want string
	}{
		{"#,###,###,###.###", "12332.123456", "12,332.123"},
		{"#.000", "12332.1", "12332.100"},
		{"#.##", "0.5", ".5"},
		{"0.00", "0.005", "0.01"},  // half up
		{"0.00", "-0.015", "0.02"}, // the sign is the caller's
		{"0.00", "0.0149", "0.01"},
		{"#,##0", "1234567.5", "1,234,568"},
		{"$#,##0.00", "1234.5", "$1,234.50"},
		{"0.0%", "0.125", "12.5%"},
		{"0000", "7", "0007"},
	}
	for _, tc := range tests {
		t.Run(tc.pattern+" "+tc.value, func(t *testing.T) {
			spec, err := parseNumberPattern(tc.pattern)
			if err != nil {
				t.Fatal(err)
			}
			if got := spec.format(rat(tc.value), false); got != tc.want {
				t.Errorf("format = %q, want %q", got, tc.want)
			}
		})
	}
	for _, bad := range []string{"abc", "#.#0", "#.0.0"} {
		if _, err := parseNumberPattern(bad); err == nil {
			t.Errorf("pattern %q: want an error", bad)
		}
	}
}

func TestFormatNumberValues(t *testing.T) {
	runCases(t, []testCase{
		{name: "double rounds its shortest text half up", fn: "format_number", args: args(0.125, int64(2)), want: "0.13"},
		{name: "2.675 is not below the tie", fn: "format_number", args: args(2.675, int64(2)), want: "2.68"},
		{name: "empty string is NULL", fn: "format_number", args: args("", int64(2)), want: nil},
		{name: "negative rounding to zero keeps the sign", fn: "format_number", args: args(-0.001, int64(2)), want: "-0.00"},
		{name: "bigint", fn: "format_number", args: args(int64(-1234567), int64(1)), want: "-1,234,567.0"},
		{name: "decimal", fn: "format_number", args: args(eval.Decimal{Rat: big.NewRat(2045, 100), Scale: 2}, int64(1)), want: "20.5"},
		{name: "340 decimals", fn: "format_number", args: args(int64(1), int64(340)), want: "1." + zeros(340)},
	})
}

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

func TestPrintf(t *testing.T) {
	tests := []struct {
		format string
		value  eval.Value
		want   string
	}{
		{"%'d", int64(12345678), "12,345,678"},
		{"%,d", int64(-1234), "-1,234"},
		{"%05d", int64(-12), "-0012"},
		{"%+d", int64(5), "+5"},
		{"%-4s|", "ab", "ab  |"},
		{"%S", "ab", "ab"},
		{"%t", []eval.Value{int64(1), nil}, "[1,null]"},
		{"%s", []eval.Value{"a"}, `["a"]`},
		{"a%%b%n", "x", "a%b\n"},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			pieces, err := parsePrintf(tc.format)
			if err != nil {
				t.Fatal(err)
			}
			if got, err := runPrintf(pieces, tc.value); err != nil || got != tc.want {
				t.Errorf("= %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	for _, bad := range []string{"%", "%q", "%5"} {
		if _, err := parsePrintf(bad); err == nil {
			t.Errorf("format %q: want an error", bad)
		}
	}
	pieces, _ := parsePrintf("%d %d")
	if _, err := runPrintf(pieces, int64(1)); err == nil {
		t.Error("two conversions for one value: want an error")
	}
}

func TestSubstrRange(t *testing.T) {
	tests := []struct {
		start, length    int64
		hasLength, hive  bool
		wantFrom, wantTo int64
	}{
		{2, 0, false, false, 1, 5},
		{0, 0, false, false, 0, 0},
		{0, 3, true, true, 0, 3},
		{-2, 0, false, false, 3, 5},
		{-5, 2, true, false, 0, 2},
		{-6, 0, false, false, 0, 0},
		{6, 0, false, false, 0, 0},
		{2, 0, true, false, 0, 0},
		{2, 99, true, false, 1, 5},
	}
	for _, tc := range tests {
		from, to := substrRange(5, tc.start, tc.length, tc.hasLength, tc.hive)
		if from != tc.wantFrom || to != tc.wantTo {
			t.Errorf("substrRange(5, %d, %d, %v, %v) = [%d, %d), want [%d, %d)",
				tc.start, tc.length, tc.hasLength, tc.hive, from, to, tc.wantFrom, tc.wantTo)
		}
	}
}

func TestSubstrEditions(t *testing.T) {
	f, _ := NewRegistry().Lookup("substr")
	impl := f.Overloads[0].Impl
	for _, tc := range []struct {
		edition eval.Edition
		want    string
	}{{eval.Edition2, ""}, {eval.Edition1, ""}, {eval.EditionHive, "apple"}} {
		ctx := testContext()
		ctx.Edition = tc.edition
		if got, err := impl(ctx, args("apple", int64(0))); err != nil || got != tc.want {
			t.Errorf("substr('apple', 0) in %v = %v, %v; want %q", tc.edition, got, err, tc.want)
		}
	}
}

// TestCharsetPrepare checks that a constant charset is looked up once, when
// the statement is prepared: an unknown one fails there, before any row.
func TestCharsetPrepare(t *testing.T) {
	f, _ := NewRegistry().Lookup("encode")
	o := f.Overloads[0]
	if _, err := o.Prepare(testContext(), args(nil, "EBCDIC"), []bool{false, true}); err == nil {
		t.Fatal("constant EBCDIC: want an error at prepare time")
	}
	impl, err := o.Prepare(testContext(), args(nil, "utf-16be"), []bool{false, true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := impl(testContext(), args("a", "ignored: the charset was prepared"))
	if err != nil || hex.EncodeToString(got.([]byte)) != "0061" {
		t.Fatalf("prepared encode = %x, %v; want 0061", got, err)
	}
	d, _ := NewRegistry().Lookup("decode")
	impl, err = d.Overloads[0].Prepare(testContext(), args(nil, "UTF-16LE"), []bool{false, true})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := impl(testContext(), args([]byte{0x61, 0}, "UTF-16LE")); err != nil || got != "a" {
		t.Fatalf("prepared decode = %v, %v; want a", got, err)
	}
	// The if-then-else DECODE is not prepared.
	if impl, err = d.Overloads[0].Prepare(testContext(), args(int64(1), int64(1), "x"), []bool{true, true, true}); err != nil || impl == nil {
		t.Fatalf("if-then-else decode prepare = %v", err)
	}
}
