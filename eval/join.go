package eval

import (
	"math"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// joinPlan is a compiled JOIN. Rows of the join are the left row followed
// by the right row. The right side is held in a hash table on the
// equality keys of the ON condition (one bucket for all rows when there is
// none); the left side streams. cond, the whole ON condition, is checked
// on every candidate pair, so the hash only narrows the search.
type joinPlan struct {
	kind      string // INNER, LEFT, RIGHT, FULL, CROSS
	nl, nr    int
	leftKeys  []expr // read the left row
	rightKeys []expr // read a joined row whose right part is filled in
	cond      expr   // nil: every pair matches
}

// Sides of a join an expression reads.
const (
	sideNone  = 0
	sideLeft  = 1
	sideRight = 2
	sideBoth  = sideLeft | sideRight
)

// joinRelation compiles `left JOIN right ON cond` (and CROSS and comma joins).
func (s *Session) joinRelation(j *parser.Join) (*relation, error) {
	l, err := s.fromRelation(j.Left)
	if err != nil {
		return nil, err
	}
	r, err := s.fromRelation(j.Right)
	if err != nil {
		return nil, err
	}
	p := &joinPlan{kind: strings.ToUpper(j.Kind), nl: len(l.cols), nr: len(r.cols)}
	sc := l.sc.concat(r.sc)
	switch {
	case !strings.Contains(" INNER LEFT RIGHT FULL CROSS ", " "+p.kind+" "):
		return nil, semanticError(j.Pos, "%s JOIN is not supported", p.kind)
	case j.On != nil:
		if err := p.compileOn(s, sc, j.On); err != nil {
			return nil, err
		}
	case p.kind != "CROSS" && p.kind != "INNER":
		return nil, semanticError(j.Pos, "%s JOIN needs an ON condition", p.kind)
	}
	cols := append(append([]Column(nil), l.cols...), r.cols...)
	return &relation{cols: cols, sc: sc, scan: func(fn func([]Value) error) error {
		return p.run(l.scan, r.scan, fn)
	}}, nil
}

// compileOn compiles the ON condition conjunct by conjunct; an equality
// whose sides read one side of the join each becomes a hash key.
func (p *joinPlan) compileOn(s *Session, sc *scope, on parser.Expr) error {
	var cond expr
	for _, e := range conjuncts(on, nil) {
		x, err := p.conjunct(&compiler{s: s, sc: sc}, e)
		if err != nil {
			return err
		}
		if cond == nil {
			cond = x
		} else {
			cond = &logicExpr{and: true, l: cond, r: x}
		}
	}
	p.cond = cond
	return nil
}

// conjuncts splits a AND b AND c into its operands.
func conjuncts(e parser.Expr, out []parser.Expr) []parser.Expr {
	if b, ok := e.(*parser.Binary); ok && strings.EqualFold(b.Op, "AND") {
		return conjuncts(b.R, conjuncts(b.L, out))
	}
	return append(out, e)
}

func (p *joinPlan) conjunct(c *compiler, e parser.Expr) (expr, error) {
	b, ok := e.(*parser.Binary)
	if !ok || b.Op != "=" && b.Op != "==" {
		x, err := c.expr(e)
		if err != nil {
			return nil, err
		}
		return boolean(x, e.Position(), "ON")
	}
	lx, ls, err := p.side(c, b.L)
	if err != nil {
		return nil, err
	}
	rx, rs, err := p.side(c, b.R)
	if err != nil {
		return nil, err
	}
	eq, lx, rx, err := resolveOperands("=", lx, rx, b.Pos, c.s.ctx.Edition)
	if err != nil {
		return nil, err
	}
	switch {
	case ls == sideLeft && rs == sideRight:
		p.leftKeys, p.rightKeys = append(p.leftKeys, lx), append(p.rightKeys, rx)
	case ls == sideRight && rs == sideLeft:
		p.leftKeys, p.rightKeys = append(p.leftKeys, rx), append(p.rightKeys, lx)
	}
	return &binaryExpr{op: eq, l: lx, r: rx, pos: b.Pos}, nil
}

// side compiles e and reports which sides of the join it reads.
func (p *joinPlan) side(c *compiler, e parser.Expr) (expr, int, error) {
	side := sideNone
	c.sc.seen = func(i int) {
		if i < p.nl {
			side |= sideLeft
		} else {
			side |= sideRight
		}
	}
	defer func() { c.sc.seen = nil }()
	x, err := c.expr(e)
	return x, side, err
}

// joinTable is the right side of a join, held in memory.
type joinTable struct {
	rows    [][]Value
	buckets map[string][]int // key -> indexes into rows; NULL keys are in none
	matched []bool           // rows that met a left row (RIGHT and FULL joins)
}

func (p *joinPlan) build(right func(func([]Value) error) error) (*joinTable, error) {
	t := &joinTable{buckets: map[string][]int{}}
	buf := make([]Value, p.nl+p.nr)
	keyBuf := make([]Value, len(p.rightKeys))
	err := right(func(row []Value) error {
		i := len(t.rows)
		t.rows = append(t.rows, append([]Value(nil), row...))
		copy(buf[p.nl:], row)
		key, ok, err := joinKey(p.rightKeys, buf, keyBuf)
		if err != nil || !ok {
			return err
		}
		t.buckets[key] = append(t.buckets[key], i)
		return nil
	})
	t.matched = make([]bool, len(t.rows))
	return t, err
}

// joinKey evaluates key expressions on row; ok is false when one is NULL,
// since NULL keys never match.
func joinKey(keys []expr, row, buf []Value) (string, bool, error) {
	for i, k := range keys {
		v, err := k.eval(row)
		if err != nil || v == nil {
			return "", false, err
		}
		if f, isFloat := v.(float64); isFloat && f == 0 {
			v = math.Abs(f) // -0 = 0, so both hash alike
		}
		buf[i] = v
	}
	return rowKey(buf), true, nil
}

// run streams the join: for each left row, its matches among the right
// rows (or, for LEFT and FULL joins, the row padded with NULLs); then, for
// RIGHT and FULL joins, the right rows no left row met.
func (p *joinPlan) run(left, right func(func([]Value) error) error, fn func([]Value) error) error {
	t, err := p.build(right)
	if err != nil {
		return err
	}
	out := make([]Value, p.nl+p.nr)
	keyBuf := make([]Value, len(p.leftKeys))
	keepLeft := p.kind == "LEFT" || p.kind == "FULL"
	err = left(func(row []Value) error {
		key, ok, err := joinKey(p.leftKeys, row, keyBuf)
		if err != nil {
			return err
		}
		matched := false
		if ok {
			if matched, err = p.emitMatches(t, t.buckets[key], row, out, fn); err != nil {
				return err
			}
		}
		if matched || !keepLeft {
			return nil
		}
		copy(out, row)
		clear(out[p.nl:])
		return fn(out)
	})
	if err != nil || p.kind != "RIGHT" && p.kind != "FULL" {
		return err
	}
	clear(out[:p.nl])
	for i, r := range t.rows {
		if !t.matched[i] {
			copy(out[p.nl:], r)
			if err := fn(out); err != nil {
				return err
			}
		}
	}
	return nil
}

// emitMatches joins the left row with each candidate right row that meets
// the ON condition.
func (p *joinPlan) emitMatches(t *joinTable, candidates []int, row, out []Value, fn func([]Value) error) (bool, error) {
	matched := false
	for _, i := range candidates {
		copy(out, row)
		copy(out[p.nl:], t.rows[i])
		if p.cond != nil {
			v, err := p.cond.eval(out)
			if err != nil {
				return false, err
			}
			if v != true {
				continue
			}
		}
		matched, t.matched[i] = true, true
		if err := fn(out); err != nil {
			return false, err
		}
	}
	return matched, nil
}
