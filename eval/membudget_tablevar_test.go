package eval

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestTableVariableDoublingIsBounded is issue 11's table variable that
// doubles itself (it reached 4 GB in 30 s): under a 64 MiB budget the
// doubling stops with MaxCompute's out-of-memory error at the statement
// that would pass the budget, and the heap stays a small multiple of the
// budget instead of growing until the process is killed.
func TestTableVariableDoublingIsBounded(t *testing.T) {
	const budget = 64 << 20
	s := NewSession(Config{MemoryBudget: budget})
	if err := s.Run("@t := select '" + strings.Repeat("x", 1000) + "' as s;"); err != nil {
		t.Fatal(err)
	}
	var err error
	doubling := 0
	for err == nil && doubling < 20 {
		doubling++
		// Doubling n is on line n+1 so the error's position names the
		// statement that failed.
		err = s.Run(strings.Repeat("\n", doubling) + "@t := select * from @t union all select * from @t;")
	}
	if err == nil {
		t.Fatal("20 doublings of a 1 KB row (1 GB) ran under a 64 MiB budget")
	}
	msg := err.Error()
	t.Logf("doubling %d: %s", doubling, msg)
	// 2^16 rows of ~1 KB are 64 MiB: the failure comes near the 16th doubling.
	if !strings.Contains(msg, "ODPS-0123144") || !strings.Contains(msg, "table variable") || doubling > 17 {
		t.Errorf("doubling %d failed with %q; want ODPS-0123144 naming the table variable by the 17th doubling", doubling, msg)
	}
	wantPos := "[" + strconv.Itoa(doubling+1) + ",1]"
	if !strings.Contains(msg, wantPos) {
		t.Errorf("error %q does not name the failing statement at %s", msg, wantPos)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if ms.HeapInuse > 4*budget {
		t.Errorf("heap in use %d MiB after the failure, want at most 4x the %d MiB budget", ms.HeapInuse>>20, budget>>20)
	}
}
