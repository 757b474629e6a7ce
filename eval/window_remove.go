package eval

// aggRemover is an optional interface of aggState: a state that can take
// back a row it was given (remove sees the same arguments add saw). A
// sliding window frame then costs one add and one remove per row instead
// of a recomputation of the whole frame. Only exact aggregates should
// implement it: a floating-point sum that subtracts drifts from the sum of
// the frame's rows.
type aggRemover interface {
	remove(args []Value) error
}

var _ aggRemover = (*countState)(nil)

func (s *countState) remove(args []Value) error {
	if !anyNull(args) {
		s.n--
	}
	return nil
}

// slide computes an aggregate over frames whose both ends only move
// forward (ROWS, RANGE and GROUPS frames without EXCLUDE), with a state
// that can remove rows; ok is false when the state cannot.
func (p *partView) slide(call *windowCall, out []Value) (ok bool, err error) {
	if call.spec.frame.exclude != "" {
		return false, nil
	}
	st := call.newState()
	r, ok := st.(aggRemover)
	if !ok {
		return false, nil
	}
	if call.distinct {
		d := &distinctRemover{inner: st, r: r, counts: map[string]int{}}
		st, r = d, d
	}
	lo, hi := 0, 0 // st holds rows lo to hi-1
	for i := range out {
		flo, fhi := p.bounds(i, call.spec.frame)
		if flo < lo || fhi < hi {
			return false, nil // the frame moved back: recompute instead
		}
		for ; lo < flo && lo < hi; lo++ {
			if p.skip != nil && p.skip[lo] {
				continue // never added
			}
			if err := r.remove(p.args[lo]); err != nil {
				return true, err
			}
		}
		if lo < flo { // the frame jumped past every row held
			lo, hi = flo, flo
		}
		for ; hi < fhi; hi++ {
			if err := p.feed(st, hi); err != nil {
				return true, err
			}
		}
		if out[i], err = st.result(); err != nil {
			return true, err
		}
	}
	return true, nil
}

// distinctRemover is DISTINCT over a removable aggregate in a sliding
// frame (COUNT(DISTINCT x) OVER (... ROWS BETWEEN n PRECEDING AND ...)):
// it counts the frame's rows of each argument tuple, so the inner state
// gets a tuple when its first row enters the frame and gives it back when
// its last row leaves. Recomputing each frame instead costs the frame's
// size per row, minutes for a few thousand rows.
type distinctRemover struct {
	inner  aggState
	r      aggRemover     // inner, taking rows back
	counts map[string]int // rows in the frame per argument tuple
	key    []byte         // the current arguments' key, reused
}

func (s *distinctRemover) add(args []Value) error {
	if anyNull(args) { // as distinctState: tuples with a NULL are skipped
		return nil
	}
	s.key = appendRowKey(s.key[:0], args)
	k := string(s.key)
	if s.counts[k]++; s.counts[k] > 1 {
		return nil
	}
	return s.inner.add(args)
}

func (s *distinctRemover) remove(args []Value) error {
	if anyNull(args) {
		return nil
	}
	s.key = appendRowKey(s.key[:0], args)
	k := string(s.key)
	if s.counts[k]--; s.counts[k] > 0 {
		return nil
	}
	delete(s.counts, k)
	return s.r.remove(args)
}

func (s *distinctRemover) result() (Value, error) { return s.inner.result() }

// orderInsensitive are the aggregates whose result does not depend on the
// order rows are added in (up to floating-point rounding), so a frame
// ending at UNBOUNDED FOLLOWING can be accumulated from the partition's
// end backwards.
var orderInsensitive = map[string]bool{"count": true, "sum": true, "avg": true, "min": true, "max": true}

// fromEnd computes an aggregate over frames that end at the partition's
// end and start at a position that only moves forward: walking the rows
// backwards, each frame is the previous one plus rows at its front. ok is
// false when the aggregate or frame does not qualify.
func (p *partView) fromEnd(call *windowCall, out []Value) (ok bool, err error) {
	f := call.spec.frame
	if f.end.kind != unboundedFollowing || f.exclude != "" || !orderInsensitive[call.name] {
		return false, nil
	}
	st, added := p.newState(call), len(out) // st holds rows added to the end
	for i := len(out) - 1; i >= 0; i-- {
		lo, _ := p.bounds(i, f)
		if lo > added {
			return false, nil // the frame start moved back: recompute instead
		}
		for added > lo {
			added--
			if err := p.feed(st, added); err != nil {
				return true, err
			}
		}
		if out[i], err = st.result(); err != nil {
			return true, err
		}
	}
	return true, nil
}
