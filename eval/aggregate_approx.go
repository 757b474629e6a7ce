package eval

import (
	"math"
	"math/bits"
)

// The approximate aggregates are deterministic: the same rows in the same
// order give the same result, and small inputs give exact results.
//
//   - APPROX_DISTINCT counts distinct 64-bit hashes exactly up to
//     exactDistinct of them, then switches to a HyperLogLog sketch of 2^14
//     registers (standard error about 0.8%, within the page's 5%).
//   - NUMERIC_HISTOGRAM and PERCENTILE_APPROX use Hive's NumericHistogram
//     (Ben-Haim and Tom-Tov's streaming histogram): each value is a bin
//     until there are more bins than allowed, then the two closest
//     neighbouring bins merge into their weighted mean. Hive breaks ties
//     between equally close pairs at random; mcsql merges the first pair.

func init() {
	registerAggregates(
		&aggregateFunc{name: "approx_distinct", resolve: resolveApproxDistinct, doc: aggregateDoc(
			"BIGINT APPROX_DISTINCT(x)",
			"approximate number of distinct non-NULL inputs (exact up to 4096 of them, then a HyperLogLog estimate)",
			"select approx_distinct(x) from values (1), (2), (2), (null) t(x); -- 2")},
		&aggregateFunc{name: "numeric_histogram", resolve: resolveNumericHistogram, constArgs: []int{0}, doc: aggregateDoc(
			"MAP<DOUBLE, DOUBLE> NUMERIC_HISTOGRAM(BIGINT buckets, DOUBLE x [, DOUBLE weight])",
			"approximate histogram of at most buckets bins: bin centre to (weighted) height, in ascending order; NULL when buckets is NULL",
			"select numeric_histogram(2, x) from values (1), (2), (10) t(x); -- {1.5:2.0,10.0:1.0}")},
		&aggregateFunc{name: "percentile_approx", resolve: resolvePercentileApprox, constArgsOf: approxPercentConsts, doc: aggregateDoc(
			"DOUBLE PERCENTILE_APPROX(DOUBLE x [, DOUBLE weight], p [, B]) | ARRAY<DOUBLE> PERCENTILE_APPROX(DOUBLE x [, DOUBLE weight], ARRAY ps [, B])",
			"approximate percentile from a histogram of B bins (default 10000), as Hive computes it",
			"select percentile_approx(x, 0.5) from values (100), (200), (300), (400) t(x); -- 250.0")},
	)
}

// APPROX_DISTINCT(x) of any type is BIGINT.
func resolveApproxDistinct(args []Type) ([]Type, Type, func() aggState, error) {
	if err := oneArg("approx_distinct", args); err != nil {
		return resolveErr(err)
	}
	return args, BigintType, func() aggState { return &approxDistinctState{exact: map[uint64]struct{}{}} }, nil
}

const (
	exactDistinct = 4096
	hllBits       = 14
)

type approxDistinctState struct {
	exact     map[uint64]struct{} // nil once the sketch took over
	registers []uint8
}

func (s *approxDistinctState) add(args []Value) error {
	v := args[0]
	if v == nil {
		return nil
	}
	h := hashValue(v)
	if s.exact != nil {
		s.exact[h] = struct{}{}
		if len(s.exact) <= exactDistinct {
			return nil
		}
		s.registers = make([]uint8, 1<<hllBits)
		for k := range s.exact {
			s.addHash(k)
		}
		s.exact = nil
		return nil
	}
	s.addHash(h)
	return nil
}

func (s *approxDistinctState) addHash(h uint64) {
	i := h >> (64 - hllBits)
	rank := uint8(bits.LeadingZeros64(h<<hllBits|1<<(hllBits-1)) + 1)
	s.registers[i] = max(s.registers[i], rank)
}

func (s *approxDistinctState) result() (Value, error) {
	if s.exact != nil {
		return int64(len(s.exact)), nil
	}
	m := float64(len(s.registers))
	sum, zeros := 0.0, 0
	for _, r := range s.registers {
		sum += math.Ldexp(1, -int(r))
		if r == 0 {
			zeros++
		}
	}
	est := 0.7213 / (1 + 1.079/m) * m * m / sum
	if est <= 2.5*m && zeros > 0 {
		est = m * math.Log(m/float64(zeros)) // linear counting for the low range
	}
	return int64(math.Round(est)), nil
}

// hashValue is a 64-bit hash of a value, the same in every run: FNV-1a
// over its key text, then a SplitMix64 finalizer to spread the bits.
func hashValue(v Value) uint64 {
	var x uint64
	switch v := v.(type) {
	case int64:
		x = uint64(v)
	case float64:
		if v == 0 {
			v = 0 // -0 and 0 are one value
		}
		x = math.Float64bits(v) ^ 0x9e3779b97f4a7c15
	case string:
		x = fnv64a(v)
	default:
		x = fnv64a(aggKey([]Value{v})) ^ 0x5bd1e995
	}
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// fnv64a is FNV-1a over the bytes of s, without converting it to a slice.
func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
