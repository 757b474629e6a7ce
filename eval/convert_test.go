package eval

import "testing"

var (
	varchar10 = Type{Kind: KindVarchar, Len: 10}
	char5     = Type{Kind: KindChar, Len: 5}
	dec102    = Type{Kind: KindDecimal, Precision: 10, Scale: 2}
)

func TestCanImplicit(t *testing.T) {
	tests := []struct {
		from, to Type
		want     bool
	}{
		{TinyintType, SmallintType, true},
		{SmallintType, IntType, true},
		{IntType, BigintType, true},
		{BigintType, IntType, false},
		{BigintType, DoubleType, true},
		{TinyintType, DoubleType, true},
		{IntType, FloatType, false},
		{FloatType, DoubleType, true},
		{DoubleType, FloatType, false},
		{DoubleType, BigintType, false},
		{IntType, DecimalType, true},
		{BigintType, dec102, true},
		{DecimalType, DoubleType, true},
		{DecimalType, BigintType, false},
		{IntType, StringType, true},
		{DoubleType, StringType, true},
		{DecimalType, StringType, true},
		{DatetimeType, StringType, true},
		{DateType, StringType, true},
		{TimestampType, StringType, true},
		{varchar10, StringType, true},
		{char5, StringType, true},
		{StringType, varchar10, true},
		{StringType, DoubleType, true},
		{StringType, BigintType, true},
		{StringType, IntType, false},
		{StringType, DecimalType, true},
		{StringType, DatetimeType, true},
		{StringType, DateType, false},
		{StringType, BinaryType, false},
		{BinaryType, StringType, false},
		{BooleanType, StringType, false},
		{StringType, BooleanType, false},
		{IntType, BooleanType, false},
		{DatetimeType, DateType, false},
		{VoidType, BinaryType, true},
		{VoidType, ArrayOf(IntType), true},
		{ArrayOf(IntType), ArrayOf(IntType), true},
		// Complex types convert member by member where the members do
		// (ARRAY_EXCEPT of ARRAY<INT> and ARRAY<BIGINT>, ARRAY_REDUCE's
		// widened accumulator).
		{ArrayOf(IntType), ArrayOf(BigintType), true},
		{ArrayOf(BigintType), ArrayOf(IntType), false},
		{ArrayOf(IntType), ArrayOf(StringType), true},
		{MapOf(StringType, IntType), MapOf(StringType, DoubleType), true},
		{StructOf(Field{"a", IntType}), StructOf(Field{"a", BigintType}), true},
		{StructOf(Field{"a", IntType}), StructOf(Field{"a", IntType}, Field{"b", IntType}), false},
		{ArrayOf(IntType), MapOf(IntType, IntType), false},
		{ArrayOf(StringType), StringType, false},
		{MapOf(StringType, IntType), MapOf(StringType, IntType), true},
	}
	for _, tt := range tests {
		t.Run(tt.from.String()+"->"+tt.to.String(), func(t *testing.T) {
			if got := CanImplicit(tt.from, tt.to); got != tt.want {
				t.Errorf("CanImplicit(%s, %s) = %v, want %v", tt.from, tt.to, got, tt.want)
			}
		})
	}
}

func TestCommonType(t *testing.T) {
	tests := []struct {
		a, b Type
		want string // "" when there is none
	}{
		{IntType, IntType, "INT"},
		{VoidType, BinaryType, "BINARY"},
		{StringType, VoidType, "STRING"},
		{TinyintType, BigintType, "BIGINT"},
		{IntType, SmallintType, "INT"},
		{IntType, DoubleType, "DOUBLE"},
		{FloatType, DoubleType, "DOUBLE"},
		{IntType, FloatType, "DOUBLE"},
		{DecimalType, IntType, "DECIMAL"},
		{dec102, IntType, "DECIMAL(12,2)"},
		{TinyintType, dec102, "DECIMAL(10,2)"},
		{dec102, Type{Kind: KindDecimal, Precision: 20, Scale: 5}, "DECIMAL(20,5)"},
		{dec102, DecimalType, "DECIMAL"},
		{DecimalType, DoubleType, "DOUBLE"},
		{DoubleType, DecimalType, "DOUBLE"},
		{StringType, BigintType, "DOUBLE"},
		{DecimalType, StringType, "DOUBLE"},
		{StringType, DatetimeType, "DATETIME"},
		{DatetimeType, varchar10, "DATETIME"},
		{varchar10, StringType, "STRING"},
		{char5, StringType, "STRING"},
		{varchar10, char5, "STRING"},
		{varchar10, Type{Kind: KindVarchar, Len: 20}, "VARCHAR(20)"},
		{StringType, BinaryType, ""},
		{BooleanType, IntType, ""},
		{BooleanType, StringType, ""},
		{DateType, DatetimeType, ""},
		{StringType, DateType, ""},
		{ArrayOf(IntType), ArrayOf(BigintType), ""},
		{ArrayOf(IntType), ArrayOf(IntType), "ARRAY<INT>"},
	}
	for _, tt := range tests {
		t.Run(tt.a.String()+","+tt.b.String(), func(t *testing.T) {
			got, ok := CommonType(tt.a, tt.b)
			if tt.want == "" {
				if ok {
					t.Errorf("CommonType = %s, want none", got)
				}
				return
			}
			if !ok || got.String() != tt.want {
				t.Errorf("CommonType = %s, %v; want %s", got, ok, tt.want)
			}
			if back, _ := CommonType(tt.b, tt.a); !back.Equal(got) {
				t.Errorf("CommonType is not symmetric: %s vs %s", back, got)
			}
		})
	}
}

