package eval

import (
	"cmp"
	"slices"

	"github.com/mcsql/mcsql/parser"
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
// descending, unless a key says NULLS FIRST or NULLS LAST.
func compareRows(a, b []Value, keys []sortKey) int {
	for _, k := range keys {
		x, y := a[k.index], b[k.index]
		switch {
		case x == nil && y == nil:
			continue
		case x == nil || y == nil:
			if (x == nil) == k.nullsFirst() {
				return -1
			}
			return 1
		}
		c := Compare(x, y)
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
	nulls string // "FIRST", "LAST", or "" for MaxCompute's default
}

// orderKey is the sort key of ORDER BY item o on column index.
func orderKey(index int, o *parser.OrderItem) sortKey {
	return sortKey{index: index, desc: o.Desc, nulls: o.Nulls}
}

// nullsFirst reports whether NULLs sort before the other values: as
// written, else first ascending and last descending (MaxCompute's default).
func (k sortKey) nullsFirst() bool {
	if k.nulls == "" {
		return !k.desc
	}
	return k.nulls == "FIRST"
}
