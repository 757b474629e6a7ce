package eval

import (
	"strings"
)

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
}

// aggregates are MaxCompute's aggregate functions by upper-case name.
var aggregates = map[string]*aggregateFunc{
	"COUNT": {name: "count", resolve: resolveCount, doc: aggregateDoc(
		"BIGINT COUNT(*) | COUNT([DISTINCT] x, ...)",
		"number of rows, or of rows where no argument is NULL",
		"select count(*), count(distinct x) from values (1), (1), (null) t(x); -- 3, 1")},
	"SUM": {name: "sum", resolve: resolveSum, doc: aggregateDoc(
		"BIGINT|DOUBLE|DECIMAL SUM(x)",
		"sum of the non-NULL inputs; NULL when there are none",
		"select sum(x) from values (1), (2), (null) t(x); -- 3")},
	"AVG": {name: "avg", resolve: resolveAvg, doc: aggregateDoc(
		"DOUBLE|DECIMAL AVG(x)",
		"mean of the non-NULL inputs; NULL when there are none",
		"select avg(x) from values (1), (2) t(x); -- 1.5")},
	"MIN": {name: "min", resolve: resolveMinMax(-1), doc: aggregateDoc(
		"T MIN(T x)",
		"smallest non-NULL input",
		"select min(x) from values (3), (1) t(x); -- 1")},
	"MAX": {name: "max", resolve: resolveMinMax(1), doc: aggregateDoc(
		"T MAX(T x)",
		"largest non-NULL input",
		"select max(x) from values (3), (1) t(x); -- 3")},
}

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

// COUNT(x, ...) counts rows where no argument is NULL; COUNT(*) has no
// arguments and counts every row. The result is BIGINT.
func resolveCount(args []Type) ([]Type, Type, func() aggState, error) {
	return args, BigintType, func() aggState { return &countState{} }, nil
}

type countState struct{ n int64 }

func (s *countState) add(args []Value) error {
	if !anyNull(args) {
		s.n++
	}
	return nil
}

func (s *countState) result() (Value, error) { return s.n, nil }

func anyNull(args []Value) bool {
	for _, a := range args {
		if a == nil {
			return true
		}
	}
	return false
}

// oneArg checks the argument count of a one-argument aggregate.
func oneArg(name string, args []Type) error {
	if len(args) != 1 {
		return ArgumentCountError(name, "1", len(args))
	}
	return nil
}

// SUM gives BIGINT for integers, DOUBLE for FLOAT, DOUBLE and strings
// (read as DOUBLE), and DECIMAL for DECIMAL; NULL when no row has a value.
func resolveSum(args []Type) ([]Type, Type, func() aggState, error) {
	if err := oneArg("sum", args); err != nil {
		return nil, Type{}, nil, err
	}
	switch k := args[0].Kind; {
	case k.IsInteger() || k == KindVoid:
		plus := intArith("+", KindBigint)
		return []Type{BigintType}, BigintType, func() aggState { return &sumState{plus: plus} }, nil
	case k == KindDecimal:
		plus := decimalArith("+")
		return args, DecimalType, func() aggState { return &sumState{plus: plus} }, nil
	case k == KindFloat || k == KindDouble || k.IsString():
		plus := doubleArith("+")
		return []Type{DoubleType}, DoubleType, func() aggState { return &sumState{plus: plus} }, nil
	}
	return nil, Type{}, nil, ArgumentTypeError("sum", 0, args[0])
}

// sumState adds with the + of the result type (BIGINT overflow is an
// error, as for +).
type sumState struct {
	plus func(a, b Value) (Value, error)
	sum  Value
}

func (s *sumState) add(args []Value) error {
	v := args[0]
	switch {
	case v == nil:
		return nil
	case s.sum == nil:
		s.sum = v
		return nil
	}
	sum, err := s.plus(s.sum, v)
	s.sum = sum
	return err
}

func (s *sumState) result() (Value, error) { return s.sum, nil }

// AVG gives DOUBLE, or DECIMAL for DECIMAL (the sum divided by the count
// with DECIMAL division); NULL when no row has a value.
func resolveAvg(args []Type) ([]Type, Type, func() aggState, error) {
	if err := oneArg("avg", args); err != nil {
		return nil, Type{}, nil, err
	}
	switch k := args[0].Kind; {
	case k == KindDecimal:
		plus, div := decimalArith("+"), decimalArith("/")
		return args, DecimalType, func() aggState {
			return &avgState{sum: sumState{plus: plus}, div: div, count: func(n int64) Value { return decimalFromInt(n) }}
		}, nil
	case k.IsNumeric() || k.IsString() || k == KindVoid:
		plus, div := doubleArith("+"), doubleArith("/")
		return []Type{DoubleType}, DoubleType, func() aggState {
			return &avgState{sum: sumState{plus: plus}, div: div, count: func(n int64) Value { return float64(n) }}
		}, nil
	}
	return nil, Type{}, nil, ArgumentTypeError("avg", 0, args[0])
}

type avgState struct {
	sum   sumState
	n     int64
	div   func(a, b Value) (Value, error)
	count func(int64) Value // n in the sum's representation
}

func (s *avgState) add(args []Value) error {
	if args[0] == nil {
		return nil
	}
	s.n++
	return s.sum.add(args)
}

func (s *avgState) result() (Value, error) {
	if s.n == 0 {
		return nil, nil
	}
	return s.div(s.sum.sum, s.count(s.n))
}

// resolveMinMax makes MIN (sign -1) or MAX (sign 1): the result has the
// argument's type and is NULL when no row has a value.
func resolveMinMax(sign int) func(args []Type) ([]Type, Type, func() aggState, error) {
	name := "max"
	if sign < 0 {
		name = "min"
	}
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := oneArg(name, args); err != nil {
			return nil, Type{}, nil, err
		}
		t := args[0]
		return args, t, func() aggState { return &extremeState{sign: sign} }, nil
	}
}

type extremeState struct {
	sign int
	best Value
}

func (s *extremeState) add(args []Value) error {
	v := args[0]
	if v != nil && (s.best == nil || Compare(v, s.best)*s.sign > 0) {
		s.best = v
	}
	return nil
}

func (s *extremeState) result() (Value, error) { return s.best, nil }

// distinctState feeds its inner state each distinct argument tuple once
// (COUNT(DISTINCT x), SUM(DISTINCT x), ...); tuples with a NULL are
// skipped, as every aggregate ignores them.
type distinctState struct {
	inner aggState
	seen  map[string]bool
	mem   *memTracker // charged for each value seen
	key   []byte      // the current arguments' key, reused
}

func (s *distinctState) add(args []Value) error {
	if anyNull(args) {
		return nil
	}
	s.key = appendRowKey(s.key[:0], args)
	if s.seen[string(s.key)] {
		return nil
	}
	k := string(s.key)
	if err := s.mem.chargeBytes(keyBytes(k)); err != nil {
		return err
	}
	s.seen[k] = true
	return s.inner.add(args)
}

func (s *distinctState) result() (Value, error) { return s.inner.result() }
