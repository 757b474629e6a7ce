package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// jsonKinds is the JSON type (nothing converts to it implicitly).
var jsonKinds = []eval.Kind{eval.KindJSON}

var jsonType = eval.JSONType

// registerJSON adds the JSON type's functions, GET_JSON_OBJECT, FROM_JSON
// and TO_JSON.
func registerJSON(r registrar) {
	registerGetJSONObject(r)
	registerJSONBuild(r)
	registerJSONQuery(r)
	registerJSONModify(r)
	registerJSONConvert(r)
}

// registerJSONBuild adds the functions that make or print JSON values.
func registerJSONBuild(r registrar) {
	r.Register(fn("JSON_ARRAY", "JSON JSON_ARRAY([STRING|BIGINT|BOOLEAN|JSON element, ...])",
		"a JSON array of the arguments (none gives []); NULL becomes JSON null",
		`select json_array('a', 45, true, 13, json '{"a":456}'); -- ["a",45,true,13,{"a":456}]`,
		jsonBuilder(jsonArrayTypes, jsonArray)))
	r.Register(fn("JSON_OBJECT", "JSON JSON_OBJECT(STRING key1, STRING|BIGINT|INT|BOOLEAN value1, ...)",
		"a JSON object of key/value pairs (keys sorted, as the JSON type keeps them)",
		`select json_object('a', 123, 'b', 'hello'); -- {"a":123,"b":"hello"}`,
		jsonBuilder(jsonObjectTypes, jsonObject)))
	r.Register(fn("JSON_PARSE", "JSON JSON_PARSE(STRING s)",
		"parses JSON text into a JSON value; text that is not JSON is an error",
		`select json_parse('{"a":1, "b":2}'); -- {"a":1,"b":2}`,
		ov(jsonType, impl1(jsonParse), p("s", stringKinds))))
	r.Register(fn("JSON_VALID", "BOOLEAN JSON_VALID(STRING s)",
		"whether the text is valid JSON",
		`select json_valid('"abc"'); -- true`,
		ov(eval.BooleanType, impl1(total(jsonValid)), p("s", stringKinds))))
	r.Register(fn("JSON_FORMAT", "STRING JSON_FORMAT(JSON json)",
		"the JSON value as compact text (object keys sorted)",
		`select json_format(json '{"b":1, "a":2}'); -- {"a":2,"b":1}`,
		ov(eval.StringType, impl1(total(jsonFormat)), p("json", jsonKinds))))
	r.Register(fn("JSON_PRETTY", "STRING JSON_PRETTY(JSON json)",
		"the JSON value as indented text: one member or element per line, four spaces per level",
		`select json_pretty(json '{"a":1, "b":2}'); -- {\n    "a":1,\n    "b":2\n}`,
		ov(eval.StringType, impl1(total(jsonPretty)), p("json", jsonKinds))))
	r.Register(fn("JSON_TYPE", "STRING JSON_TYPE(JSON json)",
		"the JSON type: string, number, boolean, null, object or array",
		`select json_type(json '[{"a":1}, 23]'); -- array`,
		ov(eval.StringType, impl1(total(func(j eval.JSON) string { return eval.JSONTypeName(j.Node) })), p("json", jsonKinds))))
	r.Register(fn("JSON_UNQUOTE", "STRING JSON_UNQUOTE(JSON json)",
		"a JSON string's text without its quotes, escapes resolved; other values as their JSON text",
		`select json_unquote(json '"te\\nst"'); -- te<newline>st`,
		ov(eval.StringType, impl1(total(jsonUnquote)), p("json", jsonKinds))))
}

// jsonElementOK reports the kinds JSON_ARRAY and JSON_OBJECT values take:
// the documented STRING, BIGINT, INT, BOOLEAN and JSON, and the other
// numbers, which CAST turns into JSON numbers too.
func jsonElementOK(t eval.Type) bool {
	k := t.Kind
	return k == eval.KindVoid || k.IsString() || k.IsNumeric() || k == eval.KindBoolean || k == eval.KindJSON
}

// jsonBuilder is the overload of JSON_ARRAY and JSON_OBJECT: types checks
// the arguments, and each call site converts its values to JSON nodes by
// their static types (so FLOAT and DECIMAL print as they do in SQL)
// before build runs.
func jsonBuilder(types func([]eval.Type) ([]eval.Type, eval.Type, error), build eval.Impl) *eval.Overload {
	o := generic(types, build)
	o.Bind = func(site *eval.CallSite) (eval.Binding, error) {
		params, result, err := types(site.Args)
		if err != nil {
			return eval.Binding{}, err
		}
		convs := make([]func(eval.Value) (eval.Value, error), len(params))
		for i, t := range params {
			if t.Kind == eval.KindVoid || t.Kind == eval.KindJSON || t.Kind.IsString() && i%2 == 0 {
				continue
			}
			if convs[i], err = eval.Converter(t, jsonType, true); err != nil {
				return eval.Binding{}, err
			}
		}
		return eval.Binding{Params: params, Result: result, Impl: jsonNodes(convs, build)}, nil
	}
	return o
}

