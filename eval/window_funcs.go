package eval

import (
	"sort"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// windowFunc is a ranking or navigation window function: it computes a
// whole partition at once (aggregates with OVER are aggregateFuncs).
type windowFunc struct {
	name             string
	doc              Doc
	minArgs, maxArgs int
	needsOrder       bool // LAG and LEAD: the window must have ORDER BY
	framed           bool // FIRST_VALUE, LAST_VALUE, NTH_VALUE read the frame
	random           bool // CLUSTER_SAMPLE draws from the session's randomness
	// resolve checks and converts call.args (e the call as written) and
	// sets call.t and call.consts.
	resolve func(call *windowCall, e *parser.Call) error
	// compute writes the result of each position of the partition to out.
	compute func(p *partView, call *windowCall, out []Value) error
}

func windowDoc(signature, description, example string) Doc {
	return Doc{Category: CategoryWindow, Signature: signature, Description: description, Example: example}
}

// WindowNames returns the names of the ranking and navigation window
// functions, sorted; like aggregates they are not in the Registry.
func WindowNames() []string {
	names := make([]string, 0, len(windowFuncs))
	for n := range windowFuncs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// WindowDoc returns the help text of a window function.
func WindowDoc(name string) (Doc, bool) {
	f, ok := windowFuncs[strings.ToUpper(name)]
	if !ok {
		return Doc{}, false
	}
	return f.doc, true
}

// rankingCall compiles a call of a ranking or navigation function.
func (c *compiler) rankingCall(call *windowCall, f *windowFunc, e *parser.Call, spec *parser.WindowSpec) error {
	switch {
	case e.Star || e.Distinct:
		return semanticError(e.Pos, "window function %s does not take * or DISTINCT", call.name)
	case e.Filter != nil || e.WithinGroup != nil:
		return semanticError(e.Pos, "window function %s is not an aggregate function: it takes no FILTER or WITHIN GROUP", call.name)
	case len(e.Args) < f.minArgs || len(e.Args) > f.maxArgs:
		want := strconv.Itoa(f.minArgs)
		if f.maxArgs > f.minArgs {
			want += " to " + strconv.Itoa(f.maxArgs)
		}
		return At(e.Pos, ArgumentCountError(call.name, want, len(e.Args)))
	case !f.framed && spec.Frame != nil:
		return semanticError(spec.Frame.Pos, "window function %s does not take a window frame (ROWS, RANGE or GROUPS); remove it", call.name)
	case f.needsOrder && len(spec.OrderBy) == 0:
		return semanticError(e.Pos, "window function %s needs an ORDER BY in its window: OVER ([PARTITION BY ...] ORDER BY ...)", call.name)
	}
	var err error
	if call.args, _, err = c.exprs(e.Args); err != nil {
		return err
	}
	call.fn = f
	call.consts = make([]Value, len(call.args))
	return f.resolve(call, e)
}

// constArg requires argument i to be a constant of type t and stores its
// value in call.consts. A BIGINT argument (an offset, a count) converts as
// by CAST: LAG's page converts STRING and DOUBLE offsets to BIGINT.
func constArg(call *windowCall, e *parser.Call, i int, t Type) error {
	x, err := convertWith(call.args[i], t, e.Args[i].Position(), t.Kind == KindBigint)
	if err != nil {
		return err
	}
	if k, ok := x.(*convExpr); ok && isConst(k.x) {
		// Fold the conversion of a constant now, reporting a bad value here.
		v, err := x.eval(nil)
		if err != nil {
			return At(e.Args[i].Position(), err)
		}
		x = &constExpr{t: t, v: v}
	}
	k, ok := x.(*constExpr)
	if !ok {
		return semanticError(e.Args[i].Position(), "argument %d of window function %s must be a constant", i+1, call.name)
	}
	call.args[i], call.consts[i] = x, k.v
	return nil
}

// positiveArg is constArg for a BIGINT that must be at least min.
func positiveArg(call *windowCall, e *parser.Call, i int, min int64) error {
	if err := constArg(call, e, i, BigintType); err != nil {
		return err
	}
	if n, ok := call.consts[i].(int64); !ok || n < min {
		return &Error{Code: CodeArgumentType, Pos: e.Args[i].Position(), HasPos: true,
			Msg: "argument " + strconv.Itoa(i+1) + " of window function " + call.name + " must be a BIGINT constant of at least " + strconv.Itoa(int(min))}
	}
	return nil
}

func rankBigint(call *windowCall, _ *parser.Call) error { call.t = BigintType; return nil }
func rankDouble(call *windowCall, _ *parser.Call) error { call.t = DoubleType; return nil }

var windowFuncs = map[string]*windowFunc{}

func init() {
	for _, f := range []*windowFunc{rowNumberFunc, rankFunc, denseRankFunc, percentRankFunc, cumeDistFunc, ntileFunc,
		lagFunc, leadFunc, firstValueFunc, lastValueFunc, nthValueFunc, clusterSampleFunc} {
		windowFuncs[strings.ToUpper(f.name)] = f
	}
}
