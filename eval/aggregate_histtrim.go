package eval

import "container/heap"

// trimTo merges bins until n are left, each time the closest neighbouring
// pair (the leftmost of equally close ones) into their weighted mean:
// what repeating Hive's trim does, in O(k log k) for k bins instead of
// O(k²), by keeping the gaps in a heap. A gap whose bins have changed
// since it was pushed is stale and skipped.
func (h *histogram) trimTo(n int) {
	k := len(h.bins)
	if k <= n {
		return
	}
	next, prev, ver := make([]int, k), make([]int, k), make([]int, k)
	for i := range k {
		next[i], prev[i] = i+1, i-1
	}
	gaps := make(gapHeap, 0, k)
	push := func(i int) {
		if i >= 0 && next[i] < k {
			j := next[i]
			heap.Push(&gaps, gap{d: h.bins[j].x - h.bins[i].x, i: i, j: j, vi: ver[i], vj: ver[j]})
		}
	}
	for i := 0; i+1 < k; i++ {
		gaps = append(gaps, gap{d: h.bins[i+1].x - h.bins[i].x, i: i, j: i + 1})
	}
	heap.Init(&gaps)
	alive := make([]bool, k)
	for i := range alive {
		alive[i] = true
	}
	for left := k; left > n; {
		g := heap.Pop(&gaps).(gap)
		if !alive[g.i] || !alive[g.j] || next[g.i] != g.j || ver[g.i] != g.vi || ver[g.j] != g.vj {
			continue
		}
		h.bins[g.i] = mergeBins(h.bins[g.i], h.bins[g.j])
		alive[g.j] = false
		next[g.i] = next[g.j]
		if next[g.j] < k {
			prev[next[g.j]] = g.i
		}
		ver[g.i]++
		left--
		push(prev[g.i])
		push(g.i)
	}
	out := h.bins[:0]
	for i := 0; i < k; i = next[i] {
		out = append(out, h.bins[i])
	}
	h.bins = out
}

// mergeBins is Hive's merge of two neighbouring bins, in its order of
// operations (for its rounding).
func mergeBins(a, b histBin) histBin {
	y := a.y + b.y
	x := a.x * (a.y / y)
	x += b.x / y * b.y
	return histBin{x, y}
}

// gap is the distance d between neighbouring bins i and j, at versions
// vi and vj of those bins.
type gap struct {
	d            float64
	i, j, vi, vj int
}

// gapHeap orders gaps smallest first, leftmost first among equals.
type gapHeap []gap

func (g gapHeap) Len() int { return len(g) }
func (g gapHeap) Less(a, b int) bool {
	if g[a].d != g[b].d {
		return g[a].d < g[b].d
	}
	return g[a].i < g[b].i
}
func (g gapHeap) Swap(a, b int) { g[a], g[b] = g[b], g[a] }
func (g *gapHeap) Push(x any)   { *g = append(*g, x.(gap)) }
func (g *gapHeap) Pop() any {
	old := *g
	x := old[len(old)-1]
	*g = old[:len(old)-1]
	return x
}
