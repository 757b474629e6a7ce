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
	distinct bool
	seen     map[string]bool
	rows     [][]Value
	cached   Value
	fresh    bool // cached is the result of rows
}

// newReplay returns the constructor of replay states for an aggregate
// with nargs arguments. keys order the rows (positions past nargs for
// WITHIN GROUP keys); distinct keeps each argument tuple once.
func newReplay(newState func() aggState, nargs int, keys []sortKey, distinct bool) func() aggState {
	return func() aggState {
		s := &replayState{newState: newState, nargs: nargs, keys: keys, distinct: distinct}
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
		k := rowKey(args[:s.nargs])
		if s.seen[k] {
			return nil
		}
		s.seen[k] = true
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
