package eval

import (
	"math"
	"math/big"
	"testing"
)

// evalBinary resolves op, converts both operands implicitly, runs it and
// renders the result with its type.
func evalBinary(op string, a Value, at Type, b Value, bt Type) (string, string, error) {
	bop, err := ResolveBinary(op, at, bt)
	if err != nil {
		return "", "", err
	}
	x, err := convertFor(a, at, bop.Left)
	if err != nil {
		return "", "", err
	}
	y, err := convertFor(b, bt, bop.Right)
	if err != nil {
		return "", "", err
	}
	r, err := bop.Fn(x, y)
	if err != nil {
		return "", "", err
	}
	return FormatValue(r, bop.Result), bop.Result.String(), nil
}

func convertFor(v Value, from, to Type) (Value, error) {
	conv, err := Converter(from, to, false)
	if err != nil {
		return nil, err
	}
	return conv(v)
}

func TestResolveBinary(t *testing.T) {
	tests := []struct {
		op       string
		a        Value
		at       Type
		b        Value
		bt       Type
		want, rt string
	}{
		{"+", int64(1), IntType, int64(2), IntType, "3", "INT"},
		{"+", int64(1), TinyintType, int64(2), BigintType, "3", "BIGINT"},
		{"-", int64(5), SmallintType, int64(7), SmallintType, "-2", "SMALLINT"},
		{"*", int64(6), IntType, int64(7), BigintType, "42", "BIGINT"},
		{"/", int64(1), BigintType, int64(2), BigintType, "0.5", "DOUBLE"},
		{"/", int64(4), IntType, int64(2), IntType, "2.0", "DOUBLE"},
		{"%", int64(-7), IntType, int64(3), IntType, "-1", "INT"},
		{"DIV", int64(7), IntType, int64(2), IntType, "3", "BIGINT"},
		{"DIV", int64(-7), BigintType, int64(2), BigintType, "-3", "BIGINT"},
		{"DIV", 7.5, DoubleType, 2.0, DoubleType, "3", "BIGINT"},
		{"+", 0.5, DoubleType, int64(1), IntType, "1.5", "DOUBLE"},
		{"+", float64(float32(0.5)), FloatType, int64(1), IntType, "1.5", "DOUBLE"},
		{"*", "1.5", StringType, int64(2), IntType, "3.0", "DOUBLE"},
		{"+", "1", StringType, "2", StringType, "3.0", "DOUBLE"},
		{"%", 7.5, DoubleType, 2.0, DoubleType, "1.5", "DOUBLE"},
		{"+", dec("1.10"), DecimalType, int64(2), IntType, "3.1", "DECIMAL"},
		{"-", dec("1.10"), DecimalType, dec("0.005"), DecimalType, "1.095", "DECIMAL"},
		{"*", dec("1.10"), DecimalType, dec("1.1"), DecimalType, "1.21", "DECIMAL"},
		{"/", dec("1"), DecimalType, int64(3), IntType, "0.333333", "DECIMAL"},
		{"/", dec("2"), DecimalType, int64(3), IntType, "0.666667", "DECIMAL"},
		{"%", dec("-7.5"), DecimalType, int64(2), IntType, "-1.5", "DECIMAL"},
		{"DIV", dec("7.5"), DecimalType, int64(2), IntType, "3", "BIGINT"},
		{"+", dec("0.1"), DecimalType, 0.2, DoubleType, "0.30000000000000004", "DOUBLE"},
		{"||", "ab", StringType, "cd", StringType, "abcd", "STRING"},
		{"||", int64(1), IntType, 2.5, DoubleType, "12.5", "STRING"},
		{"||", "t=", StringType, ts("2024-01-01 00:00:00"), DatetimeType, "t=2024-01-01 00:00:00", "STRING"},
		{"||", []byte("a"), BinaryType, []byte{0}, BinaryType, "a=00", "BINARY"},
		{"&", int64(12), IntType, int64(10), BigintType, "8", "BIGINT"},
		{"|", int64(12), TinyintType, int64(3), IntType, "15", "BIGINT"},
		{"^", int64(12), BigintType, int64(10), BigintType, "6", "BIGINT"},
		{"=", int64(1), IntType, "1.0", StringType, "true", "BOOLEAN"},
		{"<", "10", StringType, int64(9), BigintType, "false", "BOOLEAN"},
		{"<", "10", StringType, "9", StringType, "true", "BOOLEAN"},
		{"<>", true, BooleanType, false, BooleanType, "true", "BOOLEAN"},
		{">=", ts("2024-01-02 00:00:00"), DatetimeType, "2024-01-01 00:00:00", StringType, "true", "BOOLEAN"},
		{"<=", []byte{1, 2}, BinaryType, []byte{1, 3}, BinaryType, "true", "BOOLEAN"},
		{"=", dec("1.0"), DecimalType, int64(1), IntType, "true", "BOOLEAN"},
		{">", math.NaN(), DoubleType, math.Inf(1), DoubleType, "true", "BOOLEAN"},
		{"=", []Value{int64(1)}, ArrayOf(IntType), []Value{int64(1)}, ArrayOf(IntType), "true", "BOOLEAN"},
		{"div", int64(9), IntType, int64(3), IntType, "3", "BIGINT"},
	}
	for _, tt := range tests {
		t.Run(tt.at.String()+" "+tt.op+" "+tt.bt.String(), func(t *testing.T) {
			got, rt, err := evalBinary(tt.op, tt.a, tt.at, tt.b, tt.bt)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || rt != tt.rt {
				t.Errorf("got %s %s, want %s %s", got, rt, tt.want, tt.rt)
			}
		})
	}
}

