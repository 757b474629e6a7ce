package eval

import (
	"errors"
	"math"
	"strconv"

	"github.com/mcsql/mcsql/parser"
)

// FlagOrderByLimit is MaxCompute's odps.sql.validate.orderby.limit: when
// true, an ORDER BY without LIMIT is an error. MaxCompute's SELECT syntax
// page makes true the project default; mcsql's default is false (a local
// run sorts whatever it is given), and `SET
// odps.sql.validate.orderby.limit=true;` restores MaxCompute's check.
const FlagOrderByLimit = "odps.sql.validate.orderby.limit"

// queryTail checks the clauses after a query's body and returns the query
// to plan: SORT BY becomes its ORDER BY. mcsql runs a query as one
// "reducer", so the local sort of SORT BY orders the whole output, and
// DISTRIBUTE BY, which only says how rows are spread over reducers, keeps
// the rows as they come (its keys are still checked, by checkDistribute).
// The SELECT statement order page: "ORDER BY and GROUP BY cannot be used
// together with DISTRIBUTE BY or SORT BY".
func (s *Session) queryTail(q *parser.Query) (*parser.Query, error) {
	q = s.edition1Union(q)
	dist := len(q.DistributeBy) > 0 || len(q.SortBy) > 0
	if dist && len(q.OrderBy) > 0 {
		return nil, semanticError(q.DistPos, "ORDER BY cannot be used together with %s; keep one of them", distWords(q))
	}
	if sel, ok := q.Body.(*parser.Select); ok && dist && len(sel.GroupBy) > 0 {
		return nil, semanticError(q.DistPos, "GROUP BY cannot be used together with %s; group in a subquery and sort its result", distWords(q))
	}
	if len(q.OrderBy) > 0 && q.Limit == nil && s.flagTrue(FlagOrderByLimit) {
		return nil, semanticError(q.OrderBy[0].Pos, "ORDER BY must be used with a LIMIT clause, please set %s=false to use it", FlagOrderByLimit)
	}
	if len(q.SortBy) == 0 {
		return q, nil
	}
	out := *q
	out.OrderBy, out.SortBy = q.SortBy, nil
	return &out, nil
}

func distWords(q *parser.Query) string {
	switch {
	case q.Cluster:
		return "CLUSTER BY"
	case len(q.DistributeBy) > 0:
		return "DISTRIBUTE BY"
	}
	return "SORT BY"
}

// flagTrue reports whether the SET flag key was set to true.
func (s *Session) flagTrue(key string) bool {
	v, ok := s.ctx.Flag(key)
	b, _ := strconv.ParseBool(v)
	return ok && b
}

// checkDistribute compiles the DISTRIBUTE BY keys against the query's
// output columns ("ORDER BY, DISTRIBUTE BY and SORT BY take the output
// columns of the SELECT statement"), or else the columns of its FROM
// clause, so that a wrong key is an error even though the keys change
// nothing here.
func (s *Session) checkDistribute(q *parser.Query, rel *relation) error {
	if len(q.DistributeBy) == 0 {
		return nil
	}
	c := &compiler{s: s, sc: scopeOf("", rel.cols)}
	for _, k := range q.DistributeBy {
		x, err := c.expr(k)
		if err != nil {
			if sel, ok := q.Body.(*parser.Select); ok {
				// The key may name a column of the FROM clause, as ORDER BY
				// may ("SELECT region AS r ... DISTRIBUTE BY region" is
				// "DISTRIBUTE BY r"): check it the way ORDER BY resolves
				// its keys, by planning the SELECT with it as a sort key
				// (the plan is dropped; this happens only for such keys).
				_, err = s.compileSelect(sel, []*parser.OrderItem{{Pos: k.Position(), Expr: k}})
			}
			if err != nil {
				return err
			}
			continue
		}
		if err := jsonKeyError(k.Position(), x.typ(), distWords(q)); err != nil {
			return err
		}
	}
	return nil
}

// limitQuery applies the query's OFFSET, then its LIMIT.
func (s *Session) limitQuery(rel *relation, q *parser.Query) (*relation, error) {
	if q.Offset != nil {
		m, err := s.constCount(q.Offset, "OFFSET")
		if err != nil {
			return nil, err
		}
		rel = skipRows(rel, m)
	}
	return s.limit(rel, q.Limit)
}

