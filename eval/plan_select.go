package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// projection is a compiled select list.
type projection struct {
	items []expr
	cols  []Column
}

// compileSelect compiles one SELECT block; orderBy, when given, is the
// enclosing query's ORDER BY, whose keys may name output columns or any
// column of the FROM clause.
func (s *Session) compileSelect(sel *parser.Select, orderBy []*parser.OrderItem) (*relation, error) {
	return s.compileSelectTop(sel, orderBy, noTop)
}

// compileSelectTop is compileSelect when only the first keep rows of the
// ORDER BY are wanted (noTop for all of them): see sorted.
func (s *Session) compileSelectTop(sel *parser.Select, orderBy []*parser.OrderItem, keep int64) (*relation, error) {
	if i, err := s.selectGenerator(sel); err != nil || i >= 0 {
		if err != nil {
			return nil, err
		}
		return s.compileSelectGenerator(sel, orderBy, keep)
	}
	if err := distinctConstant(sel); err != nil {
		return nil, err
	}
	src, err := s.fromRelation(sel.From)
	if err != nil {
		return nil, err
	}
	c := &compiler{s: s, sc: src.sc, outer: s.outer}
	where, err := c.where(sel.Where)
	if err != nil {
		return nil, err
	}
	if src.pruner != nil && sel.Where != nil {
		src.pruner.restrict(sel.Where, src.sc)
	}
	if src.push != nil && sel.Where != nil {
		// The WHERE still runs in Go: the pushed part only drops rows early.
		src.push.where = pushWhere(sel.Where, src.push)
	}
	if needsGrouping(sel, orderBy) {
		if c.group, err = c.planGrouping(sel); err != nil {
			return nil, err
		}
	}
	if err := c.startWindows(sel, orderBy); err != nil {
		return nil, err
	}
	proj, err := c.projection(sel.Items)
	if err != nil {
		return nil, err
	}
	having, err := c.having(sel.Having)
	if err != nil {
		return nil, err
	}
	qualify, err := c.qualify(sel, proj)
	if err != nil {
		return nil, err
	}
	visible := len(proj.items)
	keys, err := c.orderKeys(orderBy, proj, sel.Distinct)
	if err != nil {
		return nil, err
	}
	c.planAggPush(sel, src)
	rel := &relation{cols: proj.cols[:visible], sc: scopeOf("", proj.cols[:visible])}
	rel.scan = c.selectScan(s.cancellable(src.scan), where, having, qualify, proj.items)
	if sel.Distinct {
		rel = distinct(&s.mem, rel)
	}
	if len(keys) > 0 {
		unsorted := rel.scan
		rel = sorted(&s.mem, rel, proj.cols, keys, visible, keep)
		rel.orderPush = c.planOrderPush(sel, src, proj, keys, unsorted, visible)
	}
	return rel, nil
}

func (c *compiler) having(e parser.Expr) (expr, error) {
	if e == nil {
		return nil, nil
	}
	// Windows are computed after HAVING, so HAVING cannot read them.
	win := c.win
	c.win = nil
	defer func() { c.win = win }()
	x, err := c.expr(e)
	if err != nil {
		return nil, err
	}
	return boolean(x, e.Position(), "HAVING")
}

func (c *compiler) where(e parser.Expr) (expr, error) {
	if e == nil {
		return nil, nil
	}
	x, err := c.expr(e)
	if err != nil {
		return nil, err
	}
	return boolean(x, e.Position(), "WHERE")
}

// projection compiles the select list, expanding * and t.*.
func (c *compiler) projection(items []*parser.SelectItem) (*projection, error) {
	p := &projection{}
	for _, it := range items {
		if it.Star {
			start := len(p.items)
			if err := c.star(p, it); err != nil {
				return nil, err
			}
			if err := c.starModifiers(p, start, it); err != nil {
				return nil, err
			}
			continue
		}
		if ok, err := c.regexColumns(p, it); ok || err != nil {
			if err != nil {
				return nil, err
			}
			continue
		}
		if sub, ok := it.Expr.(*parser.Subquery); ok && (it.Columns != nil || it.Alias == "" && mayReturnColumns(sub)) {
			// (SELECT x, y ...) [AS (a, b)]: plan_rowvalue.go
			cols, xs, err := c.subqueryColumns(it, sub)
			if err != nil {
				return nil, err
			}
			if xs != nil {
				p.items = append(p.items, xs...)
				p.cols = append(p.cols, cols...)
				continue
			}
		}
		x, err := c.expr(it.Expr)
		if err != nil {
			return nil, err
		}
		name := strings.ToLower(it.Alias)
		if name == "" {
			name = columnName(len(p.items), nil)
			if col, ok := x.(*colExpr); ok && c.columnName(col.index) != "" {
				name = c.columnName(col.index)
			}
		}
		p.items = append(p.items, x)
		p.cols = append(p.cols, Column{Name: name, Type: x.typ()})
	}
	return p, nil
}

