package eval

import (
	"slices"
)

// replayState serves DISTINCT and WITHIN GROUP (ORDER BY ...): it keeps
// the rows it is given and, when a result is asked for, feeds them in
// order to a fresh state of the aggregate. With DISTINCT each argument
// tuple is kept once (tuples with a NULL are skipped, as every aggregate
// skips them) and, without WITHIN GROUP, the tuples are fed in ascending
// order: COLLECT_LIST(DISTINCT sal) and WM_CONCAT(DISTINCT ',', sal) print
// sorted on the pages. The result is cached until the next add, so a
// GROUP BY reads it once however many times HAVING and the select list
// name it.
type replayState struct {
	newState func() aggState
	nargs    int       // the aggregate's arguments; the rest of a row are ORDER BY keys
	keys     []sortKey // positions in a kept row to order by (rel_sort.go)
	within   bool      // keys are WITHIN GROUP's: the aggregate keeps that order
	distinct bool
	seen     map[string]bool
	rows     [][]Value
	cached   Value
	fresh    bool        // cached is the result of rows
	mem      *memTracker // charged for each kept row; nil charges nothing
}

// memCharged is a state that keeps rows, charged to the operator's
// memory tracker (membudget.go) once the operator hands it one.
type memCharged interface{ chargeTo(*memTracker) }

func (s *replayState) chargeTo(t *memTracker)   { s.mem = t }
func (s *distinctState) chargeTo(t *memTracker) { s.mem = t }

// newReplay returns the constructor of replay states for an aggregate
// with nargs arguments. keys order the rows (positions past nargs for
// WITHIN GROUP keys); distinct keeps each argument tuple once.
func newReplay(newState func() aggState, nargs int, keys []sortKey, within, distinct bool) func() aggState {
	return func() aggState {
		s := &replayState{newState: newState, nargs: nargs, keys: keys, within: within, distinct: distinct}
		if distinct {
			s.seen = map[string]bool{}
		}
		return s
	}
}

func (s *replayState) add(args []Value) error {
	if s.distinct {
		if anyNull(args[:s.nargs]) {
			return nil
		}
		k := aggKey(args[:s.nargs])
		if s.seen[k] {
			return nil
		}
		if err := s.mem.chargeBytes(keyBytes(k)); err != nil {
			return err
		}
		s.seen[k] = true
	}
	if err := s.mem.charge(args); err != nil {
		return err
	}
	s.rows = append(s.rows, slices.Clone(args))
	s.fresh = false
	return nil
}

func (s *replayState) result() (Value, error) {
	if s.fresh {
		return s.cached, nil
	}
	// Sorting the kept rows in place is invisible outside: only their
	// order changes, and the next result sorts again.
	slices.SortStableFunc(s.rows, s.compare)
	st := s.newState()
	if o, ok := st.(orderedInput); ok && s.within {
		o.keepInputOrder()
	}
	for _, r := range s.rows {
		if err := st.add(r[:s.nargs]); err != nil {
			return nil, err
		}
	}
	v, err := st.result()
	if err != nil {
		return nil, err
	}
	s.cached, s.fresh = v, true
	return v, nil
}

// compare orders two kept rows by the keys, NULLs first ascending and
// last descending as ORDER BY does.
func (s *replayState) compare(a, b []Value) int {
	for _, k := range s.keys {
		c := Compare(a[k.index], b[k.index])
		if k.desc {
			c = -c
		}
		if c != 0 {
			return c
		}
	}
	return 0
}

// orderedInput is a state that orders its result by itself (COLLECT_SET
// sorts) unless told to keep the order of WITHIN GROUP.
type orderedInput interface{ keepInputOrder() }

// distinctState feeds its inner state each distinct argument tuple once,
// as it arrives (tuples with a NULL are skipped). GROUP BY uses
// replayState, which also sorts the tuples; this incremental form is kept
// for callers that read a result after every row and cannot afford a
// replay each time (a window's growing frame).
type distinctState struct {
	inner aggState
	seen  map[string]bool
	mem   *memTracker // charged for each value seen; nil charges nothing
	key   []byte      // the current arguments' key, reused
}

func (s *distinctState) add(args []Value) error {
	if anyNull(args) {
		return nil
	}
	s.key = appendRowKey(s.key[:0], args)
	if s.seen[string(s.key)] {
		return nil
	}
	k := string(s.key)
	if err := s.mem.chargeBytes(keyBytes(k)); err != nil {
		return err
	}
	s.seen[k] = true
	return s.inner.add(args)
}

func (s *distinctState) result() (Value, error) { return s.inner.result() }
