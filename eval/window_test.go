package eval

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// frameCase is a frame clause and its membership rule: whether row j is
// in row i's frame, given their positions, peer group indexes and ORDER
// BY values in the partition. The rule restates the definition directly,
// independently of the bounds arithmetic of window_part.go.
type frameCase struct {
	clause string
	in     func(i, j, gi, gj int, vi, vj int64) bool
}

func TestWindowFramesAgainstDefinition(t *testing.T) {
	const n = 300
	rng := rand.New(rand.NewPCG(1, 2))
	rows := make([][]Value, n)
	for i := range rows {
		var x Value = int64(rng.IntN(100))
		if rng.IntN(5) == 0 {
			x = nil
		}
		rows[i] = []Value{int64(i), int64(rng.IntN(4)), int64(rng.IntN(40)), x}
	}
	r := newTableRun()
	r.s.SetTableVariable("t", []Column{{"id", BigintType}, {"g", BigintType}, {"o", BigintType}, {"x", BigintType}}, rows)
	for _, c := range frameCases() {
		t.Run(c.clause, func(t *testing.T) {
			q := fmt.Sprintf("select id, count(x) over w, sum(x) over w, count(*) over w, first_value(x) over w, last_value(x, true) over w, nth_value(x, 2) over w from @t window w as (partition by g order by o, id %s) order by id;",
				c.clause)
			if strings.HasPrefix(c.clause, "RANGE") || strings.HasPrefix(c.clause, "GROUPS") {
				q = strings.Replace(q, "order by o, id", "order by o", 1)
			}
			out, err := r.run(q)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(strings.TrimSpace(out), "\n")[1:]
			want := referenceFrames(rows, c, !strings.HasPrefix(c.clause, "ROWS"))
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("row %d: got %s, want %s", i, got[i], want[i])
				}
			}
		})
	}
}

func frameCases() []frameCase {
	abs := func(x int) int { return max(x, -x) }
	return []frameCase{
		{"ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING", func(i, j, _, _ int, _, _ int64) bool { return j >= i-2 && j <= i+1 }},
		{"ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING", func(i, j, _, _ int, _, _ int64) bool { return j >= i-3 && j <= i-1 }},
		{"ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING", func(i, j, _, _ int, _, _ int64) bool { return j >= i }},
		{"ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING", func(i, j, _, _ int, _, _ int64) bool { return j >= i+1 && j <= i+3 }},
		{"ROWS UNBOUNDED PRECEDING", func(i, j, _, _ int, _, _ int64) bool { return j <= i }},
		{"ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW", func(i, j, _, _ int, _, _ int64) bool { return abs(i-j) == 1 }},
		{"RANGE BETWEEN 5 PRECEDING AND 2 FOLLOWING", func(_, _, _, _ int, vi, vj int64) bool { return vj >= vi-5 && vj <= vi+2 }},
		{"RANGE BETWEEN CURRENT ROW AND 3 FOLLOWING", func(_, _, _, _ int, vi, vj int64) bool { return vj >= vi && vj <= vi+3 }},
		{"RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW", func(_, _, _, _ int, vi, vj int64) bool { return vj <= vi }},
		{"RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP", func(_, _, _, _ int, vi, vj int64) bool { return vj != vi }},
		{"RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING EXCLUDE TIES", func(i, j, _, _ int, vi, vj int64) bool {
			return vj >= vi-3 && vj <= vi+3 && (vj != vi || i == j)
		}},
		{"RANGE BETWEEN 2 FOLLOWING AND UNBOUNDED FOLLOWING", func(_, _, _, _ int, vi, vj int64) bool { return vj >= vi+2 }},
		{"GROUPS BETWEEN 1 PRECEDING AND UNBOUNDED FOLLOWING", func(_, _, gi, gj int, _, _ int64) bool { return gj >= gi-1 }},
		{"ROWS BETWEEN 2 FOLLOWING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW", func(i, j, _, _ int, _, _ int64) bool { return j >= i+2 }},
		{"GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING", func(_, _, gi, gj int, _, _ int64) bool { return abs(gi-gj) <= 1 }},
		{"GROUPS BETWEEN 2 PRECEDING AND 1 PRECEDING", func(_, _, gi, gj int, _, _ int64) bool { return gj >= gi-2 && gj <= gi-1 }},
		{"GROUPS BETWEEN CURRENT ROW AND 2 FOLLOWING EXCLUDE CURRENT ROW", func(i, j, gi, gj int, _, _ int64) bool {
			return gj >= gi && gj <= gi+2 && i != j
		}},
	}
}

