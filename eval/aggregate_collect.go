package eval

import (
	"slices"
	"strings"
)

func init() {
	registerAggregates(
		&aggregateFunc{name: "collect_list", resolve: resolveCollect("collect_list", false), withinGroup: true, doc: aggregateDoc(
			"ARRAY<T> COLLECT_LIST(T x)",
			"the non-NULL inputs as an array, in the order read (WITHIN GROUP (ORDER BY ...) sorts them; DISTINCT keeps each once, sorted)",
			"select collect_list(x) from values (2), (null), (1) t(x); -- [2,1]")},
		&aggregateFunc{name: "collect_set", resolve: resolveCollect("collect_set", true), withinGroup: true, doc: aggregateDoc(
			"ARRAY<T> COLLECT_SET(T x)",
			"the distinct non-NULL inputs as an array, in ascending order (the order the page shows), or in the order of WITHIN GROUP (ORDER BY ...)",
			"select collect_set(x) from values (2), (1), (2) t(x); -- [1,2]")},
		&aggregateFunc{name: "wm_concat", resolve: resolveWmConcat, constArgs: []int{0}, withinGroup: true, doc: aggregateDoc(
			"STRING WM_CONCAT(STRING separator, STRING x)",
			"the non-NULL inputs joined by the constant separator, in the order read (or WITHIN GROUP (ORDER BY ...)); NULL when there are none",
			"select wm_concat(',', y) within group (order by y) from values (1), (3), (2) t(y); -- 1,2,3")},
		&aggregateFunc{name: "histogram", resolve: resolveHistogram, doc: aggregateDoc(
			"MAP<K, BIGINT> HISTOGRAM(K x)",
			"how many times each non-NULL input occurs, keys in order of first appearance",
			"select histogram(a) from values ('hi'), (null), ('apple'), ('apple') t(a); -- {\"hi\":1,\"apple\":2}")},
		&aggregateFunc{name: "map_agg", resolve: resolveMapAgg("map_agg", false), doc: aggregateDoc(
			"MAP<K, V> MAP_AGG(K key, V value)",
			"a map from the key and value columns; NULL keys are skipped and a repeated key keeps its first value",
			"select map_agg(a, b) from values (1L, 'apple'), (2L, 'hi'), (1L, 'pie') t(a, b); -- {1:\"apple\",2:\"hi\"}")},
		&aggregateFunc{name: "multimap_agg", resolve: resolveMapAgg("multimap_agg", true), doc: aggregateDoc(
			"MAP<K, ARRAY<V>> MULTIMAP_AGG(K key, V value)",
			"a map from each non-NULL key to the array of its values, in the order read",
			"select multimap_agg(a, b) from values (1L, 'apple'), (2L, 'hi'), (1L, 'pie') t(a, b); -- {1:[\"apple\",\"pie\"],2:[\"hi\"]}")},
		&aggregateFunc{name: "map_union", resolve: resolveMapUnion("map_union", false), doc: aggregateDoc(
			"MAP<K, V> MAP_UNION(MAP<K, V> m)",
			"the union of the input maps; a key in several maps keeps the value read last",
			"select map_union(a) from values (map(1L, 'hi', 2L, 'apple')), (map(1L, 'good')), (null) t(a); -- {1:\"good\",2:\"apple\"}")},
		&aggregateFunc{name: "map_union_sum", resolve: resolveMapUnion("map_union_sum", true), doc: aggregateDoc(
			"MAP<K, BIGINT|DOUBLE|DECIMAL> MAP_UNION_SUM(MAP<K, V> m)",
			"the union of the input maps, summing the values of each key (NULL values count as 0); V must be numeric",
			"select map_union_sum(a) from values (map('hi', 2L, 'apple', 3L)), (map('apple', null, 'hi', 4L)) t(a); -- {\"hi\":6,\"apple\":3}")},
	)
}

// resolveCollect makes COLLECT_LIST or (set) COLLECT_SET; the arrays'
// element type is the argument's.
func resolveCollect(name string, set bool) resolveFunc {
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := oneArg(name, args); err != nil {
			return resolveErr(err)
		}
		if set {
			return args, ArrayOf(args[0]), func() aggState { return &collectSetState{seen: map[string]bool{}} }, nil
		}
		return args, ArrayOf(args[0]), func() aggState { return &collectListState{} }, nil
	}
}

// collectListState appends; result hands out the prefix read so far with
// its capacity cut, so later appends never write into it.
type collectListState struct {
	memKeeper
	items []Value
	size  int64 // the result's measure (ValueBytes)
}

func (s *collectListState) add(args []Value) error {
	if args[0] != nil {
		if err := growValue("collect_list", "ARRAY", &s.size, args[0]); err != nil {
			return err
		}
		if err := s.keep(args[0]); err != nil {
			return err
		}
		s.items = append(s.items, args[0])
	}
	return nil
}

func (s *collectListState) result() (Value, error) {
	n := len(s.items)
	if n == 0 {
		return []Value{}, nil
	}
	return s.items[:n:n], nil
}

