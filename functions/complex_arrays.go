package functions

import (
	"strconv"

	"github.com/mcsql/mcsql/eval"
)

// registerArraySets adds the ARRAY functions that search, deduplicate and
// combine arrays. Element equality is eval.Compare's (MaxCompute's
// comparison of the element type); where the pages say NULL elements take
// part, NULL equals NULL.
func registerArraySets(r registrar) {
	r.Register(fn("ARRAY_CONTAINS", "BOOLEAN ARRAY_CONTAINS(ARRAY<T> a, T v)",
		"whether a has an element equal to v",
		"select array_contains(array('a', 'b'), 'b'); -- true",
		generic(elemAndValueTypes("array_contains", eval.BooleanType), arrayContains)))
	r.Register(fn("ARRAY_POSITION", "BIGINT ARRAY_POSITION(ARRAY<T> a, T element)",
		"the 1-based position of the first element equal to element, 0 when there is none",
		"select array_position(array(3, 2, 1), 1); -- 3",
		generic(elemAndValueTypes("array_position", eval.BigintType), arrayPosition)))
	r.Register(fn("ARRAY_REMOVE", "ARRAY<T> ARRAY_REMOVE(ARRAY<T> a, T element)",
		"a without the elements equal to element (NULL elements stay)",
		"select array_remove(array(3, 2, 1), 1); -- [3,2]",
		generic(elemAndValueTypes("array_remove", eval.VoidType), arrayRemove)))
	r.Register(fn("ARRAY_DISTINCT", "ARRAY<T> ARRAY_DISTINCT(ARRAY<T> a)",
		"a without duplicates, in first-occurrence order (NULL counts as a value)",
		"select array_distinct(array(10, 20, 30, 30, 20, 10)); -- [10,20,30]",
		nonNull(oneArrayTypes("array_distinct"), arrayDistinct)))
	r.Register(fn("ARRAY_EXCEPT", "ARRAY<T> ARRAY_EXCEPT(ARRAY<T> a, ARRAY<T> b)",
		"the distinct elements of a that are not in b, in a's order",
		"select array_except(array(1, 1, 3, 3, 5, 5), array(1, 1, 2, 2, 3, 3)); -- [5]",
		nonNull(setTypes("array_except"), setOp(false, true))))
	r.Register(fn("ARRAY_INTERSECT", "ARRAY<T> ARRAY_INTERSECT(ARRAY<T> a, ARRAY<T> b)",
		"the distinct elements of a that are also in b, in a's order",
		"select array_intersect(array(1, 2, 3), array(1, 3, 5)); -- [1,3]",
		nonNull(setTypes("array_intersect"), setOp(true, false))))
	r.Register(fn("ARRAY_UNION", "ARRAY<T> ARRAY_UNION(ARRAY<T> a, ARRAY<T> b)",
		"the distinct elements of a, then those of b",
		"select array_union(array(1, 2, 3), array(1, 3, 5)); -- [1,2,3,5]",
		nonNull(setTypes("array_union"), arrayUnion)))
	r.Register(fn("ARRAYS_OVERLAP", "BOOLEAN ARRAYS_OVERLAP(ARRAY<T> a, ARRAY<T> b)",
		"whether a and b share a non-NULL element; NULL when they share none but both are non-empty and one has a NULL",
		"select arrays_overlap(array(1, 2, 3), array(3, 4, 5)); -- true",
		nonNull(overlapTypes, arraysOverlap)))
	r.Register(fn("ARRAYS_ZIP", "ARRAY<STRUCT<0:T,1:U,...>> ARRAYS_ZIP(ARRAY<T> a, ARRAY<U> b, ...)",
		"structs of the elements at each position (fields named 0, 1, ...); shorter arrays are padded with NULLs",
		"select arrays_zip(array(1, 2), array('a', 'b')); -- [{\"0\":1,\"1\":\"a\"},{\"0\":2,\"1\":\"b\"}]",
		nonNull(arraysZipTypes, arraysZip)))
}

// nonNull declares a computed overload that is NULL when any argument is.
func nonNull(types func([]eval.Type) ([]eval.Type, eval.Type, error), impl eval.Impl) *eval.Overload {
	return &eval.Overload{Bind: eval.BindTypes(types), Impl: impl}
}

// elemAndValueTypes types (ARRAY<T> a, T v): v is converted to a's
// element type. A VoidType result stands for a's own array type.
func elemAndValueTypes(name string, result eval.Type) func([]eval.Type) ([]eval.Type, eval.Type, error) {
	return func(args []eval.Type) ([]eval.Type, eval.Type, error) {
		if len(args) != 2 {
			return nil, eval.Type{}, eval.ArgumentCountError(name, "2", len(args))
		}
		e, err := arrayOf(name, args, 0)
		if err != nil {
			return nil, eval.Type{}, err
		}
		t, ok := commonElem(e, args[1])
		if !ok {
			return nil, eval.Type{}, eval.ArgumentTypeError(name, 1, args[1])
		}
		t = concrete(t)
		if result.Kind == eval.KindVoid { // ARRAY_REMOVE returns the array's type
			return []eval.Type{eval.ArrayOf(t), t}, eval.ArrayOf(t), nil
		}
		return []eval.Type{eval.ArrayOf(t), t}, result, nil
	}
}

