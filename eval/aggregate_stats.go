package eval

import "math"

// The statistics aggregates compute as Hive's GenericUDAFVariance,
// GenericUDAFCovariance and GenericUDAFCorrelation do, in one streaming
// pass over DOUBLEs, because their floating-point rounding is what
// MaxCompute prints: VAR_SAMP(sal) of the pages' department 10 is
// 2868666.666666667, COVAR_SAMP(sal, sal + 1000) 2868666.6666666665.

func init() {
	variance := func(name, sig, desc, example string, f func(n, m2 float64) float64, decimal bool) *aggregateFunc {
		return &aggregateFunc{name: name, resolve: resolveVariance(name, f, decimal), doc: aggregateDoc(sig, desc, example)}
	}
	registerAggregates(
		variance("variance", "DOUBLE VARIANCE(x)", "population variance of the non-NULL inputs (same as VAR_POP)",
			"select variance(x) from values (1), (2), (3), (4) t(x); -- 1.25", varPop, false),
		variance("var_pop", "DOUBLE VAR_POP(x)", "population variance of the non-NULL inputs",
			"select var_pop(x) from values (1), (2), (3), (4) t(x); -- 1.25", varPop, false),
		variance("var_samp", "DOUBLE VAR_SAMP(x)", "sample variance of the non-NULL inputs (0.0 for one input)",
			"select var_samp(x) from values (1), (2), (3), (4) t(x); -- 1.6666666666666667", varSamp, false),
		variance("stddev", "DOUBLE|DECIMAL STDDEV(x)", "population standard deviation of the non-NULL inputs (DECIMAL for DECIMAL)",
			"select stddev(x) from values (1), (2), (3), (4) t(x); -- 1.118033988749895", stddevPop, true),
		variance("stddev_pop", "DOUBLE|DECIMAL STDDEV_POP(x)", "same as STDDEV",
			"select stddev_pop(x) from values (1), (2), (3), (4) t(x); -- 1.118033988749895", stddevPop, true),
		variance("stddev_samp", "DOUBLE|DECIMAL STDDEV_SAMP(x)", "sample standard deviation of the non-NULL inputs (DECIMAL for DECIMAL; 0 for one input)",
			"select stddev_samp(x) from values (1), (2), (3), (4) t(x); -- 1.2909944487358056", stddevSamp, true),
		&aggregateFunc{name: "covar_pop", resolve: resolveCovar("covar_pop", covarPop), doc: aggregateDoc(
			"DOUBLE COVAR_POP(x, y)",
			"population covariance of the rows where neither input is NULL",
			"select covar_pop(x, y) from values (1, 2), (2, 4), (3, 6) t(x, y); -- 1.3333333333333333")},
		&aggregateFunc{name: "covar_samp", resolve: resolveCovar("covar_samp", covarSamp), doc: aggregateDoc(
			"DOUBLE COVAR_SAMP(x, y)",
			"sample covariance of the rows where neither input is NULL (0.0 for one row)",
			"select covar_samp(x, y) from values (1, 2), (2, 4), (3, 6) t(x, y); -- 2.0")},
		&aggregateFunc{name: "corr", resolve: resolveCovar("corr", nil), doc: Doc{Category: CategoryMath,
			Signature:   "DOUBLE CORR(x, y)",
			Description: "aggregate: Pearson correlation coefficient of the rows where neither input is NULL; NULL for fewer than two rows",
			Example:     "select corr(x, y) from values (1, 2), (2, 4), (3, 7) t(x, y); -- 0.9933992677987828"}},
	)
}

// The variance family from the count n and the sum m2 of squared
// deviations; the sample forms are 0 for one value, as Hive.
func varPop(n, m2 float64) float64 { return m2 / n }
func varSamp(n, m2 float64) float64 {
	if n < 2 {
		return 0
	}
	return m2 / (n - 1)
}

