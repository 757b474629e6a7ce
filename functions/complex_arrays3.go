package functions

import (
	"crypto/rand"
	"encoding/binary"
	"io"
	"strconv"
	"time"

	"github.com/mcsql/mcsql/eval"
)

// registerArrayMore adds the ARRAY functions of the newer ARRAY functions
// page (user-guide/array-function): COMBINATIONS, FLATTEN, NGRAMS,
// SEQUENCE and SHUFFLE, and MULTIMAP_FROM_ENTRIES of the MAP functions
// page (user-guide/the-map-function).
func registerArrayMore(r registrar) {
	r.Register(fn("COMBINATIONS", "ARRAY<ARRAY<T>> COMBINATIONS(ARRAY<T> a, INT n)",
		"every n-element combination of a's elements, by position (n <= 5, at most 100000 combinations unless odps.sql.max.combination.length / odps.sql.max.combinations say more)",
		"select combinations(array('foo', 'bar', 'boo'), 2); -- [[\"foo\",\"bar\"],[\"foo\",\"boo\"],[\"bar\",\"boo\"]]",
		nonNull(arrayAndCountTypes("combinations"), combinations)))
	r.Register(fn("FLATTEN", "ARRAY<T> FLATTEN(ARRAY<ARRAY<T>> a)",
		"the elements of a's arrays, in order, as one array",
		"select flatten(array(array(1, 2), array(3, 4))); -- [1,2,3,4]",
		nonNull(flattenTypes, flatten)))
	r.Register(fn("NGRAMS", "ARRAY<ARRAY<T>> NGRAMS(ARRAY<T> a, INT n)",
		"the runs of n adjacent elements of a (a itself, once, when n >= its length); n must be positive",
		"select ngrams(array(1, 2, 3, 4), 2); -- [[1,2],[2,3],[3,4]]",
		nonNull(arrayAndCountTypes("ngrams"), ngrams)))
	r.Register(fn("SEQUENCE", "ARRAY<T> SEQUENCE(T start, T stop[, T step])",
		"start, start+step, ... up to stop (integers; DATE, DATETIME or TIMESTAMP by whole days); step defaults to 1 or -1",
		"select sequence(1, 5); -- [1,2,3,4,5]",
		nonNull(sequenceTypes, sequence)))
	shuffle := fn("SHUFFLE", "ARRAY<T> SHUFFLE(ARRAY<T> a)",
		"a's elements in a random order",
		"select sort_array(shuffle(array(1, 20, 3, 5))); -- [1,3,5,20]",
		nonNull(sameArrayTypes("shuffle"), shuffleArray))
	shuffle.Volatile = true
	r.Register(shuffle)
	r.Register(fn("MULTIMAP_FROM_ENTRIES", "MAP<K,ARRAY<V>> MULTIMAP_FROM_ENTRIES(ARRAY<STRUCT<K,V>> entries)",
		"a map of each first field to the array of the second fields that go with it",
		"select multimap_from_entries(array(struct(1, 'a'), struct(2, 'b'), struct(1, 'c'))); -- {\"1\":[\"a\",\"c\"],\"2\":[\"b\"]}",
		nonNull(multimapTypes, multimapFromEntries)))
}

// arrayAndCountTypes types (ARRAY<T> a, INT n) -> ARRAY<ARRAY<T>>.
func arrayAndCountTypes(name string) func([]eval.Type) ([]eval.Type, eval.Type, error) {
	return func(args []eval.Type) ([]eval.Type, eval.Type, error) {
		if len(args) != 2 {
			return nil, eval.Type{}, eval.ArgumentCountError(name, "2", len(args))
		}
		e, err := arrayOf(name, args, 0)
		if err != nil {
			return nil, eval.Type{}, err
		}
		if k := args[1].Kind; !k.IsInteger() && k != eval.KindVoid && !eval.CanImplicit(args[1], eval.BigintType) {
			return nil, eval.Type{}, eval.ArgumentTypeError(name, 1, args[1])
		}
		e = concrete(e)
		return []eval.Type{eval.ArrayOf(e), eval.BigintType}, eval.ArrayOf(eval.ArrayOf(e)), nil
	}
}