// ARRAY_CONTAINS is NullSafe so that a NULL array gives NULL but the
// search follows Hive: NULL elements never match, so a NULL v is false
// (the page says nothing about NULLs).
func arrayContains(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, ok := args[0].([]eval.Value)
	if !ok {
		return nil, nil
	}
	return indexOf(a, args[1]) >= 0, nil
}

// indexOf finds the first element equal to v (NULL matches nothing).
func indexOf(a []eval.Value, v eval.Value) int {
	if v == nil {
		return -1
	}
	for i, x := range a {
		if x != nil && eval.Compare(x, v) == 0 {
			return i
		}
	}
	return -1
}

func arrayPosition(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, ok := args[0].([]eval.Value)
	if !ok || args[1] == nil {
		return nil, nil // the page: a NULL array or element gives NULL
	}
	return int64(indexOf(a, args[1]) + 1), nil
}

func arrayRemove(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, ok := args[0].([]eval.Value)
	if !ok || args[1] == nil {
		return nil, nil // the page: a NULL array or element gives NULL
	}
	out := make([]eval.Value, 0, len(a))
	for _, x := range a {
		if x == nil || eval.Compare(x, args[1]) != 0 {
			out = append(out, x)
		}
	}
	return out, nil
}

func oneArrayTypes(name string) func([]eval.Type) ([]eval.Type, eval.Type, error) {
	return func(args []eval.Type) ([]eval.Type, eval.Type, error) {
		if len(args) != 1 {
			return nil, eval.Type{}, eval.ArgumentCountError(name, "1", len(args))
		}
		e, err := arrayOf(name, args, 0)
		t := eval.ArrayOf(concrete(e))
		return []eval.Type{t}, t, err
	}
}

func arrayDistinct(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a := args[0].([]eval.Value)
	seen := newValueSet()
	out := make([]eval.Value, 0, len(a))
	for _, x := range a {
		if seen.add(x) {
			out = append(out, x)
		}
	}
	return out, nil
}

func setTypes(name string) func([]eval.Type) ([]eval.Type, eval.Type, error) {
	return func(args []eval.Type) ([]eval.Type, eval.Type, error) {
		e, err := twoArrays(name, args)
		t := eval.ArrayOf(e)
		return []eval.Type{t, t}, t, err
	}
}

// setOp keeps a's distinct elements that are (in) or are not (out) in b.
func setOp(in, _ bool) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		a, b := args[0].([]eval.Value), args[1].([]eval.Value)
		inB := setOf(b)
		seen := newValueSet()
		out := []eval.Value{}
		for _, x := range a {
			if inB.has(x) == in && seen.add(x) {
				out = append(out, x)
			}
		}
		return out, nil
	}
}

func arrayUnion(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	seen := newValueSet()
	out := []eval.Value{}
	for _, a := range args {
		for _, x := range a.([]eval.Value) {
			if seen.add(x) {
				out = append(out, x)
			}
		}
	}
	return out, nil
}

func overlapTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	e, err := twoArrays("arrays_overlap", args)
	t := eval.ArrayOf(e)
	return []eval.Type{t, t}, eval.BooleanType, err
}

func arraysOverlap(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, b := args[0].([]eval.Value), args[1].([]eval.Value)
	inB := setOf(b)
	for _, x := range a {
		if x != nil && inB.has(x) {
			return true, nil
		}
	}
	if len(a) > 0 && len(b) > 0 && (inB.hasNull || setOf(a).hasNull) {
		return nil, nil
	}
	return false, nil
}

func arraysZipTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) < 2 { // the page: a and b are required
		return nil, eval.Type{}, eval.ArgumentCountError("arrays_zip", "at least 2", len(args))
	}
	params := make([]eval.Type, len(args))
	fields := make([]eval.Field, len(args))
	for i := range args {
		e, err := arrayOf("arrays_zip", args, i)
		if err != nil {
			return nil, eval.Type{}, err
		}
		e = concrete(e)
		params[i] = eval.ArrayOf(e)
		fields[i] = eval.Field{Name: strconv.Itoa(i), Type: e}
	}
	return params, eval.ArrayOf(eval.StructOf(fields...)), nil
}

func arraysZip(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	// The result holds n STRUCTs of len(args) fields (a shorter array's
	// missing elements are NULL), and every input element once.
	n, payload := 0, int64(0)
	for _, a := range args {
		a := a.([]eval.Value)
		n = max(n, len(a))
		if b := valueBytes(a); b == eval.SizeOver {
			payload = b
		} else {
			payload = addBytes(payload, b-int64(len(a))*eval.ElementBytes)
		}
	}
	size := addBytes(mulBytes(int64(n), int64(1+len(args))*eval.ElementBytes), payload)
	if err := checkArrayResult("arrays_zip", size); err != nil {
		return nil, err
	}
	out := make([]eval.Value, n)
	for i := range out {
		s := &eval.Struct{Fields: make([]eval.Value, len(args))}
		for j, a := range args {
			s.Fields[j] = at(a.([]eval.Value), i)
		}
		out[i] = s
	}
	return out, nil
}
