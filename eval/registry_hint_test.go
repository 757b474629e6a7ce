package eval

import "testing"

// TestBinaryHint: a STRING constant where a BINARY goes is named as hex or
// Base64 when it looks like one; anything else gets the general advice.
func TestBinaryHint(t *testing.T) {
	cases := []struct {
		value any
		want  string
	}{
		{"0a1B", "the text looks like hex: wrap it in UNHEX(...)"},
		{"aGVsbG8gd29ybGQ=", "the text looks like Base64: wrap it in UNBASE64(...)"},
		{"AQIDBA==", "the text looks like Base64: wrap it in UNBASE64(...)"},
		{"wxyz", "a STRING does not convert"},            // too short to tell
		{"hello world!", "a STRING does not convert"},    // not Base64
		{"aGVsbG8===", "a STRING does not convert"},      // three '='
		{int64(5), "a STRING does not convert"},          // not a string constant
		{"aGVsbG8gd29ybGQ", "a STRING does not convert"}, // unpadded
	}
	for _, c := range cases {
		site := &CallSite{Args: []Type{StringType}, Consts: []Value{c.value}, IsConst: []bool{true}}
		if got := binaryHint(site, 0); len(got) < len(c.want) || got[:len(c.want)] != c.want {
			t.Errorf("binaryHint(%v) = %q, want %q...", c.value, got, c.want)
		}
	}
	site := &CallSite{Args: []Type{StringType}, Consts: []Value{"0a1b"}, IsConst: []bool{false}}
	if got := binaryHint(site, 0); got[:len("a STRING")] != "a STRING" {
		t.Errorf("a column's value is not a constant: %q", got)
	}
}
