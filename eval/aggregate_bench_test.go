package eval

import (
	"slices"
	"testing"
)

// benchAdd feeds n rows of args to a fresh state of the named aggregate.
func benchAdd(b *testing.B, name string, types []Type, row func(i int) []Value) {
	f := lookupAggregate(name)
	_, _, newState, err := f.resolve(types)
	if err != nil {
		b.Fatal(err)
	}
	rows := make([][]Value, 1024)
	for i := range rows {
		rows[i] = row(i)
	}
	st := newState()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if err := st.add(rows[i%len(rows)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAggregateAdd measures one row's add; the numeric folds must not
// allocate:
//
//	go test ./eval -run '^$' -bench AggregateAdd -benchmem
func BenchmarkAggregateAdd(b *testing.B) {
	b.Run("sum_bigint", func(b *testing.B) {
		benchAdd(b, "sum", []Type{BigintType}, func(i int) []Value { return []Value{int64(i)} })
	})
	b.Run("stddev", func(b *testing.B) {
		benchAdd(b, "stddev", []Type{DoubleType}, func(i int) []Value { return []Value{float64(i)} })
	})
	b.Run("covar_pop", func(b *testing.B) {
		benchAdd(b, "covar_pop", []Type{DoubleType, DoubleType}, func(i int) []Value { return []Value{float64(i), float64(i % 7)} })
	})
	b.Run("approx_distinct_string", func(b *testing.B) {
		benchAdd(b, "approx_distinct", []Type{StringType}, func(i int) []Value { return []Value{string(rune('a' + i%26))} })
	})
}

// TestAggregateAddDoesNotAllocate pins the allocation-free adds.
func TestAggregateAddDoesNotAllocate(t *testing.T) {
	for _, tc := range []struct {
		name string
		t    Type
		v    Value
	}{
		{"sum", BigintType, int64(5)}, {"sum", DoubleType, 1.5}, {"avg", DoubleType, 1.5},
		{"count", BigintType, int64(1)}, {"max", BigintType, int64(7)}, {"stddev", DoubleType, 2.5},
		{"bool_and", BooleanType, true}, {"bitwise_or_agg", BigintType, int64(3)}, {"count_if", BooleanType, true},
	} {
		_, _, newState, err := lookupAggregate(tc.name).resolve([]Type{tc.t})
		if err != nil {
			t.Fatal(err)
		}
		st, args := newState(), []Value{tc.v}
		if n := testing.AllocsPerRun(100, func() { _ = st.add(args) }); n != 0 {
			t.Errorf("%s(%s): %v allocations per add", tc.name, tc.t, n)
		}
	}
}

// TestAggregateResultIsStable checks that a result handed out is not
// changed by later adds (windows read results between adds).
func TestAggregateResultIsStable(t *testing.T) {
	for _, name := range []string{"collect_list", "collect_set", "histogram", "wm_concat"} {
		types := []Type{StringType}
		args := func(v string) []Value { return []Value{v} }
		if name == "wm_concat" {
			types = []Type{StringType, StringType}
			args = func(v string) []Value { return []Value{",", v} }
		}
		_, rt, newState, err := lookupAggregate(name).resolve(types)
		if err != nil {
			t.Fatal(err)
		}
		st := newState()
		_ = st.add(args("b"))
		first, _ := st.result()
		before := FormatValue(first, rt)
		_ = st.add(args("a"))
		_ = st.add(args("b"))
		if after := FormatValue(first, rt); after != before {
			t.Errorf("%s: an earlier result changed from %s to %s", name, before, after)
		}
	}
}

// TestReplayBetweenAdds reads a DISTINCT COLLECT_LIST after every row, as
// a window's growing frame does: each result is the sorted distinct values
// so far, and an earlier result is not changed by later rows.
func TestReplayBetweenAdds(t *testing.T) {
	_, rt, newState, err := lookupAggregate("collect_list").resolve([]Type{BigintType})
	if err != nil {
		t.Fatal(err)
	}
	st := newReplay(newState, 1, []sortKey{{index: 0}}, false, true)()
	var got []string
	var first Value
	for i, v := range []int64{3, 1, 3, 2} {
		if err := st.add([]Value{v}); err != nil {
			t.Fatal(err)
		}
		r, err := st.result()
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = r
		}
		got = append(got, FormatValue(r, rt))
	}
	want := []string{"[3]", "[1,3]", "[1,3]", "[1,2,3]"}
	if !slices.Equal(got, want) {
		t.Errorf("results %v, want %v", got, want)
	}
	if s := FormatValue(first, rt); s != "[3]" {
		t.Errorf("the first result became %s", s)
	}
}
