package eval

import (
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
	mem       *memAccount
	// Under odps.task.sql.outerjoin.ppd=false, ON's conditions on the
	// preserved side only filter that side's rows before the join
	// (plan_join_ppd.go); nil otherwise.
	leftFilter, rightFilter expr
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
	p := &joinPlan{kind: strings.ToUpper(j.Kind), nl: len(l.cols), nr: len(r.cols), mem: &s.mem}
	sc := l.sc.concat(r.sc)
	if j.Natural || j.Using != nil {
		return s.usingJoin(j, p, l, r)
	}
	switch {
	case !strings.Contains(" INNER LEFT RIGHT FULL CROSS SEMI ANTI ", " "+p.kind+" "):
		return nil, semanticError(j.Pos, "%s JOIN is not supported", p.kind)
	case j.On != nil:
		if err := p.compileOn(s, sc, j.On); err != nil {
			return nil, err
		}
	case p.kind != "CROSS" && p.kind != "INNER" && !p.semi():
		return nil, semanticError(j.Pos, "%s JOIN needs an ON condition", p.kind)
	}
	if p.semi() {
		// LEFT SEMI and LEFT ANTI JOIN return the left rows only: the right
		// table may be read in ON, not in WHERE or the select list.
		left := &scope{cols: l.sc.cols, semiRight: r.sc}
		if l.sc.semiRight != nil {
			left.semiRight = l.sc.semiRight.concat(r.sc)
		}
		return &relation{cols: l.cols, sc: left, scan: func(fn func([]Value) error) error {
			return p.runSemi(l.scan, r.scan, fn)
		}}, nil
	}
	cols := append(append([]Column(nil), l.cols...), r.cols...)
	return &relation{cols: cols, sc: sc, scan: func(fn func([]Value) error) error {
		return p.run(l.scan, r.scan, fn)
	}}, nil
}

// semi reports whether the join is a LEFT SEMI or LEFT ANTI JOIN.
func (p *joinPlan) semi() bool { return p.kind == "SEMI" || p.kind == "ANTI" }

// compileOn compiles the ON condition conjunct by conjunct; an equality
// whose sides read one side of the join each becomes a hash key.
func (p *joinPlan) compileOn(s *Session, sc *scope, on parser.Expr) error {
	var cond expr
	push := p.pushesFilters(s)
	for _, e := range conjuncts(on, nil) {
		c := &compiler{s: s, sc: sc, outer: s.outer}
		if push {
			if pushed, err := p.pushFilter(c, e); pushed || err != nil {
				return err
			}
		}
		x, err := p.conjunct(c, e)
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
