package parser

import (
	"errors"
	"testing"
)

// TestStructExpression checks STRUCT(x [[AS] name], ...): lowered to
// NAMED_STRUCT when a field is named, left a STRUCT call otherwise.
func TestStructExpression(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"function", "struct(1, a)", "(call struct 1 a)"},
		{"star", "struct(*)", "(call struct *)"},
		{"empty", "struct()", "(call struct)"},
		{"named with AS", "struct(1L AS a, 'abc' as b)", `(call NAMED_STRUCT "a" bigint:"1" "b" "abc")`},
		{"AS is optional", "struct(1 x, 2 y)", `(call NAMED_STRUCT "x" 1 "y" 2)`},
		{"quoted name", "struct(a as `group`)", `(call NAMED_STRUCT "group" a)`},
		{"unnamed column keeps its name", "struct(e AS id, t.tag, `group`)", `(call NAMED_STRUCT "id" e "tag" t.tag "group" group)`},
		{"unnamed expression is colN", "struct(1 AS a, b + 1)", `(call NAMED_STRUCT "a" 1 "col2" (+ b 1))`},
		{"nested", "struct(struct(1 as a) as s)", `(call NAMED_STRUCT "s" (call NAMED_STRUCT "a" 1))`},
		{"other functions keep AS out", "named_struct('a', 1)", `(call named_struct "a" 1)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dump(parseExpr1(t, tc.src)); got != tc.want {
				t.Errorf("%s:\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

func TestStructExpressionErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"AS without a name", "select struct(1 as);", "[1,19] unexpected ')', expected a field name"},
		{"string as a name", "select struct(1 as 'a');", "[1,20] unexpected string 'a', expected a field name"},
		{"unclosed", "select struct(1 as a;", "[1,21] unexpected ';', expected ')'"},
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
