package functions

import (
	"cmp"
	"slices"

	"github.com/mcsql/mcsql/eval"
)

// registerArrayLambdas adds the ARRAY functions that take lambdas
// (`x -> expr`, see eval/lambda.go).
func registerArrayLambdas(r registrar) {
	r.Register(fn("TRANSFORM", "ARRAY<R> TRANSFORM(ARRAY<T> a, FUNCTION<T,R> f) or TRANSFORM(ARRAY<T> a, FUNCTION<T,BIGINT,R> f)",
		"each element mapped by the lambda (given the element, or the element and its 0-based index)",
		"select transform(array(1, 2, 3), x -> x * 10); -- [10,20,30]",
		lambdaOverload(transformTypes, transformParams, transform)))
	r.Register(fn("FILTER", "ARRAY<T> FILTER(ARRAY<T> a, FUNCTION<T,BOOLEAN> f)",
		"the elements for which the lambda is true",
		"select filter(array(1, 2, 3), x -> x > 1); -- [2,3]",
		lambdaOverload(predicateTypes("filter", false), elemParams("filter"), filterImpl)))
	r.Register(fn("ALL_MATCH", "BOOLEAN ALL_MATCH(ARRAY<T> a, FUNCTION<T,BOOLEAN> f)",
		"whether the lambda holds for every element (true for an empty array; NULL when it is NULL for some and true for the rest)",
		"select all_match(array(4, 5, 6), x -> x > 3); -- true",
		lambdaOverload(predicateTypes("all_match", true), elemParams("all_match"), matchImpl(true))))
	r.Register(fn("ANY_MATCH", "BOOLEAN ANY_MATCH(ARRAY<T> a, FUNCTION<T,BOOLEAN> f)",
		"whether the lambda holds for some element (false for an empty array; NULL when it is NULL for some and false for the rest)",
		"select any_match(array(1, 2, 3), x -> x > 2); -- true",
		lambdaOverload(predicateTypes("any_match", true), elemParams("any_match"), matchImpl(false))))
	r.Register(fn("ZIP_WITH", "ARRAY<R> ZIP_WITH(ARRAY<T> a, ARRAY<S> b, FUNCTION<T,S,R> f)",
		"the lambda applied to the elements at each position; the shorter array is padded with NULLs",
		"select zip_with(array(1, 2, 3), array(1, 2, 3, 4), (x, y) -> x + y); -- [2,4,6,null]",
		lambdaOverload(zipWithTypes, zipWithParams, zipWith)))
	r.Register(fn("ARRAY_SORT", "ARRAY<T> ARRAY_SORT(ARRAY<T> a, FUNCTION<T,T,BIGINT> comparator)",
		"the array sorted by the comparator (negative, 0 or positive as a < b, a = b, a > b); a NULL comparison is an error",
		"select array_sort(array(5, 6, 1), (l, r) -> case when l < r then -1L when l > r then 1L else 0L end); -- [1,5,6]",
		lambdaOverload(arraySortTypes, arraySortParams, arraySort)))
	r.Register(fn("ARRAY_REDUCE", "R ARRAY_REDUCE(ARRAY<T> a, BUF init, FUNCTION<BUF,T,BUF> merge, FUNCTION<BUF,R> final)",
		"folds the elements into an accumulator starting at init with merge, then applies final",
		"select array_reduce(array(1, 2, 3), 0, (buf, e) -> buf + e, buf -> buf); -- 6",
		reduceOverload()))
}

// lambdaOverload declares an overload taking lambdas. It is not NullSafe: a
// NULL array gives NULL (a lambda argument is never NULL).
func lambdaOverload(types func([]eval.Type) ([]eval.Type, eval.Type, error),
	params func([]eval.Type, int) ([]eval.Type, error), impl eval.Impl) *eval.Overload {
	return &eval.Overload{Bind: eval.BindTypes(types), LambdaParams: params, Impl: impl}
}

// elemParams gives the lambda at argument 1 the array's element type.
func elemParams(name string) func([]eval.Type, int) ([]eval.Type, error) {
	return lambdaParams(name, 1, func(args []eval.Type) ([]eval.Type, error) {
		e, err := arrayOf(name, args, 0)
		return []eval.Type{e}, err
	})
}

