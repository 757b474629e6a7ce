package eval

import (
	"cmp"
	"slices"
)

// The window operator: it buffers its input (the one place a SELECT's
// windows hold rows in memory; see bufferWindowRows), sorts it once per
// distinct (PARTITION BY, ORDER BY) of its calls, computes every call
// partition by partition, and streams the rows extended with the window
// values, in the order of the first window's partitions.

type scanFunc = func(fn func([]Value) error) error

// scan returns the window operator over src.
func (w *windowing) scan(src scanFunc) scanFunc {
	return func(fn func([]Value) error) error {
		if len(w.calls) == 0 {
			// Nothing compiled to a window call (an OVER that an error
			// or a rewrite took away): the rows pass as they are.
			return src(fn)
		}
		mem := w.mem.track("a window function (its rows, held in memory)")
		defer mem.release()
		rows, err := bufferWindowRows(src, w.base, len(w.calls), mem)
		if err != nil {
			return err
		}
		var emit []int
		done := make([]bool, len(w.calls))
		for i, call := range w.calls {
			if done[i] {
				continue
			}
			var group []*windowCall
			var slots []int
			for j := i; j < len(w.calls); j++ {
				if !done[j] && w.calls[j].spec.key == call.spec.key {
					done[j] = true
					group = append(group, w.calls[j])
					slots = append(slots, w.base+j)
				}
			}
			perm, err := w.computeSpec(rows, call.spec, group, slots, mem)
			if err != nil {
				return err
			}
			if emit == nil {
				emit = perm
			}
		}
		for _, r := range emit {
			if err := fn(rows[r]); err != nil {
				return err
			}
		}
		return nil
	}
}

// bufferWindowRows copies the input rows, each with room for the window
// values, charged to mem with their window values and sort keys.
func bufferWindowRows(src scanFunc, width, extra int, mem *memTracker) ([][]Value, error) {
	var rows [][]Value
	err := src(func(row []Value) error {
		if err := mem.chargeBytes(rowBytes(row) + int64(extra+2)*slotBytes); err != nil {
			return err
		}
		r := make([]Value, width+extra)
		copy(r, row)
		rows = append(rows, r)
		return nil
	})
	return rows, err
}

// computeSpec sorts the rows by the spec's keys and computes the calls
// that share it, writing call k's values to column slots[k]. It returns
// the sorted order.
func (w *windowing) computeSpec(rows [][]Value, spec *windowSpec, calls []*windowCall, slots []int, mem *memTracker) ([]int, error) {
	nk := len(spec.partition) + len(spec.order)
	keys := make([]Value, len(rows)*nk)
	for r, row := range rows {
		k := keys[r*nk : (r+1)*nk]
		for i, x := range spec.partition {
			v, err := x.eval(row)
			if err != nil {
				return nil, err
			}
			k[i] = v
		}
		for i, o := range spec.order {
			v, err := o.x.eval(row)
			if err != nil {
				return nil, err
			}
			k[len(spec.partition)+i] = v
		}
	}
	perm := make([]int, len(rows))
	for i := range perm {
		perm[i] = i
	}
	np := len(spec.partition)
	keyOf := func(r int) []Value { return keys[r*nk : (r+1)*nk] }
	// Ties keep the input order: the row index as the last key makes the
	// sort stable, at the cost of an unstable one.
	slices.SortFunc(perm, func(ra, rb int) int {
		if c := compareWindowKeys(keyOf(ra), keyOf(rb), spec, np); c != 0 {
			return c
		}
		return ra - rb
	})
	p := &partView{spec: spec, mem: mem}
	checked := 0
	for start := 0; start < len(perm); {
		if start-checked >= cancelCheckRows {
			if err := w.cancelled(); err != nil {
				return nil, err
			}
			checked = start
		}
		end := start + 1
		for end < len(perm) && comparePartition(keyOf(perm[start]), keyOf(perm[end]), np) == 0 {
			end++
		}
		p.load(rows, perm[start:end], keys, nk, np)
		for k, call := range calls {
			if err := p.compute(call, slots[k]); err != nil {
				return nil, err
			}
		}
		start = end
	}
	return perm, nil
}

// compareNulls orders two values with NULLs equal to each other and, when
// nullsFirst, before every other value.
func compareNulls(a, b Value, nullsFirst bool) int {
	// Integers first: the common key, compared without Compare's switch.
	if x, ok := a.(int64); ok {
		if y, ok := b.(int64); ok {
			return cmp.Compare(x, y)
		}
	}
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		if nullsFirst {
			return -1
		}
		return 1
	case b == nil:
		if nullsFirst {
			return 1
		}
		return -1
	}
	return Compare(a, b)
}

func comparePartition(a, b []Value, np int) int {
	for i := 0; i < np; i++ {
		if c := compareNulls(a[i], b[i], true); c != 0 {
			return c
		}
	}
	return 0
}

// compareWindowKeys orders rows by partition, then by the ORDER BY keys.
func compareWindowKeys(a, b []Value, spec *windowSpec, np int) int {
	if c := comparePartition(a, b, np); c != 0 {
		return c
	}
	return compareOrder(a[np:], b[np:], spec)
}

func compareOrder(a, b []Value, spec *windowSpec) int {
	for i, o := range spec.order {
		c := compareNulls(a[i], b[i], o.nullsFirst != o.desc)
		if o.desc {
			c = -c
		}
		if c != 0 {
			return c
		}
	}
	return 0
}
