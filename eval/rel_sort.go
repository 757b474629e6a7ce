package eval

import (
	"cmp"
	"slices"
)

// sorted materializes rel, sorts it by keys (NULL first ascending, last
// descending, as MaxCompute does) and drops the hidden key columns past
// visible. Rows with equal keys keep their input order.
func sorted(acct *memAccount, rel *relation, cols []Column, keys []sortKey, visible int) *relation {
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		var rows []seqRow
		mem := acct.track("ORDER BY")
		defer mem.release()
		err := inner(func(row []Value) error {
			if err := mem.chargeBytes(rowBytes(row) + 8); err != nil {
				return err
			}
			rows = append(rows, seqRow{append([]Value(nil), row...), len(rows)})
			return nil
		})
		if err != nil {
			return err
		}
		// An unstable O(n log n) sort made stable by the input position:
		// sort.SliceStable's merging took most of a 1,000,000-row ORDER BY.
		slices.SortFunc(rows, func(a, b seqRow) int {
			if c := compareRows(a.row, b.row, keys); c != 0 {
				return c
			}
			return cmp.Compare(a.seq, b.seq)
		})
		for _, r := range rows {
			if err := fn(r.row[:visible]); err != nil {
				return err
			}
		}
		return nil
	}
	return &out
}

// seqRow is a row being sorted and its input position.
type seqRow struct {
	row []Value
	seq int
}

// compareRows orders two rows by keys: NULL first ascending, last
// descending.
func compareRows(a, b []Value, keys []sortKey) int {
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
			return c
		}
	}
	return 0
}

// sortKey is one compiled ORDER BY key: a column of the projected row.
type sortKey struct {
	index int
	desc  bool
}
