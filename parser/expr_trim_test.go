package parser

import (
	"errors"
	"testing"
)

// TestTrimFrom checks TRIM's SQL form, lowered to TRIM, LTRIM or RTRIM
// with the string first and the characters second, as the functions take
// them.
func TestTrimFrom(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"plain call", "trim(' a ')", `(call trim " a ")`},
		{"plain call with chars", "trim('yxTxyomxx', 'xy')", `(call trim "yxTxyomxx" "xy")`},
		{"from", "trim(from ' a ')", `(call TRIM " a ")`},
		{"both from", "trim(both from ' a ')", `(call TRIM " a ")`},
		{"chars from", "trim('xy' from 'yxTxyomxx')", `(call TRIM "yxTxyomxx" "xy")`},
		{"both chars from", "TRIM(BOTH 'xy' FROM 'yxTxyomxx')", `(call TRIM "yxTxyomxx" "xy")`},
		{"leading from", "trim(leading from ' a ')", `(call LTRIM " a ")`},
		{"leading chars from", "trim(leading 'xy' from s)", `(call LTRIM s "xy")`},
		{"trailing chars from", "trim(Trailing c || 'x' from concat(a, b))", `(call RTRIM (call concat a b) (|| c "x"))`},
		{"column named leading", "trim(leading)", "(call trim leading)"},
		{"column named both with chars", "trim(both, 'x')", `(call trim both "x")`},
		{"column named both as chars", "trim(both from both)", "(call TRIM both)"},
		{"no arguments", "trim()", "(call trim)"},
		{"other functions keep FROM out", "ltrim(a, 'x')", `(call ltrim a "x")`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dump(parseExpr1(t, tc.src)); got != tc.want {
				t.Errorf("%s:\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

func TestTrimFromErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"side without from", "select trim(leading 'x' 'y');", "[1,28] unexpected ')', expected 'FROM'"},
		{"from without string", "select trim('x' from);", "[1,21] unexpected ')', expected an expression"},
		{"unclosed", "select trim(both 'x' from s;", "[1,28] unexpected ';', expected ')'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.src)
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error = %v, want a parse error", tc.src, err)
			}
			if got := pe.Pos.String() + " " + pe.Msg; got != tc.want {
				t.Errorf("Parse(%q):\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}
