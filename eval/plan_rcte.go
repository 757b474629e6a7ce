package eval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Recursive common table expressions (WITH RECURSIVE name [(cols)] AS
// (initial_part UNION ALL recursive_part)), of the "Common table
// expression (CTE)" page. The initial part runs once; the recursive part
// then runs again and again, each time reading (through the CTE's name)
// only the rows the previous run produced, until a run produces none. The
// CTE's rows are those of all the runs. The recursive part may produce
// rows in at most odps.sql.rcte.max.iterate.num runs (FlagRCTEMaxIterations:
// 10 unless set; a larger value than 100 is taken as 100); a run past that
// which still produces rows is an error, as in MaxCompute ("exceed max
// iterate number"), rather than a silently cut result.

// FlagRCTEMaxIterations is the SET flag of the recursion limit.
const FlagRCTEMaxIterations = "odps.sql.rcte.max.iterate.num"

// defaultRCTEMaxIterations is the limit when the flag is not set, and
// maxRCTEIterations the hard limit a larger value is clamped to.
const (
	defaultRCTEMaxIterations = 10
	maxRCTEIterations        = 100
)

// recursiveCTE is a planned recursive CTE.
type recursiveCTE struct {
	init, step *relation
	convs      []convFn    // the recursive part's values to the initial part's types; nil entries need none
	working    *cteBinding // what the CTE's name reads inside the recursive part
	maxIter    int
	mem        *memAccount
	pos        parser.Pos
	name       string
}

// compileRecursiveCTE plans c when it is initial UNION ALL recursive and
// the recursive part reads c; ok is false when c is an ordinary CTE (it
// is then planned as one).
func (s *Session) compileRecursiveCTE(c *parser.CTE) (rel *relation, ok bool, err error) {
	op, isUnion := c.Query.Body.(*parser.SetOp)
	if !isUnion || !strings.EqualFold(op.Op, "UNION") || c.Query.With != nil {
		return nil, false, nil
	}
	init, err := s.compileQuery(&parser.Query{Pos: c.Query.Pos, Body: op.Left})
	if err != nil {
		return nil, true, err
	}
	if init, err = renameCTEColumns(c, init); err != nil {
		return nil, true, err
	}
	working := &cteBinding{rel: &relation{cols: init.cols}, cache: &materialized{cols: init.cols}, mem: &s.mem}
	saved := s.ctes
	s.ctes = &cteScope{parent: s.ctes, name: strings.ToLower(c.Name), cte: working}
	step, err := s.compileQuery(&parser.Query{Pos: op.Right.Position(), Body: op.Right})
	s.ctes = saved
	if err != nil || working.refs == 0 {
		return nil, working.refs > 0, err
	}
	if !op.All {
		return nil, true, semanticError(op.Pos, "recursive CTE %s joins its initial and recursive parts with UNION; a recursive CTE takes UNION ALL", c.Name)
	}
	if q := c.Query; q.OrderBy != nil || q.Limit != nil || q.DistributeBy != nil || q.SortBy != nil {
		return nil, true, semanticError(c.Pos, "recursive CTE %s has ORDER BY, LIMIT, DISTRIBUTE BY or SORT BY after its UNION ALL; put them in the query that reads the CTE", c.Name)
	}
	r := &recursiveCTE{init: init, step: step, working: working, mem: &s.mem, pos: c.Pos, name: c.Name}
	if r.convs, err = recursiveConverters(c, init, step); err != nil {
		return nil, true, err
	}
	if r.maxIter, err = s.rcteMaxIterations(c.Pos); err != nil {
		return nil, true, err
	}
	return &relation{cols: init.cols, sc: init.sc, scan: r.scan}, true, nil
}

// recursiveConverters checks that the recursive part gives the initial
// part's columns and returns the conversions of its values to their types.
func recursiveConverters(c *parser.CTE, init, step *relation) ([]convFn, error) {
	if len(step.cols) != len(init.cols) {
		return nil, semanticError(c.Pos, "the recursive part of CTE %s returns %d columns but its initial part returns %d", c.Name, len(step.cols), len(init.cols))
	}
	convs := make([]convFn, len(step.cols))
	for i, col := range step.cols {
		want := init.cols[i].Type
		if col.Type.Kind == KindVoid || col.Type.Equal(want) {
			continue
		}
		if !CanImplicit(col.Type, want) {
			return nil, semanticError(c.Pos, "column %s of CTE %s is %s in the initial part but %s in the recursive part; CAST the initial part's value to the wider type", init.cols[i].Name, c.Name, want, col.Type)
		}
		fn, err := Converter(col.Type, want, false)
		if err != nil {
			return nil, At(c.Pos, err)
		}
		convs[i] = fn
	}
	return convs, nil
}

// rcteMaxIterations reads odps.sql.rcte.max.iterate.num.
func (s *Session) rcteMaxIterations(pos parser.Pos) (int, error) {
	v, ok := s.ctx.Flag(FlagRCTEMaxIterations)
	if !ok {
		return defaultRCTEMaxIterations, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 0, semanticError(pos, "%s is %q; it takes a whole number from 1 to %d", FlagRCTEMaxIterations, v, maxRCTEIterations)
	}
	return min(n, maxRCTEIterations), nil
}

// scan runs the recursion, passing on each row as it is made. Only the
// previous run's rows are kept (the recursive part's input), charged to
// the statement's memory budget.
func (r *recursiveCTE) scan(fn func([]Value) error) error {
	mem := r.mem.track("a recursive common table expression")
	defer mem.release()
	var work [][]Value
	keep := func(row []Value) error {
		if err := mem.charge(row); err != nil {
			return err
		}
		row = append([]Value(nil), row...)
		work = append(work, row)
		return fn(row)
	}
	if err := r.init.scan(keep); err != nil {
		return err
	}
	for run := 1; len(work) > 0; run++ {
		r.working.cache.rows, work = work, nil
		mem.release() // the previous run's rows are dropped as this one reads them
		err := r.step.scan(func(row []Value) error {
			if run > r.maxIter {
				return r.exceeded()
			}
			return r.convert(row, keep)
		})
		if err != nil {
			return err
		}
	}
	r.working.cache.rows = nil
	return nil
}

// exceeded is the error of a recursion past the limit.
func (r *recursiveCTE) exceeded() error {
	raise := ""
	if r.maxIter < maxRCTEIterations {
		raise = fmt.Sprintf(", or raise %s (at most %d)", FlagRCTEMaxIterations, maxRCTEIterations)
	}
	return semanticError(r.pos, "recursive-cte %s exceed max iterate number %d: its recursive part still produces rows; add a condition that ends the recursion%s", r.name, r.maxIter, raise)
}

// convert gives a row of the recursive part the initial part's types, in
// a copy: the row may be its producer's buffer or a cached row.
func (r *recursiveCTE) convert(row []Value, fn func([]Value) error) error {
	var out []Value
	for i, conv := range r.convs {
		if conv == nil || row[i] == nil {
			continue
		}
		v, err := conv(row[i])
		if err != nil {
			return err
		}
		if out == nil {
			out = append([]Value(nil), row...)
		}
		out[i] = v
	}
	if out == nil {
		return fn(row)
	}
	return fn(out)
}
