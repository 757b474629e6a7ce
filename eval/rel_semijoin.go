package eval

// runSemi streams a LEFT SEMI JOIN (the left rows that meet at least one
// right row) or a LEFT ANTI JOIN (those that meet none), each left row at
// most once, whatever the number of its matches. The right side is the
// hash table of run; a left row whose key is NULL meets nothing, so an
// ANTI JOIN keeps it (the SEMI JOIN page's example keeps the row whose
// total_price is NULL).
func (p *joinPlan) runSemi(left, right func(func([]Value) error) error, fn func([]Value) error) error {
	mem := p.mem.track("SEMI/ANTI JOIN (its right side, held in memory)")
	defer mem.release()
	t, err := p.build(right, mem)
	if err != nil {
		return err
	}
	out := make([]Value, p.nl+p.nr)
	keyBuf := make([]Value, len(p.leftKeys))
	want := p.kind == "SEMI"
	return left(func(row []Value) error {
		key, ok, err := joinKey(p.leftKeys, row, keyBuf)
		if err != nil {
			return err
		}
		matched := false
		if ok {
			if matched, err = p.anyMatch(t, t.buckets[key], row, out); err != nil {
				return err
			}
		}
		if matched != want {
			return nil
		}
		return fn(row)
	})
}

// anyMatch reports whether some candidate right row meets the ON
// condition with the left row.
func (p *joinPlan) anyMatch(t *joinTable, candidates []int, row, out []Value) (bool, error) {
	copy(out, row)
	for _, i := range candidates {
		copy(out[p.nl:], t.rows[i])
		if p.cond == nil {
			return true, nil
		}
		v, err := p.cond.eval(out)
		if err != nil || v == true {
			return v == true, err
		}
	}
	return false, nil
}
