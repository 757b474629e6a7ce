package eval

import (
	"math"
	"testing"
)

// TestParseDouble checks that text reads as Java reads a double, without
// Go's digit separators.
func TestParseDouble(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{" 1e3 ", 1000, true},
		{"-0.5", -0.5, true},
		{"Infinity", math.Inf(1), true},
		{"1e400", math.Inf(1), false}, // range error, read as Infinity
		{"1_000", 0, false},
		{"1_0.5", 0, false},
		{"0x1_0p0", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDouble(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Errorf("ParseDouble(%q) = %v, %v; want %v (ok %v)", tc.in, got, err, tc.want, tc.ok)
			}
		})
	}
}
