package parser

import (
	"fmt"
	"strings"
	"testing"
)

// benchScript generates n statements alternating between an assignment
// with nested arithmetic and calls, and a SELECT with a WHERE clause.
func benchScript(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			fmt.Fprintf(&b, "@v%d := hex(%d) || concat('a', 'b') + 1 * (2 - 3);\n", i, i)
		} else {
			fmt.Fprintf(&b, "select @v%d, 'x' as y, 1.5D where 1 < 2;\n", i-1)
		}
	}
	return b.String()
}

// BenchmarkParse10k parses a script of 10,000 statements; the target is
// well under 300 ms per operation.
func BenchmarkParse10k(b *testing.B) {
	src := benchScript(10000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		s, err := Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		if len(s.Stmts) != 10000 {
			b.Fatalf("got %d statements, want 10000", len(s.Stmts))
		}
	}
}
