package eval

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// A table-generating function (UDTF, registry_table.go) appears in two
// places, both planned here and run by rel_lateral.go:
//
//   - `FROM t LATERAL VIEW [OUTER] f(args) alias AS c1, c2`: each row of t
//     joined with the rows f generates from it (OUTER keeps a row f
//     generates nothing for, with NULL columns);
//   - `SELECT f(args) [AS (c1, c2)] FROM t`: only f's rows. MaxCompute's
//     pages allow nothing else in such a select list and no GROUP BY; the
//     planner says so instead of guessing.

// lateralRelation compiles `source LATERAL VIEW [OUTER] f(args) alias AS ...`:
// the source's columns, then f's, qualified by alias.
func (s *Session) lateralRelation(lv *parser.LateralView) (*relation, error) {
	src, err := s.fromRelation(lv.Source)
	if err != nil {
		return nil, err
	}
	g, err := s.compileGenerator(src.sc, lv.Func, lv.Columns)
	if err != nil {
		return nil, err
	}
	cols := append(append([]Column(nil), src.cols...), g.cols...)
	return &relation{cols: cols, sc: src.sc.concat(scopeOf(lv.Alias, g.cols)),
		scan: lateralScan(src.scan, len(src.cols), g, lv.Outer)}, nil
}

// compileGenerator compiles a table function call whose arguments read
// the columns of sc; names, when given, rename its output columns and
// must be as many.
func (s *Session) compileGenerator(sc *scope, call *parser.Call, names []string) (*generatorCall, error) {
	name := strings.ToLower(call.Name)
	tf, ok := s.reg.LookupTable(call.Name)
	if !ok {
		if _, scalar := s.reg.Lookup(call.Name); scalar || isAggregate(call.Name) {
			return nil, semanticError(call.Pos, "%s is not a table-generating function; LATERAL VIEW and AS (...) take one such as explode, posexplode, inline, stack or json_tuple", name)
		}
		return nil, semanticError(call.Pos, "table-generating function %s cannot be resolved%s", name, s.reg.DidYouMean(call.Name))
	}
	switch {
	case call.Star || call.Distinct:
		return nil, semanticError(call.Pos, "function %s does not take * or DISTINCT", name)
	case call.Over != nil:
		return nil, semanticError(call.Pos, "table-generating function %s is not a window function: it takes no OVER (...)", name)
	case call.Filter != nil || call.WithinGroup != nil:
		return nil, semanticError(call.Pos, "table-generating function %s is not an aggregate function: it takes no FILTER or WITHIN GROUP", name)
	}
	c := &compiler{s: s, sc: sc, outer: s.outer}
	args, _, err := c.exprs(call.Args)
	if err != nil {
		return nil, err
	}
	b, err := tf.Bind(c.callSite(args))
	if err != nil {
		return nil, At(call.Pos, err)
	}
	if len(b.Params) != len(args) {
		return nil, semanticError(call.Pos, "internal error: function %s typed %d of its %d arguments", name, len(b.Params), len(args))
	}
	for i := range args {
		if args[i], err = convert(args[i], b.Params[i], call.Args[i].Position()); err != nil {
			return nil, err
		}
	}
	cols, err := generatorColumns(call, b.Columns, names)
	if err != nil {
		return nil, err
	}
	return &generatorCall{args: args, gen: b.Generate, ctx: s.ctx, cols: cols, pos: call.Pos}, nil
}

// generatorColumns names a table function's output columns: its defaults,
// or the query's names, which must be as many.
func generatorColumns(call *parser.Call, defaults []Column, names []string) ([]Column, error) {
	cols := make([]Column, len(defaults))
	copy(cols, defaults)
	if names == nil {
		return cols, nil
	}
	if len(names) != len(cols) {
		want := make([]string, len(cols))
		for i, c := range cols {
			want[i] = c.Name
		}
		return nil, semanticError(call.Pos, "function %s generates %s (%s) but the query names %d (%s); give one name per column",
			strings.ToLower(call.Name), columnCount(len(cols)), strings.Join(want, ", "), len(names), strings.Join(names, ", "))
	}
	seen := map[string]bool{}
	for i, n := range names {
		n = strings.ToLower(n)
		if seen[n] {
			return nil, semanticError(call.Pos, "column name %s is given twice to function %s", n, strings.ToLower(call.Name))
		}
		seen[n] = true
		cols[i].Name = n
	}
	return cols, nil
}

