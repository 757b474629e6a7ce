package eval

import "math"

// joinTable is the right side of a join, held in memory.
type joinTable struct {
	rows    [][]Value
	buckets map[string][]int // key -> indexes into rows; NULL keys are in none
	matched []bool           // rows that met a left row (RIGHT and FULL joins)
}

func (p *joinPlan) build(right func(func([]Value) error) error, mem *memTracker) (*joinTable, error) {
	t := &joinTable{buckets: map[string][]int{}}
	buf := make([]Value, p.nl+p.nr)
	keyBuf := make([]Value, len(p.rightKeys))
	err := right(func(row []Value) error {
		copy(buf[p.nl:], row)
		if keep, err := keepRow(p.rightFilter, buf); !keep || err != nil {
			return err
		}
		// The row's copy, its bucket index and matched flag; a new bucket's
		// key is charged below.
		if err := mem.chargeBytes(rowBytes(row) + 9); err != nil {
			return err
		}
		i := len(t.rows)
		t.rows = append(t.rows, append([]Value(nil), row...))
		key, ok, err := joinKey(p.rightKeys, buf, keyBuf)
		if err != nil || !ok {
			return err
		}
		b, found := t.buckets[key]
		if !found {
			if err := mem.chargeBytes(keyBytes(key) + sliceBytes); err != nil {
				return err
			}
		}
		t.buckets[key] = append(b, i)
		return nil
	})
	t.matched = make([]bool, len(t.rows))
	return t, err
}

// joinKey evaluates key expressions on row; ok is false when one is NULL,
// since NULL keys never match.
func joinKey(keys []expr, row, buf []Value) (string, bool, error) {
	for i, k := range keys {
		v, err := k.eval(row)
		if err != nil || v == nil {
			return "", false, err
		}
		if f, isFloat := v.(float64); isFloat && f == 0 {
			v = math.Abs(f) // -0 = 0, so both hash alike
		}
		buf[i] = v
	}
	return rowKey(buf), true, nil
}

// run streams the join: for each left row, its matches among the right
// rows (or, for LEFT and FULL joins, the row padded with NULLs); then, for
// RIGHT and FULL joins, the right rows no left row met.
func (p *joinPlan) run(left, right func(func([]Value) error) error, fn func([]Value) error) error {
	mem := p.mem.track("JOIN (its right side, held in memory)")
	defer mem.release()
	t, err := p.build(right, mem)
	if err != nil {
		return err
	}
	out := make([]Value, p.nl+p.nr)
	keyBuf := make([]Value, len(p.leftKeys))
	keepLeft := p.kind == "LEFT" || p.kind == "FULL"
	err = left(func(row []Value) error {
		if keep, err := keepRow(p.leftFilter, row); !keep || err != nil {
			return err
		}
		key, ok, err := joinKey(p.leftKeys, row, keyBuf)
		if err != nil {
			return err
		}
		matched := false
		if ok {
			if matched, err = p.emitMatches(t, t.buckets[key], row, out, fn); err != nil {
				return err
			}
		}
		if matched || !keepLeft {
			return nil
		}
		copy(out, row)
		clear(out[p.nl:])
		return fn(out)
	})
	if err != nil || p.kind != "RIGHT" && p.kind != "FULL" {
		return err
	}
	clear(out[:p.nl])
	for i, r := range t.rows {
		if !t.matched[i] {
			copy(out[p.nl:], r)
			if err := fn(out); err != nil {
				return err
			}
		}
	}
	return nil
}

// emitMatches joins the left row with each candidate right row that meets
// the ON condition.
func (p *joinPlan) emitMatches(t *joinTable, candidates []int, row, out []Value, fn func([]Value) error) (bool, error) {
	matched := false
	for _, i := range candidates {
		copy(out, row)
		copy(out[p.nl:], t.rows[i])
		if p.cond != nil {
			v, err := p.cond.eval(out)
			if err != nil {
				return false, err
			}
			if v != true {
				continue
			}
		}
		matched, t.matched[i] = true, true
		if err := fn(out); err != nil {
			return false, err
		}
	}
	return matched, nil
}