func TestConverterRefusals(t *testing.T) {
	tests := []struct {
		from, to Type
		explicit bool
		want     string
	}{
		{BinaryType, BigintType, true, "ODPS-0123091:Illegal type cast - cannot cast BINARY to BIGINT"},
		{BooleanType, DatetimeType, true, "ODPS-0123091:Illegal type cast - cannot cast BOOLEAN to DATETIME"},
		{ArrayOf(StringType), StringType, true, "ODPS-0123091:Illegal type cast - cannot cast ARRAY<STRING> to STRING"},
		{StringType, ArrayOf(StringType), true, "ODPS-0123091:Illegal type cast - cannot cast STRING to ARRAY<STRING>"},
		{IntType, DateType, true, "ODPS-0123091:Illegal type cast - cannot cast INT to DATE"},
		{DatetimeType, BigintType, true, "ODPS-0123091:Illegal type cast - cannot cast DATETIME to BIGINT"},
		{BinaryType, BooleanType, true, "ODPS-0123091:Illegal type cast - cannot cast BINARY to BOOLEAN"},
		{DoubleType, BinaryType, true, "ODPS-0123091:Illegal type cast - cannot cast DOUBLE to BINARY"},
		{MapOf(StringType, IntType), MapOf(StringType, BinaryType), true,
			"ODPS-0123091:Illegal type cast - cannot cast MAP<STRING,INT> to MAP<STRING,BINARY>"},
		{StructOf(Field{"a", IntType}), StructOf(Field{"a", IntType}, Field{"b", IntType}), true,
			"ODPS-0123091:Illegal type cast - cannot cast STRUCT<a:INT> to STRUCT<a:INT,b:INT>"},
		{BinaryType, StringType, false, "ODPS-0123091:Illegal type cast - cannot implicitly convert BINARY to STRING"},
		{BigintType, IntType, false, "ODPS-0123091:Illegal type cast - cannot implicitly convert BIGINT to INT"},
		{StringType, BooleanType, false, "ODPS-0123091:Illegal type cast - cannot implicitly convert STRING to BOOLEAN"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			fn, err := Converter(tt.from, tt.to, tt.explicit)
			if err == nil || fn != nil {
				t.Fatalf("Converter(%s, %s) succeeded", tt.from, tt.to)
			}
			if err.Error() != tt.want {
				t.Errorf("error %q\nwant  %q", err, tt.want)
			}
		})
	}
}

