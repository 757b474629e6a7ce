package eval

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// usingJoin compiles NATURAL JOIN and JOIN ... USING (cols): an equi-join
// on the named columns (NATURAL: every column name both sides have) whose
// result shows each of them once, first, then the other left columns, then
// the other right ones, as the JOIN page's NATURAL JOIN equivalent
// `SELECT src.key1 AS key1, ..., src.a1, ..., src2.b1, ...` does.
func (s *Session) usingJoin(j *parser.Join, p *joinPlan, l, r *relation) (*relation, error) {
	names := j.Using
	if j.Natural {
		names = commonNames(l.sc, r.sc)
	}
	var li, ri []int
	for _, n := range names {
		a, err := l.sc.find(j.Pos, "", n)
		if err != nil {
			return nil, err
		}
		b, err := r.sc.find(j.Pos, "", n)
		if err != nil {
			return nil, err
		}
		if a < 0 || b < 0 {
			return nil, semanticError(j.Pos, "USING column %s must be a column of both sides of the join", n)
		}
		li, ri = append(li, a), append(ri, b)
	}
	for k := range li {
		lx := &colExpr{index: li[k], t: l.sc.cols[li[k]].t}
		rx := &colExpr{index: p.nl + ri[k], t: r.sc.cols[ri[k]].t}
		eq, lc, rc, err := resolveOperands("=", lx, rx, j.Pos, s.ctx.Edition)
		if err != nil {
			return nil, err
		}
		p.leftKeys, p.rightKeys = append(p.leftKeys, lc), append(p.rightKeys, rc)
		p.cond = andExpr(p.cond, &binaryExpr{op: eq, l: lc, r: rc, pos: j.Pos})
	}
	joined := &relation{scan: func(fn func([]Value) error) error { return p.run(l.scan, r.scan, fn) }}
	return usingProjection(p, joined, l, r, li, ri), nil
}

// commonNames lists the column names both scopes have, in the left's order.
func commonNames(l, r *scope) []string {
	var out []string
	for _, c := range l.cols {
		for _, d := range r.cols {
			if c.name == d.name {
				out = append(out, c.name)
				break
			}
		}
	}
	return out
}

// usingProjection lays out the result of a NATURAL or USING join: the
// join columns once (the left value; the right one for a RIGHT JOIN; the
// one that is not NULL for a FULL JOIN), then the other columns.
func usingProjection(p *joinPlan, joined *relation, l, r *relation, li, ri []int) *relation {
	isJoinCol := func(list []int, i int) bool {
		for _, x := range list {
			if x == i {
				return true
			}
		}
		return false
	}
	var items []expr
	out := &relation{sc: &scope{}}
	add := func(x expr, c scopeCol) {
		items = append(items, x)
		out.cols = append(out.cols, Column{Name: c.name, Type: c.t})
		out.sc.cols = append(out.sc.cols, c)
	}
	for k := range li {
		lc := l.sc.cols[li[k]]
		var x expr = &colExpr{index: li[k], t: lc.t}
		switch p.kind {
		case "RIGHT":
			x = p.rightKeys[k]
		case "FULL":
			x = &coalesceExpr{a: p.leftKeys[k], b: p.rightKeys[k]}
		}
		if p.kind != "INNER" && p.kind != "LEFT" {
			lc.t = x.typ()
		}
		add(x, lc)
	}
	for i, c := range l.sc.cols {
		if !isJoinCol(li, i) {
			add(&colExpr{index: i, t: c.t}, c)
		}
	}
	for i, c := range r.sc.cols {
		if !isJoinCol(ri, i) {
			add(&colExpr{index: p.nl + i, t: c.t}, c)
		}
	}
	out.scan = streamScan(joined.scan, nil, items)
	return out
}

// coalesceExpr is a if it is not NULL, else b (both of one type).
type coalesceExpr struct{ a, b expr }

func (e *coalesceExpr) typ() Type { return e.a.typ() }
func (e *coalesceExpr) eval(row []Value) (Value, error) {
	v, err := e.a.eval(row)
	if err != nil || v != nil {
		return v, err
	}
	return e.b.eval(row)
}

// displayNames gives a printed result's columns names of their own, as
// MaxCompute shows them: the second total_price is total_price2, the third
// total_price3 (the JOIN and MAPJOIN pages' results). Only the printout is
// renamed: CREATE TABLE AS still refuses two columns of one name.
func displayNames(cols []Column) []Column {
	seen := map[string]int{}
	var out []Column
	for i, c := range cols {
		name := strings.ToLower(c.Name)
		seen[name]++
		n := seen[name]
		if n == 1 {
			continue
		}
		if out == nil {
			out = append([]Column(nil), cols...)
		}
		for {
			alt := name + strconv.Itoa(n)
			if _, taken := seen[alt]; !taken {
				out[i].Name, seen[alt] = alt, 1
				break
			}
			n++
		}
	}
	if out == nil {
		return cols
	}
	return out
}