// columnName is the name of column index of the rows the compiler reads:
// the FROM clause's, or a grouped SELECT's post-aggregation rows.
func (c *compiler) columnName(index int) string {
	if c.group != nil {
		return c.group.names[index]
	}
	return c.sc.cols[index].name
}

func (c *compiler) star(p *projection, it *parser.SelectItem) error {
	qual := strings.ToLower(it.StarTable)
	n := 0
	for i, col := range c.sc.cols {
		if qual != "" && col.qual != qual {
			continue
		}
		var x expr = &colExpr{index: i, t: col.t}
		if c.group != nil {
			var err error
			if x, err = c.group.column(it.Pos, i, col.name); err != nil {
				return err
			}
		}
		p.items = append(p.items, x)
		p.cols = append(p.cols, Column{Name: col.name, Type: col.t})
		n++
	}
	if n == 0 && qual != "" {
		return semanticError(it.Pos, "%s.* names no table of the FROM clause", it.StarTable)
	}
	if n == 0 {
		return semanticError(it.Pos, "SELECT * needs a FROM clause")
	}
	return nil
}

// orderKeys resolves ORDER BY items: a bare name matching an output column
// sorts by it; anything else is computed as a hidden extra column.
func (c *compiler) orderKeys(order []*parser.OrderItem, p *projection, distinct bool) ([]sortKey, error) {
	var keys []sortKey
	visible := len(p.cols)
	for _, o := range order {
		if i, ok, err := c.s.positionKey(o, p.cols[:visible]); ok || err != nil {
			if err != nil {
				return nil, err
			}
			keys = append(keys, orderKey(i, o))
			continue
		}
		if id, ok := o.Expr.(*parser.Ident); ok && len(id.Parts) == 1 {
			if i := outputIndex(p.cols, id.Parts[0]); i >= 0 {
				if err := jsonKeyError(o.Pos, p.cols[i].Type, "ORDER BY"); err != nil {
					return nil, err
				}
				keys = append(keys, orderKey(i, o))
				continue
			}
		}
		if distinct {
			return nil, semanticError(o.Pos, "ORDER BY of a SELECT DISTINCT must name an output column")
		}
		x, err := c.expr(o.Expr)
		if err != nil {
			return nil, err
		}
		if err := jsonKeyError(o.Pos, x.typ(), "ORDER BY"); err != nil {
			return nil, err
		}
		keys = append(keys, orderKey(len(p.items), o))
		p.items = append(p.items, x)
		p.cols = append(p.cols, Column{Name: "_order", Type: x.typ()})
	}
	return keys, nil
}

func outputIndex(cols []Column, name string) int {
	for i, c := range cols {
		if strings.EqualFold(c.Name, name) {
			return i
		}
	}
	return -1
}

// distinctConstant refuses a constant in the select list of SELECT
// DISTINCT, as MaxCompute does: it runs DISTINCT as a GROUP BY of the
// items, where a constant is a repeated key ("FAQ about DQL operations",
// https://www.alibabacloud.com/help/en/maxcompute/user-guide/faq-about-dql-operations).
func distinctConstant(sel *parser.Select) error {
	if !sel.Distinct {
		return nil
	}
	for _, it := range sel.Items {
		if lit, ok := it.Expr.(*parser.Literal); ok {
			return semanticError(lit.Pos, "Repeated key in GROUP BY: SELECT DISTINCT cannot select a constant; select it in an outer query around the DISTINCT")
		}
	}
	return nil
}
