package eval

import "math"

// group is one group's key values and aggregate states.
type group struct {
	keys   []Value
	states []aggState
}

func (g *grouping) newGroup(keys []Value, mem *memTracker) *group {
	grp := &group{keys: append([]Value(nil), keys...), states: make([]aggState, len(g.aggs))}
	for i, a := range g.aggs {
		grp.states[i] = a.newState()
		if m, ok := grp.states[i].(memCharged); ok {
			m.chargeTo(mem)
		}
	}
	return grp
}

// collect reads the source rows that pass where into groups, in the order
// groups first appear. Without GROUP BY there is one group, even for no rows.
// The groups, and the rows DISTINCT and WITHIN GROUP aggregates keep, are
// charged to mem.
func (g *grouping) collect(src func(func([]Value) error) error, where expr, mem *memTracker) ([]*group, error) {
	if g.sets != nil {
		return g.collectSets(src, where, mem)
	}
	index := map[string]*group{}
	var order []*group
	keyVals := make([]Value, len(g.keys))
	var key []byte // reused: a lookup by string(key) does not allocate
	err := src(func(row []Value) error {
		if ok, err := passes(where, row); !ok || err != nil {
			return err
		}
		for i, k := range g.keys {
			v, err := k.eval(row)
			if err != nil {
				return err
			}
			if f, isFloat := v.(float64); isFloat && f == 0 {
				v = math.Abs(f) // -0 and 0 are one group
			}
			keyVals[i] = v
		}
		key = appendRowKey(key[:0], keyVals)
		grp := index[string(key)]
		if grp == nil {
			k := string(key)
			if err := mem.chargeBytes(g.groupBytes(keyVals, k)); err != nil {
				return err
			}
			grp = g.newGroup(keyVals, mem)
			index[k] = grp
			order = append(order, grp)
		}
		return g.accumulate(grp, row)
	})
	if err == nil && len(order) == 0 && len(g.keys) == 0 {
		order = append(order, g.newGroup(nil, mem))
	}
	return order, err
}

// groupBytes estimates a new group: its keys, its index entry and states.
func (g *grouping) groupBytes(keys []Value, k string) int64 {
	return rowBytes(keys) + keyBytes(k) + int64(len(g.aggs))*stateBytes
}

func (g *grouping) accumulate(grp *group, row []Value) error {
	for i, a := range g.aggs {
		ok, err := passes(a.filter, row)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		for j, x := range a.args {
			v, err := x.eval(row)
			if err != nil {
				return err
			}
			a.buf[j] = v
		}
		if err := grp.states[i].add(a.buf); err != nil {
			return At(a.pos, err)
		}
	}
	return nil
}

// scan aggregates the source and streams one projected row per group
// that passes having.
func (g *grouping) scan(src func(func([]Value) error) error, where, having expr, items []expr, fn func([]Value) error) error {
	op := "GROUP BY"
	if len(g.keys) == 0 {
		op = "an aggregate" // COUNT(DISTINCT x) without GROUP BY
	}
	if g.push != nil {
		if done, err := g.pushedScan(having, items, fn); done {
			return err
		}
	}
	mem := g.mem.track(op)
	defer mem.release()
	groups, err := g.collect(src, where, mem)
	if err != nil {
		return err
	}
	post := make([]Value, len(g.keys)+len(g.aggs))
	out := make([]Value, len(items))
	for _, grp := range groups {
		copy(post, grp.keys)
		for i, st := range grp.states {
			if post[len(g.keys)+i], err = st.result(); err != nil {
				return At(g.aggs[i].pos, err)
			}
		}
		ok, err := passes(having, post)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if err := project(items, post, out); err != nil {
			return err
		}
		if err := fn(out); err != nil {
			return err
		}
	}
	return nil
}

// pushedScan runs HAVING and the select list over the post-aggregation
// rows the warehouse computed; false when it did not (pushdown_agg.go).
func (g *grouping) pushedScan(having expr, items []expr, fn func([]Value) error) (bool, error) {
	out := make([]Value, len(items))
	return g.push(func(post []Value) error {
		ok, err := passes(having, post)
		if err != nil || !ok {
			return err
		}
		if err := project(items, post, out); err != nil {
			return err
		}
		return fn(out)
	})
}
