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

	set *rowSet // an uncorrelated subquery's rows, read at the first use

	// A correlated IN decorrelated by its `inner = outer` keys: the
	// subquery without them runs once into sets by key (build's rows are
	// the inner keys, then the values); outer rows probe with outerKeys.
	outerKeys []expr
	build     func(func([]Value) error) error
	table     map[string]*rowSet
	keyBuf    []Value

	mem *memAccount // the statement's; the kept rows are charged to it
}

// rowSet holds rows of a subquery for IN: those without NULL by rowKey,
// and those with a NULL, which only a full comparison can answer.
type rowSet struct {
	all     [][]Value
	full    map[string]bool
	partial [][]Value
}

func (s *rowSet) add(r []Value) {
	r = append([]Value(nil), r...)
	s.all = append(s.all, r)
	if hasNull(r) {
		s.partial = append(s.partial, r)
		return
	}
	if s.full == nil {
		s.full = map[string]bool{}
	}
	s.full[normalizedKey(r)] = true
}

// each runs the subquery for the enclosing query's row.
func (q *rowQuery) each(row []Value, fn func([]Value) error) error {
	if q.o == nil {
		if err := q.load(); err != nil {
			return err
		}
		for _, r := range q.set.all {
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
	if q.set != nil {
		return nil
	}
	set := &rowSet{}
	// The rows live as long as the statement: their bytes are not released.
	mem := q.mem.track("a subquery's result")
	err := q.rel.scan(func(r []Value) error {
		if err := mem.charge(r); err != nil {
			return err
		}
		set.add(r)
		return nil
	})
	if err == nil {
		q.set = set
	}
	return err
}

// keyedSet returns the rows of a decorrelated subquery for the enclosing
// row's keys; nil when there are none (a NULL key matches nothing).
func (q *rowQuery) keyedSet(row []Value) (*rowSet, error) {
	n := len(q.outerKeys)
	if q.table == nil {
		q.table = map[string]*rowSet{}
		q.keyBuf = make([]Value, n)
		err := buildKeyed(q.build, n, q.mem, func(key string, r []Value) error {
			set := q.table[key]
			if set == nil {
				set = &rowSet{}
				q.table[key] = set
			}
			set.add(r[n:])
			return nil
		})
		if err != nil {
			q.table = nil
			return nil, err
		}
	}
	key, ok, err := joinKey(q.outerKeys, row, q.keyBuf)
	if err != nil || !ok {
		return nil, err
	}
	return q.table[key], nil
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

// hasNull reports whether a row has a NULL.
func hasNull(r []Value) bool {
	for _, v := range r {
		if v == nil {
			return true
		}
	}
	return false
}

// normalizedKey is rowKey of r with -0 made 0 (normalizeKey).
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
	switch q := e.q; {
	case q.outerKeys != nil:
		var set *rowSet
		if set, err = q.keyedSet(row); err == nil {
			err = e.probe(xs, set, &res)
		}
	case q.o == nil:
		if err = q.load(); err == nil {
			err = e.probe(xs, q.set, &res)
		}
	default:
		err = q.each(row, func(r []Value) error {
			res.rows++
			return e.add(xs, r, &res)
		})
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

// probe answers from a set of the subquery's rows (nil: none): a row
// without NULL matches through the hash; only rows with a NULL, or every
// row when the row value has a NULL, can make the answer NULL.
func (e *rowInExpr) probe(xs []Value, set *rowSet, res *inResult) error {
	if set == nil {
		return nil
	}
	res.rows = len(set.all)
	candidates := set.all
	if !hasNull(xs) {
		if set.full[normalizedKey(xs)] {
			res.found = true
			return nil
		}
		candidates = set.partial
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
