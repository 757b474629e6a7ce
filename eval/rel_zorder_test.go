package eval

import (
	"slices"
	"testing"
)

// TestZValues checks the Z-order of a 2x2 grid with a NULL: ranks are
// dense from 0 with NULL lowest, and the first key's bit leads.
func TestZValues(t *testing.T) {
	rows := []*zrow{
		{keys: []Value{int64(10), "b"}},
		{keys: []Value{nil, "a"}},
		{keys: []Value{int64(10), "a"}},
		{keys: []Value{nil, "b"}},
	}
	setZValues(rows, 2)
	got := make([]string, len(rows))
	for i, r := range rows {
		got[i] = string('0'+r.z[0]) + string('0'+r.z[1])
	}
	// x rank: NULL 0, 10 1; y rank: a 0, b 1; z = x bit, y bit.
	if want := []string{"11", "00", "10", "01"}; !slices.Equal(got, want) {
		t.Errorf("z = %v, want %v", got, want)
	}
}

func TestDenseRanksTies(t *testing.T) {
	rows := []*zrow{{keys: []Value{"b"}}, {keys: []Value{"a"}}, {keys: []Value{"b"}}, {keys: []Value{nil}}}
	if got, want := denseRanks(rows, 0), []uint64{2, 1, 2, 0}; !slices.Equal(got, want) {
		t.Errorf("ranks = %v, want %v", got, want)
	}
}
