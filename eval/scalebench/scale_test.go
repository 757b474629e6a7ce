package scalebench

import (
	"io"
	"runtime"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/internal/memmeter"
	"github.com/mcsql/mcsql/eval/warehouse"
	"github.com/mcsql/mcsql/functions"
	"github.com/mcsql/mcsql/parser"
)

// Each benchmark runs one query over the 1,000,000-row table t (and the
// 100,000-row d) as two sub-benchmarks: mcsql, a Session executing the
// parsed script with its result printed to io.Discard, and sqlite3, the
// sqlite3 shell reading the same query on its standard input (its time
// includes starting the process). Both report ns/row and cpu-ns/row (per
// row of t), and peak-heap-MB: for mcsql the Go heap objects above the heap before the
// query, sampled every millisecond (so garbage not yet collected counts);
// for sqlite3 the high-water mark of SQLite's allocator. The maximum RSS
// of the child process is no use here: it includes the Go test process's
// pages from before exec.

func BenchmarkGroupBy(b *testing.B) {
	compare(b, "select k, count(*), sum(v) from t group by k;", nil)
}

func BenchmarkWindow(b *testing.B) {
	compare(b, "select k, v, row_number() over (partition by k order by v) from t;", nil)
}

func BenchmarkOrderBy(b *testing.B) {
	compare(b, "select k, v, s from t order by v;", nil)
}

func BenchmarkCountDistinct(b *testing.B) {
	compare(b, "select count(distinct k) from t;", nil)
}

func BenchmarkJoinCount(b *testing.B) {
	compare(b, "select count(*) from t join d on t.k = d.k;", nil)
}

func BenchmarkJoinColumns(b *testing.B) {
	compare(b, "select t.k, t.v, d.name from t join d on t.k = d.k;", nil)
}

// compare runs query as the mcsql and sqlite3 sub-benchmarks. onErr, when
// given, sees mcsql's first error and may skip instead of failing.
func compare(b *testing.B, query string, onErr func(*testing.B, error)) {
	b.Run("mcsql", func(b *testing.B) { benchMcsql(b, query, onErr) })
	b.Run("sqlite3", func(b *testing.B) { benchSqlite3(b, query) })
}

// benchMcsql runs query through a Session over a file warehouse holding
// the data set, the code path of `mcsql -f script.sql`.
func benchMcsql(b *testing.B, query string, onErr func(*testing.B, error)) {
	ds := scaleData(b)
	w, err := warehouse.Open(ds.warehouse)
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Warehouse: w, Stdout: io.Discard})
	script, err := parser.Parse(query)
	if err != nil {
		failOr(b, err, onErr)
	}
	var peak uint64
	var cpu time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		runtime.GC()
		m := memmeter.Start()
		cpu0 := memmeter.ProcessCPU()
		b.StartTimer()
		err := s.ExecScript(script)
		b.StopTimer()
		cpu += memmeter.ProcessCPU() - cpu0
		heap, _ := m.Stop()
		peak = max(peak, heap)
		if err != nil {
			failOr(b, err, onErr)
		}
		b.StartTimer()
	}
	reportPerRow(b, cpu)
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

func failOr(b *testing.B, err error, onErr func(*testing.B, error)) {
	if onErr != nil {
		onErr(b, err)
	}
	b.Fatal(err)
}

// reportPerRow reports wall time and CPU time per row of t. On a shared
// machine the CPU time (which includes the garbage collector's on other
// threads) is the steadier of the two.
func reportPerRow(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/factRows, "ns/row")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/factRows, "cpu-ns/row")
}
