package functions_test

import (
	"regexp"
	"testing"
	"time"

	"github.com/dlclark/regexp2"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// regexpRows is how many rows the REGEXP_REPLACE statement reads.
const regexpRows = 1_000_000

// The benchmarked replacement: a date column reordered with groups.
const (
	regexpInput   = "2026-01-02"
	regexpPattern = `(\d+)-(\d+)-(\d+)`
)

// The backtracking case: a date whose day repeats its month, a
// backreference RE2 cannot match, so mcsql runs it on regexp2.
const (
	backrefInput = "2026-01-01" // pattern (\d+)-(\d+)-\2, replacement \1/\2
)

// BenchmarkRegexpReplace compares REGEXP_REPLACE over a table variable of
// regexpRows rows, through the evaluator's row path, with the bare Go call
// it wraps (Regexp.ReplaceAllString on the same input, pattern and
// replacement), both over a million rows per iteration, in wall and CPU
// nanoseconds per row; bare-regexp2 and sql-backref (benchmarkBackref) do
// the same for a backreference pattern, which runs on regexp2:
//
//	go test ./functions -run '^$' -bench RegexpReplace
func BenchmarkRegexpReplace(b *testing.B) {
	b.Run("bare", func(b *testing.B) {
		re := regexp.MustCompile(regexpPattern)
		var out string
		cpu := processCPU()
		for b.Loop() {
			for range regexpRows {
				out = re.ReplaceAllString(regexpInput, "${3}/${2}/${1}")
			}
		}
		if out != "02/01/2026" {
			b.Fatalf("got %q", out)
		}
		reportPerRow(b, processCPU()-cpu)
	})
	b.Run("sql", func(b *testing.B) {
		s := eval.NewSession(eval.Config{Registry: functions.NewRegistry()})
		rows := make([][]eval.Value, regexpRows)
		for i := range rows {
			rows[i] = []eval.Value{regexpInput}
		}
		s.SetTableVariable("t", []eval.Column{{Name: "s", Type: eval.StringType}}, rows)
		query := `select regexp_replace(s, '(\\d+)-(\\d+)-(\\d+)', '\\3/\\2/\\1') from @t;`
		cpu := processCPU()
		for b.Loop() {
			n := 0
			_, err := s.Query(query, func(row []eval.Value) error {
				if n == 0 && row[0] != "02/01/2026" {
					b.Fatalf("got %v", row[0])
				}
				n++
				return nil
			})
			if err != nil || n != regexpRows {
				b.Fatalf("%d rows, %v", n, err)
			}
		}
		reportPerRow(b, processCPU()-cpu)
	})
	benchmarkBackref(b)
}

// The sub-benchmarks bare-regexp2 and sql-backref do the same for a
// backreference pattern: regexp2's own Replace (with the pattern as mcsql
// translates it, \d as [0-9], and its match timeout set) against
// REGEXP_REPLACE through the evaluator.
func benchmarkBackref(b *testing.B) {
	b.Run("bare-regexp2", func(b *testing.B) {
		re := regexp2.MustCompile(`([0-9]+)-([0-9]+)-\k<2>`, regexp2.None)
		re.MatchTimeout = time.Second
		var out string
		cpu := processCPU()
		for b.Loop() {
			for range regexpRows {
				out, _ = re.Replace(backrefInput, "$1/$2", -1, -1)
			}
		}
		if out != "2026/01" {
			b.Fatalf("got %q", out)
		}
		reportPerRow(b, processCPU()-cpu)
	})
	b.Run("sql-backref", func(b *testing.B) {
		s := eval.NewSession(eval.Config{Registry: functions.NewRegistry()})
		rows := make([][]eval.Value, regexpRows)
		for i := range rows {
			rows[i] = []eval.Value{backrefInput}
		}
		s.SetTableVariable("t", []eval.Column{{Name: "s", Type: eval.StringType}}, rows)
		query := `select regexp_replace(s, '(\\d+)-(\\d+)-\\2', '\\1/\\2') from @t;`
		cpu := processCPU()
		for b.Loop() {
			n := 0
			_, err := s.Query(query, func(row []eval.Value) error {
				if n == 0 && row[0] != "2026/01" {
					b.Fatalf("got %v", row[0])
				}
				n++
				return nil
			})
			if err != nil || n != regexpRows {
				b.Fatalf("%d rows, %v", n, err)
			}
		}
		reportPerRow(b, processCPU()-cpu)
	})
}

// reportPerRow reports wall and CPU time per row of regexpRows-row
// iterations. Both sub-benchmarks do a million rows per iteration, so that
// they run alike on a loaded machine.
func reportPerRow(b *testing.B, cpu time.Duration) {
	rows := float64(b.N * regexpRows)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/rows, "ns/row")
	b.ReportMetric(float64(cpu.Nanoseconds())/rows, "cpu-ns/row")
}
