package eval

import (
	"math"
	"math/bits"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Aggregate pushdown: `SELECT k, count(*), sum(x) FROM t WHERE ... GROUP
// BY k` over one warehouse table can be computed by the warehouse when
// every part of it means the same in SQL:
//
//   - the GROUP BY keys are plain columns of a pushable type (integers,
//     STRING, VARCHAR, BOOLEAN: equal in SQL exactly when equal here);
//   - each aggregate is COUNT(*), or COUNT, MIN or MAX of such a column,
//     or SUM or AVG of an integer column — no DISTINCT, FILTER or window;
//   - the whole WHERE pushes (pushWhere), since no Go filter runs after;
//   - the table is not partitioned (partition pruning stays in Go).
//
// Groups come back in the order of their first row, as the evaluator
// makes them. SUM is the one aggregate whose SQL can differ: the evaluator
// fails on the first partial sum that overflows BIGINT, in row order,
// where SQLite fails on its own order's. So the warehouse also returns
// each summed column's count, MIN and MAX, and the pushed result is used
// only when count × max(|MIN|, |MAX|) fits in a BIGINT — then no partial
// sum in any order can overflow. Otherwise, or when the warehouse fails,
// the evaluator aggregates the rows itself. AVG is its SUM divided by its
// COUNT as the evaluator divides them, used only when every partial sum
// is below 2^53 in magnitude: the evaluator adds DOUBLEs, exact there.

// PushAgg is one aggregate of a pushed aggregation: Func is count (Column
// -1 for COUNT(*)), min, max or sum.
type PushAgg struct {
	Func   string
	Column int
}

// AggSpec is a pushed aggregation: GROUP BY Keys (none: one group, even
// over no rows), the Aggs of each group, over the rows Where holds for.
type AggSpec struct {
	Keys  []int
	Aggs  []PushAgg
	Where *PushCond
}

// PushAggregator is a Tx that can run a pushed aggregation. fn gets, per
// group in the order of the group's first row, the key values then the
// aggregates' results: counts and sums as int64 (a sum over no value is
// NULL), MIN and MAX as values of the column's type.
type PushAggregator interface {
	AggregatePushed(name string, spec AggSpec, fn func(row []Value) error) error
}

// planAggPush sets up c.group.push when the SELECT's aggregation pushes.
func (c *compiler) planAggPush(sel *parser.Select, src *relation) {
	g := c.group
	if g == nil || g.sets != nil || c.win != nil || src.push == nil || src.pruner != nil {
		return
	}
	p := src.push
	spec := AggSpec{}
	if sel.Where != nil {
		w, exact := pushWhereExact(sel.Where, p)
		if !exact {
			return
		}
		spec.Where = w
	}
	for _, k := range g.keys {
		col, ok := k.(*colExpr)
		if !ok || !pushableType(p.sc.cols[col.index].t) {
			return
		}
		spec.Keys = append(spec.Keys, col.index)
	}
	// Each aggregate is one warehouse aggregate, but AVG: its SUM and
	// COUNT. Every SUM gets a guard: its column's count, MIN and MAX.
	nkeys := len(spec.Keys)
	type avgSlot struct{ slot, sum, count int }
	var sums []int // the positions of SUMs in spec.Aggs
	var avgs []avgSlot
	var pending []PushAgg // AVG's parts, after the visible aggregates
	for i, a := range g.aggs {
		pa, ok := p.aggregate(a)
		if !ok {
			return
		}
		if pa.Func == "avg" {
			at := len(g.aggs) + len(pending)
			avgs = append(avgs, avgSlot{nkeys + i, nkeys + at, nkeys + at + 1})
			sums = append(sums, at)
			pending = append(pending, PushAgg{"sum", pa.Column}, PushAgg{"count", pa.Column})
			pa = PushAgg{"count", pa.Column} // a placeholder, replaced by the average
		}
		if pa.Func == "sum" {
			sums = append(sums, len(spec.Aggs))
		}
		spec.Aggs = append(spec.Aggs, pa)
	}
	spec.Aggs = append(spec.Aggs, pending...)
	visible := nkeys + len(g.aggs)
	guards := nkeys + len(spec.Aggs) // where the guards start in a row
	// An average is exact only while every partial sum is an exact
	// DOUBLE: the guard's bound is 2^53 then, not BIGINT's.
	bound := uint64(math.MaxInt64)
	if len(avgs) > 0 {
		bound = 1 << 53
	}
	for _, i := range sums {
		col := spec.Aggs[i].Column
		spec.Aggs = append(spec.Aggs, PushAgg{"count", col}, PushAgg{"min", col}, PushAgg{"max", col})
	}
	fill := func(r []Value) {
		for _, a := range avgs {
			r[a.slot] = nil
			if n, _ := r[a.count].(int64); n > 0 {
				sum, _ := r[a.sum].(int64)
				r[a.slot] = float64(sum) / float64(n)
			}
		}
	}
	s, name := c.s, p.name
	if s.explained != nil {
		s.explained.aggs[sel] = true
	}
	g.push = func(fn func(post []Value) error) (bool, error) {
		if !s.pushdownOn() || !s.inScript {
			// Outside a script a read has a transaction of its own: the
			// evaluator's scan begins it, not a second one here.
			return false, nil
		}
		var rows [][]Value
		pushed := false
		err := s.withTx(func(tx Tx) error {
			pa, ok := tx.(PushAggregator)
			if !ok {
				return nil
			}
			pushed = true
			return pa.AggregatePushed(name, spec, func(row []Value) error {
				rows = append(rows, append([]Value(nil), row...))
				return nil
			})
		})
		if !pushed || err != nil || !sumsSafe(rows, guards, len(sums), bound) {
			return false, nil // the evaluator's own aggregation decides, errors included
		}
		for _, r := range rows {
			fill(r)
			if err := fn(r[:visible]); err != nil {
				return true, err
			}
		}
		return true, nil
	}
}

// aggregate translates one aggregate call.
func (p *pushTarget) aggregate(a *aggCall) (PushAgg, bool) {
	e := a.call
	if e == nil || e.Distinct || e.Filter != nil || e.WithinGroup != nil || e.Over != nil {
		return PushAgg{}, false
	}
	fn := strings.ToLower(e.Name)
	if fn == "count" && e.Star {
		return PushAgg{"count", -1}, true
	}
	if len(e.Args) != 1 {
		return PushAgg{}, false
	}
	col, t, ok := p.column(e.Args[0])
	if !ok {
		return PushAgg{}, false
	}
	switch fn {
	case "count", "min", "max":
		return PushAgg{fn, col}, true
	case "sum", "avg":
		return PushAgg{fn, col}, t.Kind.IsInteger()
	}
	return PushAgg{}, false
}

// pushWhereExact translates a whole WHERE condition, or reports that it
// cannot.
func pushWhereExact(e parser.Expr, p *pushTarget) (*PushCond, bool) {
	c := pushWhere(e, p)
	if c == nil || c.Op == PushNotFalse {
		return nil, false
	}
	return c, true
}

// sumsSafe reports whether no partial sum of any pushed SUM can have gone
// past bound: from index first on, each row has count, MIN and MAX per SUM.
func sumsSafe(rows [][]Value, first, sums int, bound uint64) bool {
	for _, r := range rows {
		for i := 0; i < sums; i++ {
			n, _ := r[first+3*i].(int64)
			lo, _ := r[first+3*i+1].(int64)
			hi, _ := r[first+3*i+2].(int64)
			if lo == math.MinInt64 {
				return false
			}
			m := max(abs64(lo), abs64(hi))
			top, prod := bits.Mul64(uint64(n), uint64(m))
			if top != 0 || prod > bound {
				return false
			}
		}
	}
	return true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
