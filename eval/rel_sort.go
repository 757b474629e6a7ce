package eval

import "sort"

// sorted materializes rel, sorts it by keys (NULL first ascending, last
// descending, as MaxCompute does) and drops the hidden key columns past
// visible.
func sorted(acct *memAccount, rel *relation, cols []Column, keys []sortKey, visible int) *relation {
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		var rows [][]Value
		mem := acct.track("ORDER BY")
		defer mem.release()
		err := inner(func(row []Value) error {
			if err := mem.charge(row); err != nil {
				return err
			}
			rows = append(rows, append([]Value(nil), row...))
			return nil
		})
		if err != nil {
			return err
		}
		sort.SliceStable(rows, func(i, j int) bool { return lessRow(rows[i], rows[j], cols, keys) })
		for _, r := range rows {
			if err := fn(r[:visible]); err != nil {
				return err
			}
		}
		return nil
	}
	return &out
}

func lessRow(a, b []Value, cols []Column, keys []sortKey) bool {
	for _, k := range keys {
		x, y := a[k.index], b[k.index]
		var c int
		switch {
		case x == nil && y == nil:
			c = 0
		case x == nil:
			c = -1
		case y == nil:
			c = 1
		default:
			c = Compare(x, y)
		}
		if k.desc {
			c = -c
		}
		if c != 0 {
			return c < 0
		}
	}
	return false
}

// sortKey is one compiled ORDER BY key: a column of the projected row.
type sortKey struct {
	index int
	desc  bool
}
