package eval

import (
	"math"
	"sort"
)

// partView is one partition being computed, its rows in window order. Its
// slices are reused from partition to partition.
type partView struct {
	spec      *windowSpec
	mem       *memTracker // the window operator's, charged for recomputed results
	rows      [][]Value
	order     [][]Value // each row's ORDER BY values
	peerStart []int     // first position of the row's peer group
	peerEnd   []int     // one past its last position
	groupIdx  []int     // index of the row's peer group
	groupPos  []int     // start of each peer group, then the partition's length
	args      [][]Value // the current call's arguments, per row
	skip      []bool    // rows the current call's FILTER leaves out (nil: none)
	argBuf    []Value
	out       []Value
}

// load fills p for the partition made of rows[perm[0]], rows[perm[1]], ...
func (p *partView) load(rows [][]Value, perm []int, keys []Value, nk, np int) {
	n := len(perm)
	p.rows, p.order = p.rows[:0], p.order[:0]
	for _, r := range perm {
		p.rows = append(p.rows, rows[r])
		p.order = append(p.order, keys[r*nk+np:(r+1)*nk])
	}
	p.peerStart, p.peerEnd, p.groupIdx = resize(p.peerStart, n), resize(p.peerEnd, n), resize(p.groupIdx, n)
	p.groupPos = p.groupPos[:0]
	for i := 0; i < n; {
		j := i + 1
		for j < n && compareOrder(p.order[i], p.order[j], p.spec) == 0 {
			j++
		}
		for k := i; k < j; k++ {
			p.peerStart[k], p.peerEnd[k], p.groupIdx[k] = i, j, len(p.groupPos)
		}
		p.groupPos = append(p.groupPos, i)
		i = j
	}
	p.groupPos = append(p.groupPos, n)
}

