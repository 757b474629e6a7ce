package parser

import "strings"

// lowerTail lowers what follows a query's set operations: ORDER BY,
// DISTRIBUTE/SORT/CLUSTER BY and LIMIT [OFFSET].
func lowerTail(q *query, out *Query) error {
	for _, o := range q.OrderBy {
		out.OrderBy = append(out.OrderBy, lowerOrderItem(o))
	}
	if d := q.Dist; d != nil {
		out.DistPos = pos(d.Pos)
		out.DistributeBy = d.Distribute
		for _, o := range append(d.ThenSort, d.Sort...) {
			out.SortBy = append(out.SortBy, lowerOrderItem(o))
		}
		if d.Cluster != nil {
			// CLUSTER BY k is DISTRIBUTE BY k SORT BY k (ascending).
			out.Cluster = true
			out.DistributeBy = d.Cluster
			for _, k := range d.Cluster {
				out.SortBy = append(out.SortBy, &OrderItem{Pos: k.Position(), Expr: k})
			}
		}
	}
	if l := q.Limit; l != nil {
		if l.Comma != nil {
			return errAt(l.Comma.Pos, "LIMIT takes one count; to skip rows write LIMIT n OFFSET m")
		}
		out.Limit, out.Offset = l.Count, l.Offset
	}
	return nil
}

func lowerOrderItem(o *orderItem) *OrderItem {
	return &OrderItem{Pos: pos(o.Pos), Expr: o.Expr, Desc: strings.EqualFold(o.Dir, "DESC"), Nulls: strings.ToUpper(o.Nulls)}
}

// hasTail reports whether q has ORDER BY, DISTRIBUTE/SORT BY or LIMIT,
// which keep a parenthesized query from being flattened into its body.
func (q *Query) hasTail() bool {
	return q.OrderBy != nil || q.Limit != nil || q.DistributeBy != nil || q.SortBy != nil
}
