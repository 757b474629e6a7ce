package functions

import (
	"strconv"

	"github.com/mcsql/mcsql/eval"
)

// JSON_SET and JSON_INSERT take their path as ARRAY<STRING>, one element
// per level, as PostgreSQL's jsonb_set and jsonb_insert do (their pages'
// examples and the array insertion rules are jsonb_insert's): an array
// level is a decimal index, negative counting from the end.

func registerJSONModify(r registrar) {
	arrayKinds := []eval.Kind{eval.KindArray}
	r.Register(fn("JSON_SET", "JSON JSON_SET(JSON input, ARRAY<STRING> path, JSON value, BOOLEAN create_if_missing)",
		"input with the value at path replaced, or added when absent and create_if_missing is true",
		`select json_set(json '[{"f1":1,"f2":null},2,null,3]', array("0","f1"), json '[2,3,4]', false); -- [{"f1":[2,3,4],"f2":null},2,null,3]`,
		ov(jsonType, jsonModifyImpl(jsonSet), p("input", jsonKinds), p("path", arrayKinds), p("value", jsonKinds), p("create_if_missing", booleanKinds))))
	r.Register(fn("JSON_INSERT", "JSON JSON_INSERT(JSON input, ARRAY<STRING> path, JSON value, BOOLEAN insert_after)",
		"input with value inserted at path: into an array before (or after) the index, appended past the end; into an object as a new member",
		`select json_insert(json '{"f1":[0,1,2]}', array("f1","0"), json '10', false); -- {"f1":[10,0,1,2]}`,
		ov(jsonType, jsonModifyImpl(jsonInsert), p("input", jsonKinds), p("path", arrayKinds), p("value", jsonKinds), p("insert_after", booleanKinds))))
	r.Register(fn("JSON_STRIP_NULLS", "JSON JSON_STRIP_NULLS(JSON json [, BOOLEAN include_arrays [, BOOLEAN remove_empty [, STRING path]]])",
		"json without its null members (and null array elements unless include_arrays is false); remove_empty also drops emptied objects and arrays",
		`select json_strip_nulls(json '[1, null, 2, null]'); -- [1,2]`,
		stripOverload(p("json", jsonKinds)),
		stripOverload(p("json", jsonKinds), p("include_arrays", booleanKinds)),
		stripOverload(p("json", jsonKinds), p("include_arrays", booleanKinds), p("remove_empty", booleanKinds)),
		stripOverload(p("json", jsonKinds), p("include_arrays", booleanKinds), p("remove_empty", booleanKinds), p("path", stringKinds)),
	))
}

// jsonModifyImpl adapts JSON_SET / JSON_INSERT: f gets the root, the path
// levels, the value and the flag.
func jsonModifyImpl(f func(n any, path []string, v any, flag bool) (any, error)) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		in, err := jsonArg(args, 0)
		if err != nil {
			return nil, err
		}
		path, err := pathLevels(args[1])
		if err != nil {
			return nil, err
		}
		v, err := jsonArg(args, 2)
		if err != nil {
			return nil, err
		}
		flag, _ := args[3].(bool)
		out, err := f(in.Node, path, v.Node, flag)
		if err != nil {
			return nil, err
		}
		return eval.JSON{Node: out}, nil
	}
}

// pathLevels reads an ARRAY path; numbers are accepted as their text.
func pathLevels(v eval.Value) ([]string, error) {
	a, ok := v.([]eval.Value)
	if !ok {
		return nil, internalError("path is %T, want an array", v)
	}
	out := make([]string, len(a))
	for i, e := range a {
		switch x := e.(type) {
		case string:
			out[i] = x
		case int64:
			out[i] = strconv.FormatInt(x, 10)
		case nil:
			return nil, eval.InvalidArgument("path element %d is NULL; every level of the path must be a key or an array index", i+1)
		default:
			return nil, eval.InvalidArgument("path element %d is not a STRING; write the path as array('key', '0', ...)", i+1)
		}
	}
	return out, nil
}

// arrayIndex reads a path level as an index into an array of length n:
// negative counts from the end. ok is false when it is not a number.
func arrayIndex(level string, n int) (int, bool) {
	i, err := strconv.Atoi(level)
	if err != nil {
		return 0, false
	}
	if i < 0 {
		i += n
	}
	return i, true
}

// jsonSet replaces (or with create adds) the value at path; a path whose
// parent is absent leaves the input unchanged.
func jsonSet(n any, path []string, v any, create bool) (any, error) {
	if len(path) == 0 {
		return n, nil
	}
	last := len(path) == 1
	switch x := n.(type) {
	case *eval.JSONObject:
		child, ok := x.Get(path[0])
		switch {
		case ok && last:
			return x.With(path[0], v), nil
		case ok:
			c, err := jsonSet(child, path[1:], v, create)
			return x.With(path[0], c), err
		case last && create:
			return x.With(path[0], v), nil
		}
	case []any:
		i, ok := arrayIndex(path[0], len(x))
		switch {
		case !ok:
		case i >= 0 && i < len(x):
			c := v
			if !last {
				var err error
				if c, err = jsonSet(x[i], path[1:], v, create); err != nil {
					return nil, err
				}
			}
			out := append([]any(nil), x...)
			out[i] = c
			return out, nil
		case last && create && i < 0:
			return append([]any{v}, x...), nil
		case last && create:
			return append(append([]any(nil), x...), v), nil
		}
	}
	return n, nil
}

