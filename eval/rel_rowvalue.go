package eval

import (
	"github.com/mcsql/mcsql/parser"
)

// The run-time side of row values (planned in plan_rowvalue.go).

// rowQuery is a subquery a row value is compared with, or whose columns a
// select list reads (then xs and eqs are nil).
type rowQuery struct {
	o   *outerScope // nil when the subquery is uncorrelated
	rel *relation
	xs  []expr      // the row value's items, converted to the columns' types
	eqs []*BinaryOp // equality on each column's type
	pos parser.Pos

	// An uncorrelated subquery's rows, read once at the first use.
	loaded  bool
	rows    [][]Value
	full    map[string]bool // the rows without NULL, by rowKey
	partial [][]Value       // the rows with a NULL
}

// each runs the subquery for the enclosing query's row.
func (q *rowQuery) each(row []Value, fn func([]Value) error) error {
	if q.o == nil {
		if err := q.load(); err != nil {
			return err
		}
		for _, r := range q.rows {
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
	prev := q.o.row
	q.o.row = row
	defer func() { q.o.row = prev }()
	return q.rel.scan(fn)
}

func (q *rowQuery) load() error {
	if q.loaded {
		return nil
	}
	q.full = map[string]bool{}
	err := q.rel.scan(func(r []Value) error {
		r = append([]Value(nil), r...)
		q.rows = append(q.rows, r)
		if hasNull(r) {
			q.partial = append(q.partial, r)
			return nil
		}
		q.full[normalizedKey(r)] = true
		return nil
	})
	q.loaded = err == nil
	return err
}

// values evaluates the row value's items.
func (q *rowQuery) values(row []Value) ([]Value, error) {
	out := make([]Value, len(q.xs))
	for i, x := range q.xs {
		v, err := x.eval(row)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// compare is SQL's row equality: FALSE when a pair differs, else NULL when
// a pair has a NULL, else TRUE.
func (q *rowQuery) compare(xs, r []Value) (Value, error) {
	var res Value = true
	for i, x := range xs {
		if x == nil || r[i] == nil {
			res = nil
			continue
		}
		same, err := q.eqs[i].Fn(x, r[i])
		if err != nil {
			return nil, At(q.pos, err)
		}
		if same == false {
			return false, nil
		}
		if same == nil {
			res = nil
		}
	}
	return res, nil
}

func hasNull(r []Value) bool {
	for _, v := range r {
		if v == nil {
			return true
		}
	}
	return false
}

func normalizedKey(r []Value) string {
	buf := make([]Value, len(r))
	for i, v := range r {
		buf[i] = normalizeKey(v)
	}
	return rowKey(buf)
}

// rowInExpr is (x1, ..., xn) [NOT] IN (SELECT ...).
type rowInExpr struct {
	q   *rowQuery
	not bool
}

func (e *rowInExpr) typ() Type { return BooleanType }

func (e *rowInExpr) eval(row []Value) (Value, error) {
	xs, err := e.q.values(row)
	if err != nil {
		return nil, err
	}
	var res inResult
	if e.q.o == nil {
		err = e.probe(xs, &res)
	} else {
		err = e.q.each(row, func(r []Value) error { return e.add(xs, r, &res) })
	}
	if err != nil && err != errStopScan {
		return nil, err
	}
	var x Value = true // inResult.answer reads only whether x is NULL
	if res.sawNull {
		x = nil
	}
	res.sawNull = false
	return res.answer(x, e.not), nil
}

// probe answers from the uncorrelated subquery's rows: a row without NULL
// matches through the hash set; only rows with a NULL, or every row when
// the row value has a NULL, can make the answer NULL.
func (e *rowInExpr) probe(xs []Value, res *inResult) error {
	q := e.q
	if err := q.load(); err != nil {
		return err
	}
	res.rows = len(q.rows)
	candidates := q.rows
	if !hasNull(xs) {
		if q.full[normalizedKey(xs)] {
			res.found = true
			return nil
		}
		candidates = q.partial
	}
	for _, r := range candidates {
		if err := e.add(xs, r, res); err != nil {
			return err
		}
	}
	return nil
}

// add compares the row value with one row of the subquery; sawNull records
// a NULL comparison.
func (e *rowInExpr) add(xs, r []Value, res *inResult) error {
	if e.q.o != nil {
		res.rows++
	}
	eq, err := e.q.compare(xs, r)
	switch {
	case err != nil:
		return err
	case eq == nil:
		res.sawNull = true
	case eq == true:
		res.found = true
		return errStopScan
	}
	return nil
}

// rowEqExpr is (x1, ..., xn) = (SELECT ...): the subquery returns at most
// one row; none gives NULL.
type rowEqExpr struct{ q *rowQuery }

func (e *rowEqExpr) typ() Type { return BooleanType }

func (e *rowEqExpr) eval(row []Value) (Value, error) {
	r, err := e.q.single(row)
	if err != nil || r == nil {
		return nil, err
	}
	xs, err := e.q.values(row)
	if err != nil {
		return nil, err
	}
	return e.q.compare(xs, r)
}

// single returns the subquery's one row for the enclosing row, nil for
// none, an error for more.
func (q *rowQuery) single(row []Value) ([]Value, error) {
	var one []Value
	n := 0
	err := q.each(row, func(r []Value) error {
		if n++; n > 1 {
			return tooManyRows(q.pos, -1)
		}
		one = append([]Value(nil), r...)
		return nil
	})
	return one, err
}

// rowFieldExpr is column index of a subquery selected with AS (a, b, ...).
type rowFieldExpr struct {
	q     *rowQuery
	index int
	t     Type
}

func (e *rowFieldExpr) typ() Type { return e.t }

func (e *rowFieldExpr) eval(row []Value) (Value, error) {
	r, err := e.q.single(row)
	if err != nil || r == nil {
		return nil, err
	}
	return r[e.index], nil
}
