package functions

import (
	"github.com/mcsql/mcsql/eval"
)

// registerMaps adds the MAP functions. Those that build maps take an
// optional first argument, the duplicate-key policy ('last_win' or
// 'exception'), else odps.sql.map.key.dedup.policy, else last_win.
func registerMaps(r registrar) {
	r.Register(fn("MAP_KEYS", "ARRAY<K> MAP_KEYS(MAP<K,V> m)",
		"the keys of m",
		"select map_keys(map('a', 1, 'b', 2)); -- [\"a\",\"b\"]",
		nonNull(mapPartTypes("map_keys", true), func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			return append([]eval.Value{}, args[0].(*eval.Map).Keys...), nil
		})))
	r.Register(fn("MAP_VALUES", "ARRAY<V> MAP_VALUES(MAP<K,V> m)",
		"the values of m",
		"select map_values(map('a', 1, 'b', 2)); -- [1,2]",
		nonNull(mapPartTypes("map_values", false), func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
			return append([]eval.Value{}, args[0].(*eval.Map).Values...), nil
		})))
	r.Register(fn("MAP_ENTRIES", "ARRAY<STRUCT<key:K,value:V>> MAP_ENTRIES(MAP<K,V> m)",
		"the entries of m as structs with fields key and value",
		"select map_entries(map(1, 'a', 2, 'b')); -- [{\"key\":1,\"value\":\"a\"},{\"key\":2,\"value\":\"b\"}]",
		nonNull(mapEntriesTypes, mapEntries)))
	r.Register(fn("MAP_CONCAT", "MAP<K,V> MAP_CONCAT([STRING mapDupKeyPolicy,] MAP<K,V> a, MAP<K,V> b, ...)",
		"the union of the maps; a key found again takes the later value (last_win) or is an error (exception)",
		"select map_concat(map(1, 'a', 2, 'b'), map(3, 'c')); -- {\"1\":\"a\",\"2\":\"b\",\"3\":\"c\"}",
		nonNull(mapConcatTypes, mapConcat)))
	r.Register(fn("MAP_FROM_ARRAYS", "MAP<K,V> MAP_FROM_ARRAYS([STRING mapDupKeyPolicy,] ARRAY<K> keys, ARRAY<V> values)",
		"a map pairing keys with values (same length; no NULL key)",
		"select map_from_arrays(array(1, 3), array('2', '4')); -- {\"1\":\"2\",\"3\":\"4\"}",
		nonNull(mapFromArraysTypes, mapFromArrays)))
	r.Register(fn("MAP_FROM_ENTRIES", "MAP<K,V> MAP_FROM_ENTRIES([STRING mapDupKeyPolicy,] ARRAY<STRUCT<K,V>> entries)",
		"a map of two-field structs' first fields to their second fields",
		"select map_from_entries(array(struct(1, 'a'), struct(2, 'b'))); -- {\"1\":\"a\",\"2\":\"b\"}",
		nonNull(mapFromEntriesTypes, mapFromEntries)))
}

func mapPartTypes(name string, keys bool) func([]eval.Type) ([]eval.Type, eval.Type, error) {
	return func(args []eval.Type) ([]eval.Type, eval.Type, error) {
		if len(args) != 1 {
			return nil, eval.Type{}, eval.ArgumentCountError(name, "1", len(args))
		}
		k, v, err := mapOf(name, args, 0)
		m := eval.MapOf(concrete(k), concrete(v))
		if keys {
			return []eval.Type{m}, eval.ArrayOf(*m.Key), err
		}
		return []eval.Type{m}, eval.ArrayOf(*m.Elem), err
	}
}

func mapEntriesTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) != 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("map_entries", "1", len(args))
	}
	k, v, err := mapOf("map_entries", args, 0)
	k, v = concrete(k), concrete(v)
	entry := eval.StructOf(eval.Field{Name: "key", Type: k}, eval.Field{Name: "value", Type: v})
	return []eval.Type{eval.MapOf(k, v)}, eval.ArrayOf(entry), err
}

func mapEntries(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	m := args[0].(*eval.Map)
	out := make([]eval.Value, len(m.Keys))
	for i := range m.Keys {
		out[i] = &eval.Struct{Fields: []eval.Value{m.Keys[i], m.Values[i]}}
	}
	return out, nil
}

// policyType checks the optional policy argument's type.
func policyType(name string, args []eval.Type, skip int) ([]eval.Type, error) {
	if skip == 0 {
		return nil, nil
	}
	if !args[0].Kind.IsString() {
		return nil, eval.ArgumentTypeError(name, 0, args[0])
	}
	return []eval.Type{eval.StringType}, nil
}

