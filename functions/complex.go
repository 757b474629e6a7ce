package functions

import (
	"strconv"

	"github.com/mcsql/mcsql/eval"
)

// registerComplex adds the constructors of MaxCompute's complex types and
// SIZE. STRUCT values are what USE_WRAPPED_KEYSET returns; these make them
// writable in plain SQL too.
func registerComplex(r registrar) {
	r.Register(fn("ARRAY", "ARRAY<T> ARRAY(T a, ...)",
		"an array of the arguments, converted to their common type",
		"select array(1, 2, 3); -- [1,2,3]",
		generic(arrayTypes, makeArray),
	))
	r.Register(fn("MAP", "MAP<K,V> MAP(K key1, V value1, ...)",
		"a map of key/value pairs, keys and values each converted to their common type",
		"select map('a', 1, 'b', 2); -- {\"a\":1,\"b\":2}",
		generic(mapTypes, makeMap),
	))
	r.Register(fn("STRUCT", "STRUCT<col1:T1,...> STRUCT(T1 v1, ...)",
		"a struct whose members col1, col2, ... hold the arguments; the STRUCT expression STRUCT(v1 [AS] name1, ...) names them, and STRUCT(*) wraps the columns of the FROM clause",
		"select struct(1, 'a'); -- {\"col1\":1,\"col2\":\"a\"}",
		generic(structTypes, makeStruct),
	))
	r.Register(fn("SIZE", "INT SIZE(ARRAY|MAP x)",
		"the number of elements of an array or entries of a map; -1 for NULL",
		"select size(array(1, 2)); -- 2",
		generic(sizeTypes, size),
	))
	registerArrayLambdas(r)
	registerArraySets(r)
	registerArrayOps(r)
	registerMaps(r)
	registerMapLambdas(r)
	registerStructs(r)
	registerArrayMore(r)
}

func arrayTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) == 0 {
		// array() is the empty array the pages pass to ALL_MATCH and
		// ARRAY_DISTINCT; its elements have no type until CAST gives one.
		return nil, eval.ArrayOf(eval.VoidType), nil
	}
	elem, err := commonOf("array", args, seq(0, len(args), 1))
	if err != nil {
		return nil, eval.Type{}, err
	}
	if elem.Kind == eval.KindDouble && mixesStrings(args) {
		// The ARRAY page mixes STRING and BIGINT columns and gets
		// strings ([k11, 86, k21, 15]), not DOUBLE's failed conversions.
		elem = eval.StringType
	}
	return repeat(elem, len(args)), eval.ArrayOf(elem), nil
}

// mixesStrings reports whether some argument is a string.
func mixesStrings(args []eval.Type) bool {
	for _, t := range args {
		if t.Kind.IsString() {
			return true
		}
	}
	return false
}

func makeArray(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	return append([]eval.Value(nil), args...), nil
}

func mapTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) == 0 || len(args)%2 != 0 {
		return nil, eval.Type{}, eval.ArgumentCountError("map", "an even number of (at least 2)", len(args))
	}
	key, err := commonOf("map", args, seq(0, len(args), 2))
	if err != nil {
		return nil, eval.Type{}, err
	}
	if k := key.Kind; k == eval.KindArray || k == eval.KindMap || k == eval.KindStruct || k == eval.KindJSON {
		// The MAP page: keys are of a basic data type only.
		return nil, eval.Type{}, eval.Errorf(eval.CodeArgumentType,
			"map keys must be of a basic type (numbers, strings, BOOLEAN, dates, BINARY), got %s", key)
	}
	val, err := commonOf("map", args, seq(1, len(args), 2))
	if err != nil {
		return nil, eval.Type{}, err
	}
	params := make([]eval.Type, len(args))
	for i := range params {
		params[i] = key
		if i%2 == 1 {
			params[i] = val
		}
	}
	return params, eval.MapOf(key, val), nil
}

// makeMap builds the map; a key given twice keeps its last value, or is
// an error under SET odps.sql.map.key.dedup.policy=exception (the MAP page).
func makeMap(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	policy, err := dedupPolicy(ctx, "", false)
	if err != nil {
		return nil, err
	}
	b := newMapBuilder(eval.VoidType, policy, len(args)/2)
	for i := 0; i < len(args); i += 2 {
		if args[i] == nil {
			return nil, eval.InvalidArgument("map keys must not be NULL (key %d is NULL)", i/2+1)
		}
		if err := b.put(args[i], args[i+1]); err != nil {
			return nil, err
		}
	}
	return b.m, nil
}

func structTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) == 0 {
		return nil, eval.Type{}, eval.ArgumentCountError("struct", "at least 1", 0)
	}
	fields := make([]eval.Field, len(args))
	for i, t := range args {
		if t.Kind == eval.KindVoid {
			t = eval.StringType
		}
		fields[i] = eval.Field{Name: "col" + strconv.Itoa(i+1), Type: t}
		args[i] = t
	}
	return args, eval.StructOf(fields...), nil
}

func makeStruct(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	return &eval.Struct{Fields: append([]eval.Value(nil), args...)}, nil
}

func sizeTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("size", "1", len(args))
	}
	if k := args[0].Kind; k != eval.KindArray && k != eval.KindMap && k != eval.KindVoid {
		return nil, eval.Type{}, eval.ArgumentTypeError("size", 0, args[0])
	}
	return args, eval.IntType, nil
}

func size(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	switch v := args[0].(type) {
	case []eval.Value:
		return int64(len(v)), nil
	case *eval.Map:
		return int64(len(v.Keys)), nil
	}
	return int64(-1), nil
}
