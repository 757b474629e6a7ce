package eval

import (
	"math"
	"slices"
)

// collectSets is collect for a GROUP BY with grouping sets: one hash
// aggregation whose groups are told apart by their grouping set as well as
// their keys. Every row that passes where evaluates its keys and aggregate
// arguments once, then feeds one group per set, the keys outside the set
// being NULL. A set written twice gives its groups twice, as the UNION ALL
// the documentation likens GROUPING SETS to would.
//
// The empty set () gives a row even when no row passes where, as a SELECT
// that aggregates without GROUP BY does. Groups come out sorted by their
// keys, NULL first, then the more aggregated first (the larger
// GROUPING__ID), then in the order of the sets: the order of the
// documentation's examples.
func (g *grouping) collectSets(src func(func([]Value) error) error, where expr, mem *memTracker) ([]*group, error) {
	sets := g.sets.sets
	n := g.sets.idSlot
	index := make([]map[string]*group, len(sets))
	for i := range index {
		index[i] = map[string]*group{}
	}
	var all []*group
	setOf := map[*group]int{}
	vals := make([]Value, n)
	keyVals := make([]Value, n+1)
	row := make([]*group, len(sets))
	err := src(func(in []Value) error {
		if ok, err := passes(where, in); !ok || err != nil {
			return err
		}
		for i, k := range g.keys[:n] {
			v, err := k.eval(in)
			if err != nil {
				return err
			}
			if f, isFloat := v.(float64); isFloat && f == 0 {
				v = math.Abs(f) // -0 and 0 are one group
			}
			vals[i] = v
		}
		for si, set := range sets {
			set.keys(vals, keyVals)
			k := rowKey(keyVals[:n])
			grp := index[si][k]
			if grp == nil {
				if err := mem.chargeBytes(g.groupBytes(keyVals[:n], k)); err != nil {
					return err
				}
				grp = g.newGroup(keyVals, mem)
				index[si][k] = grp
				setOf[grp] = si
				all = append(all, grp)
			}
			row[si] = grp
		}
		return g.accumulateSets(row, in)
	})
	if err != nil {
		return nil, err
	}
	for si, set := range sets {
		if set.mask == 0 && len(index[si]) == 0 {
			set.keys(vals, keyVals)
			grp := g.newGroup(keyVals, mem)
			setOf[grp] = si
			all = append(all, grp)
		}
	}
	g.sortSets(all, setOf)
	return all, nil
}

// keys fills out with the set's view of the row's key values: NULL for the
// keys outside the set, then the set's GROUPING__ID.
func (s groupingSet) keys(vals, out []Value) {
	for i, v := range vals {
		if s.mask&(1<<i) == 0 {
			v = nil
		}
		out[i] = v
	}
	out[len(vals)] = s.id
}

// accumulateSets adds a row to the group of each set; the aggregate
// arguments are evaluated once for all of them.
func (g *grouping) accumulateSets(groups []*group, row []Value) error {
	for i, a := range g.aggs {
		for j, x := range a.args {
			v, err := x.eval(row)
			if err != nil {
				return err
			}
			a.buf[j] = v
		}
		for _, grp := range groups {
			if err := grp.states[i].add(a.buf); err != nil {
				return At(a.pos, err)
			}
		}
	}
	return nil
}

// sortSets orders the groups of a grouping-sets GROUP BY (see collectSets).
func (g *grouping) sortSets(all []*group, setOf map[*group]int) {
	n := g.sets.idSlot
	slices.SortStableFunc(all, func(a, b *group) int {
		for i := 0; i < n; i++ {
			if c := Compare(a.keys[i], b.keys[i]); c != 0 { // NULL first
				return c
			}
		}
		if ia, ib := a.keys[n].(int64), b.keys[n].(int64); ia != ib {
			if ia > ib {
				return -1
			}
			return 1
		}
		return setOf[a] - setOf[b]
	})
}
