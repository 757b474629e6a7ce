package eval

import (
	"io"
	"math/rand/v2"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// windowing collects the window function calls of one SELECT while its
// select list, QUALIFY and ORDER BY are compiled. A call compiles into a
// read of an extra column that the window operator (rel_window.go)
// appends to each input row: the FROM clause's rows, or a grouped
// SELECT's post-aggregation rows, so `sum(sum(x)) over (...)` works.
type windowing struct {
	named   map[string]*parser.WindowSpec // the WINDOW clause, by lower-case name
	calls   []*windowCall
	byKey   map[string]int // exprKey of a call -> index in calls
	base    int            // width of the input rows; set by selectScan
	nesting bool           // compiling a window call's arguments or keys
	// cancelled reports a cancelled statement; the operator checks it
	// between partitions, as scans check it between rows.
	cancelled func() error
	mem       *memAccount // the statement's; the buffered rows are charged to it
}

// windowCall is one compiled window function call.
type windowCall struct {
	name string // lower case, for messages
	pos  parser.Pos
	args []expr
	spec *windowSpec
	t    Type
	// An aggregate over the frame has newState; a ranking or navigation
	// function has fn.
	newState func() aggState
	distinct bool
	filter   expr // an aggregate's FILTER (WHERE ...): rows where it is not true are left out
	fn       *windowFunc
	consts   []Value // fn's constant arguments (offsets, N), by argument index
	// rng draws CLUSTER_SAMPLE's rows from the session's randomness, so a
	// seeded session (the golden tests) samples the same rows every run.
	rng *rand.Rand
}

// windowSpec is a compiled window: its keys read the input rows.
type windowSpec struct {
	partition []expr
	order     []windowKey
	frame     frameSpec
	key       string // calls with equal keys share one sort
}

type windowKey struct {
	x          expr
	desc       bool
	nullsFirst bool
}

// winRef reads a window call's value from the extended row.
type winRef struct {
	w *windowing
	i int
	t Type
}

func (r *winRef) typ() Type                       { return r.t }
func (r *winRef) eval(row []Value) (Value, error) { return row[r.w.base+r.i], nil }

func newWindowing(windows []*parser.NamedWindow) (*windowing, error) {
	w := &windowing{named: map[string]*parser.WindowSpec{}, byKey: map[string]int{}}
	for _, nw := range windows {
		name := strings.ToLower(nw.Name)
		if _, dup := w.named[name]; dup {
			return nil, semanticError(nw.Pos, "window %s is defined twice in the WINDOW clause", nw.Name)
		}
		if b := nw.Spec.Base; b != "" {
			if _, ok := w.named[strings.ToLower(b)]; !ok {
				return nil, semanticError(nw.Spec.Pos, "window %s is not defined before window %s; define it earlier in the WINDOW clause", b, nw.Name)
			}
		}
		w.named[name] = nw.Spec
	}
	return w, nil
}

// containsWindow reports whether e calls a window function outside any
// subquery.
func containsWindow(e parser.Expr) bool {
	if e == nil {
		return false
	}
	if call, ok := e.(*parser.Call); ok && call.Over != nil {
		return true
	}
	for _, c := range exprChildren(e) {
		if containsWindow(c) {
			return true
		}
	}
	return false
}

// selectHasWindows reports whether a SELECT computes windows.
func selectHasWindows(sel *parser.Select, orderBy []*parser.OrderItem) bool {
	for _, it := range sel.Items {
		if containsWindow(it.Expr) {
			return true
		}
	}
	for _, o := range orderBy {
		if containsWindow(o.Expr) {
			return true
		}
	}
	return containsWindow(sel.Qualify)
}

// windowCall compiles f(...) OVER (...).
func (c *compiler) windowCall(e *parser.Call) (expr, error) {
	w := c.win
	name := strings.ToLower(e.Name)
	switch {
	case w == nil:
		return nil, semanticError(e.Pos, "window function %s is not allowed here: window functions go in the select list, QUALIFY or ORDER BY of a SELECT", name)
	case w.nesting:
		return nil, semanticError(e.Pos, "window function %s cannot be nested inside another window function", name)
	}
	key := exprKey(e)
	if i, ok := w.byKey[key]; ok {
		return &winRef{w: w, i: i, t: w.calls[i].t}, nil
	}
	spec, err := w.resolveSpec(e.Over)
	if err != nil {
		return nil, err
	}
	w.nesting = true
	call, err := c.compileWindowCall(e, spec)
	w.nesting = false
	if err != nil {
		return nil, err
	}
	w.byKey[key] = len(w.calls)
	w.calls = append(w.calls, call)
	return &winRef{w: w, i: len(w.calls) - 1, t: call.t}, nil
}

func (c *compiler) compileWindowCall(e *parser.Call, spec *parser.WindowSpec) (*windowCall, error) {
	call := &windowCall{name: strings.ToLower(e.Name), pos: e.Pos}
	var err error
	if call.spec, err = c.windowSpec(spec); err != nil {
		return nil, err
	}
	if f := windowFuncs[strings.ToUpper(e.Name)]; f != nil {
		if f.random {
			call.rng = c.s.windowRand()
		}
		return call, c.rankingCall(call, f, e, spec)
	}
	agg := lookupAggregate(e.Name)
	if agg == nil {
		if _, ok := c.s.reg.Lookup(e.Name); ok {
			return nil, semanticError(e.Pos, "function %s is not a window function: only aggregates and window functions take OVER", call.name)
		}
		return nil, semanticError(e.Pos, "function %s cannot be resolved%s", call.name, c.s.reg.DidYouMean(e.Name))
	}
	return call, c.aggregateWindow(call, agg, e)
}

// aggregateWindow compiles an aggregate used with OVER with the aggregate
// library's compileAggCall (arguments, constant arguments, FILTER, WITHIN
// GROUP, DISTINCT). DISTINCT without WITHIN GROUP of an aggregate whose
// input order does not matter uses the incremental distinctState instead
// of replaying the kept rows at every row of a growing frame.
func (c *compiler) aggregateWindow(call *windowCall, f *aggregateFunc, e *parser.Call) error {
	plain := *e
	call.distinct = e.Distinct && e.WithinGroup == nil && orderInsensitive[f.name]
	if call.distinct {
		plain.Distinct = false
	}
	a, err := compileAggCall(c, &plain)
	if err != nil {
		return err
	}
	call.args, call.t, call.newState, call.filter = a.args, a.t, a.newState, a.filter
	return nil
}

// resolveSpec merges a window with the named windows it refers to.
func (w *windowing) resolveSpec(s *parser.WindowSpec) (*parser.WindowSpec, error) {
	out := *s
	for depth := 0; out.Base != ""; depth++ {
		base, ok := w.named[strings.ToLower(out.Base)]
		if !ok || depth > len(w.named) {
			return nil, semanticError(s.Pos, "window %s is not defined; define it with WINDOW %s AS (...) after HAVING", out.Base, out.Base)
		}
		merged := *base
		if len(out.PartitionBy) > 0 {
			merged.PartitionBy = out.PartitionBy
		}
		if len(out.OrderBy) > 0 {
			merged.OrderBy = out.OrderBy
		}
		if out.Frame != nil {
			merged.Frame = out.Frame
		}
		out = merged
	}
	return &out, nil
}

// windowSpec compiles the keys and frame of a window.
func (c *compiler) windowSpec(s *parser.WindowSpec) (*windowSpec, error) {
	out := &windowSpec{}
	var key strings.Builder
	for _, p := range s.PartitionBy {
		x, err := c.expr(p)
		if err != nil {
			return nil, err
		}
		if err := jsonKeyError(p.Position(), x.typ(), "PARTITION BY"); err != nil {
			return nil, err
		}
		out.partition = append(out.partition, x)
		key.WriteString("p:" + exprKey(p) + ";")
	}
	for _, o := range s.OrderBy {
		x, err := c.expr(o.Expr)
		if err != nil {
			return nil, err
		}
		if err := jsonKeyError(o.Pos, x.typ(), "ORDER BY"); err != nil {
			return nil, err
		}
		k := windowKey{x: x, desc: o.Desc, nullsFirst: !o.Desc}
		if o.Nulls != "" {
			k.nullsFirst = o.Nulls == "FIRST"
		}
		out.order = append(out.order, k)
		key.WriteString("o:" + exprKey(o.Expr))
		if k.desc {
			key.WriteString(" desc")
		}
		if k.nullsFirst {
			key.WriteString(" nf")
		}
		key.WriteString(";")
	}
	out.key = key.String()
	var err error
	out.frame, err = c.frame(s, out)
	return out, err
}

// windowHasAggregate reports whether the PARTITION BY or ORDER BY of a
// window call has an aggregate (`rank() over (order by sum(x))`).
func windowHasAggregate(e parser.Expr) bool {
	call, ok := e.(*parser.Call)
	if !ok || call.Over == nil {
		return false
	}
	for _, p := range call.Over.PartitionBy {
		if containsAggregate(p) {
			return true
		}
	}
	for _, o := range call.Over.OrderBy {
		if containsAggregate(o.Expr) {
			return true
		}
	}
	return false
}

// startWindows prepares the compiler for the window calls of a SELECT,
// when it has any; QUALIFY without one is MaxCompute's error.
func (c *compiler) startWindows(sel *parser.Select, orderBy []*parser.OrderItem) error {
	if !selectHasWindows(sel, orderBy) {
		if sel.Qualify != nil {
			return semanticError(sel.QualifyPos, "use QUALIFY clause without window function")
		}
		if len(sel.Windows) > 0 {
			_, err := newWindowing(sel.Windows) // still report a bad WINDOW clause
			return err
		}
		return nil
	}
	var err error
	if c.win, err = newWindowing(sel.Windows); err == nil {
		c.win.cancelled = c.s.cancelled
		c.win.mem = &c.s.mem
	}
	return err
}

// qualify compiles QUALIFY, where the select list's aliases name its
// columns (a name of the FROM clause wins over an alias).
func (c *compiler) qualify(sel *parser.Select, p *projection) (expr, error) {
	if sel.Qualify == nil {
		return nil, nil
	}
	c.aliases = map[string]expr{}
	for i, it := range sel.Items {
		if it.Alias != "" && i < len(p.items) {
			c.aliases[strings.ToLower(it.Alias)] = p.items[i]
		}
	}
	defer func() { c.aliases = nil }()
	x, err := c.expr(sel.Qualify)
	if err != nil {
		return nil, err
	}
	return boolean(x, sel.Qualify.Position(), "QUALIFY")
}

// alias resolves a one-part name of QUALIFY that is a select list alias
// and no column of the FROM clause.
func (c *compiler) alias(e parser.Expr) (expr, bool) {
	id, ok := e.(*parser.Ident)
	if !ok || len(id.Parts) != 1 {
		return nil, false
	}
	x, ok := c.aliases[strings.ToLower(id.Parts[0])]
	if !ok {
		return nil, false
	}
	if i, _, err := c.sc.resolve(id.Pos, id.Parts); err == nil && i >= 0 {
		return nil, false
	}
	return x, true
}

// selectScan chains a SELECT's operators: filter (WHERE), grouping
// (with HAVING), windows, QUALIFY and the projection.
func (c *compiler) selectScan(src scanFunc, where, having, qualify expr, items []expr) scanFunc {
	g, w := c.group, c.win
	switch {
	case w == nil && g == nil:
		return streamScan(src, where, items)
	case w == nil:
		return func(fn func([]Value) error) error { return g.scan(src, where, having, items, fn) }
	}
	input := filterScan(src, where)
	if g != nil {
		w.base = len(g.keys) + len(g.aggs)
		post := make([]expr, w.base)
		for i := range post {
			post[i] = &colExpr{index: i}
		}
		input = func(fn func([]Value) error) error { return g.scan(src, where, having, post, fn) }
	} else {
		w.base = len(c.sc.cols)
	}
	return streamScan(w.scan(input), qualify, items)
}

// filterScan passes the rows of src that pass where, unchanged.
func filterScan(src scanFunc, where expr) scanFunc {
	if where == nil {
		return src
	}
	return func(fn func([]Value) error) error {
		return src(func(row []Value) error {
			if ok, err := passes(where, row); !ok || err != nil {
				return err
			}
			return fn(row)
		})
	}
}

// windowRand returns a generator seeded from the session's randomness
// (crypto/rand unless the session was given a reader).
func (s *Session) windowRand() *rand.Rand {
	var seed [32]byte
	if s.ctx.Rand != nil {
		io.ReadFull(s.ctx.Rand, seed[:]) // a short read leaves zeros: still a valid seed
	}
	return rand.New(rand.NewChaCha8(seed))
}
