package eval

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// longScript returns a script of n statements (n >= 2) of the kinds a long
// generated script repeats: scalar assignments, INSERTs, SELECTs printing a
// result and table-variable assignments. Its table and variables stay the
// same size, so whatever grows with n is the runner's own.
func longScript(n int) string {
	var b strings.Builder
	b.WriteString("create table t (a bigint, b string);\n@v0 := 0;\n")
	for i := 2; i < n; i++ {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "@v%d := %d + @v0 * 2;\n", i%100+1, i)
		case 1:
			fmt.Fprintf(&b, "insert overwrite table t values (%d, 'x%d'), (%d, 'y');\n", i, i, i+1)
		case 2:
			fmt.Fprintf(&b, "select a, b, @v0 as v from t where a > %d order by a limit 2;\n", i%7)
		default:
			fmt.Fprintf(&b, "@s := select %d as k, 'v%d' as v;\n", i, i)
		}
	}
	return b.String()
}

// heapSampler is a Stdout that, every `every` writes, collects garbage and
// records the largest HeapInuse it has seen: what the running script holds.
type heapSampler struct {
	every, writes int
	peak          uint64
}

func (h *heapSampler) Write(p []byte) (int, error) {
	if h.writes++; h.writes%h.every == 0 {
		h.peak = max(h.peak, heapInuse())
	}
	return len(p), nil
}

func heapInuse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// runLongScript runs src and returns how far the live heap grew above what
// it was before Run, sampled while the script ran, and how much the heap
// obtained from the system grew: an upper bound of its peak, garbage
// included, that also sees what is live only while the script is parsed.
func runLongScript(tb testing.TB, src string) (live, sys uint64) {
	h := &heapSampler{every: 2000}
	s := NewSession(Config{Stdout: h, Warehouse: NewMemoryWarehouse()})
	base := heapInuse()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	baseSys := m.HeapSys
	if err := s.Run(src); err != nil {
		tb.Fatal(err)
	}
	runtime.ReadMemStats(&m)
	return max(h.peak, base) - base, max(m.HeapSys, baseSys) - baseSys
}

// A long script's memory does not grow with its length (issue 11 item 4):
// the runner keeps each statement's position in the text, not its AST,
// and nothing of a statement that has run. A 1,000,000-statement script
// took 1.5 GB; parsed whole, this 200,000-statement script held 200 MB of
// ASTs while it ran, and its tokens 64 bytes each before.
func TestLongScriptMemoryBounded(t *testing.T) {
	const n = 200_000
	src := longScript(n)
	// A soft memory limit a little above the bound makes the collector
	// keep up even when other processes starve it of CPU (its pacing then
	// let garbage pile up to 84 MB on a loaded machine); a live heap over
	// the bound still grows past the limit and fails below.
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(int64(before.Sys) + 100*n))
	grew, sys := runLongScript(t, src)
	// The text (held by the caller anyway) is about 45 bytes a statement,
	// the positions 32 (neither counted here); the rest is a bounded window of tokens and one
	// statement's plan.
	const limit = 100 * n
	t.Logf("the heap grew %d bytes (%d a statement) while %d statements ran", grew, grew/n, n)
	if grew > limit {
		t.Errorf("the heap grew %d bytes (%d a statement) while %d statements ran; want at most %d", grew, grew/n, n, limit)
	}
	// The peak, garbage included, within twice as much: the whole script's
	// tokens took 64 bytes each (about 12 a statement here) before.
	t.Logf("the heap obtained from the system grew %d bytes (%d a statement)", sys, sys/n)
	if sys > 2*limit {
		t.Errorf("the heap obtained from the system grew %d bytes (%d a statement) while %d statements ran; want at most %d", sys, sys/n, n, 2*limit)
	}
}

// BenchmarkLongScript parses and runs long scripts. ns/stmt is the time a
// statement takes; heap-B/stmt is how far the live heap grew while the
// script ran, per statement, measured after the timed runs (see
// runLongScript, whose collections would distort the time).
//
//	go test ./eval -run '^$' -bench LongScript -benchmem
func BenchmarkLongScript(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src := longScript(n)
			for b.Loop() {
				s := NewSession(Config{Stdout: io.Discard, Warehouse: NewMemoryWarehouse()})
				if err := s.Run(src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/stmt")
			grew, _ := runLongScript(b, src)
			b.ReportMetric(float64(grew)/float64(n), "heap-B/stmt")
		})
	}
}

// A long script (parsed again statement by statement, on another
// goroutine) stops at a failing statement, which it names by its line, and
// rolls its table changes back; a statement that fails to compile, or a
// syntax error, anywhere in it runs nothing.
func TestLongScriptFailures(t *testing.T) {
	const n = 30_000 // more tokens than a LazyScript keeps ASTs for
	lines := strings.SplitAfter(longScript(n), "\n")
	lines[20_000] = "select a * 9223372036854775807L from t;\n" // overflows when it runs
	w := NewMemoryWarehouse()
	s := NewSession(Config{Warehouse: w})
	err := s.Run(strings.Join(lines, ""))
	if err == nil || !strings.Contains(err.Error(), "[20001,") || !strings.Contains(err.Error(), "overflow") {
		t.Errorf("a failing SELECT on line 20001: %v", err)
	}
	// The check's read, then the script's.
	if w.Commits != 0 || w.Rollbacks != 2 {
		t.Errorf("%d commits, %d rollbacks; want the script rolled back", w.Commits, w.Rollbacks)
	}
	if v := s.lookupVar("v1"); v == nil {
		t.Errorf("@v1, assigned before the failure, is not set")
	}

	lines[20_000] = "insert into missing values (1);\n"
	w = NewMemoryWarehouse()
	s = NewSession(Config{Warehouse: w})
	err = s.Run(strings.Join(lines, ""))
	if err == nil || !strings.Contains(err.Error(), "[20001,") || !strings.Contains(err.Error(), "missing") {
		t.Errorf("an INSERT into a missing table on line 20001: %v", err)
	}
	if w.Commits != 0 || w.Begins != 1 || s.lookupVar("v1") != nil {
		t.Errorf("a script failing to compile ran: %d transactions, %d commits, @v1 %v", w.Begins, w.Commits, s.lookupVar("v1"))
	}

	lines = strings.SplitAfter(longScript(n), "\n")
	lines[n-1] = "select 1 +;\n"
	w = NewMemoryWarehouse()
	s = NewSession(Config{Warehouse: w})
	err = s.Run(strings.Join(lines, ""))
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("[%d,", n)) || !strings.Contains(err.Error(), "Parse exception") {
		t.Errorf("a syntax error on line %d: %v", n, err)
	}
	if w.Begins != 0 || len(s.vars) != 0 {
		t.Errorf("a script with a syntax error ran: %d transactions, %d variables", w.Begins, len(s.vars))
	}
}
