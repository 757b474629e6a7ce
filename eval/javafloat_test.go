package eval

import (
	"math"
	"testing"
)

func TestJavaDouble(t *testing.T) {
	tenth := 0.1 // a variable: constant arithmetic would be exact
	tests := []struct {
		in   float64
		want string
	}{
		{1, "1.0"},
		{-1, "-1.0"},
		{0, "0.0"},
		{math.Copysign(0, -1), "-0.0"},
		{0.525, "0.525"},
		{100, "100.0"},
		{123456.789, "123456.789"},
		{1e7, "1.0E7"},
		{9999999, "9999999.0"},
		{12345678, "1.2345678E7"},
		{1e10, "1.0E10"},
		{0.001, "0.001"},
		{0.0001, "1.0E-4"},
		{1e-5, "1.0E-5"},
		{tenth + 2*tenth, "0.30000000000000004"},
		{1.0 / 3, "0.3333333333333333"},
		{math.SmallestNonzeroFloat64, "4.9E-324"},
		{math.MaxFloat64, "1.7976931348623157E308"},
		{1e23, "1.0E23"},
		{2e-3, "0.002"},
		{-1.5e-10, "-1.5E-10"},
		{math.NaN(), "NaN"},
		{math.Inf(1), "Infinity"},
		{math.Inf(-1), "-Infinity"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := javaDouble(tt.in); got != tt.want {
				t.Errorf("javaDouble(%v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestJavaFloat(t *testing.T) {
	tests := []struct {
		in   float32
		want string
	}{
		{1, "1"}, // MaxCompute prints a whole FLOAT without ".0"
		{0.1, "0.1"},
		{1.1, "1.1"},
		{0.525, "0.525"},
		{-2.5, "-2.5"},
		{1e7, "1.0E7"},
		{3.4028235e38, "3.4028235E38"},
		{math.SmallestNonzeroFloat32, "1.4E-45"},
		{1e-4, "1.0E-4"},
		{16777216, "1.6777216E7"},
		{float32(math.Inf(-1)), "-Infinity"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := javaFloat(tt.in); got != tt.want {
				t.Errorf("javaFloat(%v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
