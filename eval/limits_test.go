package eval

import (
	"strings"
	"testing"
)

// TestValueBytes pins the measure the 8 MB complex-value limit applies to
// (the README states it): 8 bytes an element plus the STRING or BINARY
// bytes or the nested elements.
func TestValueBytes(t *testing.T) {
	big := strings.Repeat("a", 1000)
	cases := []struct {
		name string
		v    Value
		want int64
	}{
		{"string", "abc", 3},
		{"number", int64(7), 0},
		{"array of numbers", []Value{int64(1), 2.5, nil, true}, 32},
		{"array of strings", []Value{"ab", big, []byte("xyz")}, 8 + 2 + 8 + 1000 + 8 + 3},
		{"map", &Map{Keys: []Value{"k"}, Values: []Value{[]Value{int64(1), int64(2)}}}, 8 + 1 + 8 + 16},
		{"struct", &Struct{Fields: []Value{"x", nil}}, 8 + 1 + 8},
	}
	for _, tc := range cases {
		if got := ValueBytes(tc.v, MaxValueBytes); got != tc.want {
			t.Errorf("%s: ValueBytes = %d, want %d", tc.name, got, tc.want)
		}
	}
	// A value sharing its parts is measured as written out, and counting
	// stops past the limit: 1,000 copies of a 1,000-element array of
	// 1,000-byte strings stand for about 8 GB.
	inner := make([]Value, 1000)
	for i := range inner {
		inner[i] = big
	}
	outer := make([]Value, 1000)
	for i := range outer {
		outer[i] = inner
	}
	if got := ValueBytes(outer, MaxValueBytes); got != SizeOver {
		t.Errorf("shared 8 GB value: ValueBytes = %d, want SizeOver", got)
	}
	// Exactly at the limit passes: 1,048,576 NULLs.
	if got := ValueBytes(make([]Value, MaxValueBytes/ElementBytes), MaxValueBytes); got != MaxValueBytes {
		t.Errorf("1,048,576 NULLs: ValueBytes = %d, want %d", got, MaxValueBytes)
	}
}
