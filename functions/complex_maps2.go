package functions

import (
	"github.com/mcsql/mcsql/eval"
)

// registerMapLambdas adds the MAP functions that take lambdas.
func registerMapLambdas(r registrar) {
	r.Register(fn("MAP_FILTER", "MAP<K,V> MAP_FILTER(MAP<K,V> m, FUNCTION<K,V,BOOLEAN> f)",
		"the entries of m for which the lambda is true",
		"select map_filter(map(1, 0, 2, 2, 3, -1), (k, v) -> k > v); -- {\"1\":0,\"3\":-1}",
		lambdaOverload(mapFilterTypes, entryParams("map_filter", 0), mapFilter)))
	r.Register(fn("TRANSFORM_VALUES", "MAP<K,V2> TRANSFORM_VALUES(MAP<K,V1> m, FUNCTION<K,V1,V2> f)",
		"m with each value replaced by the lambda's result",
		"select transform_values(map(1, 1, 2, 2), (k, v) -> k + v); -- {\"1\":2,\"2\":4}",
		lambdaOverload(transformValuesTypes, entryParams("transform_values", 0), transformValues)))
	r.Register(fn("TRANSFORM_KEYS", "MAP<K2,V> TRANSFORM_KEYS([STRING mapDupKeyPolicy,] MAP<K1,V> m, FUNCTION<K1,V,K2> f)",
		"m with each key replaced by the lambda's result; a NULL new key is an error",
		"select transform_keys(map(10, -20, 20, 50, -30, 101), (k, v) -> k + v); -- {\"-10\":-20,\"70\":50,\"71\":101}",
		lambdaOverload(transformKeysTypes, transformKeysParams, transformKeys)))
	r.Register(fn("MAP_ZIP_WITH", "MAP<K,V3> MAP_ZIP_WITH(MAP<K,V1> a, MAP<K,V2> b, FUNCTION<K,V1,V2,V3> f)",
		"for every key of a or b, the lambda of the key and both values (NULL where a map lacks the key)",
		"select map_zip_with(map(1, 1, 2, 2), map(1, 10), (k, v1, v2) -> v1 + v2); -- {\"1\":11,\"2\":null}",
		lambdaOverload(mapZipWithTypes, mapZipWithParams, mapZipWith)))
}

// entryParams gives the lambda after the map at argument m the map's key
// and value types.
func entryParams(name string, m int) func([]eval.Type, int) ([]eval.Type, error) {
	return lambdaParams(name, m+1, func(args []eval.Type) ([]eval.Type, error) {
		k, v, err := mapOf(name, args, m)
		return []eval.Type{k, v}, err
	})
}

func mapFilterTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("map_filter", "2", len(args))
	}
	k, v, err := mapOf("map_filter", args, 0)
	if err != nil {
		return nil, eval.Type{}, err
	}
	if err := lambdaWants("map_filter", args, 1, eval.KindBoolean); err != nil {
		return nil, eval.Type{}, err
	}
	t := eval.MapOf(concrete(k), concrete(v))
	return []eval.Type{t, withLambda(args[1], eval.BooleanType)}, t, nil
}

func mapFilter(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	m, f := args[0].(*eval.Map), args[1].(*eval.Lambda)
	out := &eval.Map{Keys: []eval.Value{}, Values: []eval.Value{}}
	for i, k := range m.Keys {
		v, err := f.Call(k, m.Values[i])
		if err != nil {
			return nil, err
		}
		if ok, _ := asBool(v); ok {
			out.Keys = append(out.Keys, k)
			out.Values = append(out.Values, m.Values[i])
		}
	}
	return out, nil
}

func transformValuesTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("transform_values", "2", len(args))
	}
	k, _, err := mapOf("transform_values", args, 0)
	if err != nil {
		return nil, eval.Type{}, err
	}
	r, err := lambdaArg("transform_values", args, 1)
	if err != nil {
		return nil, eval.Type{}, err
	}
	r = concrete(r)
	return []eval.Type{args[0], withLambda(args[1], r)}, eval.MapOf(concrete(k), r), nil
}

func transformValues(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	m, f := args[0].(*eval.Map), args[1].(*eval.Lambda)
	out := &eval.Map{Keys: append([]eval.Value{}, m.Keys...), Values: make([]eval.Value, len(m.Values))}
	// The keys stay; each new value counts as it is made (the lambda may
	// make it large).
	size := valueBytes(m.Keys)
	for i, k := range m.Keys {
		v, err := f.Call(k, m.Values[i])
		if err != nil {
			return nil, err
		}
		size = addBytes(size, elementBytes(v))
		if err := checkMapResult("transform_values", size); err != nil {
			return nil, err
		}
		out.Values[i] = v
	}
	return out, nil
}

