package eval

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"
)

// fmtRowKey is rowKey as it was written with fmt alone: the fast paths
// must give the same keys.
func fmtRowKey(row []Value) string {
	var b strings.Builder
	for _, v := range row {
		if v == nil {
			b.WriteString("\x00N")
			continue
		}
		switch v := v.(type) {
		case []byte:
			fmt.Fprintf(&b, "\x01b%d:%s", len(v), v)
		case string:
			fmt.Fprintf(&b, "\x01s%d:%s", len(v), v)
		case Decimal:
			fmt.Fprintf(&b, "\x01d%s", v.Rat.RatString())
		case JSON:
			fmt.Fprintf(&b, "\x01j%s", v.String())
		default:
			fmt.Fprintf(&b, "\x01%T:%v", v, v)
		}
	}
	return b.String()
}

func TestRowKey(t *testing.T) {
	rows := [][]Value{
		{nil}, {int64(0)}, {int64(-42)}, {int64(math.MaxInt64)}, {int64(math.MinInt64)},
		{1.5}, {math.Copysign(0, -1)}, {1e300}, {math.Inf(-1)}, {math.NaN()}, {0.1 + 0.2},
		{true}, {false}, {""}, {"a\x01b"}, {[]byte{0, 1}}, {[]byte{}},
		{Decimal{Rat: big.NewRat(-3, 2), Scale: 2}}, {JSON{Node: "x"}},
		{time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)},
		{[]Value{int64(1), nil}}, {&Struct{Fields: []Value{"a"}}},
		{int64(1), "x", nil, 2.5, []byte("y")},
	}
	seen := map[string]int{}
	for i, r := range rows {
		got, want := rowKey(r), fmtRowKey(r)
		if got != want {
			t.Errorf("rowKey(%v) = %q, want %q", r, got, want)
		}
		if j, dup := seen[got]; dup {
			t.Errorf("rows %d and %d share the key %q", j, i, got)
		}
		seen[got] = i
	}
	// Lengths keep adjacent strings apart.
	if rowKey([]Value{"ab", "c"}) == rowKey([]Value{"a", "bc"}) {
		t.Error(`("ab", "c") and ("a", "bc") share a key`)
	}
}

// TestRowKeyAllocations: a short key costs one allocation, its string.
func TestRowKeyAllocations(t *testing.T) {
	row := []Value{int64(12345), "abc"}
	if n := testing.AllocsPerRun(100, func() { _ = rowKey(row) }); n > 1 {
		t.Errorf("rowKey allocates %v times, want 1", n)
	}
}
