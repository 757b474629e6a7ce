package eval

func init() {
	registerAggregates(
		&aggregateFunc{name: "count", resolve: resolveCount, doc: aggregateDoc(
			"BIGINT COUNT(*) | COUNT([DISTINCT|ALL] x, ...)",
			"number of rows, or of rows where no argument is NULL",
			"select count(*), count(distinct x) from values (1), (1), (null) t(x); -- 3, 1")},
		&aggregateFunc{name: "sum", resolve: resolveSum, doc: aggregateDoc(
			"BIGINT|DOUBLE|DECIMAL SUM(x)",
			"sum of the non-NULL inputs (BIGINT for integers, DECIMAL for DECIMAL, else DOUBLE); NULL when there are none",
			"select sum(x) from values (1), (2), (null) t(x); -- 3")},
		&aggregateFunc{name: "avg", resolve: resolveAvg, doc: aggregateDoc(
			"DOUBLE|DECIMAL AVG(x)",
			"mean of the non-NULL inputs (DECIMAL for DECIMAL); NULL when there are none",
			"select avg(x) from values (1), (2) t(x); -- 1.5")},
		&aggregateFunc{name: "min", resolve: resolveMinMax("min", -1), doc: aggregateDoc(
			"T MIN(T x)",
			"smallest non-NULL input of any type but BOOLEAN",
			"select min(x) from values (3), (1) t(x); -- 1")},
		&aggregateFunc{name: "max", resolve: resolveMinMax("max", 1), doc: aggregateDoc(
			"T MAX(T x)",
			"largest non-NULL input of any type but BOOLEAN",
			"select max(x) from values (3), (1) t(x); -- 3")},
		&aggregateFunc{name: "count_if", resolve: resolveCountIf, noFilter: true, doc: aggregateDoc(
			"BIGINT COUNT_IF(BOOLEAN expr)",
			"number of rows where expr is true; takes no FILTER clause",
			"select count_if(x > 1) from values (1), (2), (3) t(x); -- 2")},
		&aggregateFunc{name: "any_value", resolve: resolveAnyValue, doc: aggregateDoc(
			"T ANY_VALUE(T x)",
			"one of the non-NULL inputs (mcsql: the first one read)",
			"select any_value(x) from values (null), ('a'), ('b') t(x); -- a")},
		&aggregateFunc{name: "arg_max", resolve: resolveArgExtreme("arg_max", 1, false), doc: aggregateDoc(
			"R ARG_MAX(T valueToMaximize, R valueToReturn)",
			"valueToReturn of the row with the largest valueToMaximize (the first such row); rows whose valueToMaximize is NULL are skipped",
			"select arg_max(sal, ename) from values (800, 'SMITH'), (5000, 'KING') t(sal, ename); -- KING")},
		&aggregateFunc{name: "arg_min", resolve: resolveArgExtreme("arg_min", -1, false), doc: aggregateDoc(
			"R ARG_MIN(T valueToMinimize, R valueToReturn)",
			"valueToReturn of the row with the smallest valueToMinimize (the first such row); rows whose valueToMinimize is NULL are skipped",
			"select arg_min(sal, ename) from values (800, 'SMITH'), (5000, 'KING') t(sal, ename); -- SMITH")},
		&aggregateFunc{name: "max_by", resolve: resolveArgExtreme("max_by", 1, true), doc: aggregateDoc(
			"R MAX_BY(R valueToReturn, T valueToMaximize)",
			"ARG_MAX with the arguments swapped",
			"select max_by(ename, sal) from values (800, 'SMITH'), (5000, 'KING') t(sal, ename); -- KING")},
		&aggregateFunc{name: "min_by", resolve: resolveArgExtreme("min_by", -1, true), doc: aggregateDoc(
			"R MIN_BY(R valueToReturn, T valueToMinimize)",
			"ARG_MIN with the arguments swapped",
			"select min_by(ename, sal) from values (800, 'SMITH'), (5000, 'KING') t(sal, ename); -- SMITH")},
	)
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

// SUM gives BIGINT for integers, DOUBLE for FLOAT, DOUBLE and strings
// (read as DOUBLE), and DECIMAL for DECIMAL; NULL when no row has a value.
func resolveSum(args []Type) ([]Type, Type, func() aggState, error) {
	if err := oneArg("sum", args); err != nil {
		return resolveErr(err)
	}
	switch k := args[0].Kind; {
	case k.IsInteger() || k == KindVoid:
		return []Type{BigintType}, BigintType, func() aggState { return &intSumState{} }, nil
	case k == KindDecimal:
		plus := decimalArith("+")
		return args, DecimalType, func() aggState { return &sumState{plus: plus} }, nil
	case k == KindFloat || k == KindDouble || k.IsString():
		return []Type{DoubleType}, DoubleType, func() aggState { return &doubleSumState{} }, nil
	}
	return resolveErr(ArgumentTypeError("sum", 0, args[0]))
}

// intSumState is SUM of integers: BIGINT overflow is an error, as for +.
// It keeps the sum unboxed so that add does not allocate.
type intSumState struct {
	sum int64
	n   int64 // values summed
}

func (s *intSumState) add(args []Value) error {
	v, ok := args[0].(int64)
	if !ok {
		return nil
	}
	r, fits := intOp("+", s.sum, v)
	if !fits {
		return overflowError(KindBigint, "+", s.sum, v)
	}
	s.sum = r
	s.n++
	return nil
}

// remove takes back a value add saw (a sliding window frame); integer
// sums are exact, so the result is the sum of the values left.
func (s *intSumState) remove(args []Value) error {
	v, ok := args[0].(int64)
	if !ok {
		return nil
	}
	// The values left may not fit together (v was what kept them in range).
	r, fits := intOp("-", s.sum, v)
	if !fits {
		return overflowError(KindBigint, "+", s.sum, -v)
	}
	s.sum = r
	s.n--
	return nil
}

func (s *intSumState) result() (Value, error) {
	if s.n == 0 {
		return nil, nil
	}
	return s.sum, nil
}

// doubleSumState is SUM of doubles, added in row order.
type doubleSumState struct {
	sum float64
	n   int64
}

func (s *doubleSumState) add(args []Value) error {
	if v, ok := args[0].(float64); ok {
		s.sum += v
		s.n++
	}
	return nil
}

func (s *doubleSumState) result() (Value, error) {
	if s.n == 0 {
		return nil, nil
	}
	return s.sum, nil
}

// sumState adds with the + of the result type (DECIMAL: exact, an error
// past 38 digits).
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
		return resolveErr(err)
	}
	switch k := args[0].Kind; {
	case k == KindDecimal:
		plus, div := decimalArith("+"), decimalArith("/")
		return args, DecimalType, func() aggState { return &decimalAvgState{sum: sumState{plus: plus}, div: div} }, nil
	case doubleLike(args[0]):
		return []Type{DoubleType}, DoubleType, func() aggState { return &doubleAvgState{} }, nil
	}
	return resolveErr(ArgumentTypeError("avg", 0, args[0]))
}

