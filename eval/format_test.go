package eval

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
)

// newKeysetQP is how the documentation prints NEW_KEYSET('AES-GCM-256',
// 'my first keyset') (output.md).
const newKeysetQP = `=0A=10260nZQEAMAsSF7mB=12\=0A3=0A=0BAES-GCM-256=12=20=C4t=13+=8E=DD=9D=E8=A0=AA=B4=ED~1` + "`" +
	`=B7=C6=D0K=D3=FC=D4n=DF=DF=D4=C3)=E8=96=0E=17=18=01=20=02=10=01=1A=10260nZQEAMAsSF7mB=20=02*=0Fmy=20first=20keyset`

// decodeQP reverses odpscmd's quoted-printable rendering.
func decodeQP(t *testing.T, s string) []byte {
	t.Helper()
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] != '=' {
			out = append(out, s[i])
			continue
		}
		b, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
		if err != nil {
			t.Fatalf("bad escape at %d: %v", i, err)
		}
		out = append(out, byte(b))
		i += 2
	}
	return out
}

func TestFormatNewKeysetBinary(t *testing.T) {
	raw := decodeQP(t, newKeysetQP)
	// A Keyset message: field 1 (primary key id, 16 bytes here), then
	// field 2 (the key, 92 bytes) running to the end.
	if len(raw) != 112 || raw[0] != 0x0A || raw[1] != 16 || raw[18] != 0x12 || int(raw[19]) != len(raw)-20 ||
		!bytes.HasSuffix(raw, []byte("my first keyset")) {
		t.Fatalf("decoded %d bytes %x: the test's decoder is wrong", len(raw), raw)
	}
	if got := FormatValue(raw, BinaryType); got != newKeysetQP {
		t.Errorf("FormatValue =\n%s\nwant\n%s", got, newKeysetQP)
	}
}

func TestQuotedPrintableBytes(t *testing.T) {
	var all []byte
	for i := 0; i < 256; i++ {
		all = append(all, byte(i))
	}
	got := quotedPrintable(all)
	var want strings.Builder
	for i := 0; i < 256; i++ {
		plain := i >= 33 && i <= 60 || i >= 62 && i <= 123 || i == 125 || i == 126
		if plain {
			want.WriteByte(byte(i))
		} else {
			want.WriteString("=" + strings.ToUpper(strconv.FormatInt(int64(i)+0x100, 16)[1:]))
		}
	}
	if got != want.String() {
		t.Errorf("quotedPrintable(0..255) =\n%s\nwant\n%s", got, want.String())
	}
	if got := FormatValue([]byte("13900001234"), BinaryType); got != "13900001234" {
		t.Errorf("printable binary = %q", got)
	}
}

