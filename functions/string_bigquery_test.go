package functions

import "testing"

func TestReverseRunes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"ascii", "abc", "cba"},
		{"chinese", "中文ab", "ba文中"},
		{"emoji", "a😀b", "b😀a"},
		{"invalid byte kept", "a\xffb", "b\xffa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := reverseRunes(tt.in); got != tt.want {
				t.Errorf("reverseRunes(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
