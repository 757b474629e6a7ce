package eval

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// millionRows is a query of 1,000,000 rows (k, pad) made by a cross join
// of two 1,000-row VALUES tables, so that no table holds them: k is
// scattered over [0, 1000003) and pad is a 20-byte string.
func millionRows() string {
	var v strings.Builder
	for i := range 1000 {
		if i > 0 {
			v.WriteString(", ")
		}
		fmt.Fprintf(&v, "(%d)", i)
	}
	return fmt.Sprintf("select (a.x * 7919 + b.x * 104729) %% 1000003 as k, 'padding-padding-0000' as pad, a.x, b.x as y "+
		"from (values %s) a(x) cross join (values %s) b(x)", v.String(), v.String())
}

// TestTopNMemory runs `order by k limit 10` over 1,000,000 generated rows
// and measures the live heap when the first row comes out, when a sort
// that kept every row would still hold all of them (about 100 MiB): the
// top-N sort holds 10. The statement's memory budget is set to 4 MiB,
// which the 1,000,000 rows would pass about 25 times over.
func TestTopNMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000,000 rows")
	}
	s := NewSession(Config{MemoryBudget: 4 << 20})
	q := "select k, pad from (" + millionRows() + ") t order by k desc, pad limit 10 offset 2;"
	var before, during runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var got []int64
	_, err := s.Query(q, func(row []Value) error {
		if len(got) == 0 {
			runtime.GC()
			runtime.ReadMemStats(&during)
		}
		got = append(got, row[0].(int64))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The keys are (7919a + 104729b) mod 1000003 over a, b < 1000, computed
	// apart: the 3rd to 12th largest.
	count := map[int64]int{}
	for a := range int64(1000) {
		for b := range int64(1000) {
			count[(a*7919+b*104729)%1000003]++
		}
	}
	var want []int64
	for k := int64(1000002); k >= 0 && len(want) < 12; k-- {
		for range count[k] {
			want = append(want, k)
		}
	}
	want = want[:12]
	if fmt.Sprint(got) != fmt.Sprint(want[2:]) {
		t.Errorf("keys %v, want %v", got, want[2:])
	}
	const bound = 20 << 20
	grew := int64(during.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("the live heap grew by %d KiB", grew>>10)
	if grew > bound {
		t.Errorf("the heap grew by %d MiB while sorting, over %d MiB: the sort keeps more than the 12 rows it needs", grew>>20, bound>>20)
	}
}
