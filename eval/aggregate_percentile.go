package eval

import (
	"math"
	"slices"
)

func init() {
	registerAggregates(
		&aggregateFunc{name: "median", resolve: resolveMedian, doc: aggregateDoc(
			"DOUBLE|DECIMAL MEDIAN(x)",
			"median of the non-NULL inputs, the mean of the middle two for an even count (DECIMAL for DECIMAL, else DOUBLE)",
			"select median(x) from values (1), (2), (4), (10) t(x); -- 3.0")},
		&aggregateFunc{name: "percentile", resolve: resolvePercentile, constArgs: []int{1}, doc: aggregateDoc(
			"DOUBLE PERCENTILE(BIGINT x, DOUBLE p) | ARRAY<DOUBLE> PERCENTILE(BIGINT x, ARRAY<DOUBLE> ps)",
			"exact p-th percentile of the non-NULL inputs, interpolated between the sorted values at 0-based position p * (n - 1); p in [0, 1]",
			"select percentile(x, 0.3) from values (100), (200), (300) t(x); -- 160.0")},
		&aggregateFunc{name: "percentile_cont", resolve: resolvePercentileCont, constArgs: []int{1, 2}, doc: aggregateDoc(
			"DOUBLE PERCENTILE_CONT(DOUBLE|DECIMAL x, DOUBLE p [, BOOLEAN isIgnoreNull])",
			"exact percentile by linear interpolation at position p * (n - 1); with isIgnoreNull false, NULLs count as the smallest values",
			"select percentile_cont(x, 0.9) from values (0D), (3D), (null), (1D), (2D) t(x); -- 2.7")},
		&aggregateFunc{name: "percentile_disc", resolve: resolvePercentileDisc, constArgs: []int{1, 2}, doc: aggregateDoc(
			"T PERCENTILE_DISC(T x, DOUBLE p [, BOOLEAN isIgnoreNull])",
			"the first sorted value whose cumulative distribution reaches p; with isIgnoreNull false, NULLs count as the smallest values",
			"select percentile_disc(x, 0.5) from values ('c'), (null), ('b'), ('a') t(x); -- b")},
	)
}

// MEDIAN is PERCENTILE_CONT(x, 0.5), exact for DECIMAL.
func resolveMedian(args []Type) ([]Type, Type, func() aggState, error) {
	if err := oneArg("median", args); err != nil {
		return resolveErr(err)
	}
	switch t := args[0]; {
	case t.Kind == KindDecimal:
		return args, DecimalType, func() aggState { return &decimalMedianState{} }, nil
	case doubleLike(t):
		return []Type{DoubleType}, DoubleType, func() aggState {
			return &contState{ps: []float64{0.5}, ignoreNulls: true, parsed: true, scalar: true}
		}, nil
	}
	return resolveErr(ArgumentTypeError("median", 0, args[0]))
}

// PERCENTILE(x, p | array(p, ...)): x an integer, p constant.
func resolvePercentile(args []Type) ([]Type, Type, func() aggState, error) {
	if err := argCount("percentile", args, 2, 2); err != nil {
		return resolveErr(err)
	}
	if k := args[0].Kind; !k.IsInteger() && k != KindVoid {
		return resolveErr(ArgumentTypeError("percentile", 0, args[0]))
	}
	pt, result, err := percentileArg("percentile", args[1])
	if err != nil {
		return resolveErr(err)
	}
	return []Type{DoubleType, pt}, result, func() aggState {
		return &contState{ignoreNulls: true, scalar: result.Kind == KindDouble, name: "percentile"}
	}, nil
}

// percentileArg checks a percentile argument: a number (DOUBLE result)
// or an array of numbers (ARRAY<DOUBLE>).
func percentileArg(name string, t Type) (param, result Type, err error) {
	switch {
	case t.Kind.IsNumeric() || t.Kind == KindVoid:
		return DoubleType, DoubleType, nil
	case t.Kind == KindArray && (t.Elem.Kind.IsNumeric() || t.Elem.Kind == KindVoid):
		return ArrayOf(DoubleType), ArrayOf(DoubleType), nil
	}
	return Type{}, Type{}, ArgumentTypeError(name, 1, t)
}

