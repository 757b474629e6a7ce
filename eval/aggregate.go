package eval

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Aggregate functions. The library is split by family: aggregate_basic.go
// (COUNT, SUM, AVG, MIN, MAX and the value pickers), aggregate_bool.go
// (boolean and bitwise folds), aggregate_stats.go (variance, covariance,
// correlation), aggregate_collect.go (arrays, strings and maps),
// aggregate_percentile.go (exact order statistics), aggregate_approx.go
// (sketches) and aggregate_replay.go (DISTINCT and WITHIN GROUP, which
// replay the rows to any aggregate).
//
// They stay in package eval rather than in package functions: a state
// works on eval's value representations (Compare, rowKey, DECIMAL
// arithmetic), which functions would otherwise need exported, and GROUP BY
// and window planning find them through lookupAggregate.

// aggState accumulates one aggregate over the rows of one group.
type aggState interface {
	// add sees one row's arguments, NULLs included; args is reused for the
	// next row.
	add(args []Value) error
	// result may be called any number of times, between adds too (a
	// window's growing frame reads it after every row): it must not change
	// the state, and a result that is a container must not be modified by
	// later adds.
	result() (Value, error)
}

// aggregateFunc is an aggregate function. Aggregates are not in the
// function Registry: they are evaluated by GROUP BY, not per row, so the
// compiler recognizes their names itself.
type aggregateFunc struct {
	name string
	doc  Doc
	// resolve checks the argument types and returns the types to convert
	// the arguments to, the result type and a constructor of fresh states.
	resolve func(args []Type) (params []Type, result Type, newState func() aggState, err error)
	// constArgs are the positions of arguments that must be the same for
	// every row (a separator, a percentile); states read them from the
	// first row they see.
	constArgs []int
	// constArgsOf, when set, gives constArgs for the argument types (where
	// they move with the arity, as PERCENTILE_APPROX's p and B).
	constArgsOf func(args []Type) []int
	// withinGroup: the function takes WITHIN GROUP (ORDER BY ...).
	withinGroup bool
	// noFilter: the function refuses FILTER (WHERE ...) (COUNT_IF).
	noFilter bool
}

// resolveFunc is the type of aggregateFunc.resolve.
type resolveFunc = func(args []Type) ([]Type, Type, func() aggState, error)

// aggregates are MaxCompute's aggregate functions by upper-case name,
// filled by registerAggregates from each family's file.
var aggregates = map[string]*aggregateFunc{}

// registerAggregates adds aggregate functions, keyed by upper-case name.
func registerAggregates(fs ...*aggregateFunc) {
	for _, f := range fs {
		aggregates[strings.ToUpper(f.name)] = f
	}
}

// aggregateDoc is the help text of a function of the aggregate group.
func aggregateDoc(signature, description, example string) Doc {
	return Doc{Category: CategoryAggregate, Signature: signature, Description: description, Example: example}
}

// AggregateDoc returns the help text of an aggregate function.
func AggregateDoc(name string) (Doc, bool) {
	a, ok := aggregates[strings.ToUpper(name)]
	if !ok {
		return Doc{}, false
	}
	return a.doc, true
}

// isAggregate reports whether name is an aggregate function.
func isAggregate(name string) bool {
	return lookupAggregate(name) != nil
}

// lookupAggregate returns the aggregate function called name (any case),
// or nil. GROUP BY and window planning both find aggregates through it.
func lookupAggregate(name string) *aggregateFunc {
	return aggregates[strings.ToUpper(name)]
}

// anyNull reports whether some argument is NULL.
func anyNull(args []Value) bool {
	for _, a := range args {
		if a == nil {
			return true
		}
	}
	return false
}

// argCount checks the argument count of an aggregate taking between lo
// and hi arguments.
func argCount(name string, args []Type, lo, hi int) error {
	if len(args) < lo || len(args) > hi {
		needs := strconv.Itoa(lo)
		if hi != lo {
			needs = strconv.Itoa(lo) + " to " + strconv.Itoa(hi)
		}
		return ArgumentCountError(name, needs, len(args))
	}
	return nil
}

// oneArg checks the argument count of a one-argument aggregate.
func oneArg(name string, args []Type) error { return argCount(name, args, 1, 1) }

// resolveErr is a resolve function's error return.
func resolveErr(err error) ([]Type, Type, func() aggState, error) {
	return nil, Type{}, nil, err
}

// doubleLike reports whether t converts to DOUBLE for the statistics
// functions: numbers, strings (read as DOUBLE, as MaxCompute does) and
// NULL.
func doubleLike(t Type) bool {
	return t.Kind.IsNumeric() || t.Kind.IsString() || t.Kind == KindVoid
}

// repeatType is n copies of t.
func repeatType(t Type, n int) []Type {
	out := make([]Type, n)
	for i := range out {
		out[i] = t
	}
	return out
}

// aggKey is rowKey with -0.0 read as 0.0: one value for DISTINCT and for
// the keys of collected sets and maps, as for GROUP BY.
func aggKey(args []Value) string {
	for i, v := range args {
		if f, ok := v.(float64); ok && f == 0 && math.Signbit(f) {
			norm := slices.Clone(args)
			for j := i; j < len(norm); j++ {
				if f, ok := norm[j].(float64); ok && f == 0 {
					norm[j] = 0.0
				}
			}
			return rowKey(norm)
		}
	}
	return rowKey(args)
}
