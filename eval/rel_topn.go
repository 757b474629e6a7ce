package eval

// sortTop returns the first keep rows of scan in o's order: ORDER BY ...
// LIMIT n (OFFSET m) wants n+m rows, and a sort that kept every row to
// hand out n+m took memory in proportion to the table (184-193 MiB for
// `order by tel limit 10` over 1,000,000 rows, issue 14). It keeps at
// most keep rows, as a binary heap whose root is the last of them in the
// order: a row that comes before the root replaces it, any other is
// dropped without being copied. Ties go to the earlier row (the sequence
// number is the last key), so the rows are the ones the full sort would
// yield first, in the same order. Only the kept rows are charged to mem.
func sortTop(scan scanFunc, o *rowOrder, mem *memTracker, keep int64) ([]sortEntry, error) {
	h := topHeap{o: o}
	seq := 0
	err := scan(func(row []Value) error {
		seq++
		if int64(len(h.rows)) < keep {
			if err := mem.chargeBytes(rowBytes(row) + entryBytes); err != nil {
				return err
			}
			h.rows = append(h.rows, sortEntry{ref: len(h.rows), seq: seq})
			o.extract(&h.rows[len(h.rows)-1], o.arena.copy(row))
			if int64(len(h.rows)) == keep {
				h.init()
			}
			return nil
		}
		if keep == 0 {
			return nil
		}
		cand := sortEntry{ref: candRef, seq: seq}
		o.cand = row
		o.extract(&cand, row)
		if o.compare(&cand, &h.rows[0]) >= 0 {
			return nil
		}
		return h.replaceRoot(row, seq, mem)
	})
	if err != nil {
		return nil, err
	}
	sortEntries(h.rows, o)
	return h.rows, nil
}

// topHeap is a max-heap of kept rows in o's order: rows[0] is the last.
type topHeap struct {
	o    *rowOrder
	rows []sortEntry
}

// init makes rows a heap.
func (h *topHeap) init() {
	for i := len(h.rows)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

// replaceRoot puts row, the seq-th of the input, in the root's place,
// reusing the root's copy, and restores the heap.
func (h *topHeap) replaceRoot(row []Value, seq int, mem *memTracker) error {
	root := &h.rows[0]
	kept := h.o.arena.row(root.ref)
	if err := mem.chargeBytes(rowBytes(row) - rowBytes(kept)); err != nil {
		return err
	}
	copy(kept, row)
	root.seq = seq
	h.o.extract(root, kept)
	h.down(0)
	return nil
}

// down moves rows[i] down until neither child comes after it.
func (h *topHeap) down(i int) {
	n := len(h.rows)
	for {
		last := i
		if l := 2*i + 1; l < n && h.o.compare(&h.rows[l], &h.rows[last]) > 0 {
			last = l
		}
		if r := 2*i + 2; r < n && h.o.compare(&h.rows[r], &h.rows[last]) > 0 {
			last = r
		}
		if last == i {
			return
		}
		h.rows[i], h.rows[last] = h.rows[last], h.rows[i]
		i = last
	}
}