// jsonInsert inserts v at path; an existing object member is not replaced.
func jsonInsert(n any, path []string, v any, after bool) (any, error) {
	if len(path) == 0 {
		return n, nil
	}
	last := len(path) == 1
	switch x := n.(type) {
	case *eval.JSONObject:
		child, ok := x.Get(path[0])
		switch {
		case ok && last:
			return nil, eval.InvalidArgument("json_insert cannot replace the existing key %s; use JSON_SET to replace a value", quote(path[0]))
		case ok:
			c, err := jsonInsert(child, path[1:], v, after)
			if err != nil {
				return nil, err
			}
			return x.With(path[0], c), nil
		case last:
			return x.With(path[0], v), nil
		}
	case []any:
		i, ok := arrayIndex(path[0], len(x))
		switch {
		case !ok:
		case !last && i >= 0 && i < len(x):
			c, err := jsonInsert(x[i], path[1:], v, after)
			if err != nil {
				return nil, err
			}
			out := append([]any(nil), x...)
			out[i] = c
			return out, nil
		case !last:
		case i >= len(x):
			return append(append([]any(nil), x...), v), nil
		case i < 0:
			return append([]any{v}, x...), nil
		default:
			if after {
				i++
			}
			out := make([]any, 0, len(x)+1)
			out = append(append(append(out, x[:i]...), v), x[i:]...)
			return out, nil
		}
	}
	return n, nil
}

// stripOverload is JSON_STRIP_NULLS for one arity. It is NullSafe because
// a NULL path means the whole value while a NULL json, include_arrays or
// remove_empty gives NULL.
func stripOverload(params ...eval.Param) *eval.Overload {
	o := &eval.Overload{Params: params, Result: jsonType, NullSafe: true}
	o.Impl, o.Prepare = pathPrepare(3, jsonStripNulls, nil)
	return o
}

func jsonStripNulls(p *stdPath, args []eval.Value) (eval.Value, error) {
	for i := 0; i < len(args) && i < 3; i++ {
		if args[i] == nil {
			return nil, nil
		}
	}
	j, err := jsonArg(args, 0)
	if err != nil {
		return nil, err
	}
	includeArrays, removeEmpty := true, false
	if len(args) > 1 {
		includeArrays, _ = args[1].(bool)
	}
	if len(args) > 2 {
		removeEmpty, _ = args[2].(bool)
	}
	if p == nil || len(args) > 3 && args[3] == nil {
		return j, nil // the page: a NULL or invalid path returns json as it is
	}
	out, ok := stripAt(j.Node, p.steps, includeArrays, removeEmpty)
	if !ok || isEmptyContainer(out) {
		return eval.JSON{Node: nil}, nil // nothing left: JSON null
	}
	return eval.JSON{Node: out}, nil
}

// stripAt strips the value the path selects (the whole value for $); ok
// is false when nothing is left of n.
func stripAt(n any, steps []stdStep, includeArrays, removeEmpty bool) (any, bool) {
	if len(steps) == 0 {
		return strip(n, includeArrays, removeEmpty)
	}
	st := steps[0]
	switch x := n.(type) {
	case *eval.JSONObject:
		if child, ok := x.Get(st.name); ok && !st.isIndex && !st.wildcard && st.subs == nil {
			c, keep := stripAt(child, steps[1:], includeArrays, removeEmpty)
			if !keep {
				c = nil
			}
			return x.With(st.name, c), true
		}
	case []any:
		if st.isIndex && st.index < len(x) {
			c, keep := stripAt(x[st.index], steps[1:], includeArrays, removeEmpty)
			if !keep {
				c = nil
			}
			out := append([]any(nil), x...)
			out[st.index] = c
			return out, true
		}
	}
	return n, true
}

// strip removes JSON nulls below n; ok is false when n itself goes (a
// null member, or an emptied container with removeEmpty).
func strip(n any, includeArrays, removeEmpty bool) (any, bool) {
	switch x := n.(type) {
	case *eval.JSONObject:
		var keys []string
		var vals []any
		for i, k := range x.Keys {
			if x.Values[i] == nil {
				continue
			}
			v, ok := strip(x.Values[i], includeArrays, removeEmpty)
			if ok {
				keys, vals = append(keys, k), append(vals, v)
			}
		}
		if removeEmpty && len(keys) == 0 {
			return nil, false
		}
		return &eval.JSONObject{Keys: keys, Values: vals}, true
	case []any:
		if !includeArrays {
			return x, true
		}
		out := []any{}
		for _, e := range x {
			if e == nil {
				continue
			}
			if v, ok := strip(e, includeArrays, removeEmpty); ok {
				out = append(out, v)
			}
		}
		if removeEmpty && len(out) == 0 {
			return nil, false
		}
		return out, true
	}
	return n, true
}

func isEmptyContainer(n any) bool {
	switch x := n.(type) {
	case []any:
		return len(x) == 0
	case *eval.JSONObject:
		return len(x.Keys) == 0
	}
	return false
}