func transformParams(args []eval.Type, i int) ([]eval.Type, error) {
	e, err := arrayOf("transform", args, 0)
	if err != nil || i != 1 {
		return elemParams("transform")(args, i)
	}
	if len(args[1].Fields) == 2 { // (x, i) -> ...: the element and its index
		return []eval.Type{e, eval.BigintType}, nil
	}
	return []eval.Type{e}, nil
}

func transformTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("transform", "2", len(args))
	}
	if _, err := arrayOf("transform", args, 0); err != nil {
		return nil, eval.Type{}, err
	}
	r, err := lambdaArg("transform", args, 1)
	if err != nil {
		return nil, eval.Type{}, err
	}
	r = concrete(r)
	return []eval.Type{args[0], withLambda(args[1], r)}, eval.ArrayOf(r), nil
}

func transform(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, f := args[0].([]eval.Value), args[1].(*eval.Lambda)
	out := make([]eval.Value, len(a))
	withIndex := f.Arity() == 2
	size := int64(0)
	for i, x := range a {
		var v eval.Value
		var err error
		if withIndex {
			v, err = f.Call(x, int64(i))
		} else {
			v, err = f.Call(x)
		}
		if err == nil {
			err = growArray("transform", &size, v)
		}
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// predicateTypes checks FILTER/ALL_MATCH/ANY_MATCH's arguments; the result
// is BOOLEAN (match) or the array's type.
func predicateTypes(name string, match bool) func([]eval.Type) ([]eval.Type, eval.Type, error) {
	return func(args []eval.Type) ([]eval.Type, eval.Type, error) {
		if len(args) != 2 {
			return nil, eval.Type{}, eval.ArgumentCountError(name, "2", len(args))
		}
		e, err := arrayOf(name, args, 0)
		if err != nil {
			return nil, eval.Type{}, err
		}
		if err := lambdaWants(name, args, 1, eval.KindBoolean); err != nil {
			return nil, eval.Type{}, err
		}
		params := []eval.Type{eval.ArrayOf(concrete(e)), withLambda(args[1], eval.BooleanType)}
		if match {
			return params, eval.BooleanType, nil
		}
		return params, params[0], nil
	}
}

func filterImpl(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, f := args[0].([]eval.Value), args[1].(*eval.Lambda)
	out := make([]eval.Value, 0, len(a))
	for _, x := range a {
		v, err := f.Call(x)
		if err != nil {
			return nil, err
		}
		if ok, _ := asBool(v); ok {
			out = append(out, x)
		}
	}
	return out, nil
}

// matchImpl is ALL_MATCH (all) or ANY_MATCH: three-valued, as AND and OR
// over the predicate's results.
func matchImpl(all bool) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		a, f := args[0].([]eval.Value), args[1].(*eval.Lambda)
		sawNull := false
		for _, x := range a {
			v, err := f.Call(x)
			if err != nil {
				return nil, err
			}
			b, isNull := asBool(v)
			switch {
			case isNull:
				sawNull = true
			case b != all: // a false for ALL_MATCH, a true for ANY_MATCH decides
				return !all, nil
			}
		}
		if sawNull {
			return nil, nil
		}
		return all, nil
	}
}

func zipWithParams(args []eval.Type, i int) ([]eval.Type, error) {
	if i != 2 {
		return lambdaParams("zip_with", 2, nil)(args, i)
	}
	a, err := arrayOf("zip_with", args, 0)
	if err != nil {
		return nil, err
	}
	b, err := arrayOf("zip_with", args, 1)
	return []eval.Type{a, b}, err
}

func zipWithTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 3 {
		return nil, eval.Type{}, eval.ArgumentCountError("zip_with", "3", len(args))
	}
	r, err := lambdaArg("zip_with", args, 2)
	if err != nil {
		return nil, eval.Type{}, err
	}
	r = concrete(r)
	return []eval.Type{args[0], args[1], withLambda(args[2], r)}, eval.ArrayOf(r), nil
}