// percentileOptions checks PERCENTILE_CONT/DISC's p and isIgnoreNull.
func percentileOptions(name string, args []Type) error {
	if err := argCount(name, args, 2, 3); err != nil {
		return err
	}
	if k := args[1].Kind; !k.IsNumeric() && k != KindVoid {
		return ArgumentTypeError(name, 1, args[1])
	}
	if len(args) == 3 && args[2].Kind != KindBoolean && args[2].Kind != KindVoid {
		return ArgumentTypeError(name, 2, args[2])
	}
	return nil
}

// percentileParams are the parameter types of PERCENTILE_CONT/DISC.
func percentileParams(args []Type, x Type) []Type {
	params := []Type{x, DoubleType}
	if len(args) == 3 {
		params = append(params, BooleanType)
	}
	return params
}

// PERCENTILE_CONT(x, p [, isIgnoreNull]): x DOUBLE or DECIMAL (read as
// DOUBLE), the result DOUBLE.
func resolvePercentileCont(args []Type) ([]Type, Type, func() aggState, error) {
	if err := percentileOptions("percentile_cont", args); err != nil {
		return resolveErr(err)
	}
	if !doubleLike(args[0]) {
		return resolveErr(ArgumentTypeError("percentile_cont", 0, args[0]))
	}
	return percentileParams(args, DoubleType), DoubleType, func() aggState {
		return &contState{scalar: true, name: "percentile_cont"}
	}, nil
}

// PERCENTILE_DISC(x, p [, isIgnoreNull]): x of any sortable type, the
// result of x's type.
func resolvePercentileDisc(args []Type) ([]Type, Type, func() aggState, error) {
	if err := percentileOptions("percentile_disc", args); err != nil {
		return resolveErr(err)
	}
	switch args[0].Kind {
	case KindMap, KindJSON:
		return resolveErr(ArgumentTypeError("percentile_disc", 0, args[0]))
	}
	return percentileParams(args, args[0]), args[0], func() aggState { return &discState{} }, nil
}

// percentileOptionsOf reads p and isIgnoreNull (true when absent) from
// the first row: they are constants.
func percentileOptionsOf(name string, args []Value) (p float64, ignore bool, err error) {
	ignore = true
	if len(args) > 2 {
		ignore = args[2] != false
	}
	p, err = checkPercent(name, args[1])
	return p, ignore, err
}

// valueText is a value as messages show it.
func valueText(v Value) string {
	if v == nil {
		return "NULL"
	}
	if f, ok := v.(float64); ok {
		return FormatValue(f, DoubleType)
	}
	return FormatValue(v, StringType)
}

// contState interpolates between sorted DOUBLEs (PERCENTILE,
// PERCENTILE_CONT, MEDIAN). NULLs are counted, not kept: with ignoreNulls
// false they are the smallest values.
type contState struct {
	name        string
	parsed      bool // ps and ignoreNulls are read
	ps          []float64
	scalar      bool // one percentile, not an array of them
	ignoreNulls bool
	nulls       int
	vals        []float64
	sorted      bool
}

func (s *contState) add(args []Value) error {
	if !s.parsed {
		if err := s.parse(args); err != nil {
			return err
		}
	}
	x, ok := args[0].(float64)
	if !ok {
		s.nulls++
		return nil
	}
	s.vals = append(s.vals, x)
	s.sorted = false
	return nil
}

func (s *contState) parse(args []Value) error {
	s.parsed = true
	if s.name == "percentile_cont" {
		p, ignore, err := percentileOptionsOf(s.name, args)
		s.ps, s.ignoreNulls = []float64{p}, ignore
		return err
	}
	ps, ok := args[1].([]Value)
	if !ok {
		ps = []Value{args[1]}
	}
	for _, p := range ps {
		f, err := checkPercent(s.name, p)
		if err != nil {
			return err
		}
		s.ps = append(s.ps, f)
	}
	return nil
}

