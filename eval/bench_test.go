package eval_test

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// script10k is a generated script of 10,000 statements of scalar
// expressions: assignments reading earlier variables, and SELECTs.
func script10k() string {
	var b strings.Builder
	b.WriteString("@v0 := 1;\n")
	for i := 1; i < 10000; i++ {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "@v%d := hex(%d) || concat('a', 'b') || @v%d;\n", i, i, i-2)
		case 1:
			fmt.Fprintf(&b, "@v%d := %d + 2 * (3 - 1) + length('abc');\n", i, i)
		case 2:
			fmt.Fprintf(&b, "@v%d := case when %d > 5 then upper('x') else 'y' end;\n", i, i)
		default:
			fmt.Fprintf(&b, "select @v%d, 'x' as y, 1.5D, unhex('616263') where 1 < 2;\n", i-1)
		}
	}
	return b.String()
}

// BenchmarkParseEval10k parses and runs the 10,000-statement script,
// printing every SELECT's table to io.Discard.
//
//	go test ./eval -run '^$' -bench ParseEval10k -benchmem
func BenchmarkParseEval10k(b *testing.B) {
	src := script10k()
	reg := functions.NewRegistry()
	b.ResetTimer()
	for b.Loop() {
		s := eval.NewSession(eval.Config{Registry: reg, Stdout: io.Discard})
		if err := s.Run(src); err != nil {
			b.Fatal(err)
		}
	}
}