// topKeep is how many rows of q's ORDER BY its LIMIT and OFFSET use
// (LIMIT n OFFSET m uses the first n+m), or noTop when every row is
// wanted or the count is not yet known to be a valid constant:
// limitQuery, which runs after the query is compiled, reports a bad LIMIT
// or OFFSET then, in its place among the query's errors. Check mode runs
// no query and has nothing to keep.
func (s *Session) topKeep(q *parser.Query) int64 {
	if len(q.OrderBy) == 0 || q.Limit == nil || s.check != nil {
		return noTop
	}
	n, ok := s.peekCount(q.Limit)
	if !ok {
		return noTop
	}
	var m int64
	if q.Offset != nil {
		if m, ok = s.peekCount(q.Offset); !ok {
			return noTop
		}
	}
	if n > math.MaxInt64-m {
		return noTop
	}
	return n + m
}

// peekCount is the value of a LIMIT or OFFSET that is a constant
// non-negative integer; ok is false for anything else. A volatile
// expression is not a constant: evaluated again it might differ.
func (s *Session) peekCount(e parser.Expr) (n int64, ok bool) {
	x, err := s.compileScalar(e)
	if err != nil || !isConst(x) || !x.typ().Kind.IsInteger() {
		return 0, false
	}
	v, err := x.eval(nil)
	n, ok = v.(int64)
	return n, err == nil && ok && n >= 0
}

// constCount evaluates a constant non-negative integer (LIMIT, OFFSET).
func (s *Session) constCount(e parser.Expr, clause string) (int64, error) {
	x, err := s.compileScalar(e)
	if err != nil {
		return 0, err
	}
	v, err := x.eval(nil)
	if err != nil {
		var ee *Error
		if errors.As(err, &ee) && ee.HasPos {
			return 0, err
		}
		return 0, At(e.Position(), err)
	}
	n, ok := v.(int64)
	if !ok || !x.typ().Kind.IsInteger() || n < 0 {
		return 0, semanticError(e.Position(), "%s needs a constant non-negative integer", clause)
	}
	return n, nil
}

// edition1Union moves the ORDER BY, SORT BY, DISTRIBUTE BY, LIMIT and
// OFFSET that follow a UNION onto the UNION's last SELECT in the 1.0 data
// type edition: "If set odps.sql.type.system.odps2 is set to false, the
// clause works only on the result of the SELECT statement after the UNION
// operator" (the UNION, INTERSECT, and EXCEPT page). In the 2.0 edition
// they apply to the result of the UNION, and q is returned as it is.
func (s *Session) edition1Union(q *parser.Query) *parser.Query {
	op, ok := q.Body.(*parser.SetOp)
	if !ok || op.Op != "UNION" || s.ctx.Edition != Edition1 || (!hasTail(q) && q.Offset == nil) {
		return q
	}
	right := &parser.Query{Pos: op.Right.Position(), Body: op.Right, OrderBy: q.OrderBy, Limit: q.Limit,
		Offset: q.Offset, DistributeBy: q.DistributeBy, SortBy: q.SortBy, Cluster: q.Cluster, DistPos: q.DistPos}
	newOp := *op
	newOp.Right = right
	return &parser.Query{Pos: q.Pos, Body: &newOp, With: q.With}
}

func hasTail(q *parser.Query) bool {
	return len(q.OrderBy) > 0 || q.Limit != nil || len(q.DistributeBy) > 0 || len(q.SortBy) > 0
}

// FlagOrderByPosition is hive.orderby.position.alias: when true, an
// integer constant in ORDER BY is the 1-based position of an output
// column (the SELECT syntax page: `ORDER BY 2` is `ORDER BY value`).
const FlagOrderByPosition = "hive.orderby.position.alias"

// positionKey resolves an ORDER BY item that is a column position, under
// FlagOrderByPosition; ok is false for any other item.
func (s *Session) positionKey(o *parser.OrderItem, cols []Column) (index int, ok bool, err error) {
	lit, isLit := o.Expr.(*parser.Literal)
	if !isLit || lit.Kind != parser.LitInt || !s.flagTrue(FlagOrderByPosition) {
		return 0, false, nil
	}
	n, err := strconv.Atoi(lit.Text)
	if err != nil || n < 1 || n > len(cols) {
		return 0, true, semanticError(o.Pos, "ORDER BY position %s is not between 1 and %d, the number of output columns", lit.Text, len(cols))
	}
	return n - 1, true, nil
}
