package functions

import (
	"math"
	"slices"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// registerArrayOps adds the ARRAY functions that reorder, cut, repeat,
// join and measure arrays.
func registerArrayOps(r registrar) {
	r.Register(fn("ARRAY_JOIN", "STRING ARRAY_JOIN(ARRAY<T> a, STRING delimiter[, STRING nullreplacement])",
		"the elements as text joined by delimiter; NULL elements are skipped, or replaced by nullreplacement",
		"select array_join(array(10, 20, null, 30), ','); -- 10,20,30",
		nonNull(arrayJoinTypes, arrayJoin)))
	r.Register(fn("ARRAY_MAX", "T ARRAY_MAX(ARRAY<T> a)",
		"the largest non-NULL element (NULL when there is none)",
		"select array_max(array(1, 20, null, 3)); -- 20",
		nonNull(elemResultTypes("array_max"), arrayExtreme(1))))
	r.Register(fn("ARRAY_MIN", "T ARRAY_MIN(ARRAY<T> a)",
		"the smallest non-NULL element (NULL when there is none)",
		"select array_min(array(1, 20, null, 3)); -- 1",
		nonNull(elemResultTypes("array_min"), arrayExtreme(-1))))
	r.Register(fn("ARRAY_REPEAT", "ARRAY<T> ARRAY_REPEAT(T element, INT count)",
		"an array of count copies of element (empty when count < 1)",
		"select array_repeat('a', 3); -- [\"a\",\"a\",\"a\"]",
		generic(arrayRepeatTypes, arrayRepeat)))
	r.Register(fn("SLICE", "ARRAY<T> SLICE(ARRAY<T> a, BIGINT start, BIGINT length)",
		"length elements of a from the 1-based start (a negative start counts from the end)",
		"select slice(array(10, 20, 20, null, null, 30), 1, 3); -- [10,20,20]",
		nonNull(sliceTypes, slice)))
	r.Register(fn("SORT_ARRAY", "ARRAY<T> SORT_ARRAY(ARRAY<T> a[, BOOLEAN isasc])",
		"a sorted ascending (NULLs first) or, when isasc is false, descending (NULLs last)",
		"select sort_array(array(10, 20, 40, 30, 30, null, 50)); -- [null,10,20,30,30,40,50]",
		nonNull(sortArrayTypes, sortArray)))
	r.Register(fn("ARRAY_NORMALIZE", "ARRAY<DOUBLE> ARRAY_NORMALIZE(ARRAY<DOUBLE|FLOAT> a, DOUBLE p)",
		"each element divided by the p-norm of a (a itself when p = 0; NULL when a has a NULL element)",
		"select array_normalize(array(10.0, 20.0, 50.0), 1.0); -- [0.125,0.25,0.625]",
		nonNull(normalizeTypes, arrayNormalize)))
}

func arrayJoinTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 && len(args) != 3 {
		return nil, eval.Type{}, eval.ArgumentCountError("array_join", "2 or 3", len(args))
	}
	e, err := arrayOf("array_join", args, 0)
	if err != nil {
		return nil, eval.Type{}, err
	}
	// Elements become text: those that convert to STRING implicitly are
	// converted; BOOLEAN elements print as true/false.
	if e.Kind != eval.KindBoolean && !eval.CanImplicit(e, eval.StringType) {
		return nil, eval.Type{}, eval.ArgumentTypeError("array_join", 0, args[0])
	}
	params := []eval.Type{eval.ArrayOf(eval.StringType), eval.StringType, eval.StringType}
	if e.Kind == eval.KindBoolean {
		params[0] = args[0]
	}
	for i := 1; i < len(args); i++ {
		if !eval.CanImplicit(args[i], eval.StringType) {
			return nil, eval.Type{}, eval.ArgumentTypeError("array_join", i, args[i])
		}
	}
	return params[:len(args)], eval.StringType, nil
}

func arrayJoin(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, delim := args[0].([]eval.Value), args[1].(string)
	var b strings.Builder
	first := true
	for _, x := range a {
		var s string
		switch v := x.(type) {
		case nil:
			if len(args) < 3 {
				continue
			}
			s = args[2].(string)
		case bool:
			s = map[bool]string{true: "true", false: "false"}[v]
		default:
			s, _ = v.(string)
		}
		if !first {
			b.WriteString(delim)
		}
		first = false
		b.WriteString(s)
		if err := checkStringResult("array_join", int64(b.Len())); err != nil {
			return nil, err
		}
	}
	return b.String(), nil
}

func elemResultTypes(name string) func([]eval.Type) ([]eval.Type, eval.Type, error) {
	return func(args []eval.Type) ([]eval.Type, eval.Type, error) {
		if len(args) != 1 {
			return nil, eval.Type{}, eval.ArgumentCountError(name, "1", len(args))
		}
		e, err := arrayOf(name, args, 0)
		e = concrete(e)
		return []eval.Type{eval.ArrayOf(e)}, e, err
	}
}