// splitPolicy returns the duplicate-key policy and the remaining arguments
// of a call whose first argument may be the policy.
func splitPolicy(ctx *eval.CallContext, args []eval.Value, withPolicy bool) (string, []eval.Value, error) {
	if withPolicy {
		p, err := dedupPolicy(ctx, args[0].(string), true)
		return p, args[1:], err
	}
	p, err := dedupPolicy(ctx, "", false)
	return p, args, err
}

func mapConcatTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	skip := 0
	if len(args) > 0 && args[0].Kind.IsString() {
		skip = 1
	}
	if len(args)-skip < 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("map_concat", "at least 1 map", len(args)-skip)
	}
	t := eval.MapOf(eval.VoidType, eval.VoidType)
	for i := skip; i < len(args); i++ {
		if _, _, err := mapOf("map_concat", args, i); err != nil {
			return nil, eval.Type{}, err
		}
		c, ok := commonElem(t, args[i])
		if !ok {
			return nil, eval.Type{}, eval.ArgumentTypeError("map_concat", i, args[i])
		}
		t = c
	}
	if t.Kind == eval.KindVoid {
		t = eval.MapOf(eval.VoidType, eval.VoidType)
	}
	t = eval.MapOf(concrete(*t.Key), concrete(*t.Elem))
	params, _ := policyType("map_concat", args, skip)
	return append(params, repeat(t, len(args)-skip)...), t, nil
}

func mapConcat(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	_, isPolicy := args[0].(string)
	policy, maps, err := splitPolicy(ctx, args, isPolicy)
	if err != nil {
		return nil, err
	}
	b := newMapBuilder(eval.VoidType, policy, 0)
	for _, m := range maps {
		m := m.(*eval.Map)
		for i, k := range m.Keys {
			if err := b.put(k, m.Values[i]); err != nil {
				return nil, err
			}
		}
	}
	return b.m, nil
}

func mapFromArraysTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	skip := policyArg(args, 2)
	if len(args)-skip != 2 {
		return nil, eval.Type{}, eval.ArgumentCountError("map_from_arrays", "2 or 3", len(args))
	}
	params, err := policyType("map_from_arrays", args, skip)
	if err != nil {
		return nil, eval.Type{}, err
	}
	k, err := arrayOf("map_from_arrays", args, skip)
	if err != nil {
		return nil, eval.Type{}, err
	}
	v, err := arrayOf("map_from_arrays", args, skip+1)
	k, v = concrete(k), concrete(v)
	params = append(params, eval.ArrayOf(k), eval.ArrayOf(v))
	return params, eval.MapOf(k, v), err
}

func mapFromArrays(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	policy, rest, err := splitPolicy(ctx, args, len(args) == 3)
	if err != nil {
		return nil, err
	}
	keys, values := rest[0].([]eval.Value), rest[1].([]eval.Value)
	if len(keys) != len(values) {
		return nil, eval.InvalidArgument("map_from_arrays needs arrays of the same length, got %d keys and %d values", len(keys), len(values))
	}
	b := newMapBuilder(eval.VoidType, policy, len(keys))
	for i, k := range keys {
		if err := b.put(k, values[i]); err != nil {
			return nil, err
		}
	}
	return b.m, nil
}

func mapFromEntriesTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	skip := policyArg(args, 1)
	if len(args)-skip != 1 {
		return nil, eval.Type{}, eval.ArgumentCountError("map_from_entries", "1 or 2", len(args))
	}
	params, err := policyType("map_from_entries", args, skip)
	if err != nil {
		return nil, eval.Type{}, err
	}
	e, err := arrayOf("map_from_entries", args, skip)
	if err != nil {
		return nil, eval.Type{}, err
	}
	if e.Kind != eval.KindStruct || len(e.Fields) != 2 {
		return nil, eval.Type{}, eval.Errorf(eval.CodeArgumentType,
			"map_from_entries needs an array of two-field structs (key, value), got %s", args[skip])
	}
	k, v := concrete(e.Fields[0].Type), concrete(e.Fields[1].Type)
	return append(params, args[skip]), eval.MapOf(k, v), nil
}

func mapFromEntries(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	policy, rest, err := splitPolicy(ctx, args, len(args) == 2)
	if err != nil {
		return nil, err
	}
	entries := rest[0].([]eval.Value)
	b := newMapBuilder(eval.VoidType, policy, len(entries))
	for _, e := range entries {
		s, ok := e.(*eval.Struct)
		if !ok {
			continue // a NULL entry adds nothing
		}
		if err := b.put(s.Fields[0], s.Fields[1]); err != nil {
			return nil, err
		}
	}
	return b.m, nil
}