func TestBinaryNullResults(t *testing.T) {
	tests := []struct {
		op     string
		a, b   Value
		at, bt Type
	}{
		{"/", int64(1), int64(0), BigintType, BigintType},
		{"/", 1.0, 0.0, DoubleType, DoubleType},
		{"%", int64(1), int64(0), IntType, IntType},
		{"DIV", int64(1), int64(0), IntType, IntType},
		{"/", dec("1"), dec("0"), DecimalType, DecimalType},
		{"%", 1.0, 0.0, DoubleType, DoubleType},
	}
	for _, tt := range tests {
		t.Run(tt.op+" "+tt.at.String(), func(t *testing.T) {
			got, _, err := evalBinary(tt.op, tt.a, tt.at, tt.b, tt.bt)
			if err != nil || got != "NULL" {
				t.Errorf("got %q, %v; want NULL", got, err)
			}
		})
	}
}

func TestBinaryErrors(t *testing.T) {
	tests := []struct {
		op     string
		a, b   Value
		at, bt Type
		want   string
	}{
		{"+", int64(math.MaxInt64), int64(1), BigintType, BigintType,
			"ODPS-0121095:Invalid argument - bigint overflow in '9223372036854775807 + 1'"},
		{"-", int64(math.MinInt64), int64(1), BigintType, BigintType,
			"ODPS-0121095:Invalid argument - bigint overflow in '-9223372036854775808 - 1'"},
		{"*", int64(math.MaxInt64), int64(2), BigintType, BigintType,
			"ODPS-0121095:Invalid argument - bigint overflow in '9223372036854775807 * 2'"},
		{"*", int64(-1), int64(math.MinInt64), BigintType, BigintType,
			"ODPS-0121095:Invalid argument - bigint overflow in '-1 * -9223372036854775808'"},
		{"DIV", int64(math.MinInt64), int64(-1), BigintType, BigintType,
			"ODPS-0121095:Invalid argument - bigint overflow in '-9223372036854775808 DIV -1'"},
		{"+", int64(math.MaxInt32), int64(1), IntType, IntType,
			"ODPS-0121095:Invalid argument - int overflow in '2147483647 + 1'"},
		{"*", int64(100), int64(2), TinyintType, TinyintType,
			"ODPS-0121095:Invalid argument - tinyint overflow in '100 * 2'"},
		{"DIV", 1e300, 1e-300, DoubleType, DoubleType,
			"ODPS-0121095:Invalid argument - bigint overflow in '1.0E300 DIV 1.0E-300'"},
		{"+", "a", "b", StringType, StringType,
			"ODPS-0123091:Illegal type cast - in function cast, value 'a' cannot be casted from String to Double"},
		{"+", "a", []byte("b"), StringType, BinaryType,
			"ODPS-0130121:Invalid argument type - invalid operand types STRING and BINARY for operator '+'"},
		{"-", ts("2024-01-02 00:00:00"), ts("2024-01-01 00:00:00"), DatetimeType, DatetimeType,
			"ODPS-0130121:Invalid argument type - invalid operand types DATETIME and DATETIME for operator '-'"},
		{"*", true, int64(1), BooleanType, IntType,
			"ODPS-0130121:Invalid argument type - invalid operand types BOOLEAN and INT for operator '*'"},
		{"||", true, "x", BooleanType, StringType,
			"ODPS-0130121:Invalid argument type - invalid operand types BOOLEAN and STRING for operator '||'"},
		{"||", []byte("a"), "x", BinaryType, StringType,
			"ODPS-0130121:Invalid argument type - invalid operand types BINARY and STRING for operator '||'"},
		{"&", 1.5, int64(1), DoubleType, IntType,
			"ODPS-0130121:Invalid argument type - invalid operand types DOUBLE and INT for operator '&'"},
		{"=", []byte("a"), "a", BinaryType, StringType,
			"ODPS-0130121:Invalid argument type - invalid operand types BINARY and STRING for operator '='"},
		{"<", true, int64(1), BooleanType, IntType,
			"ODPS-0130121:Invalid argument type - invalid operand types BOOLEAN and INT for operator '<'"},
		{"=", &Map{}, &Map{}, MapOf(StringType, IntType), MapOf(StringType, IntType),
			"ODPS-0130121:Invalid argument type - invalid operand types MAP<STRING,INT> and MAP<STRING,INT> for operator '='"},
		{"**", int64(1), int64(1), IntType, IntType,
			"ODPS-0130071:Semantic analysis exception - unknown binary operator '**'"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got, _, err := evalBinary(tt.op, tt.a, tt.at, tt.b, tt.bt)
			if err == nil {
				t.Fatalf("got %q, want an error", got)
			}
			if err.Error() != tt.want {
				t.Errorf("error %q\nwant  %q", err, tt.want)
			}
		})
	}
}