func sameArrayTypes(name string) func([]eval.Type) ([]eval.Type, eval.Type, error) {
	return func(args []eval.Type) ([]eval.Type, eval.Type, error) {
		if len(args) != 1 {
			return nil, eval.Type{}, eval.ArgumentCountError(name, "1", len(args))
		}
		e, err := arrayOf(name, args, 0)
		t := eval.ArrayOf(concrete(e))
		return []eval.Type{t}, t, err
	}
}

// The page's default limits of COMBINATIONS and their flags.
const (
	combinationLengthFlag = "odps.sql.max.combination.length"
	combinationsFlag      = "odps.sql.max.combinations"
)

// flagLimit reads a positive integer flag, else def.
func flagLimit(ctx *eval.CallContext, key string, def int64) int64 {
	if s, ok := ctx.Flag(key); ok {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n > 0 {
			return n
		}
	}
	return def
}

// combinations lists the index combinations in the order of the page's
// example 2 ([1,2,3], [1,2,4], [1,3,4], [2,3,4], [1,2,5], ...): the
// combinations of the first k elements come before those that take
// element k+1, which is the colexicographic order of the index sets.
func combinations(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, n := args[0].([]eval.Value), args[1].(int64)
	if maxLen := flagLimit(ctx, combinationLengthFlag, 5); n < 0 || n > maxLen {
		return nil, eval.InvalidArgument("combinations: n must be between 0 and %d (set %s for more), got %d", maxLen, combinationLengthFlag, n)
	}
	k := int(n)
	if k > len(a) {
		return []eval.Value{}, nil
	}
	limit := flagLimit(ctx, combinationsFlag, 100_000)
	c := binomial(len(a), k, limit)
	if c > limit {
		return nil, eval.InvalidArgument("combinations: more than %d combinations of %d out of %d elements (set %s for more)", limit, k, len(a), combinationsFlag)
	}
	// The flags may allow more than an ARRAY holds: count the elements
	// alone (a lower bound of the measure) before building any.
	if mulBytes(c, int64(1+k)*eval.ElementBytes) > eval.MaxValueBytes {
		return nil, checkArrayResult("combinations", eval.SizeOver)
	}
	idx := make([]int, k)
	for i := range idx {
		idx[i] = i
	}
	var out []eval.Value
	for {
		c := make([]eval.Value, k)
		for i, j := range idx {
			c[i] = a[j]
		}
		out = append(out, c)
		// Colex successor: raise the first index that can move up, reset
		// the ones below it to 0, 1, ...
		i := 0
		for i < k && (i+1 < k && idx[i]+1 == idx[i+1] || i+1 == k && idx[i]+1 == len(a)) {
			i++
		}
		if i == k {
			return out, nil
		}
		idx[i]++
		for j := 0; j < i; j++ {
			idx[j] = j
		}
	}
}

// binomial is C(n, k), or limit+1 as soon as it exceeds limit.
func binomial(n, k int, limit int64) int64 {
	c := int64(1)
	for i := 1; i <= k; i++ {
		c = c * int64(n-k+i) / int64(i)
		if c > limit {
			return limit + 1
		}
	}
	return c
}

func flattenTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("flatten", "1", len(args))
	}
	e, err := arrayOf("flatten", args, 0)
	if err != nil {
		return nil, eval.Type{}, err
	}
	switch e.Kind {
	case eval.KindVoid: // the page's flatten(null) is NULL
		e = eval.ArrayOf(eval.VoidType)
	case eval.KindArray:
	default:
		return nil, eval.Type{}, eval.Errorf(eval.CodeArgumentType, "flatten needs an array of arrays, got %s", args[0])
	}
	inner := eval.ArrayOf(concrete(*e.Elem))
	return []eval.Type{eval.ArrayOf(inner)}, inner, nil
}

