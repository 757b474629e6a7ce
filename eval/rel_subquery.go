package eval

import (
	"math"

	"github.com/mcsql/mcsql/parser"
)

// The run-time side of subqueries in expressions (planned in
// plan_subquery.go and plan_decorrelate.go).

// outerColExpr reads a column of an enclosing query's current row.
type outerColExpr struct {
	o     *outerScope
	index int
	t     Type
	pos   parser.Pos
}

func (e *outerColExpr) typ() Type { return e.t }
func (e *outerColExpr) eval([]Value) (Value, error) {
	if e.index >= len(e.o.row) {
		// Nothing bound the enclosing row: a plan that runs the subquery
		// outside its enclosing query's scan, which must not happen.
		return nil, semanticError(e.pos, "a correlated column was read outside its query")
	}
	return e.o.row[e.index], nil
}

// Kinds of correlatedExpr.
const (
	subScalar = iota
	subExists
	subIn
)

// correlatedExpr re-runs a correlated subquery for each row of the
// enclosing query, with that row bound (plan 3).
type correlatedExpr struct {
	o    *outerScope
	rel  *relation
	kind int
	t    Type
	x    expr      // IN: the left side, converted to the column's type
	eq   *BinaryOp // IN: equality on that type
	not  bool      // NOT IN
	pos  parser.Pos
}

func (e *correlatedExpr) typ() Type { return e.t }

func (e *correlatedExpr) eval(row []Value) (Value, error) {
	var x Value
	if e.kind == subIn {
		var err error
		if x, err = e.x.eval(row); err != nil {
			return nil, err
		}
	}
	prev := e.o.row
	e.o.row = row
	defer func() { e.o.row = prev }()
	var res inResult
	var scalar Value
	err := e.rel.scan(func(r []Value) error {
		res.rows++
		switch e.kind {
		case subScalar:
			if res.rows > 1 {
				return tooManyRows(e.pos, -1)
			}
			scalar = r[0]
		case subExists:
			return errStopScan
		case subIn:
			return res.add(x, r[0], e.eq, e.pos)
		}
		return nil
	})
	if err != nil && err != errStopScan {
		return nil, err
	}
	switch e.kind {
	case subScalar:
		return scalar, nil
	case subExists:
		return res.rows > 0, nil
	}
	return res.answer(x, e.not), nil
}

// inResult accumulates x IN (values) over the values of one outer row.
type inResult struct {
	rows    int
	found   bool
	sawNull bool
}

func (r *inResult) add(x, v Value, eq *BinaryOp, pos parser.Pos) error {
	if v == nil || x == nil {
		r.sawNull = r.sawNull || v == nil
		return nil
	}
	same, err := eq.Fn(x, v)
	if err != nil {
		return At(pos, err)
	}
	if same == true {
		r.found = true
		return errStopScan
	}
	return nil
}

// answer is SQL's three-valued IN: TRUE on a match; FALSE for no values;
// NULL when x is NULL or a value is NULL and nothing matched. NOT IN
// negates it, so a NULL among the values makes NOT IN NULL (the SUBQUERY
// page: "the NOT IN expression is NULL ... no data is returned").
func (r *inResult) answer(x Value, not bool) Value {
	switch {
	case r.found:
		return !not
	case r.rows == 0:
		return not
	case x == nil || r.sawNull:
		return nil
	}
	return not
}

// semiProbe answers IN and EXISTS for one outer row from a hash table that
// the subquery fills once, at the first row (plans 1 and 2). Build rows
// are the inner correlation keys, then (IN) the value.
type semiProbe struct {
	outerKeys []expr // read the enclosing query's row
	x         expr   // IN's left side; nil for EXISTS
	build     func(func([]Value) error) error
	mem       *memAccount // charged for the hash table, for the statement
	exists    bool
	not       bool
	table     map[string]*probeEntry
	keyBuf    []Value
}

// probeEntry is what the subquery returned for one correlation key.
type probeEntry struct {
	rows    int
	values  map[string]bool // IN: the non-NULL values, by rowKey
	sawNull bool
}

func (p *semiProbe) typ() Type { return BooleanType }

