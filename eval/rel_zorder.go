package eval

import (
	"bytes"
	"math/bits"
	"slices"

	"github.com/mcsql/mcsql/parser"
)

// ZORDER BY of INSERT (the "Insert or overwrite data" page): the rows are
// written so that rows close in all the key columns at once lie close
// together. MaxCompute does not document how it computes the Z-values;
// mcsql ranks each key's distinct values from 0 (NULL lowest) and interleaves the
// ranks' bits, most significant first, so one key is a plain ascending
// sort and ties keep the query's order.

// zorder compiles the ZORDER BY keys against the query's columns and
// returns rel with its rows in Z-order.
func (s *Session) zorder(rel *relation, keys []parser.Expr) (*relation, error) {
	c := &compiler{s: s, sc: scopeOf("", rel.cols)}
	xs := make([]expr, len(keys))
	for i, k := range keys {
		x, err := c.expr(k)
		if err != nil {
			return nil, err
		}
		if x.typ().Kind >= KindArray { // arrays, maps and structs have no order
			return nil, semanticError(k.Position(), "ZORDER BY cannot order by a %s value", x.typ())
		}
		xs[i] = x
	}
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		return zorderScan(&s.mem, inner, xs, fn)
	}
	return &out, nil
}

// zrow is a row with its key values and, once computed, its Z-value.
type zrow struct {
	row, keys []Value
	z         []byte
}

func zorderScan(acct *memAccount, scan func(func([]Value) error) error, xs []expr, fn func([]Value) error) error {
	mem := acct.track("ZORDER BY")
	defer mem.release()
	var rows []*zrow
	err := scan(func(row []Value) error {
		r := &zrow{row: append([]Value(nil), row...), keys: make([]Value, len(xs))}
		for i, x := range xs {
			v, err := x.eval(r.row)
			if err != nil {
				return err
			}
			r.keys[i] = v
		}
		if err := mem.chargeBytes(rowBytes(r.row) + rowBytes(r.keys) + int64(8*len(xs))); err != nil {
			return err
		}
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		return err
	}
	setZValues(rows, len(xs))
	slices.SortStableFunc(rows, func(a, b *zrow) int { return bytes.Compare(a.z, b.z) })
	for _, r := range rows {
		if err := fn(r.row); err != nil {
			return err
		}
	}
	return nil
}

// setZValues ranks each key's values and interleaves the ranks' bits into
// each row's z, one byte a bit.
func setZValues(rows []*zrow, nkeys int) {
	ranks := make([][]uint64, nkeys)
	width := 1
	for k := range nkeys {
		ranks[k] = denseRanks(rows, k)
		for _, r := range ranks[k] {
			width = max(width, bits.Len64(r))
		}
	}
	for i, r := range rows {
		r.z = make([]byte, 0, width*nkeys)
		for b := width - 1; b >= 0; b-- {
			for k := range nkeys {
				r.z = append(r.z, byte(ranks[k][i]>>uint(b)&1))
			}
		}
	}
}

// denseRanks gives each row the rank of its key k among the distinct
// values, from 0; NULL is the smallest.
func denseRanks(rows []*zrow, k int) []uint64 {
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	cmpKey := func(a, b int) int { return compareRows(rows[a].keys, rows[b].keys, []sortKey{{index: k}}) }
	slices.SortFunc(order, cmpKey)
	out := make([]uint64, len(rows))
	var rank uint64
	for j, i := range order {
		if j > 0 && cmpKey(order[j-1], i) != 0 {
			rank++
		}
		out[i] = rank
	}
	return out
}
