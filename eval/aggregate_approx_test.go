package eval

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestApproxDistinctError checks the sketch past the exact range: within
// the page's 5% (the sketch's standard error is about 0.8%), and the same
// answer for the same rows.
func TestApproxDistinctError(t *testing.T) {
	for _, n := range []int{4096, 5000, 100000} {
		run := func() int64 {
			_, _, newState, _ := lookupAggregate("approx_distinct").resolve([]Type{StringType})
			st := newState()
			for i := range 2 * n {
				_ = st.add([]Value{"v" + strconv.Itoa(i%n)})
			}
			v, _ := st.result()
			return v.(int64)
		}
		got := run()
		if e := math.Abs(float64(got)-float64(n)) / float64(n); e > 0.05 {
			t.Errorf("approx_distinct of %d values = %d (%.1f%% off)", n, got, 100*e)
		}
		if again := run(); again != got {
			t.Errorf("approx_distinct of %d values: %d, then %d", n, got, again)
		}
		if n == 4096 && got != 4096 {
			t.Errorf("approx_distinct of 4096 values = %d, want exactly 4096", got)
		}
	}
}

// TestPercentileApproxLarge checks PERCENTILE_APPROX once its histogram
// merges bins: close to the exact percentile of 200000 distinct values.
func TestPercentileApproxLarge(t *testing.T) {
	_, _, newState, _ := lookupAggregate("percentile_approx").resolve([]Type{DoubleType, ArrayOf(DoubleType), BigintType})
	st := newState()
	r := rand.New(rand.NewPCG(3, 4))
	const n = 200000
	ps := []Value{0.1, 0.5, 0.9}
	for _, i := range r.Perm(n) {
		if err := st.add([]Value{float64(i), ps, int64(1000)}); err != nil {
			t.Fatal(err)
		}
	}
	v, err := st.result()
	if err != nil {
		t.Fatal(err)
	}
	for i, got := range v.([]Value) {
		want := ps[i].(float64) * n
		if math.Abs(got.(float64)-want) > 0.01*n {
			t.Errorf("percentile_approx(%v) = %v, want about %v", ps[i], got, want)
		}
	}
}