// arrayExtreme is ARRAY_MAX (sign 1) or ARRAY_MIN (sign -1).
func arrayExtreme(sign int) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		var best eval.Value
		for _, x := range args[0].([]eval.Value) {
			if x != nil && (best == nil || eval.Compare(x, best)*sign > 0) {
				best = x
			}
		}
		return best, nil
	}
}

func arrayRepeatTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("array_repeat", "2", len(args))
	}
	if k := args[1].Kind; !k.IsInteger() && k != eval.KindVoid && !eval.CanImplicit(args[1], eval.BigintType) {
		return nil, eval.Type{}, eval.ArgumentTypeError("array_repeat", 1, args[1])
	}
	e := concrete(args[0])
	return []eval.Type{e, eval.BigintType}, eval.ArrayOf(e), nil
}

// arrayRepeat is NullSafe: a NULL element is repeated, a NULL count
// gives NULL.
func arrayRepeat(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	n, ok := args[1].(int64)
	if !ok {
		return nil, nil
	}
	// Each copy of the element counts in full: repeating a 100 KB string
	// shares it, but the ARRAY still stands for the copies.
	if err := checkArrayResult("array_repeat", mulBytes(n, elementBytes(args[0]))); err != nil {
		return nil, err
	}
	out := make([]eval.Value, max(n, 0))
	for i := range out {
		out[i] = args[0]
	}
	return out, nil
}

func sliceTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 3 {
		return nil, eval.Type{}, eval.ArgumentCountError("slice", "3", len(args))
	}
	e, err := arrayOf("slice", args, 0)
	if err != nil {
		return nil, eval.Type{}, err
	}
	for i := 1; i < 3; i++ {
		if !eval.CanImplicit(args[i], eval.BigintType) {
			return nil, eval.Type{}, eval.ArgumentTypeError("slice", i, args[i])
		}
	}
	t := eval.ArrayOf(concrete(e))
	return []eval.Type{t, eval.BigintType, eval.BigintType}, t, nil
}

func slice(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, start, length := args[0].([]eval.Value), args[1].(int64), args[2].(int64)
	switch {
	case start == 0:
		return nil, eval.InvalidArgument("slice start must not be 0: positions start at 1, and negative ones count from the end")
	case length < 0:
		return nil, eval.InvalidArgument("slice length must not be negative, got %d", length)
	}
	from := start - 1
	if start < 0 {
		from = int64(len(a)) + start
	}
	if from < 0 || from >= int64(len(a)) {
		return []eval.Value{}, nil
	}
	to := min(int64(len(a)), from+length)
	return append([]eval.Value{}, a[from:to]...), nil
}

func sortArrayTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 1 && len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("sort_array", "1 or 2", len(args))
	}
	e, err := arrayOf("sort_array", args, 0)
	if err != nil {
		return nil, eval.Type{}, err
	}
	t := eval.ArrayOf(concrete(e))
	if len(args) == 2 {
		if k := args[1].Kind; k != eval.KindBoolean && k != eval.KindVoid {
			return nil, eval.Type{}, eval.ArgumentTypeError("sort_array", 1, args[1])
		}
		return []eval.Type{t, eval.BooleanType}, t, nil
	}
	return []eval.Type{t}, t, nil
}

// sortArray sorts a copy stably; NULL is the smallest value.
func sortArray(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	out := append([]eval.Value{}, args[0].([]eval.Value)...)
	asc := len(args) < 2 || args[1].(bool)
	slices.SortStableFunc(out, func(x, y eval.Value) int {
		if asc {
			return eval.Compare(x, y)
		}
		return eval.Compare(y, x)
	})
	return out, nil
}

func normalizeTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("array_normalize", "2", len(args))
	}
	e, err := arrayOf("array_normalize", args, 0)
	if err != nil {
		return nil, eval.Type{}, err
	}
	t := eval.ArrayOf(eval.DoubleType)
	if k := e.Kind; k != eval.KindDouble && k != eval.KindFloat && k != eval.KindVoid {
		return nil, eval.Type{}, eval.ArgumentTypeError("array_normalize", 0, args[0])
	}
	if !eval.CanImplicit(args[1], eval.DoubleType) {
		return nil, eval.Type{}, eval.ArgumentTypeError("array_normalize", 1, args[1])
	}
	return []eval.Type{t, eval.DoubleType}, t, nil
}

// arrayNormalize divides each element by (sum |v|^p)^(1/p), computed once.
func arrayNormalize(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, p := args[0].([]eval.Value), args[1].(float64)
	if p < 0 || math.IsNaN(p) {
		return nil, eval.InvalidArgument("array_normalize p must be >= 0, got %v", p)
	}
	sum := 0.0
	for _, x := range a {
		v, ok := x.(float64)
		if !ok {
			return nil, nil // a NULL element makes the result NULL
		}
		sum += math.Pow(math.Abs(v), p)
	}
	if p == 0 {
		return a, nil
	}
	norm := math.Pow(sum, 1/p)
	out := make([]eval.Value, len(a))
	for i, x := range a {
		out[i] = x.(float64) / norm
	}
	return out, nil
}
