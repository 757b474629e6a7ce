package eval

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// naiveTrim is Hive's NumericHistogram.trim as written: scan for the
// closest pair (the first of equals) and merge it, until n bins are left.
func naiveTrim(bins []histBin, n int) []histBin {
	for len(bins) > n {
		best, d := 0, bins[1].x-bins[0].x
		for i := 1; i < len(bins)-1; i++ {
			if g := bins[i+1].x - bins[i].x; g < d {
				best, d = i, g
			}
		}
		bins[best] = mergeBins(bins[best], bins[best+1])
		bins = slices.Delete(bins, best+1, best+2)
	}
	return bins
}

// TestHistogramTrimMatchesHive checks the heap-based trim against the
// quadratic one on random data with many ties.
func TestHistogramTrimMatchesHive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		var h histogram
		h.size = 1 << 30 // never trims while adding
		for range 2 + r.IntN(300) {
			h.add(float64(r.IntN(500)), float64(1+r.IntN(3)))
		}
		n := 1 + r.IntN(len(h.bins))
		want := naiveTrim(slices.Clone(h.bins), n)
		h.trimTo(n)
		if !slices.Equal(h.bins, want) {
			t.Fatalf("round %d: trim to %d gives %v, Hive's gives %v", round, n, h.bins, want)
		}
	}
}
