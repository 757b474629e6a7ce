package eval

import (
	"testing"

	"github.com/mcsql/mcsql/parser"
)

func TestLiteralValue(t *testing.T) {
	tests := []struct {
		kind parser.LitKind
		text string
		want string // FormatValue of the value, a space, the type
	}{
		{parser.LitNull, "", "NULL VOID"},
		{parser.LitBool, "true", "true BOOLEAN"},
		{parser.LitBool, "FALSE", "false BOOLEAN"},
		{parser.LitInt, "0", "0 INT"},
		{parser.LitInt, "2147483647", "2147483647 INT"},
		{parser.LitInt, "2147483648", "2147483648 BIGINT"},
		{parser.LitInt, "9223372036854775807", "9223372036854775807 BIGINT"},
		{parser.LitInt, "9223372036854775808", "9.223372036854776E18 DOUBLE"},
		{parser.LitInt, "616263", "616263 INT"},
		{parser.LitTinyint, "127", "127 TINYINT"},
		{parser.LitSmallint, "32767", "32767 SMALLINT"},
		{parser.LitBigint, "1", "1 BIGINT"},
		{parser.LitFloat, "1.1", "1.1 FLOAT"},
		{parser.LitFloat, "3", "3 FLOAT"},
		{parser.LitDouble, "0.525", "0.525 DOUBLE"},
		{parser.LitDouble, "1e3", "1000.0 DOUBLE"},
		{parser.LitDouble, "1.5E-7", "1.5E-7 DOUBLE"},
		{parser.LitDecimal, "1.50", "1.5 DECIMAL"},
		{parser.LitDecimal, "12", "12 DECIMAL"},
		{parser.LitDecimal, ".5", "0.5 DECIMAL"},
		{parser.LitDecimal, "1.5e2", "150 DECIMAL"},
		{parser.LitString, "it's", "it's STRING"},
		{parser.LitString, "", " STRING"},
		{parser.LitBinary, "abc", "abc BINARY"},
		{parser.LitBinary, "\x00=", "=00=3D BINARY"},
		{parser.LitDate, "2024-02-29", "2024-02-29 DATE"},
		{parser.LitDatetime, "2024-01-01 12:34:56", "2024-01-01 12:34:56 DATETIME"},
		{parser.LitTimestamp, "2024-01-01 00:00:00.123", "2024-01-01 00:00:00.123 TIMESTAMP"},
		{parser.LitTimestamp, "2024-01-01 00:00:00", "2024-01-01 00:00:00 TIMESTAMP"},
		{parser.LitNTZ, "2024-01-01 00:00:00.123456", "2024-01-01 00:00:00.123456 TIMESTAMP_NTZ"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			v, typ, err := LiteralValue(&parser.Literal{Kind: tt.kind, Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if got := FormatValue(v, typ) + " " + typ.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLiteralErrors(t *testing.T) {
	const prefix = "ODPS-0130071:Semantic analysis exception - "
	tests := []struct {
		kind parser.LitKind
		text string
		want string
	}{
		{parser.LitTinyint, "300", "TINYINT literal 300Y is out of range [-128, 127]"},
		{parser.LitTinyint, "128", "TINYINT literal 128Y is out of range [-128, 127]"},
		{parser.LitSmallint, "40000", "SMALLINT literal 40000S is out of range [-32768, 32767]"},
		{parser.LitBigint, "9223372036854775808", "BIGINT literal 9223372036854775808L is out of range [-9223372036854775808, 9223372036854775807]"},
		{parser.LitBigint, "1.5", "invalid BIGINT literal 1.5L"},
		{parser.LitInt, "12a", "invalid integer literal 12a"},
		{parser.LitFloat, "1e39", "FLOAT literal 1e39F is out of range"},
		{parser.LitDouble, "1e309", "DOUBLE literal 1e309 is out of range"},
		{parser.LitDouble, "inf", "invalid DOUBLE literal inf"},
		{parser.LitDouble, "0x1p3", "invalid DOUBLE literal 0x1p3"},
		{parser.LitDecimal, "1.2.3", "invalid DECIMAL literal 1.2.3BD"},
		{parser.LitDecimal, "0.1234567890123456789", "DECIMAL literal 0.1234567890123456789BD has more than 18 digits after the point"},
		{parser.LitDecimal, "123456789012345678901234567890123456789", "DECIMAL literal 123456789012345678901234567890123456789BD has more than 38 digits"},
		{parser.LitDate, "2024-02-30", "invalid DATE literal '2024-02-30': expected yyyy-mm-dd with every field in range"},
		{parser.LitDate, "2024/01/01", "invalid DATE literal '2024/01/01': expected yyyy-mm-dd with every field in range"},
		{parser.LitDatetime, "2024-01-01", "invalid DATETIME literal '2024-01-01': expected yyyy-mm-dd hh:mi:ss with every field in range"},
		{parser.LitDatetime, "2024-01-01 00:60:00", "invalid DATETIME literal '2024-01-01 00:60:00': expected yyyy-mm-dd hh:mi:ss with every field in range"},
		{parser.LitTimestamp, "2024-01-01 00:00:00.", "invalid TIMESTAMP literal '2024-01-01 00:00:00.': expected yyyy-mm-dd hh:mi:ss[.fffffffff] with every field in range"},
		{parser.LitKind(99), "x", "unknown literal kind 99"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, _, err := LiteralValue(&parser.Literal{Kind: tt.kind, Text: tt.text})
			if err == nil || err.Error() != prefix+tt.want {
				t.Errorf("error %v\nwant  %s", err, prefix+tt.want)
			}
		})
	}
}

func TestTypeOf(t *testing.T) {
	tn := func(name string, params ...int) *parser.TypeName { return &parser.TypeName{Name: name, Params: params} }
	tests := []struct {
		in   *parser.TypeName
		want string
	}{
		{tn("TINYINT"), "TINYINT"},
		{tn("SMALLINT"), "SMALLINT"},
		{tn("INT"), "INT"},
		{tn("INTEGER"), "INT"},
		{tn("bigint"), "BIGINT"},
		{tn("FLOAT"), "FLOAT"},
		{tn("DOUBLE"), "DOUBLE"},
		{tn("STRING"), "STRING"},
		{tn("BINARY"), "BINARY"},
		{tn("BOOLEAN"), "BOOLEAN"},
		{tn("DATE"), "DATE"},
		{tn("DATETIME"), "DATETIME"},
		{tn("TIMESTAMP"), "TIMESTAMP"},
		{tn("TIMESTAMP_NTZ"), "TIMESTAMP_NTZ"},
		{tn("DECIMAL"), "DECIMAL"},
		{tn("DECIMAL", 10), "DECIMAL(10,0)"},
		{tn("DECIMAL", 38, 18), "DECIMAL(38,18)"},
		{tn("DECIMAL", 5, 5), "DECIMAL(5,5)"},
		{tn("VARCHAR", 65535), "VARCHAR(65535)"},
		{tn("CHAR", 1), "CHAR(1)"},
		{&parser.TypeName{Name: "ARRAY", Elem: tn("STRING")}, "ARRAY<STRING>"},
		{&parser.TypeName{Name: "MAP", Key: tn("STRING"), Value: &parser.TypeName{Name: "ARRAY", Elem: tn("INT")}},
			"MAP<STRING,ARRAY<INT>>"},
		{&parser.TypeName{Name: "STRUCT", Fields: []*parser.ColumnDef{{Name: "a", Type: tn("STRING")}, {Name: "b", Type: tn("BIGINT")}}},
			"STRUCT<a:STRING,b:BIGINT>"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got, err := TypeOf(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	if got, _ := TypeOf(tn("DECIMAL")); !got.Equal(Type{Kind: KindDecimal}) {
		t.Errorf("plain DECIMAL = %+v", got)
	}
}

func TestTypeOfErrors(t *testing.T) {
	const prefix = "ODPS-0130071:Semantic analysis exception - "
	tn := func(name string, params ...int) *parser.TypeName { return &parser.TypeName{Name: name, Params: params} }
	tests := []struct {
		in   *parser.TypeName
		want string
	}{
		{tn("BIGNUM"), "unknown type BIGNUM"},
		{tn("INT", 4), "type INT takes no parameters"},
		{tn("DECIMAL", 0), "DECIMAL precision 0 is out of range [1, 38]"},
		{tn("DECIMAL", 39, 2), "DECIMAL precision 39 is out of range [1, 38]"},
		{tn("DECIMAL", 10, 11), "DECIMAL scale 11 is out of range [0, 10]"},
		{tn("DECIMAL", 10, -1), "DECIMAL scale -1 is out of range [0, 10]"},
		{tn("DECIMAL", 1, 2, 3), "DECIMAL takes at most two parameters: DECIMAL(precision, scale)"},
		{tn("VARCHAR"), "VARCHAR needs a length: VARCHAR(n)"},
		{tn("VARCHAR", 0), "VARCHAR length 0 is out of range [1, 65535]"},
		{tn("VARCHAR", 65536), "VARCHAR length 65536 is out of range [1, 65535]"},
		{tn("CHAR", 256), "CHAR length 256 is out of range [1, 255]"},
		{tn("ARRAY"), "ARRAY needs an element type: ARRAY<type>"},
		{&parser.TypeName{Name: "ARRAY", Elem: tn("NOPE")}, "unknown type NOPE"},
		{&parser.TypeName{Name: "MAP", Key: tn("STRING")}, "MAP needs a key and a value type: MAP<key, value>"},
		{&parser.TypeName{Name: "MAP", Key: &parser.TypeName{Name: "ARRAY", Elem: tn("INT")}, Value: tn("INT")},
			"MAP key type must be a primitive type, not ARRAY<INT>"},
		{tn("STRUCT"), "STRUCT needs at least one field: STRUCT<name:type, ...>"},
		{&parser.TypeName{Name: "STRUCT", Fields: []*parser.ColumnDef{{Name: "a", Type: tn("INT")}, {Name: "A", Type: tn("INT")}}},
			"duplicate STRUCT field name A"},
		{nil, "missing type"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := TypeOf(tt.in)
			if err == nil || err.Error() != prefix+tt.want {
				t.Errorf("error %v\nwant  %s", err, prefix+tt.want)
			}
		})
	}
}