// referenceFrames computes "id,count(x),sum(x),count(*),first_value(x),
// last_value(x, true),nth_value(x, 2)" per row, by id, from the
// membership rule; peers are rows with equal o when byValue.
func referenceFrames(rows [][]Value, c frameCase, byValue bool) []string {
	parts := map[int64][][]Value{}
	for _, r := range rows {
		parts[r[1].(int64)] = append(parts[r[1].(int64)], r)
	}
	out := make([]string, len(rows))
	for _, p := range parts {
		sort.SliceStable(p, func(a, b int) bool {
			if p[a][2].(int64) != p[b][2].(int64) {
				return p[a][2].(int64) < p[b][2].(int64)
			}
			return !byValue && p[a][0].(int64) < p[b][0].(int64)
		})
		group := make([]int, len(p))
		for i := 1; i < len(p); i++ {
			group[i] = group[i-1]
			if !byValue || p[i][2] != p[i-1][2] {
				group[i]++
			}
		}
		for i, ri := range p {
			cnt, star, sum := 0, 0, int64(0)
			var first, lastNonNull, second Value
			for j, rj := range p {
				if !c.in(i, j, group[i], group[j], ri[2].(int64), rj[2].(int64)) {
					continue
				}
				star++
				switch star {
				case 1:
					first = rj[3]
				case 2:
					second = rj[3]
				}
				if x, ok := rj[3].(int64); ok {
					cnt++
					sum += x
					lastNonNull = x
				}
			}
			s := ""
			if cnt > 0 {
				s = strconv.FormatInt(sum, 10)
			}
			out[ri[0].(int64)] = fmt.Sprintf("%d,%d,%s,%d,%s,%s,%s", ri[0], cnt, s, star, csvInt(first), csvInt(lastNonNull), csvInt(second))
		}
	}
	return out
}

// csvInt prints a BIGINT or NULL as the CSV output does.
func csvInt(v Value) string {
	if v == nil {
		return ""
	}
	return strconv.FormatInt(v.(int64), 10)
}

// TestWindowCancels checks that a cancelled statement stops the window
// operator between partitions: a window call's argument is evaluated
// partition by partition, after the input is buffered.
func TestWindowCancels(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	reg := NewRegistry()
	reg.Register(&Function{Name: "TICK", Volatile: true, Overloads: []*Overload{{
		Params: []Param{{Kinds: []Kind{KindBigint}}}, Result: BigintType,
		Impl: func(_ *CallContext, args []Value) (Value, error) {
			if calls++; calls == 5000 {
				cancel() // Ctrl-C while the windows are computed
			}
			return args[0], nil
		},
	}}})
	s := NewSession(Config{Registry: reg})
	rows := make([][]Value, 100000)
	for i := range rows {
		rows[i] = []Value{int64(i)}
	}
	s.SetTableVariable("t", []Column{{Name: "n", Type: BigintType}}, rows)
	err := s.RunContext(ctx, "select sum(tick(n)) over (partition by n) from @t;")
	if err == nil || !strings.HasPrefix(err.Error(), "[1,1] Statement cancelled - ") {
		t.Fatalf("error %v, want a cancellation", err)
	}
	if calls >= 5000+cancelCheckRows+1 {
		t.Errorf("the windows evaluated %d rows after the cancellation, want at most %d", calls-5000, cancelCheckRows)
	}
}