// jsonNodes converts the values that convs lists to JSON nodes, then
// calls build.
func jsonNodes(convs []func(eval.Value) (eval.Value, error), build eval.Impl) eval.Impl {
	return func(ctx *eval.CallContext, vals []eval.Value) (eval.Value, error) {
		nodes := make([]eval.Value, len(vals))
		for i, v := range vals {
			nodes[i] = v
			if v != nil && convs[i] != nil {
				j, err := convs[i](v)
				if err != nil {
					return nil, err
				}
				nodes[i] = j
			}
		}
		return build(ctx, nodes)
	}
}

func jsonArrayTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	for i, a := range args {
		if !jsonElementOK(a) {
			return nil, eval.Type{}, eval.ArgumentTypeError("json_array", i, a)
		}
	}
	return args, jsonType, nil
}

func jsonArray(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	out := make([]any, len(args))
	for i, a := range args {
		n, err := jsonNodeOf(a)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return eval.JSON{Node: out}, nil
}

// jsonNodeOf turns an argument into a JSON node by its Go representation:
// NULL is JSON null, strings JSON strings, numbers JSON numbers.
func jsonNodeOf(v eval.Value) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case eval.JSON:
		return x.Node, nil
	case string, bool:
		return x, nil
	case int64:
		return eval.JSONNumber(eval.FormatValue(x, eval.BigintType)), nil
	case float64:
		j, err := castToJSON(x, eval.DoubleType)
		if err != nil {
			return nil, err
		}
		return j.Node, nil
	case eval.Decimal:
		return eval.JSONNumber(eval.FormatValue(x, eval.DecimalType)), nil
	}
	return nil, internalError("a %T value has no JSON form", v)
}

// castToJSON converts with CAST's rules.
func castToJSON(v eval.Value, from eval.Type) (eval.JSON, error) {
	conv, err := eval.Converter(from, jsonType, true)
	if err != nil {
		return eval.JSON{}, err
	}
	out, err := conv(v)
	if err != nil {
		return eval.JSON{}, err
	}
	j, _ := out.(eval.JSON)
	return j, nil
}

func jsonObjectTypes(args []eval.Type) ([]eval.Type, eval.Type, error) {
	if len(args) == 0 || len(args)%2 != 0 {
		return nil, eval.Type{}, eval.ArgumentCountError("json_object", "an even number of (at least 2)", len(args))
	}
	params := make([]eval.Type, len(args))
	for i, a := range args {
		params[i] = a
		if i%2 == 0 {
			if a.Kind != eval.KindVoid && !eval.CanImplicit(a, eval.StringType) {
				return nil, eval.Type{}, eval.ArgumentTypeError("json_object", i, a)
			}
			params[i] = eval.StringType
			continue
		}
		if !jsonElementOK(a) {
			return nil, eval.Type{}, eval.ArgumentTypeError("json_object", i, a)
		}
	}
	return params, jsonType, nil
}

func jsonObject(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
	keys := make([]string, 0, len(args)/2)
	vals := make([]any, 0, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		k, ok := args[i].(string)
		if !ok {
			return nil, eval.InvalidArgument("json_object key %d is NULL; every key must be a STRING", i/2+1)
		}
		v, err := jsonNodeOf(args[i+1])
		if err != nil {
			return nil, err
		}
		keys, vals = append(keys, k), append(vals, v)
	}
	return eval.JSON{Node: eval.NewJSONObject(keys, vals)}, nil
}

func jsonParse(s string) (eval.JSON, error) { return eval.ParseJSON(s) }

func jsonValid(s string) bool {
	_, ok := validJSONText(s)
	return ok
}

func jsonFormat(j eval.JSON) string { return j.String() }

func jsonUnquote(j eval.JSON) string {
	if s, ok := j.Node.(string); ok {
		return s
	}
	return j.String()
}

// jsonPretty indents as the JSON_PRETTY page shows: a line per member or
// element, four spaces per level, no space after the colon.
func jsonPretty(j eval.JSON) string {
	var b strings.Builder
	writePretty(&b, j.Node, 0)
	return b.String()
}

func writePretty(b *strings.Builder, n any, depth int) {
	indent := func(d int) { b.WriteString(strings.Repeat("    ", d)) }
	switch x := n.(type) {
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			indent(depth + 1)
			writePretty(b, e, depth+1)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		indent(depth)
		b.WriteByte(']')
	case *eval.JSONObject:
		if len(x.Keys) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i, k := range x.Keys {
			indent(depth + 1)
			b.Write(eval.AppendJSONQuoted(nil, k))
			b.WriteByte(':')
			writePretty(b, x.Values[i], depth+1)
			if i < len(x.Keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		indent(depth)
		b.WriteByte('}')
	default:
		b.Write(eval.AppendJSONNode(nil, n))
	}
}
