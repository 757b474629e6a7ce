package functions

import (
	"strconv"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// BenchmarkMapBuilderRepeatedKeys builds a map from 100,000 pairs of
// 50,000 keys each given twice, as STR_TO_MAP of a large text with
// repeated keys does: last_win finds a repeated key by its index, so the
// cost per pair does not grow with the size of the map.
func BenchmarkMapBuilderRepeatedKeys(b *testing.B) {
	const distinct = 50_000
	keys := make([]string, distinct)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa(i)
	}
	for b.Loop() {
		mb := newMapBuilder(eval.VoidType, policyLastWin, distinct)
		for i := range 2 * distinct {
			if err := mb.put(keys[i%distinct], int64(i)); err != nil {
				b.Fatal(err)
			}
		}
		if len(mb.m.Keys) != distinct || mb.m.Values[0] != int64(distinct) {
			b.Fatalf("%d keys, first value %v", len(mb.m.Keys), mb.m.Values[0])
		}
	}
}

// TestMapBuilderLastWin checks that a repeated key keeps its first
// position and takes the last value, for hashable keys (found by index)
// and BINARY keys (found by a scan).
func TestMapBuilderLastWin(t *testing.T) {
	for _, keys := range [][]eval.Value{
		{"a", "b", "a", "c", "b", "c", "c", "d"},
		{int64(1), int64(2), int64(1), int64(3), int64(2), int64(3), int64(3), int64(4)},
		{[]byte("a"), []byte("b"), []byte("a"), []byte("c"), []byte("b"), []byte("c"), []byte("c"), []byte("d")},
	} {
		mb := newMapBuilder(eval.VoidType, policyLastWin, 0)
		for i, k := range keys {
			if err := mb.put(k, int64(i)); err != nil {
				t.Fatal(err)
			}
		}
		want := []int64{2, 4, 6, 7}
		if len(mb.m.Values) != len(want) {
			t.Fatalf("map %v, want 4 keys", mb.m)
		}
		for i, w := range want {
			if mb.m.Values[i] != w {
				t.Errorf("value %d = %v, want %d (map %v)", i, mb.m.Values[i], w, mb.m)
			}
		}
	}
}
