package functions_test

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// mathRows is how many rows one benchmarked math statement reads.
const mathRows = 1_000_000

// mathCase is one benchmarked function: the statement over @t(x, y), the
// bare package math call it is compared with, and its arguments.
type mathCase struct {
	name, query string
	bare        func(x, y float64) float64
	args        func(r *rand.Rand) (x, y float64)
}

// logUniform returns ±10^e with e uniform in [lo, hi): doubles of varied
// magnitude and full 53-bit mantissas.
func logUniform(r *rand.Rand, lo, hi float64, signed bool) float64 {
	v := math.Pow(10, lo+(hi-lo)*r.Float64())
	if signed && r.IntN(2) == 0 {
		v = -v
	}
	return v
}

var mathCases = []mathCase{
	{"sin", "select sin(x) from @t;", func(x, _ float64) float64 { return math.Sin(x) },
		func(r *rand.Rand) (float64, float64) { return logUniform(r, -3, 5, true), 0 }},
	{"cos", "select cos(x) from @t;", func(x, _ float64) float64 { return math.Cos(x) },
		func(r *rand.Rand) (float64, float64) { return logUniform(r, -3, 5, true), 0 }},
	{"exp", "select exp(x) from @t;", func(x, _ float64) float64 { return math.Exp(x) },
		func(r *rand.Rand) (float64, float64) { return (r.Float64()*2 - 1) * 700, 0 }},
	{"ln", "select ln(x) from @t;", func(x, _ float64) float64 { return math.Log(x) },
		func(r *rand.Rand) (float64, float64) { return logUniform(r, -30, 30, false), 0 }},
	{"log10", "select log10(x) from @t;", func(x, _ float64) float64 { return math.Log10(x) },
		func(r *rand.Rand) (float64, float64) { return logUniform(r, -30, 30, false), 0 }},
	{"pow", "select pow(x, y) from @t;", math.Pow,
		func(r *rand.Rand) (float64, float64) { return logUniform(r, -3, 3, false), (r.Float64()*2 - 1) * 20 }},
	{"atan2", "select atan2(y, x) from @t;", func(x, y float64) float64 { return math.Atan2(y, x) },
		func(r *rand.Rand) (float64, float64) { return logUniform(r, -3, 3, true), logUniform(r, -3, 3, true) }},
	{"sqrt", "select sqrt(x) from @t;", func(x, _ float64) float64 { return math.Sqrt(x) },
		func(r *rand.Rand) (float64, float64) { return logUniform(r, -30, 30, false), 0 }},
	{"cbrt", "select cbrt(x) from @t;", func(x, _ float64) float64 { return math.Cbrt(x) },
		func(r *rand.Rand) (float64, float64) { return logUniform(r, -30, 30, true), 0 }},
	{"sinh", "select sinh(x) from @t;", func(x, _ float64) float64 { return math.Sinh(x) },
		func(r *rand.Rand) (float64, float64) { return (r.Float64()*2 - 1) * 700, 0 }},
}

// BenchmarkMathRows compares each math function over a table variable of
// mathRows rows of varied doubles, through the evaluator's row path
// ("sql"), with the bare package math call on the same arguments ("bare"),
// in wall and CPU nanoseconds per row:
//
//	go test ./functions -run '^$' -bench MathRows
func BenchmarkMathRows(b *testing.B) {
	for _, c := range mathCases {
		r := rand.New(rand.NewPCG(1, 2))
		xs, ys := make([]float64, mathRows), make([]float64, mathRows)
		for i := range xs {
			xs[i], ys[i] = c.args(r)
		}
		b.Run(c.name+"/bare", func(b *testing.B) {
			var sum float64
			cpu := processCPU()
			for b.Loop() {
				for i, x := range xs {
					sum += c.bare(x, ys[i])
				}
			}
			mathPerRow(b, processCPU()-cpu)
			if sum == 1 { // keeps the calls
				b.Log(sum)
			}
		})
		b.Run(c.name+"/sql", func(b *testing.B) {
			s := eval.NewSession(eval.Config{Registry: functions.NewRegistry()})
			rows := make([][]eval.Value, mathRows)
			for i := range rows {
				rows[i] = []eval.Value{xs[i], ys[i]}
			}
			cols := []eval.Column{{Name: "x", Type: eval.DoubleType}, {Name: "y", Type: eval.DoubleType}}
			s.SetTableVariable("t", cols, rows)
			cpu := processCPU()
			for b.Loop() {
				n := 0
				_, err := s.Query(c.query, func([]eval.Value) error { n++; return nil })
				if err != nil || n != mathRows {
					b.Fatalf("%d rows, %v", n, err)
				}
			}
			mathPerRow(b, processCPU()-cpu)
		})
	}
}

// mathPerRow reports wall and CPU time per row of mathRows-row iterations.
func mathPerRow(b *testing.B, cpu time.Duration) {
	rows := float64(b.N * mathRows)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/rows, "ns/row")
	b.ReportMetric(float64(cpu.Nanoseconds())/rows, "cpu-ns/row")
}