// collectSetState keeps each value once; the result is sorted ascending,
// which is the order the page's examples print, or in the order of
// WITHIN GROUP (ORDER BY ...).
type collectSetState struct {
	memKeeper
	seen    map[string]bool
	items   []Value
	asInput bool
	size    int64 // the result's measure (ValueBytes)
}

func (s *collectSetState) keepInputOrder() { s.asInput = true }

func (s *collectSetState) add(args []Value) error {
	v := args[0]
	if v == nil {
		return nil
	}
	k := valueKey(v)
	if !s.seen[k] {
		if err := growValue("collect_set", "ARRAY", &s.size, v); err != nil {
			return err
		}
		if err := s.mem.chargeBytes(slotBytes + payloadBytes(v) + keyBytes(k)); err != nil {
			return err
		}
		s.seen[k] = true
		s.items = append(s.items, v)
	}
	return nil
}

func (s *collectSetState) result() (Value, error) {
	out := slices.Clone(s.items)
	if out == nil {
		out = []Value{}
	}
	if !s.asInput {
		slices.SortStableFunc(out, Compare)
	}
	return out, nil
}

// valueKey is aggKey of one value, without building a slice for strings.
func valueKey(v Value) string {
	if s, ok := v.(string); ok {
		return s
	}
	return "\x00" + aggKey([]Value{v})
}

// WM_CONCAT(separator, x): the separator must be a STRING constant; x is
// a STRING or converts to one from BIGINT, DOUBLE or DATETIME (the page's
// list; the narrower integers and FLOAT widen to those first).
func resolveWmConcat(args []Type) ([]Type, Type, func() aggState, error) {
	if err := argCount("wm_concat", args, 2, 2); err != nil {
		return resolveErr(err)
	}
	if k := args[0].Kind; !k.IsString() && k != KindVoid {
		return resolveErr(ArgumentTypeError("wm_concat", 0, args[0]))
	}
	switch k := args[1].Kind; {
	case k.IsString(), k.IsInteger(), k == KindFloat, k == KindDouble, k == KindDatetime, k == KindVoid:
	default:
		return resolveErr(ArgumentTypeError("wm_concat", 1, args[1]))
	}
	return []Type{StringType, StringType}, StringType, func() aggState { return &wmConcatState{} }, nil
}

// wmConcatState joins into a Builder; a string handed out by result is
// never changed by later writes, which only append past its end.
type wmConcatState struct {
	memKeeper
	b   strings.Builder
	has bool
}

func (s *wmConcatState) add(args []Value) error {
	sep, _ := args[0].(string)
	v, ok := args[1].(string)
	if !ok {
		return nil
	}
	n := len(v)
	if s.has {
		n += len(sep)
	}
	// A STRING is at most 8 MB in MaxCompute: fail before building a
	// longer one rather than grow without bound.
	if s.b.Len()+n > MaxStringBytes {
		return InvalidArgument("wm_concat: the result would be over the 8 MB (%d bytes) STRING limit; aggregate fewer or shorter strings", MaxStringBytes)
	}
	if err := s.mem.chargeBytes(int64(n)); err != nil {
		return err
	}
	if s.has {
		s.b.WriteString(sep)
	}
	s.b.WriteString(v)
	s.has = true
	return nil
}

func (s *wmConcatState) result() (Value, error) {
	if !s.has {
		return nil, nil
	}
	return s.b.String(), nil
}

// resolveHistogram: HISTOGRAM(x) is MAP<typeof(x), BIGINT>.
func resolveHistogram(args []Type) ([]Type, Type, func() aggState, error) {
	if err := oneArg("histogram", args); err != nil {
		return resolveErr(err)
	}
	return args, MapOf(args[0], BigintType), func() aggState { return &histogramState{index: map[string]int{}} }, nil
}

type histogramState struct {
	index  map[string]int
	keys   []Value
	counts []int64
}

func (s *histogramState) add(args []Value) error {
	v := args[0]
	if v == nil {
		return nil
	}
	k := valueKey(v)
	i, ok := s.index[k]
	if !ok {
		i = len(s.keys)
		s.index[k] = i
		s.keys = append(s.keys, v)
		s.counts = append(s.counts, 0)
	}
	s.counts[i]++
	return nil
}

func (s *histogramState) result() (Value, error) {
	m := &Map{Keys: slices.Clone(s.keys), Values: make([]Value, len(s.counts))}
	for i, c := range s.counts {
		m.Values[i] = c
	}
	return m, nil
}

// growValue adds the elements vs to the measure *size of the ARRAY or MAP
// (typ) an aggregate builds, failing once it passes MaxValueBytes: a
// group collecting millions of values fails at the 8 MB a cell holds,
// before the memory budget (which bounds all groups together) runs out.
func growValue(fn, typ string, size *int64, vs ...Value) error {
	n := *size
	for _, v := range vs {
		b := ValueBytes(v, MaxValueBytes)
		if b == SizeOver {
			return CheckValueSize(fn, typ, SizeOver)
		}
		n += ElementBytes + b
	}
	if err := CheckValueSize(fn, typ, n); err != nil {
		return err
	}
	*size = n
	return nil
}
