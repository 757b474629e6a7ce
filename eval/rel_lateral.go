package eval

import "github.com/mcsql/mcsql/parser"

// generatorCall is a compiled table function call (plan_lateral.go): its
// arguments, read from the input row, and the generator they feed.
type generatorCall struct {
	args []expr
	gen  Generator
	ctx  *CallContext
	cols []Column // output columns as the query names them
	pos  parser.Pos
}

// call evaluates the arguments on row into argv and runs the generator,
// which fills out and calls emit per generated row.
func (g *generatorCall) call(row, argv, out []Value, emit func() error) error {
	for i, a := range g.args {
		v, err := a.eval(row)
		if err != nil {
			return err
		}
		argv[i] = v
	}
	return g.gen(g.ctx, argv, out, emit)
}

// lateralScan joins each source row (of width n) with the rows g generates
// from it; outer keeps a row g generates nothing for, with NULLs. The
// output row, the argument slice and the emit callback are made once per
// scan, so generating a row allocates nothing here.
func lateralScan(src func(func([]Value) error) error, n int, g *generatorCall, outer bool) func(func([]Value) error) error {
	return func(fn func([]Value) error) error {
		full := make([]Value, n+len(g.cols))
		argv := make([]Value, len(g.args))
		var produced bool
		var downstream error
		emit := func() error {
			produced = true
			downstream = fn(full)
			return downstream
		}
		return src(func(row []Value) error {
			copy(full, row)
			produced, downstream = false, nil
			err := g.call(row, argv, full[n:], emit)
			switch {
			case downstream != nil:
				return downstream // LIMIT's stop, or the consumer's error, unchanged
			case err != nil:
				return At(g.pos, err)
			case !produced && outer:
				clear(full[n:])
				return fn(full)
			}
			return nil
		})
	}
}

// generatorScan is the select-list form: source rows passing where, each
// replaced by the rows g generates from it.
func generatorScan(src func(func([]Value) error) error, where expr, g *generatorCall) func(func([]Value) error) error {
	return func(fn func([]Value) error) error {
		out := make([]Value, len(g.cols))
		argv := make([]Value, len(g.args))
		var downstream error
		emit := func() error {
			downstream = fn(out)
			return downstream
		}
		return src(func(row []Value) error {
			if ok, err := passes(where, row); !ok || err != nil {
				return err
			}
			downstream = nil
			err := g.call(row, argv, out, emit)
			if downstream != nil {
				return downstream
			}
			return At(g.pos, err)
		})
	}
}
