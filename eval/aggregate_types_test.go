package eval

import "testing"

// TestAggregateResultTypes checks the result types the pages document,
// DECIMAL inputs included.
func TestAggregateResultTypes(t *testing.T) {
	dec := DecimalType
	tests := []struct {
		name string
		args []Type
		want Type
	}{
		{"sum", []Type{IntType}, BigintType},
		{"sum", []Type{{Kind: KindFloat}}, DoubleType},
		{"sum", []Type{dec}, dec},
		{"avg", []Type{BigintType}, DoubleType},
		{"avg", []Type{dec}, dec},
		{"median", []Type{BigintType}, DoubleType},
		{"median", []Type{dec}, dec},
		{"stddev", []Type{dec}, dec},
		{"stddev_samp", []Type{StringType}, DoubleType},
		{"variance", []Type{dec}, DoubleType},
		{"covar_pop", []Type{IntType, dec}, DoubleType},
		{"corr", []Type{DoubleType, BigintType}, DoubleType},
		{"count_if", []Type{BooleanType}, BigintType},
		{"bitwise_xor_agg", []Type{{Kind: KindTinyint}}, BigintType},
		{"arg_max", []Type{BigintType, StringType}, StringType},
		{"max_by", []Type{StringType, BigintType}, StringType},
		{"collect_list", []Type{DateType}, ArrayOf(DateType)},
		{"histogram", []Type{StringType}, MapOf(StringType, BigintType)},
		{"map_agg", []Type{BigintType, StringType}, MapOf(BigintType, StringType)},
		{"multimap_agg", []Type{BigintType, StringType}, MapOf(BigintType, ArrayOf(StringType))},
		{"map_union_sum", []Type{MapOf(StringType, IntType)}, MapOf(StringType, BigintType)},
		{"map_union_sum", []Type{MapOf(StringType, Type{Kind: KindFloat})}, MapOf(StringType, DoubleType)},
		{"percentile", []Type{BigintType, DoubleType}, DoubleType},
		{"percentile", []Type{BigintType, ArrayOf(DoubleType)}, ArrayOf(DoubleType)},
		{"percentile_approx", []Type{DoubleType, DoubleType, ArrayOf(DoubleType), IntType}, ArrayOf(DoubleType)},
		{"percentile_cont", []Type{dec, DoubleType}, DoubleType},
		{"percentile_disc", []Type{StringType, DoubleType, BooleanType}, StringType},
		{"numeric_histogram", []Type{IntType, BigintType}, MapOf(DoubleType, DoubleType)},
		{"wm_concat", []Type{StringType, DatetimeType}, StringType},
		{"approx_distinct", []Type{BinaryType}, BigintType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got, _, err := lookupAggregate(tc.name).resolve(tc.args)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) {
				t.Errorf("%s%v is %s, want %s", tc.name, tc.args, got, tc.want)
			}
		})
	}
}

// TestAggregateRemove checks the states that can take a row back (a
// sliding window frame): the result is that of the rows left.
func TestAggregateRemove(t *testing.T) {
	type remover interface{ remove([]Value) error }
	_, _, newSum, _ := lookupAggregate("sum").resolve([]Type{BigintType})
	s := newSum()
	r := s.(remover)
	for _, v := range []Value{int64(-5), int64(9223372036854775807), nil, int64(1)} {
		_ = s.add([]Value{v})
	}
	if err := r.remove([]Value{int64(-5)}); err == nil {
		t.Error("removing -5 from {-5, MAX, 1} should overflow")
	}
	s = newSum()
	r = s.(remover)
	_ = s.add([]Value{int64(3)})
	_ = s.add([]Value{int64(4)})
	_ = r.remove([]Value{int64(3)})
	if v, _ := s.result(); v != int64(4) {
		t.Errorf("sum after remove = %v, want 4", v)
	}
	_ = r.remove([]Value{int64(4)})
	if v, _ := s.result(); v != nil {
		t.Errorf("sum of no rows = %v, want NULL", v)
	}
	_, _, newCountIf, _ := lookupAggregate("count_if").resolve([]Type{BooleanType})
	c := newCountIf()
	_ = c.add([]Value{true})
	_ = c.add([]Value{false})
	_ = c.(remover).remove([]Value{true})
	if v, _ := c.result(); v != int64(0) {
		t.Errorf("count_if after remove = %v, want 0", v)
	}
}