func resize(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// compute evaluates call over the partition into column slot of its rows.
func (p *partView) compute(call *windowCall, slot int) error {
	n, na := len(p.rows), len(call.args)
	if cap(p.argBuf) < n*na {
		p.argBuf = make([]Value, n*na)
	}
	p.args = p.args[:0]
	for i, row := range p.rows {
		a := p.argBuf[i*na : (i+1)*na]
		for j, x := range call.args {
			v, err := x.eval(row)
			if err != nil {
				return err
			}
			a[j] = v
		}
		p.args = append(p.args, a)
	}
	if err := p.filter(call); err != nil {
		return err
	}
	if cap(p.out) < n {
		p.out = make([]Value, n)
	}
	out := p.out[:n]
	var err error
	if call.fn != nil {
		err = call.fn.compute(p, call, out)
	} else {
		err = p.aggregate(call, out)
	}
	if err != nil {
		return At(call.pos, err)
	}
	for i, row := range p.rows {
		row[slot] = out[i]
	}
	return nil
}

// bounds returns the frame of position i before exclusion, [lo, hi).
func (p *partView) bounds(i int, f frameSpec) (lo, hi int) {
	n := len(p.rows)
	switch f.unit {
	case "ROWS":
		lo, hi = p.rowsBound(i, f.start, false), p.rowsBound(i, f.end, true)
	case "GROUPS":
		lo, hi = p.groupsBound(i, f.start, false), p.groupsBound(i, f.end, true)
	default:
		lo, hi = p.rangeBound(i, f.start, false), p.rangeBound(i, f.end, true)
	}
	lo, hi = max(0, min(lo, n)), max(0, min(hi, n))
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// rowsBound is a ROWS bound: a start position, or one past an end.
func (p *partView) rowsBound(i int, b frameBound, end bool) int {
	e := 0
	if end {
		e = 1
	}
	switch b.kind {
	case unboundedPreceding:
		return 0
	case preceding:
		return int(max(int64(i)-b.n+int64(e), -1))
	case currentRow:
		return i + e
	case following:
		return int(min(int64(i)+int64(e)+min(b.n, int64(len(p.rows))), int64(len(p.rows))))
	}
	return len(p.rows)
}

// groupsBound is a GROUPS bound: offsets count peer groups.
func (p *partView) groupsBound(i int, b frameBound, end bool) int {
	g, groups := int64(p.groupIdx[i]), int64(len(p.groupPos)-1)
	e := int64(0)
	if end {
		e = 1
	}
	switch b.kind {
	case unboundedPreceding:
		return 0
	case preceding:
		return p.groupPos[max(0, g-b.n+e)]
	case currentRow:
		return p.groupPos[g+e]
	case following:
		return p.groupPos[min(groups, g+e+min(b.n, groups))]
	}
	return len(p.rows)
}

// rangeBound is a RANGE bound: CURRENT ROW reaches the row's peers,
// offsets compare the one ORDER BY value. A NULL value's offset bounds
// reach its peers, the other NULLs.
func (p *partView) rangeBound(i int, b frameBound, end bool) int {
	switch b.kind {
	case unboundedPreceding:
		return 0
	case unboundedFollowing:
		return len(p.rows)
	}
	if b.kind == currentRow {
		if end {
			return p.peerEnd[i]
		}
		return p.peerStart[i]
	}
	// An offset: the window has one numeric ORDER BY key (checked when
	// compiled).
	if _, ok := numberFloat(p.order[i][0]); !ok {
		if end {
			return p.peerEnd[i]
		}
		return p.peerStart[i]
	}
	dir := 1.0
	if p.spec.order[0].desc {
		dir = -1
	}
	off := b.f
	if b.kind == preceding {
		off = -off
	}
	// dist(j) = (value(j) - v) * dir grows along the non-NULL rows;
	// beyond(j) compares it with off.
	lo, hi := p.nonNullRange()
	cur := p.order[i][0]
	beyond := func(j int) int { return cmpFloat(rangeDist(p.order[j][0], cur)*dir, off) }
	if vi, ok := cur.(int64); ok && b.intRange {
		o := b.n
		if b.kind == preceding {
			o = -o
		}
		beyond = func(j int) int { return cmpShifted(p.order[j][0].(int64), vi, o, dir < 0) }
	}
	if end {
		return lo + sort.Search(hi-lo, func(k int) bool { return beyond(lo+k) > 0 })
	}
	return lo + sort.Search(hi-lo, func(k int) bool { return beyond(lo+k) >= 0 })
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpShifted compares (x - v) * (desc ? -1 : 1) with o exactly, for
// BIGINT keys and an integer RANGE offset: as x with v + o (v - o when
// descending), where a sum past BIGINT lies beyond every key.
func cmpShifted(x, v, o int64, desc bool) int {
	if desc {
		o = -o // o is at most 2^63-1 in magnitude: negating is safe
	}
	t := v + o
	if (o > 0 && t < v) || (o < 0 && t > v) { // overflowed
		if o > 0 {
			return flip(-1, desc)
		}
		return flip(1, desc)
	}
	switch {
	case x < t:
		return flip(-1, desc)
	case x > t:
		return flip(1, desc)
	}
	return 0
}

func flip(c int, desc bool) int {
	if desc {
		return -c
	}
	return c
}

// rangeDist is x - v for two ORDER BY values of a RANGE frame, in the
// order they sort: exact for BIGINTs (float64 would make 2^53 and 2^53+1
// peers) and ±Inf when that overflows; 0 between equal values (Infinity
// minus Infinity is NaN, which no bound would compare with); NaN sorts
// after every number, as in ORDER BY.
func rangeDist(x, v Value) float64 {
	if xi, ok := x.(int64); ok {
		if vi, ok := v.(int64); ok {
			d := xi - vi
			if (vi > 0 && d > xi) || (vi < 0 && d < xi) { // the subtraction overflowed
				return math.Copysign(math.Inf(1), float64(xi)-float64(vi))
			}
			return float64(d)
		}
	}
	xf, _ := numberFloat(x)
	vf, _ := numberFloat(v)
	switch xn, vn := math.IsNaN(xf), math.IsNaN(vf); {
	case xn && vn, xf == vf:
		return 0
	case xn:
		return math.Inf(1)
	case vn:
		return math.Inf(-1)
	}
	return xf - vf
}

// nonNullRange is the positions whose ORDER BY value is not NULL: NULLs
// sort together at one end.
func (p *partView) nonNullRange() (lo, hi int) {
	lo, hi = 0, len(p.rows)
	for lo < hi && p.order[lo][0] == nil {
		lo++
	}
	for hi > lo && p.order[hi-1][0] == nil {
		hi--
	}
	return lo, hi
}

// frameRanges returns the frame of position i as up to three ranges, the
// exclusion applied, appended to buf.
func (p *partView) frameRanges(i int, f frameSpec, buf [][2]int) [][2]int {
	lo, hi := p.bounds(i, f)
	var cut [2]int // the excluded positions
	switch f.exclude {
	case "":
		return append(buf, [2]int{lo, hi})
	case "CURRENT ROW":
		cut = [2]int{i, i + 1}
	default: // GROUP, TIES
		cut = [2]int{p.peerStart[i], p.peerEnd[i]}
	}
	if a := min(hi, cut[0]); a > lo {
		buf = append(buf, [2]int{lo, a})
	}
	if f.exclude == "TIES" && i >= lo && i < hi {
		buf = append(buf, [2]int{i, i + 1})
	}
	if b := max(lo, cut[1]); hi > b {
		buf = append(buf, [2]int{b, hi})
	}
	return buf
}

// aggregate computes an aggregate over each row's frame. A frame that
// starts at the partition's start only grows from row to row, so one
// state takes each row once; a sliding frame uses a state that can remove
// rows, and a frame to the partition's end accumulates backwards
// (window_remove.go); other frames are recomputed, except that
// consecutive rows with the same frame share a result.
func (p *partView) aggregate(call *windowCall, out []Value) error {
	f := call.spec.frame
	if f.start.kind == unboundedPreceding && f.exclude == "" {
		st, added := p.newState(call), 0
		for i := range out {
			_, hi := p.bounds(i, f)
			for ; added < hi; added++ {
				if err := p.feed(st, added); err != nil {
					return err
				}
			}
			v, err := st.result()
			if err != nil {
				return err
			}
			out[i] = v
		}
		return nil
	}
	if ok, err := p.slide(call, out); ok || err != nil {
		return err
	}
	if ok, err := p.fromEnd(call, out); ok || err != nil {
		return err
	}
	var ranges, prev [][2]int
	for i := range out {
		ranges = p.frameRanges(i, f, ranges[:0])
		if i > 0 && sameRanges(ranges, prev) {
			out[i] = out[i-1]
			continue
		}
		st := p.newState(call)
		for _, r := range ranges {
			for j := r[0]; j < r[1]; j++ {
				if err := p.feed(st, j); err != nil {
					return err
				}
			}
		}
		v, err := st.result()
		if err != nil {
			return err
		}
		// Each recomputed result is its own value: an array or string
		// per row, held until the partition is emitted.
		if err := p.mem.chargeBytes(payloadBytes(v)); err != nil {
			return err
		}
		out[i] = v
		prev = append(prev[:0], ranges...)
	}
	return nil
}

func (p *partView) newState(call *windowCall) aggState {
	st := call.newState()
	if call.distinct {
		st = &distinctState{inner: st, seen: map[string]bool{}}
	}
	return st
}

func sameRanges(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// filter evaluates an aggregate's FILTER on every row of the partition.
func (p *partView) filter(call *windowCall) error {
	p.skip = p.skip[:0]
	if call.filter == nil {
		p.skip = nil
		return nil
	}
	for _, row := range p.rows {
		ok, err := passes(call.filter, row)
		if err != nil {
			return err
		}
		p.skip = append(p.skip, !ok)
	}
	return nil
}

// feed adds row j of the partition to st, unless FILTER leaves it out.
func (p *partView) feed(st aggState, j int) error {
	if p.skip != nil && p.skip[j] {
		return nil
	}
	return st.add(p.args[j])
}