func TestImplicitConversions(t *testing.T) {
	tests := []struct {
		name     string
		v        Value
		from, to Type
		want     string
	}{
		{"int for a string parameter", int64(616263), IntType, StringType, "616263"},
		{"string for a double", "1.5", StringType, DoubleType, "1.5"},
		{"string for a bigint", "12", StringType, BigintType, "12"},
		{"string for a datetime", "2024-01-01 10:00:00", StringType, DatetimeType, "2024-01-01 10:00:00"},
		{"int widens", int64(7), TinyintType, BigintType, "7"},
		{"bigint to decimal", int64(7), BigintType, DecimalType, "7"},
		{"datetime for a string", ts("2024-01-01 10:00:00"), DatetimeType, StringType, "2024-01-01 10:00:00"},
		{"NULL type", nil, VoidType, BinaryType, "NULL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conv, err := Converter(tt.from, tt.to, false)
			if err != nil {
				t.Fatal(err)
			}
			out := tt.v
			if out != nil {
				if out, err = conv(tt.v); err != nil {
					t.Fatal(err)
				}
			}
			if got := FormatValue(out, tt.to); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	conv, err := Converter(StringType, DoubleType, false)
	if err != nil {
		t.Fatal(err)
	}
	_, err = conv("x1")
	want := "ODPS-0123091:Illegal type cast - in function cast, value 'x1' cannot be casted from String to Double"
	if err == nil || err.Error() != want {
		t.Errorf("implicit failure: %v, want %q", err, want)
	}
}

func TestComplexCasts(t *testing.T) {
	hidden := &struct{ secret string }{"k"}
	tests := []struct {
		name     string
		v        Value
		from, to Type
		want     string
	}{
		{"map values", &Map{Keys: []Value{"a", "b"}, Values: []Value{"1", nil}},
			MapOf(StringType, StringType), MapOf(StringType, BigintType), `{"a":1,"b":null}`},
		{"map keys", &Map{Keys: []Value{int64(1)}, Values: []Value{true}},
			MapOf(IntType, BooleanType), MapOf(StringType, BooleanType), `{"1":true}`},
		{"struct fields", &Struct{Fields: []Value{"2024-01-01 00:00:00", nil}, Hidden: hidden},
			StructOf(Field{Name: "a", Type: StringType}, Field{Name: "b", Type: IntType}),
			StructOf(Field{Name: "x", Type: DatetimeType}, Field{Name: "y", Type: DoubleType}),
			`{"x":"2024-01-01 00:00:00","y":null}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := castText(t, tt.v, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	conv, err := Converter(tests[2].from, tests[2].to, true)
	if err != nil {
		t.Fatal(err)
	}
	out, err := conv(tests[2].v)
	if err != nil {
		t.Fatal(err)
	}
	if out.(*Struct).Hidden != hidden {
		t.Error("the STRUCT's hidden payload was lost")
	}
	bad := &Map{Keys: []Value{"k"}, Values: []Value{"v"}}
	conv, err = Converter(MapOf(StringType, StringType), MapOf(StringType, IntType), true)
	if err != nil {
		t.Fatal(err)
	}
	_, err = conv(bad)
	want := "ODPS-0123091:Illegal type cast - in function cast, value 'v' cannot be casted from String to Int"
	if err == nil || err.Error() != want {
		t.Errorf("map value failure: %v, want %q", err, want)
	}
}

// TestWrongRepresentations feeds values whose Go type does not match the
// static type: a caller's bug must surface as an error, never a panic.
func TestWrongRepresentations(t *testing.T) {
	pairs := []struct{ from, to Type }{
		{StringType, BigintType}, {IntType, StringType}, {DoubleType, BigintType}, {DecimalType, DoubleType},
		{BinaryType, StringType}, {StringType, BinaryType}, {BooleanType, IntType}, {IntType, BooleanType},
		{DatetimeType, DateType}, {StringType, DatetimeType}, {ArrayOf(StringType), ArrayOf(IntType)},
		{MapOf(StringType, StringType), MapOf(StringType, IntType)},
		{StructOf(Field{Name: "a", Type: StringType}), StructOf(Field{Name: "a", Type: IntType})},
		{StringType, DecimalType}, {DoubleType, DecimalType}, {StringType, Type{Kind: KindVarchar, Len: 2}},
	}
	for _, p := range pairs {
		t.Run(p.from.String()+"->"+p.to.String(), func(t *testing.T) {
			conv, err := Converter(p.from, p.to, true)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range []Value{struct{}{}, (*Map)(nil), (*Struct)(nil)} {
				if _, err := conv(v); err == nil && p.from.Kind != KindInt {
					t.Errorf("%T converted without error", v)
				}
			}
		})
	}
	for _, op := range []string{"+", "/", "DIV", "||", "&", "="} {
		for _, typ := range []Type{IntType, DoubleType, DecimalType, StringType, BinaryType} {
			bop, err := ResolveBinary(op, typ, typ)
			if err != nil {
				continue
			}
			if _, err := bop.Fn(struct{}{}, struct{}{}); err == nil && op != "=" {
				t.Errorf("%s %s on a wrong representation: no error", typ, op)
			}
		}
	}
}

// TestCommonTypeIsReachable checks that every common type can be reached
// from both operands implicitly: the evaluator converts both sides to it.
func TestCommonTypeIsReachable(t *testing.T) {
	types := []Type{VoidType, TinyintType, SmallintType, IntType, BigintType, FloatType, DoubleType,
		DecimalType, dec102, StringType, varchar10, char5, BinaryType, BooleanType, DateType,
		DatetimeType, TimestampType, ArrayOf(IntType), MapOf(StringType, IntType)}
	for _, a := range types {
		for _, b := range types {
			c, ok := CommonType(a, b)
			if !ok {
				continue
			}
			t.Run(a.String()+","+b.String(), func(t *testing.T) {
				for _, from := range []Type{a, b} {
					if _, err := Converter(from, c, false); err != nil {
						t.Errorf("%s does not reach the common type %s: %v", from, c, err)
					}
				}
			})
		}
	}
}