// flatten skips NULL inner arrays (they hold no elements).
func flatten(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	// The result holds the inner arrays' elements: its measure is the
	// sum of theirs.
	n, count := int64(0), 0
	for _, x := range args[0].([]eval.Value) {
		inner, _ := x.([]eval.Value)
		n = addBytes(n, valueBytes(inner))
		count += len(inner)
		if n > eval.MaxValueBytes {
			break
		}
	}
	if err := checkArrayResult("flatten", n); err != nil {
		return nil, err
	}
	out := make([]eval.Value, 0, count)
	for _, x := range args[0].([]eval.Value) {
		inner, _ := x.([]eval.Value)
		out = append(out, inner...)
	}
	return out, nil
}

func ngrams(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, n := args[0].([]eval.Value), args[1].(int64)
	if n <= 0 {
		return nil, eval.InvalidArgument("ngrams: n must be positive, got %d", n)
	}
	if int64(len(a)) <= n {
		return []eval.Value{append([]eval.Value{}, a...)}, nil
	}
	k := int(n)
	// len(a)-k+1 windows of k elements each: quadratic in len(a), so
	// count the elements alone (a lower bound of the measure) before
	// building any window; the result's check counts the rest.
	windows := int64(len(a) - k + 1)
	if mulBytes(windows, (1+n)*eval.ElementBytes) > eval.MaxValueBytes {
		return nil, checkArrayResult("ngrams", eval.SizeOver)
	}
	out := make([]eval.Value, 0, len(a)-k+1)
	for i := 0; i+k <= len(a); i++ {
		out = append(out, append([]eval.Value{}, a[i:i+k]...))
	}
	return out, nil
}

// shuffleArray is a Fisher-Yates shuffle drawing from the session's
// random source (seeded in tests).
func shuffleArray(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	out := append([]eval.Value{}, args[0].([]eval.Value)...)
	src := io.Reader(rand.Reader)
	if ctx != nil && ctx.Rand != nil {
		src = ctx.Rand
	}
	var b [8]byte
	for i := len(out) - 1; i > 0; i-- {
		if _, err := io.ReadFull(src, b[:]); err != nil {
			return nil, eval.InvalidArgument("shuffle: reading the random source: %v", err)
		}
		j := int(binary.BigEndian.Uint64(b[:]) % uint64(i+1))
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

func multimapTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("multimap_from_entries", "1", len(args))
	}
	e, err := arrayOf("multimap_from_entries", args, 0)
	if err != nil {
		return nil, eval.Type{}, err
	}
	if e.Kind == eval.KindVoid { // NULL: a NULL map
		e = eval.StructOf(eval.Field{Name: "col1", Type: eval.VoidType}, eval.Field{Name: "col2", Type: eval.VoidType})
		return []eval.Type{eval.ArrayOf(concrete(e))}, eval.MapOf(eval.StringType, eval.ArrayOf(eval.StringType)), nil
	}
	if e.Kind != eval.KindStruct || len(e.Fields) != 2 {
		return nil, eval.Type{}, eval.Errorf(eval.CodeArgumentType,
			"multimap_from_entries needs an array of two-field structs (key, value), got %s", args[0])
	}
	k, v := concrete(e.Fields[0].Type), concrete(e.Fields[1].Type)
	return []eval.Type{args[0]}, eval.MapOf(k, eval.ArrayOf(v)), nil
}

// multimapFromEntries keeps the keys in their first order; a NULL key is
// an error, as the page says.
func multimapFromEntries(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	m := &eval.Map{}
	pos := newValueSet()
	var keys []eval.Value
	for _, x := range args[0].([]eval.Value) {
		s, ok := x.(*eval.Struct)
		if !ok {
			continue // a NULL entry adds nothing
		}
		k := s.Fields[0]
		if k == nil {
			return nil, eval.InvalidArgument("multimap_from_entries: a key is NULL; every struct's first field must be non-NULL")
		}
		if pos.add(k) {
			keys = append(keys, k)
			m.Keys = append(m.Keys, k)
			m.Values = append(m.Values, []eval.Value{s.Fields[1]})
			continue
		}
		for i, have := range keys {
			if eval.Compare(have, k) == 0 {
				m.Values[i] = append(m.Values[i].([]eval.Value), s.Fields[1])
				break
			}
		}
	}
	if m.Keys == nil {
		m.Keys, m.Values = []eval.Value{}, []eval.Value{}
	}
	return m, nil
}