// sampleOf turns a population variance into the sample one the way
// MaxCompute rounds STDDEV_SAMP: its printed values are
// sqrt(var_pop * n / (n - 1)), not sqrt(VAR_SAMP) (1693.7138680032901, not
// ...904, for the pages' department 10).
func sampleOf(pop, n float64) float64 {
	if n < 2 {
		return 0
	}
	return pop * n / (n - 1)
}
func stddevPop(n, m2 float64) float64  { return math.Sqrt(m2 / n) }
func stddevSamp(n, m2 float64) float64 { return math.Sqrt(sampleOf(m2/n, n)) }

// resolveVariance makes one of the variance family; f turns the count
// and the sum of squared deviations into the result. With decimal, a
// DECIMAL argument gives a DECIMAL result (computed in DOUBLE).
func resolveVariance(name string, f func(n, m2 float64) float64, decimal bool) resolveFunc {
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := oneArg(name, args); err != nil {
			return resolveErr(err)
		}
		if !doubleLike(args[0]) {
			return resolveErr(ArgumentTypeError(name, 0, args[0]))
		}
		result := DoubleType
		if decimal && args[0].Kind == KindDecimal {
			result = DecimalType
		}
		return []Type{DoubleType}, result, func() aggState { return &varianceState{f: f, decimal: result.Kind == KindDecimal} }, nil
	}
}

// varianceState is Hive's streaming variance: after n values of sum s,
// value x adds (n*x - s)^2 / (n*(n-1)) to m2.
type varianceState struct {
	f          func(n, m2 float64) float64
	decimal    bool
	n, sum, m2 float64
}

func (s *varianceState) add(args []Value) error {
	x, ok := args[0].(float64)
	if !ok {
		return nil
	}
	s.n++
	s.sum += x
	if s.n > 1 {
		t := s.n*x - s.sum
		s.m2 += t * t / (s.n * (s.n - 1))
	}
	return nil
}

func (s *varianceState) result() (Value, error) {
	if s.n == 0 {
		return nil, nil
	}
	return doubleResult(s.f(s.n, s.m2), s.decimal), nil
}

// doubleResult is f, or as DECIMAL when decimal (NULL for NaN).
func doubleResult(f float64, decimal bool) Value {
	if !decimal {
		return f
	}
	d, ok := decimalFromFloat(f, 64)
	if !ok {
		return nil
	}
	return d
}

// COVAR_POP and COVAR_SAMP from the count n and the co-moment c.
func covarPop(n, c float64) float64 { return c / n }
func covarSamp(n, c float64) float64 {
	if n < 2 {
		return 0
	}
	return c / (n - 1)
}

// resolveCovar makes COVAR_POP, COVAR_SAMP (f) or CORR (f nil): two
// numeric arguments of any numeric types, read as DOUBLE.
func resolveCovar(name string, f func(n, c float64) float64) resolveFunc {
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := argCount(name, args, 2, 2); err != nil {
			return resolveErr(err)
		}
		for i, t := range args {
			if !doubleLike(t) {
				return resolveErr(ArgumentTypeError(name, i, t))
			}
		}
		return []Type{DoubleType, DoubleType}, DoubleType, func() aggState { return &covarState{f: f} }, nil
	}
}

// covarState is Hive's streaming co-moment, plus the two variances CORR
// needs.
type covarState struct {
	f                 func(n, c float64) float64
	n, xavg, yavg     float64
	covar, xvar, yvar float64
}

func (s *covarState) add(args []Value) error {
	x, ok1 := args[0].(float64)
	y, ok2 := args[1].(float64)
	if !ok1 || !ok2 {
		return nil
	}
	xold, yold := s.xavg, s.yavg
	s.n++
	s.xavg += (x - xold) / s.n
	s.yavg += (y - yold) / s.n
	if s.n > 1 {
		s.covar += (x - xold) * (y - s.yavg)
		s.xvar += (x - xold) * (x - s.xavg)
		s.yvar += (y - yold) * (y - s.yavg)
	}
	return nil
}

func (s *covarState) result() (Value, error) {
	switch {
	case s.n == 0:
		return nil, nil
	case s.f != nil:
		return s.f(s.n, s.covar), nil
	case s.n < 2:
		return nil, nil
	}
	return s.covar / math.Sqrt(s.xvar) / math.Sqrt(s.yvar), nil
}