func TestResolveBinaryNullOperands(t *testing.T) {
	tests := []struct {
		op       string
		l, r     Type
		left, rt string
	}{
		{"+", VoidType, IntType, "INT", "INT"},
		{"+", VoidType, VoidType, "BIGINT", "BIGINT"},
		{"/", VoidType, VoidType, "DOUBLE", "DOUBLE"},
		{"||", VoidType, VoidType, "STRING", "STRING"},
		{"||", VoidType, BinaryType, "BINARY", "BINARY"},
		{"=", VoidType, DatetimeType, "DATETIME", "BOOLEAN"},
		{"&", VoidType, IntType, "BIGINT", "BIGINT"},
	}
	for _, tt := range tests {
		t.Run(tt.l.String()+tt.op+tt.r.String(), func(t *testing.T) {
			bop, err := ResolveBinary(tt.op, tt.l, tt.r)
			if err != nil {
				t.Fatal(err)
			}
			if bop.Left.String() != tt.left || bop.Result.String() != tt.rt {
				t.Errorf("left %s result %s, want %s %s", bop.Left, bop.Result, tt.left, tt.rt)
			}
		})
	}
}

func TestResolveUnary(t *testing.T) {
	tests := []struct {
		op   string
		v    Value
		t    Type
		want string // result text and type, or the error
	}{
		{"-", int64(5), IntType, "-5 INT"},
		{"-", 1.5, DoubleType, "-1.5 DOUBLE"},
		{"-", dec("1.50"), DecimalType, "-1.5 DECIMAL"},
		{"-", "2", StringType, "-2.0 DOUBLE"},
		{"+", int64(5), TinyintType, "5 TINYINT"},
		{"+", "2", StringType, "2.0 DOUBLE"},
		{"~", int64(0), IntType, "-1 BIGINT"},
		{"-", int64(math.MinInt64), BigintType, "ODPS-0121095:Invalid argument - bigint overflow in '-(-9223372036854775808)'"},
		{"-", int64(-128), TinyintType, "ODPS-0121095:Invalid argument - tinyint overflow in '-(-128)'"},
		{"-", true, BooleanType, "ODPS-0130121:Invalid argument type - invalid operand type BOOLEAN for operator '-'"},
		{"~", 1.5, DoubleType, "ODPS-0130121:Invalid argument type - invalid operand type DOUBLE for operator '~'"},
		{"!", int64(1), IntType, "ODPS-0130071:Semantic analysis exception - unknown unary operator '!'"},
	}
	for _, tt := range tests {
		t.Run(tt.op+tt.t.String(), func(t *testing.T) {
			got, err := evalUnary(tt.op, tt.v, tt.t)
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func evalUnary(op string, v Value, t Type) (string, error) {
	u, err := ResolveUnary(op, t)
	if err != nil {
		return "", err
	}
	x, err := convertFor(v, t, u.Operand)
	if err != nil {
		return "", err
	}
	r, err := u.Fn(x)
	if err != nil {
		return "", err
	}
	return FormatValue(r, u.Result) + " " + u.Result.String(), nil
}

// TestResolveBinaryInEdition checks the bitwise operators' result types by
// edition: the inputs' (wider) integer type in the Hive-compatible one,
// BIGINT otherwise; other operators do not depend on the edition.
func TestResolveBinaryInEdition(t *testing.T) {
	tests := []struct {
		op   string
		l, r Type
		ed   Edition
		want Type
	}{
		{"&", IntType, IntType, Edition2, BigintType},
		{"|", TinyintType, TinyintType, Edition1, BigintType},
		{"&", IntType, IntType, EditionHive, IntType},
		{"|", TinyintType, SmallintType, EditionHive, SmallintType},
		{"^", BigintType, TinyintType, EditionHive, BigintType},
		{"&", VoidType, SmallintType, EditionHive, SmallintType},
		{"&", VoidType, VoidType, EditionHive, BigintType},
		{"+", TinyintType, TinyintType, EditionHive, TinyintType},
	}
	for _, tc := range tests {
		t.Run(tc.l.String()+tc.op+tc.r.String()+"/"+tc.ed.String(), func(t *testing.T) {
			op, err := ResolveBinaryIn(tc.op, tc.l, tc.r, tc.ed)
			if err != nil {
				t.Fatal(err)
			}
			if !op.Result.Equal(tc.want) || !op.Left.Equal(tc.want) || !op.Right.Equal(tc.want) {
				t.Errorf("got %s %s %s -> %s, want all %s", op.Left, tc.op, op.Right, op.Result, tc.want)
			}
		})
	}
}

// TestHiveEditionWraps checks that + - * on integers wrap within the
// result type in the Hive-compatible edition and are errors elsewhere.
func TestHiveEditionWraps(t *testing.T) {
	tests := []struct {
		op   string
		typ  Type
		a, b int64
		want int64
	}{
		{"+", BigintType, math.MaxInt64, 1, math.MinInt64},
		{"-", BigintType, math.MinInt64, 1, math.MaxInt64},
		{"*", BigintType, math.MaxInt64, 2, -2},
		{"+", IntType, math.MaxInt32, 1, math.MinInt32},
		{"*", SmallintType, 100, 1000, -31072},
		{"-", TinyintType, -128, 1, 127},
		{"+", IntType, 2, 3, 5}, // the one in range (want 5)
	}
	for _, tc := range tests {
		t.Run(tc.typ.String()+tc.op, func(t *testing.T) {
			hive, err := ResolveBinaryIn(tc.op, tc.typ, tc.typ, EditionHive)
			if err != nil {
				t.Fatal(err)
			}
			got, err := hive.Fn(tc.a, tc.b)
			if err != nil || got != tc.want {
				t.Errorf("Hive: %d %s %d = %v, %v; want %d", tc.a, tc.op, tc.b, got, err, tc.want)
			}
			v2, err := ResolveBinaryIn(tc.op, tc.typ, tc.typ, Edition2)
			if err != nil {
				t.Fatal(err)
			}
			got, err = v2.Fn(tc.a, tc.b)
			if inRange := tc.want == 5; (err == nil) != inRange || inRange && got != tc.want {
				t.Errorf("2.0: %d %s %d = %v, %v; want an error unless in range", tc.a, tc.op, tc.b, got, err)
			}
		})
	}
}

// TestHiveEditionDecimalRange checks that DECIMAL arithmetic past the
// type's range is NULL in the Hive-compatible edition and an error in
// the others, and that other errors pass through.
func TestHiveEditionDecimalRange(t *testing.T) {
	huge := Decimal{Rat: new(big.Rat).SetInt(new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(38), nil), big.NewInt(1)))}
	one := Decimal{Rat: big.NewRat(1, 1)}
	hive, err := ResolveBinaryIn("+", DecimalType, DecimalType, EditionHive)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := hive.Fn(huge, one); v != nil || err != nil {
		t.Errorf("Hive: 10^38-1 + 1 = %v, %v; want NULL", v, err)
	}
	if v, err := hive.Fn(one, one); err != nil || v.(Decimal).Rat.Cmp(big.NewRat(2, 1)) != 0 {
		t.Errorf("Hive: 1 + 1 = %v, %v; want 2", v, err)
	}
	v2, err := ResolveBinaryIn("+", DecimalType, DecimalType, Edition2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v2.Fn(huge, one); err == nil {
		t.Error("2.0: 10^38-1 + 1 gave no error")
	}
	if v, err := nullIfRange(nil, InvalidArgument("other")); v != nil || err == nil {
		t.Errorf("nullIfRange dropped an unrelated error: %v, %v", v, err)
	}
}