// maxSequenceFlag bounds SEQUENCE; the page's default is 10000 elements.
const maxSequenceFlag = "odps.sql.max.sequence.length"

func sequenceTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 && len(args) != 3 {
		return nil, eval.Type{}, eval.ArgumentCountError("sequence", "2 or 3", len(args))
	}
	t, err := commonOf("sequence", args, []int{0, 1})
	if err != nil {
		return nil, eval.Type{}, err
	}
	switch {
	case t.Kind == eval.KindVoid:
		t = eval.BigintType
	case t.Kind.IsInteger():
	case t.Kind == eval.KindDate || t.Kind == eval.KindDatetime || t.Kind == eval.KindTimestamp:
		if len(args) == 3 {
			// The page's step for dates is an INTERVAL, which mcsql's
			// SQL does not have yet.
			return nil, eval.Type{}, eval.Errorf(eval.CodeArgumentType,
				"sequence over %s takes no step in mcsql (INTERVAL steps are not supported); the step is one day", t)
		}
	default:
		return nil, eval.Type{}, eval.ArgumentTypeError("sequence", 0, args[0])
	}
	params := []eval.Type{t, t}
	if len(args) == 3 {
		if k := args[2].Kind; !k.IsInteger() && k != eval.KindVoid {
			return nil, eval.Type{}, eval.ArgumentTypeError("sequence", 2, args[2])
		}
		params = append(params, t)
	}
	return params, eval.ArrayOf(t), nil
}

func sequence(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	limit := flagLimit(ctx, maxSequenceFlag, 10_000)
	if from, ok := args[0].(time.Time); ok {
		return daySequence(from, args[1].(time.Time), limit)
	}
	start, stop := args[0].(int64), args[1].(int64)
	step := int64(1)
	if start > stop {
		step = -1
	}
	if len(args) == 3 {
		step = args[2].(int64)
	}
	if step == 0 && start != stop || step > 0 && start > stop || step < 0 && start < stop {
		return nil, eval.InvalidArgument("sequence: step %d cannot go from %d to %d; use a step of the sign of stop - start", step, start, stop)
	}
	n := uint64(1)
	if step > 0 {
		n = (uint64(stop)-uint64(start))/uint64(step) + 1
	} else if step < 0 {
		n = (uint64(start)-uint64(stop))/(^uint64(step)+1) + 1
	}
	if n > uint64(limit) {
		return nil, eval.InvalidArgument("sequence: %d elements are more than %d (set %s for more)", n, limit, maxSequenceFlag)
	}
	// The flag may allow more than an ARRAY holds.
	if err := checkArrayResult("sequence", mulBytes(int64(n), eval.ElementBytes)); err != nil {
		return nil, err
	}
	out := make([]eval.Value, n)
	for i := range out {
		out[i] = start + int64(i)*step
	}
	return out, nil
}

// daySequence steps a date or time by one day towards stop.
func daySequence(from, to time.Time, limit int64) (eval.Value, error) {
	step := 1
	if from.After(to) {
		step = -1
	}
	var out []eval.Value
	for d := from; step > 0 && !d.After(to) || step < 0 && !d.Before(to); d = d.AddDate(0, 0, step) {
		if int64(len(out)) >= limit {
			return nil, eval.InvalidArgument("sequence: more than %d elements (set %s for more)", limit, maxSequenceFlag)
		}
		if len(out) >= maxElements {
			return nil, checkArrayResult("sequence", eval.SizeOver)
		}
		out = append(out, d)
	}
	return out, nil
}
