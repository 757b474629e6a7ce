package eval

import (
	"math"
	"testing"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		a, b Value
		want int
	}{
		{"ints", int64(1), int64(2), -1},
		{"ints equal", int64(-3), int64(-3), 0},
		{"doubles", 2.5, 1.5, 1},
		{"NaN last", math.NaN(), math.Inf(1), 1},
		{"before NaN", math.Inf(1), math.NaN(), -1},
		{"NaN equal", math.NaN(), math.NaN(), 0},
		{"zeros equal", 0.0, math.Copysign(0, -1), 0},
		{"decimals", dec("1.10"), dec("1.1"), 0},
		{"decimals order", dec("-1"), dec("0.5"), -1},
		{"strings bytewise", "B", "a", -1},
		{"string prefix", "ab", "abc", -1},
		{"utf-8 bytewise", "é", "z", 1},
		{"binary", []byte{0xff}, []byte{0x00, 0x01}, 1},
		{"false before true", false, true, -1},
		{"times", ts("2024-01-02 00:00:00"), ts("2024-01-01 23:59:59"), 1},
		{"timestamps", ts("2024-01-01 00:00:00.000000001"), ts("2024-01-01 00:00:00"), 1},
		{"arrays", []Value{int64(1), int64(2)}, []Value{int64(1), int64(3)}, -1},
		{"array prefix", []Value{int64(1)}, []Value{int64(1), int64(0)}, -1},
		{"array null member first", []Value{nil}, []Value{int64(0)}, -1},
		{"arrays equal", []Value{"a"}, []Value{"a"}, 0},
		{"structs", &Struct{Fields: []Value{"a", int64(2)}}, &Struct{Fields: []Value{"a", int64(1)}}, 1},
		{"maps by keys", &Map{Keys: []Value{"a"}, Values: []Value{int64(9)}}, &Map{Keys: []Value{"b"}, Values: []Value{int64(1)}}, -1},
		{"maps by values", &Map{Keys: []Value{"a"}, Values: []Value{int64(9)}}, &Map{Keys: []Value{"a"}, Values: []Value{int64(1)}}, 1},
		{"mismatched representations", int64(1), "1", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Compare(tt.a, tt.b); got != tt.want {
				t.Errorf("Compare = %d, want %d", got, tt.want)
			}
			if got := Compare(tt.b, tt.a); got != -tt.want && tt.name != "mismatched representations" {
				t.Errorf("reversed Compare = %d, want %d", got, -tt.want)
			}
		})
	}
}

func TestLikePattern(t *testing.T) {
	tests := []struct {
		pattern, s string
		want       bool
	}{
		{"abc", "abc", true},
		{"abc", "abcd", false},
		{"abc", "xabc", false},
		{"a%", "abc", true},
		{"a%", "a", true},
		{"%c", "abc", true},
		{"a_c", "abc", true},
		{"a_c", "ac", false},
		{"a_c", "aéc", true},
		{"%", "line1\nline2", true},
		{"a%b", "a\nb", true},
		{`a\%`, "a%", true},
		{`a\%`, "ab", false},
		{`a\_`, "a_", true},
		{`a\_`, "ab", false},
		{`a\\b`, `a\b`, true},
		{`a\`, `a\`, true},
		{"a.c", "abc", false},
		{"a.c", "a.c", true},
		{"(x)*", "(x)*", true},
		{"[a]", "a", false},
		{"$^", "$^", true},
		{"", "", true},
		{"", "a", false},
	}
	for _, tt := range tests {
		t.Run(tt.pattern+"~"+tt.s, func(t *testing.T) {
			re, err := LikePattern(tt.pattern)
			if err != nil {
				t.Fatal(err)
			}
			if got := re.MatchString(tt.s); got != tt.want {
				t.Errorf("%q LIKE %q = %v, want %v (regexp %s)", tt.s, tt.pattern, got, tt.want, re)
			}
		})
	}
	_, err := LikePattern("a\xffb")
	want := "ODPS-0121095:Invalid argument - invalid LIKE pattern 'a\xffb': not valid UTF-8"
	if err == nil || err.Error() != want {
		t.Errorf("invalid UTF-8 pattern: %v, want %q", err, want)
	}
}
