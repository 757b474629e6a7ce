package eval

import "github.com/mcsql/mcsql/parser"

// ORDER BY [LIMIT] pushdown: `SELECT a, b FROM t WHERE ... ORDER BY a
// LIMIT n` over one warehouse table asks the warehouse for its first n
// rows in order (or all of them, without LIMIT), instead of sorting every
// row in Go. Only where the result is the same row for row:
//
//   - the select list and every sort key are plain columns (nothing that
//     could fail on a row the LIMIT leaves out), the keys of a pushable
//     type (integers, STRING and VARCHAR bytewise, BOOLEAN);
//   - NULLs are placed as the evaluator places them (NULLS FIRST or LAST
//     as written, else first ascending and last descending), and ties keep
//     the table's order (the evaluator's sort is stable; SQL sorts by
//     rowid after the keys);
//   - the whole WHERE pushes; no GROUP BY, window, DISTINCT, HAVING or
//     QUALIFY; the table is not partitioned.
//
// When the warehouse cannot take it, the evaluator sorts as before.

// PushOrder is one key of a pushed ORDER BY.
type PushOrder struct {
	Column     int
	Desc       bool
	NullsFirst bool
}

// orderPush is a SELECT whose ORDER BY may push with a LIMIT.
type orderPush struct {
	target   *pushTarget
	keys     []PushOrder
	unsorted func(fn func([]Value) error) error // the select's rows, before the sort
	visible  int
}

// planOrderPush returns the pushable ORDER BY of a compiled SELECT, or nil.
func (c *compiler) planOrderPush(sel *parser.Select, src *relation, proj *projection, keys []sortKey, unsorted func(func([]Value) error) error, visible int) *orderPush {
	if len(keys) == 0 || src.push == nil || src.pruner != nil || c.group != nil || c.win != nil ||
		sel.Distinct || sel.Having != nil || sel.Qualify != nil {
		return nil
	}
	if sel.Where != nil {
		if w, exact := pushWhereExact(sel.Where, src.push); !exact || w == nil {
			return nil
		}
	}
	for _, it := range proj.items {
		if _, ok := it.(*colExpr); !ok {
			return nil
		}
	}
	op := &orderPush{target: src.push, unsorted: unsorted, visible: visible}
	for _, k := range keys {
		col := proj.items[k.index].(*colExpr)
		if !pushableType(src.push.sc.cols[col.index].t) {
			return nil
		}
		op.keys = append(op.keys, PushOrder{Column: col.index, Desc: k.desc, NullsFirst: k.nullsFirst()})
	}
	return op
}

// pushOrderLimit lets a query's pushable ORDER BY go down with its
// constant LIMIT (and OFFSET): the relation reads the first offset+limit
// rows (or all) in order from the warehouse when it can, and sorts in Go
// when it cannot. (mcsql) A pushed sort does not count against the memory
// budget: SQLite sorts in its own bounded memory and temporary files.
func (s *Session) pushOrderLimit(rel *relation, q *parser.Query) *relation {
	op := rel.orderPush
	if op == nil {
		return rel
	}
	var n int64 // 0: every row, in order
	if q.Limit != nil {
		var err error
		if n, err = s.constCount(q.Limit, "LIMIT"); err != nil || n == 0 {
			return rel // limitQuery reports it, or there is nothing to read
		}
	}
	if q.Offset != nil && n > 0 {
		m, err := s.constCount(q.Offset, "OFFSET")
		if err != nil || n+m < n {
			return rel
		}
		n += m
	}
	if s.explained != nil && len(q.OrderBy) > 0 {
		s.explained.sorts[q.OrderBy[0]] = true
	}
	sortedScan := rel.scan
	out := *rel
	out.orderPush = nil
	out.scan = func(fn func([]Value) error) error {
		t := op.target
		t.order, t.limit, t.notPushed = op.keys, n, false
		err := op.unsorted(func(row []Value) error { return fn(row[:op.visible]) })
		notPushed := t.notPushed
		t.order, t.limit, t.notPushed = nil, 0, false
		if err == nil && notPushed {
			return sortedScan(fn) // the warehouse could not sort: nothing was read
		}
		return err
	}
	return &out
}