func transformKeysParams(args []eval.Type, i int) ([]eval.Type, error) {
	return entryParams("transform_keys", policyArg(args, 2))(args, i)
}

func transformKeysTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	skip := policyArg(args, 2)
	if len(args)-skip != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("transform_keys", "2 or 3", len(args))
	}
	params, err := policyType("transform_keys", args, skip)
	if err != nil {
		return nil, eval.Type{}, err
	}
	_, v, err := mapOf("transform_keys", args, skip)
	if err != nil {
		return nil, eval.Type{}, err
	}
	r, err := lambdaArg("transform_keys", args, skip+1)
	if err != nil {
		return nil, eval.Type{}, err
	}
	r = concrete(r)
	params = append(params, args[skip], withLambda(args[skip+1], r))
	return params, eval.MapOf(r, concrete(v)), nil
}

func transformKeys(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	policy, rest, err := splitPolicy(ctx, args, len(args) == 3)
	if err != nil {
		return nil, err
	}
	m, f := rest[0].(*eval.Map), rest[1].(*eval.Lambda)
	b := newMapBuilder(eval.VoidType, policy, len(m.Keys))
	// Each new key counts as it is made (the lambda may make it large);
	// a duplicate only moves a value of the input.
	size := int64(0)
	for i, k := range m.Keys {
		nk, err := f.Call(k, m.Values[i])
		if err != nil {
			return nil, err
		}
		if nk == nil {
			return nil, eval.InvalidArgument("transform_keys: the lambda returned a NULL key for key %s; map keys must not be NULL", formatKey(k))
		}
		n := len(b.m.Keys)
		if err := b.put(nk, m.Values[i]); err != nil {
			return nil, err
		}
		if len(b.m.Keys) > n {
			size = addBytes(size, addBytes(elementBytes(nk), elementBytes(m.Values[i])))
			if err := checkMapResult("transform_keys", size); err != nil {
				return nil, err
			}
		}
	}
	return b.m, nil
}

func mapZipWithParams(args []eval.Type, i int) ([]eval.Type, error) {
	return lambdaParams("map_zip_with", 2, func(args []eval.Type) ([]eval.Type, error) {
		k, v1, v2, err := mapZipKinds(args)
		return []eval.Type{k, v1, v2}, err
	})(args, i)
}

// mapZipKinds unifies the two maps' key types.
func mapZipKinds(args []eval.Type) (k, v1, v2 eval.Type, err error) {
	if len(args) != 3 {
		return k, v1, v2, eval.ArgumentCountError("map_zip_with", "3", len(args))
	}
	k1, v1, err := mapOf("map_zip_with", args, 0)
	if err != nil {
		return k, v1, v2, err
	}
	k2, v2, err := mapOf("map_zip_with", args, 1)
	if err != nil {
		return k, v1, v2, err
	}
	k, ok := commonElem(k1, k2)
	if !ok {
		return k, v1, v2, eval.Errorf(eval.CodeArgumentType, "map_zip_with needs maps with the same key type, got %s and %s", args[0], args[1])
	}
	return concrete(k), concrete(v1), concrete(v2), nil
}

func mapZipWithTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	k, v1, v2, err := mapZipKinds(args)
	if err != nil {
		return nil, eval.Type{}, err
	}
	r, err := lambdaArg("map_zip_with", args, 2)
	if err != nil {
		return nil, eval.Type{}, err
	}
	r = concrete(r)
	return []eval.Type{eval.MapOf(k, v1), eval.MapOf(k, v2), withLambda(args[2], r)}, eval.MapOf(k, r), nil
}

// mapZipWith visits a's keys in order, then b's keys that a lacks.
func mapZipWith(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	a, b, f := args[0].(*eval.Map), args[1].(*eval.Map), args[2].(*eval.Lambda)
	out := &eval.Map{Keys: []eval.Value{}, Values: []eval.Value{}}
	seen := newValueSet()
	// Each entry counts as it is made (the lambda may make its value
	// large).
	size := int64(0)
	call := func(k eval.Value) error {
		v, err := f.Call(k, lookup(a, k), lookup(b, k))
		if err != nil {
			return err
		}
		size = addBytes(size, addBytes(elementBytes(k), elementBytes(v)))
		if err := checkMapResult("map_zip_with", size); err != nil {
			return err
		}
		out.Keys = append(out.Keys, k)
		out.Values = append(out.Values, v)
		return nil
	}
	for _, m := range []*eval.Map{a, b} {
		for _, k := range m.Keys {
			if seen.add(k) {
				if err := call(k); err != nil {
					return nil, err
				}
			}
		}
	}
	return out, nil
}

// lookup is m[k], NULL when absent.
func lookup(m *eval.Map, k eval.Value) eval.Value {
	for i, key := range m.Keys {
		if key != nil && eval.Compare(key, k) == 0 {
			return m.Values[i]
		}
	}
	return nil
}