// selectGenerator returns the index of the select list's table function
// call, or -1. Such a call must be the only item; AS (a, b) belongs to one.
func (s *Session) selectGenerator(sel *parser.Select) (int, error) {
	found := -1
	for i, it := range sel.Items {
		call, ok := it.Expr.(*parser.Call)
		if ok {
			_, table := s.reg.LookupTable(call.Name)
			_, scalar := s.reg.Lookup(call.Name)
			// An unknown name with AS (a, b) is meant as a table function:
			// compileGenerator then says it cannot be resolved.
			ok = table || it.Columns != nil && !scalar && !isAggregate(call.Name)
		}
		if _, sub := it.Expr.(*parser.Subquery); !ok && sub {
			continue // (SELECT x, y ...) AS (a, b): compiler.subqueryColumns
		}
		if !ok {
			if it.Columns != nil {
				return -1, semanticError(it.Pos, "AS (%s) names the columns of a table-generating function such as explode; give an expression one name with AS name", strings.Join(it.Columns, ", "))
			}
			continue
		}
		found = i
	}
	if found >= 0 && len(sel.Items) > 1 {
		return -1, semanticError(sel.Items[found].Pos, "a table-generating function in the select list must be its only item; to select other columns beside it, use FROM ... LATERAL VIEW %s(...) alias AS ...",
			strings.ToLower(sel.Items[found].Expr.(*parser.Call).Name))
	}
	return found, nil
}

// compileSelectGenerator compiles `SELECT f(args) [AS (names)] FROM ...
// [WHERE ...] [ORDER BY output columns]`: WHERE filters the source rows,
// the result is the rows f generates.
func (s *Session) compileSelectGenerator(sel *parser.Select, orderBy []*parser.OrderItem, keep int64) (*relation, error) {
	it := sel.Items[0]
	call := it.Expr.(*parser.Call)
	name := strings.ToLower(call.Name)
	switch {
	case len(sel.GroupBy) > 0 || sel.Having != nil:
		return nil, semanticError(it.Pos, "table-generating function %s cannot be used with GROUP BY or HAVING; use LATERAL VIEW %s(...) and group its columns", name, name)
	case sel.Distinct:
		return nil, semanticError(it.Pos, "table-generating function %s cannot be used with SELECT DISTINCT; use LATERAL VIEW %s(...) and select its columns with DISTINCT", name, name)
	case sel.Qualify != nil:
		return nil, semanticError(sel.Qualify.Position(), "table-generating function %s cannot be used with QUALIFY; use LATERAL VIEW %s(...) and filter its columns with QUALIFY", name, name)
	}
	src, err := s.fromRelation(sel.From)
	if err != nil {
		return nil, err
	}
	where, err := (&compiler{s: s, sc: src.sc, outer: s.outer}).where(sel.Where)
	if err != nil {
		return nil, err
	}
	names := it.Columns
	if names == nil && it.Alias != "" {
		names = []string{it.Alias}
	}
	g, err := s.compileGenerator(src.sc, call, names)
	if err != nil {
		return nil, err
	}
	// Cancellation is checked on the generated rows: one source row may
	// generate many.
	rel := &relation{cols: g.cols, sc: scopeOf("", g.cols),
		scan: s.cancellable(generatorScan(src.scan, where, g))}
	keys, err := generatorOrderKeys(orderBy, g.cols, name)
	if err != nil {
		return nil, err
	}
	if len(keys) > 0 {
		rel = sorted(&s.mem, rel, g.cols, keys, len(g.cols), keep)
	}
	return rel, nil
}

// generatorOrderKeys resolves the ORDER BY of a select list that is a
// table function: it may name the generated columns only.
func generatorOrderKeys(order []*parser.OrderItem, cols []Column, name string) ([]sortKey, error) {
	var keys []sortKey
	for _, o := range order {
		i := -1
		if id, ok := o.Expr.(*parser.Ident); ok && len(id.Parts) == 1 {
			i = outputIndex(cols, id.Parts[0])
		}
		if i < 0 {
			return nil, semanticError(o.Pos, "the ORDER BY of a select list that is table-generating function %s must name its output columns", name)
		}
		if err := jsonKeyError(o.Pos, cols[i].Type, "ORDER BY"); err != nil {
			return nil, err
		}
		keys = append(keys, orderKey(i, o))
	}
	return keys, nil
}

// tableFunctionPlacement is the error for a table function called inside
// an expression.
func tableFunctionPlacement(e *parser.Call) error {
	name := strings.ToLower(e.Name)
	return semanticError(e.Pos, "table-generating function %s cannot be used inside an expression; use it alone in the select list (SELECT %s(...) AS (...) FROM t) or in FROM t LATERAL VIEW %s(...) alias AS ...", name, name, name)
}

func columnCount(n int) string {
	if n == 1 {
		return "1 column"
	}
	return strconv.Itoa(n) + " columns"
}
