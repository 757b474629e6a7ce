package eval

import (
	"slices"
	"strings"

	"github.com/mcsql/mcsql/eval/regexcompat"
	"github.com/mcsql/mcsql/parser"
)

// The column expressions of MaxCompute's SELECT syntax page beyond plain
// * and t.*: `* EXCEPT (a, b)`, `* REPLACE (expr AS a)`, and a backquoted
// regular expression that selects the columns whose names it matches
// (`(ds|pt)?+.+` is every column but ds and pt).

// starModifiers applies a star item's EXCEPT and REPLACE lists to the
// columns it expanded to, p.items[start:].
func (c *compiler) starModifiers(p *projection, start int, it *parser.SelectItem) error {
	for i, name := range it.Except {
		if slices.ContainsFunc(it.Except[:i], func(n string) bool { return strings.EqualFold(n, name) }) {
			return semanticError(it.Pos, "column %s is named twice in EXCEPT", name)
		}
	}
	for i, r := range it.Replace {
		if slices.ContainsFunc(it.Replace[:i], func(o *parser.SelectItem) bool { return strings.EqualFold(o.Alias, r.Alias) }) {
			return semanticError(r.Pos, "column %s is replaced twice in REPLACE", r.Alias)
		}
	}
	for _, name := range it.Except {
		kept, n := start, 0
		for i := start; i < len(p.items); i++ {
			if strings.EqualFold(p.cols[i].Name, name) {
				n++
				continue
			}
			p.items[kept], p.cols[kept] = p.items[i], p.cols[i]
			kept++
		}
		if n == 0 {
			return semanticError(it.Pos, "column %s in EXCEPT is not a column of %s", name, starText(it))
		}
		p.items, p.cols = p.items[:kept], p.cols[:kept]
	}
	if len(it.Except) > 0 && len(p.items) == start {
		return semanticError(it.Pos, "%s EXCEPT (...) leaves no column", starText(it))
	}
	for _, r := range it.Replace {
		i := outputIndex(p.cols[start:], r.Alias)
		if i < 0 {
			return semanticError(r.Pos, "column %s in REPLACE is not a column of %s", r.Alias, starText(it))
		}
		x, err := c.expr(r.Expr)
		if err != nil {
			return err
		}
		p.items[start+i] = x
		p.cols[start+i].Type = x.typ()
	}
	return nil
}

func starText(it *parser.SelectItem) string {
	if it.StarTable != "" {
		return it.StarTable + ".*"
	}
	return "*"
}

// regexColumns expands a select item that is a backquoted regular
// expression into the columns of the FROM clause whose whole name it
// matches, as Java's String.matches does (possessive quantifiers
// included: the page's `(ds)?+.+`). A name that cannot be a plain column
// name (it has a regular-expression operator) and names no column is
// such an item; it reports whether it was one.
func (c *compiler) regexColumns(p *projection, it *parser.SelectItem) (bool, error) {
	id, ok := it.Expr.(*parser.Ident)
	if !ok || len(id.Parts) != 1 || it.Alias != "" || !strings.ContainsAny(id.Parts[0], "()|*?+[]{}^$\\") {
		return false, nil
	}
	pattern := id.Parts[0]
	for _, col := range c.sc.cols {
		if strings.EqualFold(col.name, pattern) {
			return false, nil // a column really has this name
		}
	}
	// The pattern alone first, so that an error quotes it as written.
	_, err := regexcompat.Compile(pattern)
	var re regexcompat.Regexp
	if err == nil {
		re, err = regexcompat.Compile("^(?:" + pattern + ")$")
	}
	if err != nil {
		return true, semanticError(it.Pos, "`%s` is neither a column nor a valid regular expression of column names: %v", pattern, err)
	}
	n := 0
	for i, col := range c.sc.cols {
		ok, err := re.MatchString(col.name)
		if err != nil {
			return true, At(it.Pos, err)
		}
		if !ok {
			continue
		}
		var x expr = &colExpr{index: i, t: col.t}
		if c.group != nil {
			if x, err = c.group.column(it.Pos, i, col.name); err != nil {
				return true, err
			}
		}
		p.items = append(p.items, x)
		p.cols = append(p.cols, Column{Name: col.name, Type: col.t})
		n++
	}
	if n == 0 {
		return true, semanticError(it.Pos, "`%s` matches no column of the FROM clause", pattern)
	}
	return true, nil
}
