package eval

import "slices"

// histogram is Hive's NumericHistogram: at most size bins, sorted by x,
// each a centre x and a (weighted) count y. Bins are merged lazily: the
// histogram grows to slack(size) bins before it is trimmed to size, and a
// result trims a copy. On inputs with few distinct values this merges the
// globally closest pairs, which is what MaxCompute prints (the page's
// NUMERIC_HISTOGRAM(5, sal) is 875.0:2, 1328.57...:7, ...; merging as each
// value arrives gives 950.0:3 instead).
type histogram struct {
	size int
	bins []histBin
}

type histBin struct{ x, y float64 }

// slack is how many bins a histogram of size keeps before trimming.
func slack(size int) int { return max(2*size, 1024) }

// add adds weight y at x: to the bin at x, else as a new bin.
func (h *histogram) add(x, y float64) {
	i, found := slices.BinarySearchFunc(h.bins, x, func(b histBin, x float64) int { return compareFloat(b.x, x) })
	if found {
		h.bins[i].y += y
		return
	}
	h.bins = slices.Insert(h.bins, i, histBin{x, y})
	if len(h.bins) > slack(h.size) {
		h.trimTo(h.size)
	}
}

// final returns the bins trimmed to size, leaving h as it is.
func (h *histogram) final() []histBin {
	if len(h.bins) <= h.size {
		return h.bins
	}
	c := histogram{size: h.size, bins: slices.Clone(h.bins)}
	c.trimTo(h.size)
	return c.bins
}

// quantile is Hive's NumericHistogram.quantile over bins: the first bin whose
// cumulative weight reaches q, interpolated from the bin before.
func quantile(bins []histBin, q float64) float64 {
	sum := 0.0
	for _, b := range bins {
		sum += b.y
	}
	csum := 0.0
	for i, b := range bins {
		csum += b.y
		if csum/sum >= q {
			if i == 0 {
				return b.x
			}
			csum -= b.y
			prev := bins[i-1]
			return prev.x + (q*sum-csum)*(b.x-prev.x)/b.y
		}
	}
	return bins[len(bins)-1].x
}

// NUMERIC_HISTOGRAM(buckets, x [, weight]).
func resolveNumericHistogram(args []Type) ([]Type, Type, func() aggState, error) {
	if err := argCount("numeric_histogram", args, 2, 3); err != nil {
		return resolveErr(err)
	}
	if k := args[0].Kind; !k.IsInteger() && k != KindVoid {
		return resolveErr(ArgumentTypeError("numeric_histogram", 0, args[0]))
	}
	for i := 1; i < len(args); i++ {
		if !doubleLike(args[i]) {
			return resolveErr(ArgumentTypeError("numeric_histogram", i, args[i]))
		}
	}
	params := append([]Type{BigintType}, repeatType(DoubleType, len(args)-1)...)
	return params, MapOf(DoubleType, DoubleType), func() aggState { return &numericHistogramState{} }, nil
}

type numericHistogramState struct {
	started bool
	null    bool // buckets is NULL
	h       histogram
}

func (s *numericHistogramState) add(args []Value) error {
	if !s.started {
		s.started = true
		n, ok := args[0].(int64)
		switch {
		case !ok:
			s.null = true
		case n < 2:
			return InvalidArgument("numeric_histogram: the number of buckets must be at least 2, got %d", n)
		}
		s.h.size = int(min(n, 1<<20))
	}
	x, ok := args[1].(float64)
	if s.null || !ok {
		return nil
	}
	y := 1.0
	if len(args) > 2 {
		if y, ok = args[2].(float64); !ok {
			return nil
		}
	}
	s.h.add(x, y)
	return nil
}

func (s *numericHistogramState) result() (Value, error) {
	if s.null || len(s.h.bins) == 0 {
		return nil, nil // as Hive: no value, no histogram
	}
	bins := s.h.final()
	m := &Map{Keys: make([]Value, len(bins)), Values: make([]Value, len(bins))}
	for i, b := range bins {
		m.Keys[i], m.Values[i] = b.x, b.y
	}
	return m, nil
}

// PERCENTILE_APPROX(x [, weight], p [, B]): with three arguments the third
// is B when it is an integer, else p after a weight.
func resolvePercentileApprox(args []Type) ([]Type, Type, func() aggState, error) {
	const name = "percentile_approx"
	if err := argCount(name, args, 2, 4); err != nil {
		return resolveErr(err)
	}
	pAt := approxPercentAt(args)
	for i := 0; i < pAt; i++ {
		if !doubleLike(args[i]) {
			return resolveErr(ArgumentTypeError(name, i, args[i]))
		}
	}
	pt, result, err := percentileArg(name, args[pAt])
	if err != nil {
		return resolveErr(err)
	}
	params := append(repeatType(DoubleType, pAt), pt)
	if pAt+1 < len(args) {
		if k := args[pAt+1].Kind; !k.IsInteger() && k != KindVoid {
			return resolveErr(ArgumentTypeError(name, pAt+1, args[pAt+1]))
		}
		params = append(params, BigintType)
	}
	return params, result, func() aggState {
		return &approxPercentileState{pAt: pAt, scalar: result.Kind == KindDouble}
	}, nil
}

// approxPercentAt is the position of PERCENTILE_APPROX's p: 2 after a
// weight, else 1.
func approxPercentAt(args []Type) int {
	if len(args) == 4 || len(args) == 3 && !args[2].Kind.IsInteger() {
		return 2
	}
	return 1
}

// approxPercentConsts are PERCENTILE_APPROX's constant arguments: p and B.
func approxPercentConsts(args []Type) []int {
	p := approxPercentAt(args)
	return []int{p, p + 1}
}

type approxPercentileState struct {
	pAt     int // position of p; 2 when a weight comes before it
	scalar  bool
	started bool
	ps      []float64
	h       histogram
}

func (s *approxPercentileState) add(args []Value) error {
	if !s.started {
		if err := s.start(args); err != nil {
			return err
		}
	}
	x, ok := args[0].(float64)
	if !ok {
		return nil
	}
	y := 1.0
	if s.pAt == 2 {
		if y, ok = args[1].(float64); !ok {
			return nil
		}
	}
	s.h.add(x, y)
	return nil
}

// start reads the percentiles and B from the first row; the page: "If
// the value of p or B is null, an error is returned".
func (s *approxPercentileState) start(args []Value) error {
	s.started = true
	ps, ok := args[s.pAt].([]Value)
	if !ok {
		ps = []Value{args[s.pAt]}
	}
	for _, p := range ps {
		f, err := checkPercent("percentile_approx", p)
		if err != nil {
			return err
		}
		s.ps = append(s.ps, f)
	}
	s.h.size = 10000
	if len(args) > s.pAt+1 {
		b, ok := args[s.pAt+1].(int64)
		if !ok || b < 2 {
			return InvalidArgument("percentile_approx: the accuracy B must be an integer of at least 2, got %s", valueText(args[s.pAt+1]))
		}
		s.h.size = int(min(b, 1<<20))
	}
	return nil
}

func (s *approxPercentileState) result() (Value, error) {
	if len(s.h.bins) == 0 {
		return nil, nil
	}
	bins := s.h.final()
	out := make([]Value, len(s.ps))
	for i, p := range s.ps {
		out[i] = quantile(bins, p)
	}
	if s.scalar {
		return out[0], nil
	}
	return out, nil
}