type doubleAvgState struct{ doubleSumState }

func (s *doubleAvgState) result() (Value, error) {
	if s.n == 0 {
		return nil, nil
	}
	return s.sum / float64(s.n), nil
}

type decimalAvgState struct {
	sum sumState
	n   int64
	div func(a, b Value) (Value, error)
}

func (s *decimalAvgState) add(args []Value) error {
	if args[0] == nil {
		return nil
	}
	s.n++
	return s.sum.add(args)
}

func (s *decimalAvgState) result() (Value, error) {
	if s.n == 0 {
		return nil, nil
	}
	return s.div(s.sum.sum, decimalFromInt(s.n))
}

// resolveMinMax makes MIN (sign -1) or MAX (sign 1): the result has the
// argument's type and is NULL when no row has a value. The page allows
// "any data type other than BOOLEAN".
func resolveMinMax(name string, sign int) resolveFunc {
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := oneArg(name, args); err != nil {
			return resolveErr(err)
		}
		if args[0].Kind == KindBoolean {
			return resolveErr(ArgumentTypeError(name, 0, args[0]))
		}
		return args, args[0], func() aggState { return &extremeState{sign: sign} }, nil
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

// COUNT_IF counts the rows where its BOOLEAN argument is true.
func resolveCountIf(args []Type) ([]Type, Type, func() aggState, error) {
	if err := oneArg("count_if", args); err != nil {
		return resolveErr(err)
	}
	if k := args[0].Kind; k != KindBoolean && k != KindVoid {
		return resolveErr(ArgumentTypeError("count_if", 0, args[0]))
	}
	return []Type{BooleanType}, BigintType, func() aggState { return &countIfState{} }, nil
}

type countIfState struct{ n int64 }

func (s *countIfState) add(args []Value) error {
	if b, ok := args[0].(bool); ok && b {
		s.n++
	}
	return nil
}

// remove takes back a row add saw (a sliding window frame).
func (s *countIfState) remove(args []Value) error {
	if b, ok := args[0].(bool); ok && b {
		s.n--
	}
	return nil
}

func (s *countIfState) result() (Value, error) { return s.n, nil }

// ANY_VALUE returns "an arbitrary value": mcsql's is the first non-NULL
// one, which is what the page's examples show.
func resolveAnyValue(args []Type) ([]Type, Type, func() aggState, error) {
	if err := oneArg("any_value", args); err != nil {
		return resolveErr(err)
	}
	return args, args[0], func() aggState { return &anyValueState{} }, nil
}

type anyValueState struct{ v Value }

func (s *anyValueState) add(args []Value) error {
	if s.v == nil {
		s.v = args[0]
	}
	return nil
}

func (s *anyValueState) result() (Value, error) { return s.v, nil }

// resolveArgExtreme makes ARG_MAX/ARG_MIN(key, value) and, swapped,
// MAX_BY/MIN_BY(value, key). Of rows tied on the extreme key, the first
// wins (the pages say "one of the rows"; their examples show the first).
func resolveArgExtreme(name string, sign int, swapped bool) resolveFunc {
	key, val := 0, 1
	if swapped {
		key, val = 1, 0
	}
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := argCount(name, args, 2, 2); err != nil {
			return resolveErr(err)
		}
		return args, args[val], func() aggState { return &argExtremeState{sign: sign, key: key, val: val} }, nil
	}
}

type argExtremeState struct {
	sign, key, val int
	best, value    Value
}

func (s *argExtremeState) add(args []Value) error {
	k := args[s.key]
	if k != nil && (s.best == nil || Compare(k, s.best)*s.sign > 0) {
		s.best, s.value = k, args[s.val]
	}
	return nil
}

func (s *argExtremeState) result() (Value, error) { return s.value, nil }
