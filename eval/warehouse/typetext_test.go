package warehouse

import (
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestTypeTextRoundTrip(t *testing.T) {
	tests := []struct {
		typ  eval.Type
		text string
	}{
		{eval.BigintType, "BIGINT"},
		{eval.TinyintType, "TINYINT"},
		{eval.VoidType, "VOID"},
		{eval.DecimalType, "DECIMAL"},
		{eval.Type{Kind: eval.KindDecimal, Precision: 38, Scale: 18}, "DECIMAL(38,18)"},
		{eval.Type{Kind: eval.KindVarchar, Len: 20}, "VARCHAR(20)"},
		{eval.Type{Kind: eval.KindChar, Len: 1}, "CHAR(1)"},
		{eval.ArrayOf(eval.ArrayOf(eval.BinaryType)), "ARRAY<ARRAY<BINARY>>"},
		{eval.MapOf(eval.StringType, eval.Type{Kind: eval.KindDecimal, Precision: 10, Scale: 2}), "MAP<STRING,DECIMAL(10,2)>"},
		{eval.StructOf(eval.Field{Name: "a", Type: eval.StringType}, eval.Field{Name: "B_2", Type: eval.MapOf(eval.IntType, eval.TimestampType)}),
			"STRUCT<a:STRING,B_2:MAP<INT,TIMESTAMP>>"},
		{eval.StructOf(eval.Field{Name: "odd name:`x`", Type: eval.DateType}), "STRUCT<`odd name:``x```:DATE>"},
		{eval.TimestampNTZType, "TIMESTAMP_NTZ"},
		{eval.ArrayOf(eval.TimestampNTZType), "ARRAY<TIMESTAMP_NTZ>"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if err := validateType(tc.typ); err != nil {
				t.Fatalf("validateType: %v", err)
			}
			if got := typeText(tc.typ); got != tc.text {
				t.Fatalf("typeText = %q, want %q", got, tc.text)
			}
			back, err := parseType(tc.text)
			if err != nil {
				t.Fatalf("parseType: %v", err)
			}
			if !back.Equal(tc.typ) || back.String() != tc.typ.String() {
				t.Fatalf("parseType = %s, want %s", back, tc.typ)
			}
		})
	}
}

func TestParseTypeErrors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"", `bad type "" at offset 0: unknown type name ""`},
		{"BIGNUM", `bad type "BIGNUM" at offset 0: unknown type name "BIGNUM"`},
		{"ARRAY", `bad type "ARRAY" at offset 5: expected '<'`},
		{"ARRAY<INT", `bad type "ARRAY<INT" at offset 9: expected '>'`},
		{"MAP<INT>", `bad type "MAP<INT>" at offset 7: expected ','`},
		{"STRUCT<:INT>", `bad type "STRUCT<:INT>" at offset 7: expected a field name`},
		{"STRUCT<`a:INT>", "bad type \"STRUCT<`a:INT>\" at offset 14: unterminated field name"},
		{"VARCHAR", `bad type "VARCHAR" at offset 7: expected '('`},
		{"DECIMAL(10)", `bad type "DECIMAL(10)" at offset 10: expected ','`},
		{"DECIMAL(x,1)", `bad type "DECIMAL(x,1)" at offset 8: expected a number`},
		{"INT INT", `bad type "INT INT" at offset 3: unexpected text`},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			_, err := parseType(tc.text)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("parseType(%q) error = %v, want %s", tc.text, err, tc.want)
			}
		})
	}
}

func TestValidateTypeErrors(t *testing.T) {
	tests := []struct {
		name string
		typ  eval.Type
		want string
	}{
		{"array", eval.Type{Kind: eval.KindArray}, "ARRAY type without an element type"},
		{"map", eval.Type{Kind: eval.KindMap, Key: &eval.StringType}, "MAP type without a key or value type"},
		{"struct", eval.Type{Kind: eval.KindStruct}, "STRUCT type without fields"},
		{"field", eval.StructOf(eval.Field{Type: eval.IntType}), "STRUCT field without a name"},
		{"decimal", eval.Type{Kind: eval.KindDecimal, Precision: 39}, "DECIMAL(39,0) is out of range"},
		{"scale", eval.Type{Kind: eval.KindDecimal, Precision: 5, Scale: 6}, "DECIMAL(5,6) is out of range"},
		{"varchar", eval.Type{Kind: eval.KindVarchar, Len: -1}, "VARCHAR length -1 is negative"},
		{"kind", eval.Type{Kind: 99}, "unknown type kind 99"},
		{"nested", eval.ArrayOf(eval.Type{Kind: eval.KindArray}), "ARRAY type without an element type"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := validateType(tc.typ)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("validateType error = %v, want %s", err, tc.want)
			}
		})
	}
}
