//go:build unix

// The benchmarks of issue 14's query shapes; run them with
//
//	go test ./eval/querybench -run '^$' -bench . -benchtime 3x -timeout 60m
//
// (MCSQL_BENCH_ROWS=100000 for a quick run); the summary table is printed
// at the end. (Not the package's doc comment: that is doc.go's.)

package querybench

import (
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/internal/memmeter"
	"github.com/mcsql/mcsql/eval/warehouse"
	"github.com/mcsql/mcsql/functions"
)

// shape is one row of the table: the query as mcsql runs it and
// as the sqlite3 shell runs it on the warehouse's row tables ({users} is
// the row table of users, {users.tel} its column of tel).
type shape struct {
	name    string
	mcsql   string
	sqlite3 string
	ordered bool // the result's row order is part of the answer
	// note, when set, says what the shape's size is at the data's size.
	note func(sizes) string
}

func groups(n int) string { return fmt.Sprintf("%d groups", n) }

var shapes = []shape{
	{name: "OrderByLimit10", ordered: true,
		mcsql:   "select id, name, tel from users order by tel limit 10;",
		sqlite3: "select {users.id}, {users.name}, {users.tel} from {users} order by {users.tel} limit 10;"},
	{name: "CountStar",
		mcsql:   "select count(*) from users;",
		sqlite3: "select count(*) from {users};"},
	{name: "SelectiveWhere",
		mcsql:   "select id, name, tel from users where city_id = 7 and gender = 'F';",
		sqlite3: "select {users.id}, {users.name}, {users.tel} from {users} where {users.city_id} = 7 and {users.gender} = 'F';"},
	{name: "OrderBy", ordered: true,
		mcsql:   "select id, name, tel from users order by tel;",
		sqlite3: "select {users.id}, {users.name}, {users.tel} from {users} order by {users.tel};"},
	{name: "GroupBy1000", note: func(sz sizes) string { return groups(sz.cities) },
		mcsql:   "select city_id, count(*), sum(id) from users group by city_id;",
		sqlite3: "select {users.city_id}, count(*), sum({users.id}) from {users} group by {users.city_id};"},
	{name: "GroupBy100000", note: func(sz sizes) string { return groups(sz.regions) },
		mcsql:   "select region_id, count(*), sum(id) from users group by region_id;",
		sqlite3: "select {users.region_id}, count(*), sum({users.id}) from {users} group by {users.region_id};"},
	{name: "Join", note: func(sz sizes) string { return fmt.Sprintf("%d x %d rows", sz.users, sz.regions) },
		mcsql:   "select u.id, u.name, r.region_name from users u join regions r on u.region_id = r.region_id;",
		sqlite3: "select u.{users.id}, u.{users.name}, r.{regions.region_name} from {users} u join {regions} r on u.{users.region_id} = r.{regions.region_id};"},
	{name: "CountDistinct",
		mcsql:   "select count(distinct tel) from users;",
		sqlite3: "select count(distinct {users.tel}) from {users};"},
}

func BenchmarkOrderByLimit10(b *testing.B) { benchShape(b, shapes[0]) }
func BenchmarkCountStar(b *testing.B)      { benchShape(b, shapes[1]) }
func BenchmarkSelectiveWhere(b *testing.B) { benchShape(b, shapes[2]) }
func BenchmarkOrderBy(b *testing.B)        { benchShape(b, shapes[3]) }
func BenchmarkGroupBy1000(b *testing.B)    { benchShape(b, shapes[4]) }
func BenchmarkGroupBy100000(b *testing.B)  { benchShape(b, shapes[5]) }
func BenchmarkJoin(b *testing.B)           { benchShape(b, shapes[6]) }
func BenchmarkCountDistinct(b *testing.B)  { benchShape(b, shapes[7]) }

// benchShape times sh in mcsql (ns/op) and then, in one sqlite3 process
// running the query b.N times, in the shell (sqlite3-ns/op), and reports
// their ratio (x_sqlite3, mcsql's wall time over the shell's) and mcsql's
// peak memory (see memMeter). It also reports both programs' CPU time
// (user and system, all threads: cpu-ns/op, sqlite3-cpu-ns/op) and their
// ratio (x_sqlite3_cpu), steadier than wall time on a shared machine.
// The two results are compared first, once per shape.
func benchShape(b *testing.B, sh shape) {
	ds := benchData(b)
	w, err := warehouse.Open(ds.path)
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	skip := sqlite3Skip()
	var liteSQL string
	if skip == "" {
		liteSQL = sqliteQuery(b, ds.path, sh)
		verifyOnce(b, w, ds.path, sh, liteSQL)
	} else {
		b.Log(skip)
	}
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Warehouse: w, Stdout: io.Discard, Stderr: io.Discard})
	var heap, rss uint64
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		m := memmeter.Start()
		cpu0 := memmeter.ProcessCPU()
		b.StartTimer()
		err := s.Run(sh.mcsql)
		b.StopTimer()
		cpu += memmeter.ProcessCPU() - cpu0
		h, r := m.Stop()
		heap, rss = max(heap, h), max(rss, r)
		if err != nil {
			b.Fatalf("mcsql: %s: %v", sh.mcsql, err)
		}
		b.StartTimer()
	}
	b.StopTimer()
	res := result{rows: ds.sz.users, mcsql: b.Elapsed() / time.Duration(b.N), heap: heap, rss: rss,
		mcsqlCPU: cpu / time.Duration(b.N)}
	b.ReportMetric(float64(res.mcsqlCPU.Nanoseconds()), "cpu-ns/op")
	if sh.note != nil {
		res.note = sh.note(ds.sz)
	}
	if skip == "" {
		res.sqlite3, res.sqlite3CPU, err = timeSqlite3(ds.path, liteSQL, b.N)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.sqlite3.Nanoseconds()), "sqlite3-ns/op")
		b.ReportMetric(float64(res.sqlite3CPU.Nanoseconds()), "sqlite3-cpu-ns/op")
		b.ReportMetric(res.ratio(), "x_sqlite3")
		b.ReportMetric(res.cpuRatio(), "x_sqlite3_cpu")
	}
	b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MiB")
	if rss > 0 {
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MiB")
	}
	record(sh.name, res)
}