func (p *semiProbe) eval(row []Value) (Value, error) {
	if p.table == nil {
		if err := p.fill(); err != nil {
			return nil, err
		}
	}
	key, ok, err := joinKey(p.outerKeys, row, p.keyBuf)
	if err != nil {
		return nil, err
	}
	var ent *probeEntry
	if ok { // a NULL key matches nothing
		ent = p.table[key]
	}
	if p.exists {
		return (ent != nil) != p.not, nil
	}
	x, err := p.x.eval(row)
	if err != nil {
		return nil, err
	}
	var res inResult
	if ent != nil {
		res.rows, res.sawNull = ent.rows, ent.sawNull
		if x != nil {
			res.found = ent.values[rowKey([]Value{normalizeKey(x)})]
		}
	}
	return res.answer(x, p.not), nil
}

// fill runs the subquery into the hash table.
func (p *semiProbe) fill() error {
	p.table = map[string]*probeEntry{}
	n := len(p.outerKeys)
	p.keyBuf = make([]Value, n)
	err := buildKeyed(p.build, n, p.mem, func(key string, r []Value) error {
		ent := p.table[key]
		if ent == nil {
			ent = &probeEntry{}
			if !p.exists {
				ent.values = map[string]bool{}
			}
			p.table[key] = ent
		}
		ent.rows++
		switch {
		case p.exists && n == 0:
			return errStopScan // one row answers an uncorrelated EXISTS
		case p.exists:
		case r[n] == nil:
			ent.sawNull = true
		default:
			ent.values[rowKey([]Value{normalizeKey(r[n])})] = true
		}
		return nil
	})
	if err == errStopScan {
		err = nil
	}
	return err
}

// buildKeyed runs a decorrelated subquery's build scan, whose rows start
// with n inner keys, and hands add each row whose keys are all non-NULL
// (`inner = outer` is never true for a NULL key) with the rowKey of its
// normalized keys. Each row is charged to the statement's budget and kept
// charged: the probe's table lives as long as the statement.
func buildKeyed(build func(func([]Value) error) error, n int, acct *memAccount, add func(key string, r []Value) error) error {
	buf := make([]Value, n)
	mem := acct.track("a subquery's result")
	return build(func(r []Value) error {
		if err := mem.charge(r); err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			if r[i] == nil {
				return nil
			}
			buf[i] = normalizeKey(r[i])
		}
		return add(rowKey(buf), r)
	})
}

// normalizeKey makes values that compare equal hash alike: -0 and 0.
func normalizeKey(v Value) Value {
	if f, ok := v.(float64); ok && f == 0 {
		return math.Abs(f)
	}
	if f, ok := v.(float32); ok && f == 0 {
		return float32(math.Abs(float64(f)))
	}
	return v
}

// scalarProbe answers a correlated aggregating scalar subquery from its
// grouped run (decorrelateScalar): rows are the keys, then the value.
type scalarProbe struct {
	outerKeys []expr
	build     func(func([]Value) error) error
	mem       *memAccount                     // charged for the hash table, for the statement
	empty     func(func([]Value) error) error // the aggregate over no rows
	t         Type
	table     map[string]Value
	none      Value
	keyBuf    []Value
}

func (p *scalarProbe) typ() Type { return p.t }

func (p *scalarProbe) eval(row []Value) (Value, error) {
	if p.table == nil {
		if err := p.fill(); err != nil {
			return nil, err
		}
	}
	key, ok, err := joinKey(p.outerKeys, row, p.keyBuf)
	if err != nil || !ok {
		return p.none, err
	}
	if v, found := p.table[key]; found {
		return v, nil
	}
	return p.none, nil
}

func (p *scalarProbe) fill() error {
	table := map[string]Value{}
	n := len(p.outerKeys)
	err := buildKeyed(p.build, n, p.mem, func(key string, r []Value) error {
		table[key] = r[n]
		return nil
	})
	if err != nil {
		return err
	}
	err = p.empty(func(r []Value) error {
		p.none = r[0]
		return nil
	})
	p.table, p.keyBuf = table, make([]Value, n)
	return err
}
