package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestMaxOperators checks the bound on the operators of one expression:
// a chain at the limit parses, one more operator is refused at that
// operator, the count covers every kind of infix operator, and it is
// shared with the expressions of nested subqueries (whose heights add up in
// the compiler) but not with the next expression or statement.
func TestMaxOperators(t *testing.T) {
	chain := func(n int, term, sep string) string {
		return strings.TrimSuffix(strings.Repeat(term+sep, n), sep)
	}
	tooMany := fmt.Sprintf("expression has more than %d operators", maxOperators)
	cases := []struct {
		name, src string
		err       string // substring of the error; "" for success
	}{
		{"plus at the limit", "select " + chain(maxOperators+1, "1", "+") + ";", ""},
		{"plus over the limit", "select " + chain(maxOperators+2, "1", "+") + ";",
			fmt.Sprintf("[1,%d] Parse exception - %s", len("select ")+2*(maxOperators+1), tooMany)},
		{"mixed predicates", "select " + chain(maxOperators/4+1, "a like 'x' and b in (1) or c between 1 and 2", " or ") + ";", tooMany},
		{"subqueries share the count", "select (select " + chain(maxOperators/2+1, "1", "+") + ") + " + chain(maxOperators/2+1, "1", "+") + ";", tooMany},
		{"separate expressions", "select " + chain(maxOperators, "1", "+") + ", " + chain(maxOperators, "1", "+") + ";", ""},
		{"separate statements", "select " + chain(maxOperators, "1", "+") + "; select " + chain(maxOperators, "1", "+") + ";", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.src)
			switch {
			case c.err == "" && err != nil:
				t.Fatalf("unexpected error: %.300v", err)
			case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
				t.Fatalf("error %.300v, want one containing %q", err, c.err)
			}
		})
	}
}