func TestFormatValue(t *testing.T) {
	keysetInfo := StructOf(Field{Name: "wrapped_keyset_info", Type: StringType})
	tests := []struct {
		name string
		v    Value
		t    Type
		want string
	}{
		{"null", nil, BigintType, "NULL"},
		{"null void", nil, VoidType, "NULL"},
		{"true", true, BooleanType, "true"},
		{"false", false, BooleanType, "false"},
		{"int", int64(-42), IntType, "-42"},
		{"bigint", int64(math.MaxInt64), BigintType, "9223372036854775807"},
		{"double 1", 1.0, DoubleType, "1.0"},
		{"double 0.525", 0.525, DoubleType, "0.525"},
		{"double 1e10", 1e10, DoubleType, "1.0E10"},
		{"double 1e-5", 1e-5, DoubleType, "1.0E-5"},
		{"double -1", -1.0, DoubleType, "-1.0"},
		{"double 1e7", 1e7, DoubleType, "1.0E7"},
		{"double 9999999", 9999999.0, DoubleType, "9999999.0"},
		{"double 0.001", 0.001, DoubleType, "0.001"},
		{"double 1e-4", 1e-4, DoubleType, "1.0E-4"},
		{"double min", math.SmallestNonzeroFloat64, DoubleType, "4.9E-324"},
		{"double max", math.MaxFloat64, DoubleType, "1.7976931348623157E308"},
		{"double NaN", math.NaN(), DoubleType, "NaN"},
		{"double inf", math.Inf(1), DoubleType, "Infinity"},
		{"float", float64(float32(0.1)), FloatType, "0.1"},
		{"float as double", float64(float32(0.1)), DoubleType, "0.10000000149011612"},
		{"decimal", dec("1.50"), DecimalType, "1.5"},
		{"decimal int", dec("12"), DecimalType, "12"},
		{"decimal negative", dec("-0.05"), DecimalType, "-0.05"},
		{"decimal zero value", Decimal{}, DecimalType, "0"},
		{"string", "abc", StringType, "abc"},
		{"multi-line string", "a\nb", StringType, "a\nb"},
		{"date", ts("2024-01-02 00:00:00"), DateType, "2024-01-02"},
		{"datetime", ts("2024-01-02 03:04:05"), DatetimeType, "2024-01-02 03:04:05"},
		{"timestamp millis", ts("2024-01-01 00:00:00.123"), TimestampType, "2024-01-01 00:00:00.123"},
		{"timestamp nanos", ts("2024-01-01 00:00:00.123456789"), TimestampType, "2024-01-01 00:00:00.123456789"},
		{"timestamp trailing zeros", ts("2024-01-01 00:00:00.120000"), TimestampType, "2024-01-01 00:00:00.12"},
		{"timestamp whole second", ts("2024-01-01 00:00:00"), TimestampType, "2024-01-01 00:00:00"},
		{"binary", []byte("a b=c|"), BinaryType, "a=20b=3Dc=7C"},
		{"struct", &Struct{Fields: []Value{"x<y>&z=1"}}, keysetInfo, `{"wrapped_keyset_info":"x<y>&z=1"}`},
		{"array", []Value{int64(1), nil, int64(3)}, ArrayOf(BigintType), "[1,null,3]"},
		{"array of doubles", []Value{1.0, 0.5}, ArrayOf(DoubleType), "[1.0,0.5]"},
		{"array of strings", []Value{"a\"b\\c\n\t\x01é\u2028"}, ArrayOf(StringType), `["a\"b\\c\n\t\u0001é\u2028"]`},
		{"array of binary", []Value{[]byte{0, 'A', '"'}}, ArrayOf(BinaryType), `["=00A\""]`},
		{"array of datetimes", []Value{ts("2024-01-01 00:00:00")}, ArrayOf(DatetimeType), `["2024-01-01 00:00:00"]`},
		{"map", &Map{Keys: []Value{"k", "n"}, Values: []Value{true, nil}}, MapOf(StringType, BooleanType), `{"k":true,"n":null}`},
		{"map with int keys", &Map{Keys: []Value{int64(1)}, Values: []Value{dec("2.50")}}, MapOf(IntType, DecimalType), `{"1":2.5}`},
		{"nested", &Struct{Fields: []Value{[]Value{"x"}, &Struct{Fields: []Value{nil}}}},
			StructOf(Field{Name: "a", Type: ArrayOf(StringType)}, Field{Name: "b", Type: StructOf(Field{Name: "c", Type: IntType})}),
			`{"a":["x"],"b":{"c":null}}`},
		{"empty array", []Value{}, ArrayOf(IntType), "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatValue(tt.v, tt.t); got != tt.want {
				t.Errorf("FormatValue = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTableWriter(t *testing.T) {
	tests := []struct {
		name string
		cols []Column
		rows [][]Value
		want string
	}{
		{
			name: "select 1, 'abc' as name, true",
			cols: []Column{{"_c0", IntType}, {"name", StringType}, {"_c2", BooleanType}},
			rows: [][]Value{{int64(1), "abc", true}},
			want: "+------------+------------+------+\n" +
				"| _c0        | name       | _c2  | \n" +
				"+------------+------------+------+\n" +
				"| 1          | abc        | true | \n" +
				"+------------+------------+------+\n",
		},
		{
			name: "no rows",
			cols: []Column{{"id", BigintType}},
			want: "+------------+\n| id         | \n+------------+\n+------------+\n",
		},
		{
			name: "long values overflow, long names widen",
			cols: []Column{{"a_very_long_column", StringType}, {"b", BooleanType}, {"ok", DoubleType}},
			rows: [][]Value{{"x", nil, 0.5}, {"héllo", false, "overflowing value"}},
			want: "+--------------------+------+------------+\n" +
				"| a_very_long_column | b    | ok         | \n" +
				"+--------------------+------+------------+\n" +
				"| x                  | NULL | 0.5        | \n" +
				"| héllo              | false | overflowing value | \n" +
				"+--------------------+------+------------+\n",
		},
		{
			name: "multi-line value prints raw",
			cols: []Column{{"j", StringType}},
			rows: [][]Value{{"{\n\"a\"\n}"}, {"{\n  \"a\": 1\n}"}},
			want: "+------------+\n| j          | \n+------------+\n" +
				"| {\n\"a\"\n}    | \n" + // padded by its character count, newlines included
				"| {\n  \"a\": 1\n} | \n" +
				"+------------+\n",
		},
		{
			name: "no columns",
			cols: nil,
			rows: [][]Value{{}},
			want: "+\n| \n+\n| \n+\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := writeAll(t, NewTableWriter, tt.cols, tt.rows)
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestCSVWriter(t *testing.T) {
	cols := []Column{{"id", IntType}, {"name", StringType}, {"ks", BinaryType}, {"d", DoubleType}, {"a,b", BooleanType}}
	rows := [][]Value{
		{int64(1), "plain", []byte{0x0a, 0xff}, 1.0, true},
		{nil, "", nil, nil, nil},
		{int64(3), "say \"hi\", then\nleave", []byte{}, 1e10, false},
	}
	want := "id,name,ks,d,\"a,b\"\n" +
		"1,plain,0AFF,1.0,true\n" +
		",\"\",,,\n" +
		"3,\"say \"\"hi\"\", then\nleave\",,1.0E10,false\n"
	if got := writeAll(t, NewCSVWriter, cols, rows); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func writeAll(t *testing.T, newWriter func(w io.Writer) ResultWriter, cols []Column, rows [][]Value) string {
	t.Helper()
	var buf bytes.Buffer
	w := newWriter(&buf)
	if err := w.Begin(cols); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if err := w.Row(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.End(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestResultWriterMisuse(t *testing.T) {
	for name, newWriter := range map[string]func(io.Writer) ResultWriter{"table": NewTableWriter, "csv": NewCSVWriter} {
		t.Run(name, func(t *testing.T) {
			w := newWriter(&bytes.Buffer{})
			if err := w.Row([]Value{int64(1)}); !errors.Is(err, errNotBegun) {
				t.Errorf("Row before Begin: %v", err)
			}
			if err := w.End(); !errors.Is(err, errNotBegun) {
				t.Errorf("End before Begin: %v", err)
			}
			if err := w.Begin([]Column{{"a", IntType}}); err != nil {
				t.Fatal(err)
			}
			if err := w.Begin([]Column{{"a", IntType}}); !errors.Is(err, errTwice) {
				t.Errorf("Begin twice: %v", err)
			}
			if err := w.Row([]Value{int64(1), int64(2)}); !errors.Is(err, errRowLength) {
				t.Errorf("long row: %v", err)
			}
		})
	}
}

// TestTableWriterStreams checks rows reach the writer before End: a long
// result must not be held in memory.
func TestTableWriterStreams(t *testing.T) {
	var buf bytes.Buffer
	w := NewCSVWriter(&buf)
	if err := w.Begin([]Column{{"s", StringType}}); err != nil {
		t.Fatal(err)
	}
	row := []Value{strings.Repeat("x", 10000)}
	for i := 0; i < 10; i++ {
		if err := w.Row(row); err != nil {
			t.Fatal(err)
		}
	}
	if buf.Len() < 90000 {
		t.Errorf("only %d bytes written before End", buf.Len())
	}
}
