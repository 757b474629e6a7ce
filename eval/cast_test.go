package eval

import (
	"fmt"
	"math"
	"math/big"
	"testing"
	"time"
)

// castText runs CAST(v AS to) for v of type from and renders the result.
func castText(t *testing.T, v Value, from, to Type) (string, error) {
	t.Helper()
	conv, err := Converter(from, to, true)
	if err != nil {
		return "", err
	}
	out, err := conv(v)
	if err != nil {
		return "", err
	}
	return FormatValue(out, to), nil
}

func dec(s string) Decimal {
	d, ok := parseDecimalText(s)
	if !ok {
		panic("bad decimal in test: " + s)
	}
	return d
}

func ts(s string) time.Time {
	v, ok := parseTimeText(s, KindTimestamp)
	if !ok {
		panic("bad time in test: " + s)
	}
	return v
}

func TestCastValues(t *testing.T) {
	dec52 := Type{Kind: KindDecimal, Precision: 5, Scale: 2}
	tests := []struct {
		name     string
		v        Value
		from, to Type
		want     string
	}{
		{"string to bigint truncates", "1.6", StringType, BigintType, "1"},
		{"negative string to bigint", "-1.6", StringType, BigintType, "-1"},
		{"string with spaces", "  42 ", StringType, BigintType, "42"},
		{"string exponent", "1e3", StringType, IntType, "1000"},
		{"plus sign", "+7", StringType, TinyintType, "7"},
		{"max bigint text", "9223372036854775807", StringType, BigintType, "9223372036854775807"},
		{"double to bigint", 2.9, DoubleType, BigintType, "2"},
		{"negative double to int", -2.9, DoubleType, IntType, "-2"},
		{"decimal to bigint", dec("-7.99"), DecimalType, BigintType, "-7"},
		{"bigint to tinyint", int64(-128), BigintType, TinyintType, "-128"},
		{"bool to int", true, BooleanType, IntType, "1"},
		{"int to double", int64(3), IntType, DoubleType, "3.0"},
		{"bigint to float", int64(16777217), BigintType, FloatType, "1.6777216E7"},
		{"double to float", 0.1, DoubleType, FloatType, "0.1"},
		{"string to double", " 0.525 ", StringType, DoubleType, "0.525"},
		{"string NaN", "NaN", StringType, DoubleType, "NaN"},
		{"string huge", "1e400", StringType, DoubleType, "Infinity"},
		{"decimal to double", dec("1.25"), DecimalType, DoubleType, "1.25"},
		{"double to string", 1e10, DoubleType, StringType, "1.0E10"},
		{"double -1 to string", -1.0, DoubleType, StringType, "-1.0"},
		{"float to string", float64(float32(0.1)), FloatType, StringType, "0.1"},
		{"int to string", int64(-5), IntType, StringType, "-5"},
		{"decimal to string", dec("1.50"), DecimalType, StringType, "1.5"},
		{"bool to string", false, BooleanType, StringType, "false"},
		{"double to decimal", 0.1, DoubleType, DecimalType, "0.1"},
		{"string to decimal", "3.14159", StringType, DecimalType, "3.14159"},
		{"round half up", "2.345", StringType, dec52, "2.35"},
		{"round half up negative", "-2.345", StringType, dec52, "-2.35"},
		{"decimal rescale", dec("1.5"), DecimalType, dec52, "1.5"},
		{"int to decimal(5,2)", int64(999), IntType, dec52, "999"},
		{"string to boolean", "false", StringType, BooleanType, "true"},
		{"empty string to boolean", "", StringType, BooleanType, "false"},
		{"zero to boolean", int64(0), BigintType, BooleanType, "false"},
		{"double to boolean", 0.5, DoubleType, BooleanType, "true"},
		{"string to binary", "é", StringType, BinaryType, "=C3=A9"},
		{"binary to string", []byte("abc"), BinaryType, StringType, "abc"},
		{"string to datetime", "2024-02-29 23:59:59", StringType, DatetimeType, "2024-02-29 23:59:59"},
		{"string to date", "2024-01-31", StringType, DateType, "2024-01-31"},
		{"datetime text to date is NULL by default", "2022-12-20 00:01:01", StringType, DateType, "NULL"},
		{"string to timestamp", "2024-01-01 00:00:00.123", StringType, TimestampType, "2024-01-01 00:00:00.123"},
		{"string to timestamp nanos", "2024-01-01 00:00:00.000000001", StringType, TimestampType, "2024-01-01 00:00:00.000000001"},
		{"datetime to string", ts("2024-05-06 07:08:09"), DatetimeType, StringType, "2024-05-06 07:08:09"},
		{"datetime to date", ts("2024-05-06 07:08:09"), DatetimeType, DateType, "2024-05-06"},
		{"date to datetime", ts("2024-05-06 00:00:00"), DateType, DatetimeType, "2024-05-06 00:00:00"},
		{"timestamp to datetime", ts("2024-05-06 07:08:09.5"), TimestampType, DatetimeType, "2024-05-06 07:08:09"},
		{"date to timestamp", ts("2024-05-06 00:00:00"), DateType, TimestampType, "2024-05-06 00:00:00"},
		{"string to timestamp_ntz", "2024-01-01 00:00:00.123456", StringType, TimestampNTZType, "2024-01-01 00:00:00.123456"},
		{"timestamp_ntz to string", ts("2024-05-06 07:08:09.5"), TimestampNTZType, StringType, "2024-05-06 07:08:09.5"},
		{"timestamp to timestamp_ntz keeps the wall clock", ts("2024-05-06 07:08:09.5"), TimestampType, TimestampNTZType, "2024-05-06 07:08:09.5"},
		{"timestamp_ntz to date", ts("2024-05-06 07:08:09"), TimestampNTZType, DateType, "2024-05-06"},
		{"varchar truncates", "abcdef", StringType, Type{Kind: KindVarchar, Len: 3}, "abc"},
		{"varchar counts characters", "héllo", StringType, Type{Kind: KindVarchar, Len: 2}, "hé"},
		{"char pads", "ab", StringType, Type{Kind: KindChar, Len: 4}, "ab  "},
		{"number to varchar", int64(12345), BigintType, Type{Kind: KindVarchar, Len: 2}, "12"},
		{"varchar to string", "abc", Type{Kind: KindVarchar, Len: 5}, StringType, "abc"},
		{"array of strings to bigints", []Value{"1", nil, "3"}, ArrayOf(StringType), ArrayOf(BigintType), "[1,null,3]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := castText(t, tt.v, tt.from, tt.to)
			if err != nil {
				t.Fatalf("cast: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCastFailures(t *testing.T) {
	dec52 := Type{Kind: KindDecimal, Precision: 5, Scale: 2}
	tests := []struct {
		name     string
		v        Value
		from, to Type
		want     string
	}{
		{"abc to bigint", "abc", StringType, BigintType,
			"ODPS-0123091:Illegal type cast - in function cast, value 'abc' cannot be casted from String to Bigint"},
		{"dash to bigint", "-", StringType, BigintType,
			"ODPS-0123091:Illegal type cast - in function cast, value '-' cannot be casted from String to Bigint"},
		{"empty to int", "", StringType, IntType,
			"ODPS-0123091:Illegal type cast - in function cast, value '' cannot be casted from String to Int"},
		{"too big for int", "2147483648", StringType, IntType,
			"ODPS-0123091:Illegal type cast - in function cast, value '2147483648' cannot be casted from String to Int"},
		{"too big for bigint", "9223372036854775808", StringType, BigintType,
			"ODPS-0123091:Illegal type cast - in function cast, value '9223372036854775808' cannot be casted from String to Bigint"},
		{"abc to double", "abc", StringType, DoubleType,
			"ODPS-0123091:Illegal type cast - in function cast, value 'abc' cannot be casted from String to Double"},
		{"abc to decimal", "1.2.3", StringType, DecimalType,
			"ODPS-0123091:Illegal type cast - in function cast, value '1.2.3' cannot be casted from String to Decimal"},
		{"decimal overflow", "1000", StringType, dec52,
			"ODPS-0123091:Illegal type cast - in function cast, value '1000' cannot be casted from String to Decimal(5,2)"},
		{"rounding overflow", "999.995", StringType, dec52,
			"ODPS-0123091:Illegal type cast - in function cast, value '999.995' cannot be casted from String to Decimal(5,2)"},
		{"huge exponent", "1e999999999", StringType, DecimalType,
			"ODPS-0123091:Illegal type cast - in function cast, value '1e999999999' cannot be casted from String to Decimal"},
		{"bad datetime", "2024-13-01 00:00:00", StringType, DatetimeType,
			"ODPS-0123091:Illegal type cast - in function cast, value '2024-13-01 00:00:00' cannot be casted from String to Datetime"},
		{"february 30", "2024-02-30 00:00:00", StringType, DatetimeType,
			"ODPS-0123091:Illegal type cast - in function cast, value '2024-02-30 00:00:00' cannot be casted from String to Datetime"},
		{"date only to datetime", "2024-01-01", StringType, DatetimeType,
			"ODPS-0123091:Illegal type cast - in function cast, value '2024-01-01' cannot be casted from String to Datetime"},
		{"hour 24", "2024-01-01 24:00:00", StringType, DatetimeType,
			"ODPS-0123091:Illegal type cast - in function cast, value '2024-01-01 24:00:00' cannot be casted from String to Datetime"},
		{"bad date", "2024-01-01 25:00:00", StringType, DateType,
			"ODPS-0123091:Illegal type cast - in function cast, value '2024-01-01 25:00:00' cannot be casted from String to Date"},
		{"ten fraction digits", "2024-01-01 00:00:00.1234567890", StringType, TimestampType,
			"ODPS-0123091:Illegal type cast - in function cast, value '2024-01-01 00:00:00.1234567890' cannot be casted from String to Timestamp"},
		{"double too big", 1e20, DoubleType, BigintType,
			"ODPS-0123091:Illegal type cast - in function cast, value '1.0E20' cannot be casted from Double to Bigint"},
		{"NaN to bigint", math.NaN(), DoubleType, BigintType,
			"ODPS-0123091:Illegal type cast - in function cast, value 'NaN' cannot be casted from Double to Bigint"},
		{"infinity to decimal", math.Inf(1), DoubleType, DecimalType,
			"ODPS-0123091:Illegal type cast - in function cast, value 'Infinity' cannot be casted from Double to Decimal"},
		{"double too big for float", 1e300, DoubleType, FloatType,
			"ODPS-0123091:Illegal type cast - in function cast, value '1.0E300' cannot be casted from Double to Float"},
		{"int to tinyint", int64(300), IntType, TinyintType,
			"ODPS-0123091:Illegal type cast - in function cast, value '300' cannot be casted from Int to Tinyint"},
		{"bigint to smallint", int64(-32769), BigintType, SmallintType,
			"ODPS-0123091:Illegal type cast - in function cast, value '-32769' cannot be casted from Bigint to Smallint"},
		{"decimal to bigint", Decimal{Rat: new(big.Rat).SetFrac(pow10(20), big.NewInt(1))}, DecimalType, BigintType,
			"ODPS-0123091:Illegal type cast - in function cast, value '100000000000000000000' cannot be casted from Decimal to Bigint"},
		{"array member", []Value{"1", "x"}, ArrayOf(StringType), ArrayOf(IntType),
			"ODPS-0123091:Illegal type cast - in function cast, value 'x' cannot be casted from String to Int"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := castText(t, tt.v, tt.from, tt.to)
			if err == nil {
				t.Fatalf("got %q, want error %q", got, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error %q\nwant  %q", err, tt.want)
			}
		})
	}
}

// TestStringToDate checks CAST(string AS DATE) with and without
// odps.sql.executionengine.enable.string.to.date.full.format.
func TestStringToDate(t *testing.T) {
	tests := []struct {
		in   string
		full bool
		want string
	}{
		{"2022-12-20", false, "2022-12-20"},
		{"2022-12-20 00:01:01", false, "NULL"},
		{"2022-12-20 00:01:01", true, "2022-12-20"},
		{"2022-12-20 00:01:01.123", true, "2022-12-20"},
		{"2022-12-20", true, "2022-12-20"},
		{"2022-12-32", true, "error"},
		{"abc", false, "error"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%v", tt.in, tt.full), func(t *testing.T) {
			v, err := stringToDate(tt.in, StringType, DateType, tt.full)
			got := FormatValue(v, DateType)
			if err != nil {
				got = "error"
			}
			if got != tt.want {
				t.Errorf("got %s (%v), want %s", got, err, tt.want)
			}
		})
	}
}
