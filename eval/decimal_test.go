package eval

import (
	"math/big"
	"strings"
	"testing"
)

func TestParseDecimalText(t *testing.T) {
	tests := []struct {
		in   string
		want string // decimalText, or "" when invalid
	}{
		{"1.50", "1.50"},
		{"-0.001", "-0.001"},
		{"+3", "3"},
		{"5.", "5"},
		{".25", "0.25"},
		{"1e2", "100"},
		{"1.25E-1", "0.125"},
		{"-1.5e+1", "-15"},
		{"", ""},
		{".", ""},
		{"-", ""},
		{"1.2.3", ""},
		{"1e", ""},
		{"e5", ""},
		{"1e401", ""},
		{" 1", ""},
		{"1,5", ""},
		{"0x10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := parseDecimalText(tt.in)
			got := ""
			if ok {
				got = decimalText(d)
			}
			if got != tt.want {
				t.Errorf("parseDecimalText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFitDecimal(t *testing.T) {
	tests := []struct {
		in   string
		t    Type
		want string // "" when it does not fit
	}{
		{"1.005", Type{Kind: KindDecimal, Precision: 5, Scale: 2}, "1.01"},
		{"1.004", Type{Kind: KindDecimal, Precision: 5, Scale: 2}, "1.00"},
		{"-1.005", Type{Kind: KindDecimal, Precision: 5, Scale: 2}, "-1.01"},
		{"0.5", Type{Kind: KindDecimal, Precision: 1}, "1"},
		{"-0.5", Type{Kind: KindDecimal, Precision: 1}, "-1"},
		{"9.5", Type{Kind: KindDecimal, Precision: 1}, ""},
		{"0.12345", Type{Kind: KindDecimal, Precision: 3, Scale: 3}, "0.123"},
		{"1", Type{Kind: KindDecimal, Precision: 3, Scale: 3}, ""},
		{"0.1234567890123456789", DecimalType, "0.123456789012345679"},
		{strings.Repeat("9", 38), DecimalType, strings.Repeat("9", 38)},
		{strings.Repeat("9", 39), DecimalType, ""},
		{"1" + strings.Repeat("0", 20) + ".5", DecimalType, "1" + strings.Repeat("0", 20) + ".5"},
		{"1" + strings.Repeat("0", 20) + "." + strings.Repeat("1", 18), DecimalType, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in+" "+tt.t.String(), func(t *testing.T) {
			d, ok := parseDecimalText(tt.in)
			if !ok {
				t.Fatal("bad test input")
			}
			got := ""
			if f, ok := fitDecimal(d, tt.t); ok {
				got = decimalText(f)
			}
			if got != tt.want {
				t.Errorf("fitDecimal = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecimalArithmeticOverflow(t *testing.T) {
	big37 := Decimal{Rat: new(big.Rat).SetInt(pow10(37))}
	_, _, err := evalBinary("*", big37, DecimalType, int64(100), IntType)
	want := "ODPS-0121095:Invalid argument - decimal overflow in '10000000000000000000000000000000000000 * 100'"
	if err == nil || err.Error() != want {
		t.Errorf("error %v\nwant  %s", err, want)
	}
	got, _, err := evalBinary("*", dec("0.000000001"), DecimalType, dec("0.0000000001"), DecimalType)
	if err != nil || got != "0" {
		t.Errorf("tiny product = %q, %v; want 0 (printed without trailing zeros)", got, err)
	}
}