func zipWith(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, b, f := args[0].([]eval.Value), args[1].([]eval.Value), args[2].(*eval.Lambda)
	out := make([]eval.Value, max(len(a), len(b)))
	size := int64(0)
	for i := range out {
		v, err := f.Call(at(a, i), at(b, i))
		if err == nil {
			err = growArray("zip_with", &size, v)
		}
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// at is a[i], or NULL past the end.
func at(a []eval.Value, i int) eval.Value {
	if i < len(a) {
		return a[i]
	}
	return nil
}

func arraySortParams(args []eval.Type, i int) ([]eval.Type, error) {
	return lambdaParams("array_sort", 1, func(args []eval.Type) ([]eval.Type, error) {
		e, err := arrayOf("array_sort", args, 0)
		return []eval.Type{e, e}, err
	})(args, i)
}

func arraySortTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("array_sort", "2", len(args))
	}
	e, err := arrayOf("array_sort", args, 0)
	if err != nil {
		return nil, eval.Type{}, err
	}
	if err := lambdaWants("array_sort", args, 1, eval.KindBigint, eval.KindInt, eval.KindSmallint, eval.KindTinyint); err != nil {
		return nil, eval.Type{}, err
	}
	t := eval.ArrayOf(concrete(e))
	return []eval.Type{t, withLambda(args[1], eval.BigintType)}, t, nil
}

// arraySort sorts a copy, stably, with the comparator lambda.
func arraySort(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	out := append([]eval.Value{}, args[0].([]eval.Value)...)
	f := args[1].(*eval.Lambda)
	var failed error
	slices.SortStableFunc(out, func(x, y eval.Value) int {
		if failed != nil {
			return 0
		}
		v, err := f.Call(x, y)
		switch {
		case err != nil:
			failed = err
		case v == nil:
			failed = eval.InvalidArgument("the comparator of array_sort returned NULL; it must return a negative number, 0 or a positive number")
		default:
			return cmp.Compare(v.(int64), 0)
		}
		return 0
	})
	if failed != nil {
		return nil, failed
	}
	return out, nil
}

// reduceOverload is ARRAY_REDUCE. The accumulator's type is init's,
// widened (integers to BIGINT, FLOAT to DOUBLE, STRUCT fields alike) so
// that merge's `buf + e` keeps it; merge's result is converted to it.
func reduceOverload() *eval.Overload {
	o := lambdaOverload(reduceTypes, reduceParams, arrayReduce)
	o.NullSafe = true // a NULL init is a value; a NULL array is checked by the Impl
	return o
}

func reduceParams(args []eval.Type, i int) ([]eval.Type, error) {
	if len(args) != 4 {
		return nil, eval.ArgumentCountError("array_reduce", "4", len(args))
	}
	e, err := arrayOf("array_reduce", args, 0)
	if err != nil {
		return nil, err
	}
	buf, err := reduceBuf(args)
	switch {
	case err != nil:
		return nil, err
	case i == 2:
		return []eval.Type{buf, e}, nil
	case i == 3:
		return []eval.Type{buf}, nil
	}
	return lambdaParams("array_reduce", 2, nil)(args, i)
}

func reduceBuf(args []eval.Type) (eval.Type, error) {
	if args[1].Kind == eval.KindVoid || args[1].Kind == eval.KindFunction {
		return eval.Type{}, eval.ArgumentTypeError("array_reduce", 1, args[1])
	}
	return widen(args[1]), nil
}

// widen is the accumulator type for an initial value of type t.
func widen(t eval.Type) eval.Type {
	switch {
	case t.Kind.IsInteger():
		return eval.BigintType
	case t.Kind == eval.KindFloat:
		return eval.DoubleType
	case t.Kind == eval.KindStruct:
		fields := make([]eval.Field, len(t.Fields))
		for i, f := range t.Fields {
			fields[i] = eval.Field{Name: f.Name, Type: widen(f.Type)}
		}
		return eval.StructOf(fields...)
	}
	return t
}

func reduceTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 4 {
		return nil, eval.Type{}, eval.ArgumentCountError("array_reduce", "4", len(args))
	}
	buf, err := reduceBuf(args)
	if err != nil {
		return nil, eval.Type{}, err
	}
	if _, err := lambdaArg("array_reduce", args, 2); err != nil {
		return nil, eval.Type{}, err
	}
	r, err := lambdaArg("array_reduce", args, 3)
	if err != nil {
		return nil, eval.Type{}, err
	}
	r = concrete(r)
	return []eval.Type{args[0], buf, withLambda(args[2], buf), withLambda(args[3], r)}, r, nil
}

func arrayReduce(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, ok := args[0].([]eval.Value)
	if !ok {
		return nil, nil
	}
	merge, final := args[2].(*eval.Lambda), args[3].(*eval.Lambda)
	buf := args[1]
	for _, x := range a {
		v, err := merge.Call(buf, x)
		if err != nil {
			return nil, err
		}
		buf = v
	}
	return final.Call(buf)
}
