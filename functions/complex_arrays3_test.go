package functions

import (
	"fmt"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestBinomial(t *testing.T) {
	tests := []struct {
		n, k  int
		limit int64
		want  int64
	}{
		{5, 3, 100, 10}, {5, 0, 100, 1}, {100, 5, 100_000, 100_001}, {6, 6, 10, 1}, {30, 15, 1 << 40, 155117520},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("C(%d,%d)", tt.n, tt.k), func(t *testing.T) {
			if got := binomial(tt.n, tt.k, tt.limit); got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
		})
	}
}

// TestSequenceBounds checks the element count at the ends of BIGINT,
// where stop - start overflows.
func TestSequenceBounds(t *testing.T) {
	const maxI, minI = int64(9223372036854775807), int64(-9223372036854775807)
	tests := []struct {
		start, stop, step int64
		want              string
	}{
		{1, 5, 2, "[1 3 5]"},
		{5, 1, -2, "[5 3 1]"},
		{minI, maxI, maxI, fmt.Sprint([]int64{minI, 0, maxI})},
		{maxI, minI, minI, fmt.Sprint([]int64{maxI, 0, minI})},
		{maxI, -maxI - 1, -maxI - 1, fmt.Sprint([]int64{maxI, -1})},
		{maxI - 1, maxI, 1, fmt.Sprint([]int64{maxI - 1, maxI})},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.start, tt.stop, tt.step), func(t *testing.T) {
			v, err := sequence(&eval.CallContext{}, []eval.Value{tt.start, tt.stop, tt.step})
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, x := range v.([]eval.Value) {
				got = append(got, x.(int64))
			}
			if s := fmt.Sprint(got); s != tt.want {
				t.Errorf("got %s, want %s", s, tt.want)
			}
		})
	}
}