var (
	replacerOnce sync.Once
	replacer     *strings.Replacer
	replacerErr  error
)

// sqliteQuery is sh's sqlite3 query with the row tables' names.
func sqliteQuery(b *testing.B, db string, sh shape) string {
	b.Helper()
	replacerOnce.Do(func() { replacer, replacerErr = storageNames(db) })
	if replacerErr != nil {
		b.Fatal(replacerErr)
	}
	q, err := expand(replacer, sh.sqlite3)
	if err != nil {
		b.Fatal(err)
	}
	return q
}

var verified sync.Map // shape name -> true

// verifyOnce compares sh's results in mcsql and sqlite3 the first time
// the benchmark of sh runs in this process.
func verifyOnce(b *testing.B, w eval.Warehouse, db string, sh shape, liteSQL string) {
	b.Helper()
	if _, done := verified.Load(sh.name); done {
		return
	}
	n, err := compareResults(w, db, sh, liteSQL)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%s: mcsql and sqlite3 agree on all %d result rows", sh.name, n)
	verified.Store(sh.name, true)
}

// compareResults runs sh in mcsql and in sqlite3 and returns the number
// of rows of their results, or an error saying where they differ. Values
// are compared as text: mcsql's as its result table prints them, sqlite3's
// in its list mode (the data has no NULLs, doubles or separators in text).
func compareResults(w eval.Warehouse, db string, sh shape, liteSQL string) (int, error) {
	got := &capture{}
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Warehouse: w, Stdout: io.Discard, Stderr: io.Discard,
		Results: func() eval.ResultWriter { return got }})
	if err := s.Run(sh.mcsql); err != nil {
		return 0, fmt.Errorf("mcsql: %s: %v", sh.mcsql, err)
	}
	out, _, err := runSqlite3(db, ".mode list\n.separator |\n"+liteSQL+"\n")
	if err != nil {
		return 0, err
	}
	want := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if out == "" {
		want = nil
	}
	if !sh.ordered {
		sort.Strings(got.lines)
		sort.Strings(want)
	}
	if len(got.lines) != len(want) {
		return 0, fmt.Errorf("%s: mcsql returned %d rows, sqlite3 %d (%s)", sh.name, len(got.lines), len(want), liteSQL)
	}
	for i := range want {
		if got.lines[i] != want[i] {
			return 0, fmt.Errorf("%s: row %d differs: mcsql %q, sqlite3 %q (%s)", sh.name, i+1, got.lines[i], want[i], liteSQL)
		}
	}
	return len(want), nil
}

// capture keeps a result set's rows as text, columns joined by "|".
type capture struct {
	cols  []eval.Column
	lines []string
}

func (c *capture) Begin(cols []eval.Column) error { c.cols = slices.Clone(cols); return nil }
func (c *capture) End() error                     { return nil }

func (c *capture) Row(row []eval.Value) error {
	fields := make([]string, len(row))
	for i, v := range row {
		fields[i] = eval.FormatValue(v, c.cols[i].Type)
	}
	c.lines = append(c.lines, strings.Join(fields, "|"))
	return nil
}

// result is the last measurement of one benchmark, for the summary.
type result struct {
	rows                int
	mcsql, mcsqlCPU     time.Duration
	sqlite3, sqlite3CPU time.Duration // 0 when the shell was not available
	heap, rss           uint64
	note                string
}

func (r result) ratio() float64 { return ratio(r.mcsql, r.sqlite3) }

func (r result) cpuRatio() float64 { return ratio(r.mcsqlCPU, r.sqlite3CPU) }

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

var (
	resultsMu sync.Mutex
	results   = map[string]result{}
	order     []string
)

func record(name string, r result) {
	resultsMu.Lock()
	defer resultsMu.Unlock()
	if _, ok := results[name]; !ok {
		order = append(order, name)
	}
	results[name] = r
}

// TestMain prints the summary table after the benchmarks that ran.
func TestMain(m *testing.M) {
	code := m.Run()
	printSummary(os.Stdout)
	os.Exit(code)
}

func printSummary(w io.Writer) {
	resultsMu.Lock()
	defer resultsMu.Unlock()
	if len(order) == 0 {
		return
	}
	fmt.Fprintf(w, "\nmcsql beside the sqlite3 shell (last run of each benchmark):\n\n")
	fmt.Fprintf(w, "| benchmark | rows | mcsql | sqlite3 | mcsql / sqlite3 | CPU: mcsql / sqlite3 | mcsql peak heap | mcsql peak RSS | note |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, name := range order {
		r := results[name]
		lite, wall, cpu := "-", "-", "-"
		if r.sqlite3 > 0 {
			lite, wall = roundDur(r.sqlite3), fmt.Sprintf("%.2fx", r.ratio())
			cpu = fmt.Sprintf("%s / %s = %.2fx", roundDur(r.mcsqlCPU), roundDur(r.sqlite3CPU), r.cpuRatio())
		}
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |\n",
			name, r.rows, roundDur(r.mcsql), lite, wall, cpu, mib(r.heap), mib(r.rss), r.note)
	}
}

// mib writes a byte count in MiB, or "-" when it was not measured.
func mib(n uint64) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

func roundDur(d time.Duration) string {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond).String()
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond).String()
	}
	return d.Round(time.Microsecond).String()
}