// checkPercent reads a percentile: a number in [0, 1], else an error.
func checkPercent(name string, p Value) (float64, error) {
	f, ok := p.(float64)
	if !ok || f < 0 || f > 1 || math.IsNaN(f) {
		return 0, InvalidArgument("%s: the percentile must be a number between 0 and 1, got %s", name, valueText(p))
	}
	return f, nil
}

func (s *contState) result() (Value, error) {
	n := len(s.vals)
	if !s.ignoreNulls {
		n += s.nulls
	}
	if len(s.vals) == 0 {
		return nil, nil
	}
	if !s.sorted {
		// Sorting in place only reorders the kept values.
		slices.SortFunc(s.vals, compareFloat)
		s.sorted = true
	}
	out := make([]Value, len(s.ps))
	for i, p := range s.ps {
		out[i] = s.at(p, n)
	}
	if s.scalar {
		return out[0], nil
	}
	return out, nil
}

// at interpolates the p-th percentile of n values: the NULLs (when
// counted) then the sorted values. A NULL neighbour gives the other one.
func (s *contState) at(p float64, n int) Value {
	pos := p * float64(n-1)
	lo, hi := math.Floor(pos), math.Ceil(pos)
	a, b := s.nth(int(lo), n), s.nth(int(hi), n)
	switch {
	case lo == hi || b == nil:
		return a
	case a == nil:
		return b
	}
	x, y := a.(float64), b.(float64)
	if s.name == "percentile" {
		return (hi-pos)*x + (pos-lo)*y // Hive's GenericUDAFPercentile
	}
	return x + (y-x)*(pos-lo)
}

// nth is the i-th of n ordered values, NULLs first.
func (s *contState) nth(i, n int) Value {
	nulls := n - len(s.vals)
	if i < nulls {
		return nil
	}
	return s.vals[i-nulls]
}

// decimalMedianState is MEDIAN of DECIMALs, exact: the middle value or
// the mean of the middle two.
type decimalMedianState struct {
	vals   []Value
	sorted bool
}

func (s *decimalMedianState) add(args []Value) error {
	if args[0] != nil {
		s.vals = append(s.vals, args[0])
		s.sorted = false
	}
	return nil
}

func (s *decimalMedianState) result() (Value, error) {
	n := len(s.vals)
	if n == 0 {
		return nil, nil
	}
	if !s.sorted {
		slices.SortFunc(s.vals, Compare)
		s.sorted = true
	}
	if n%2 == 1 {
		return s.vals[n/2], nil
	}
	sum, err := decimalArith("+")(s.vals[n/2-1], s.vals[n/2])
	if err != nil || sum == nil {
		return nil, err
	}
	return decimalArith("/")(sum, decimalFromInt(2))
}

// discState is PERCENTILE_DISC: values of any sortable type.
type discState struct {
	parsed      bool
	p           float64
	ignoreNulls bool
	vals        []Value
	sorted      bool
}

func (s *discState) add(args []Value) error {
	if !s.parsed {
		s.parsed = true
		var err error
		if s.p, s.ignoreNulls, err = percentileOptionsOf("percentile_disc", args); err != nil {
			return err
		}
	}
	if args[0] == nil && s.ignoreNulls {
		return nil
	}
	s.vals = append(s.vals, args[0])
	s.sorted = false
	return nil
}

func (s *discState) result() (Value, error) {
	n := len(s.vals)
	if n == 0 {
		return nil, nil
	}
	if !s.sorted {
		slices.SortStableFunc(s.vals, Compare)
		s.sorted = true
	}
	// The first value whose cumulative distribution (i+1)/n reaches p.
	for i := range n {
		if float64(i+1)/float64(n) >= s.p {
			return s.vals[i], nil
		}
	}
	return s.vals[n-1], nil
}
