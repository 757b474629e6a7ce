package functions

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/parser"
)

// FROM_JSON turns JSON text into ARRAY/MAP/STRUCT values by a schema
// string; TO_JSON writes ARRAY/MAP/STRUCT values as JSON text.

func registerJSONConvert(r registrar) {
	r.Register(fn("FROM_JSON", "ARRAY|MAP|STRUCT FROM_JSON(STRING json, STRING schema)",
		"JSON text as the type the constant schema names (array<bigint>, map<string,string>, struct<a:int>, or 'a int, b double'); values that do not fit are left out or NULL",
		`select from_json('[1, 2, 3, "a"]', 'array<bigint>'); -- [1,2,3]`,
		&eval.Overload{Params: []eval.Param{p("json", stringKinds), p("schema", stringKinds)},
			Impl: func(*eval.CallContext, []eval.Value) (eval.Value, error) { return nil, nil }, Bind: bindFromJSON},
	))
	r.Register(fn("TO_JSON", "STRING TO_JSON(ARRAY|MAP|STRUCT expr)",
		"the value as JSON text; STRUCT member names in lower case, NULL members left out (written as null with set odps.sql.bigquery.compatible=true;)",
		`select to_json(named_struct('a', 1, 'b', 2)); -- {"a":1,"b":2}`,
		&eval.Overload{Params: []eval.Param{p("expr", []eval.Kind{eval.KindArray, eval.KindMap, eval.KindStruct})},
			Bind: bindToJSON,
			Impl: func(*eval.CallContext, []eval.Value) (eval.Value, error) {
				return nil, internalError("TO_JSON without its type")
			}},
	))
}

// bindFromJSON reads the constant schema into the result type.
func bindFromJSON(site *eval.CallSite) (eval.Binding, error) {
	schema, ok := site.Consts[1].(string)
	if !site.IsConst[1] || !ok {
		return eval.Binding{}, eval.InvalidArgument("the schema of from_json must be a constant STRING such as 'array<bigint>' or 'a int, b string'")
	}
	t, err := schemaType(schema)
	if err != nil {
		return eval.Binding{}, err
	}
	impl := func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		s, ok := args[0].(string)
		if !ok {
			return nil, internalError("argument 1 is %T, want string", args[0])
		}
		j, err := eval.ParseJSONInOrder(s) // a MAP keeps the input order
		if err != nil {
			return nil, nil // not JSON: NULL, like GET_JSON_OBJECT
		}
		v, _ := nodeAs(j.Node, t)
		return v, nil
	}
	return eval.Binding{Result: t, Impl: impl}, nil
}

// schemaType reads a schema: a type, or a field list `a int, b double`
// that stands for STRUCT<a:int,b:double>.
func schemaType(schema string) (eval.Type, error) {
	text := strings.TrimSpace(schema)
	upper := strings.ToUpper(text)
	if !strings.HasPrefix(upper, "ARRAY") && !strings.HasPrefix(upper, "MAP") && !strings.HasPrefix(upper, "STRUCT") {
		var fields []string
		for _, f := range splitTopLevel(text) {
			name, typ, ok := strings.Cut(strings.TrimSpace(f), " ")
			if !ok {
				return eval.Type{}, badSchema(schema)
			}
			fields = append(fields, name+":"+strings.TrimSpace(typ))
		}
		text = "struct<" + strings.Join(fields, ",") + ">"
	}
	script, err := parser.Parse("select cast(null as " + text + ");")
	if err != nil || len(script.Stmts) != 1 {
		return eval.Type{}, badSchema(schema)
	}
	q, ok := script.Stmts[0].(*parser.QueryStmt)
	if !ok {
		return eval.Type{}, badSchema(schema)
	}
	sel, ok := q.Query.Body.(*parser.Select)
	if !ok || len(sel.Items) != 1 {
		return eval.Type{}, badSchema(schema)
	}
	c, ok := sel.Items[0].Expr.(*parser.Cast)
	if !ok {
		return eval.Type{}, badSchema(schema)
	}
	t, err := eval.TypeOf(c.Type)
	if err != nil {
		return eval.Type{}, badSchema(schema)
	}
	if k := t.Kind; k != eval.KindArray && k != eval.KindMap && k != eval.KindStruct {
		return eval.Type{}, eval.InvalidArgument("from_json returns ARRAY, MAP or STRUCT; schema %s names %s", quote(schema), t)
	}
	return t, nil
}

func badSchema(schema string) error {
	return eval.InvalidArgument("invalid from_json schema %s: write a type such as 'array<bigint>', 'map<string,string>', 'struct<a:int,b:string>' or fields 'a int, b string'", quote(schema))
}

// splitTopLevel splits at the commas outside <...>.
func splitTopLevel(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<', '(':
			depth++
		case '>', ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// nodeAs converts a JSON node to a value of t by the page's type mapping;
// ok is false when the node does not fit (the caller leaves it out or
// makes it NULL). JSON null fits every type as NULL.
func nodeAs(n any, t eval.Type) (eval.Value, bool) {
	if n == nil {
		return nil, true
	}
	switch x := n.(type) {
	case []any:
		return arrayAs(x, t)
	case *eval.JSONObject:
		return objectAs(x, t)
	}
	return scalarAs(n, t)
}

func arrayAs(x []any, t eval.Type) (eval.Value, bool) {
	switch {
	case t.Kind.IsString():
		return eval.JSON{Node: x}.String(), true
	case t.Kind == eval.KindJSON:
		return eval.JSON{Node: eval.SortJSONNode(x)}, true
	case t.Kind != eval.KindArray:
		return nil, false
	}
	out := []eval.Value{}
	for _, e := range x {
		if v, ok := nodeAs(e, *t.Elem); ok {
			out = append(out, v)
		}
	}
	return out, true
}

func objectAs(x *eval.JSONObject, t eval.Type) (eval.Value, bool) {
	switch t.Kind {
	case eval.KindMap:
		m := &eval.Map{}
		for i, k := range x.Keys {
			key, ok := scalarAs(k, *t.Key)
			v, ok2 := nodeAs(x.Values[i], *t.Elem)
			if ok && ok2 && key != nil {
				m.Keys, m.Values = append(m.Keys, key), append(m.Values, v)
			}
		}
		return m, true
	case eval.KindStruct:
		s := &eval.Struct{Fields: make([]eval.Value, len(t.Fields))}
		for i, f := range t.Fields {
			// x is in input order (not sorted): look the name up in turn.
			for k, name := range x.Keys {
				if name == f.Name {
					s.Fields[i], _ = nodeAs(x.Values[k], f.Type)
				}
			}
		}
		return s, true
	case eval.KindJSON:
		return eval.JSON{Node: eval.SortJSONNode(x)}, true
	}
	if t.Kind.IsString() {
		return eval.JSON{Node: x}.String(), true
	}
	return nil, false
}

// scalarAs converts a JSON string, number or boolean.
func scalarAs(n any, t eval.Type) (eval.Value, bool) {
	k := t.Kind
	if k == eval.KindJSON {
		return eval.JSON{Node: n}, true
	}
	var text string
	from := eval.StringType
	switch x := n.(type) {
	case string:
		if k.IsNumeric() || k == eval.KindBoolean {
			return nil, false
		}
		text = x
	case eval.JSONNumber:
		if !k.IsNumeric() && !k.IsString() {
			return nil, false
		}
		text = string(x)
		if k.IsInteger() {
			if _, err := strconv.ParseInt(text, 10, 64); err != nil {
				return nil, false
			}
		}
	case bool:
		if k != eval.KindBoolean && !k.IsString() {
			return nil, false
		}
		if k == eval.KindBoolean {
			return x, true
		}
		text = strconv.FormatBool(x)
	default:
		return nil, false
	}
	conv, err := eval.Converter(from, t, true)
	if err != nil {
		return nil, false
	}
	v, err := conv(text)
	return v, err == nil
}

// bindToJSON builds TO_JSON's writer for the argument's type.
func bindToJSON(site *eval.CallSite) (eval.Binding, error) {
	t := site.Params[0]
	return eval.Binding{Result: eval.StringType, Impl: func(ctx *eval.CallContext, a []eval.Value) (eval.Value, error) {
		// The page: in BigQuery-compatible mode a NULL member is written
		// as null instead of being left out.
		return string(appendToJSON(nil, a[0], t, needBigQueryMode(ctx) == nil)), nil
	}}, nil
}

// appendToJSON writes v of type t as TO_JSON does; keepNulls writes NULL
// STRUCT members as null (BigQuery-compatible mode) instead of leaving
// them out.
func appendToJSON(b []byte, v eval.Value, t eval.Type, keepNulls bool) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	switch t.Kind {
	case eval.KindArray:
		a, _ := v.([]eval.Value)
		b = append(b, '[')
		for i, e := range a {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendToJSON(b, e, *t.Elem, keepNulls)
		}
		return append(b, ']')
	case eval.KindMap:
		m, _ := v.(*eval.Map)
		b = append(b, '{')
		for i := 0; m != nil && i < len(m.Keys); i++ {
			if i > 0 {
				b = append(b, ',')
			}
			b = eval.AppendJSONQuoted(b, eval.FormatValue(m.Keys[i], *t.Key))
			b = append(b, ':')
			b = appendToJSON(b, m.Values[i], *t.Elem, keepNulls)
		}
		return append(b, '}')
	case eval.KindStruct:
		s, _ := v.(*eval.Struct)
		b = append(b, '{')
		first := true
		for i := 0; s != nil && i < len(s.Fields) && i < len(t.Fields); i++ {
			if s.Fields[i] == nil && !keepNulls {
				continue // the page: a NULL member is left out
			}
			if !first {
				b = append(b, ',')
			}
			first = false
			b = eval.AppendJSONQuoted(b, strings.ToLower(t.Fields[i].Name))
			b = append(b, ':')
			b = appendToJSON(b, s.Fields[i], t.Fields[i].Type, keepNulls)
		}
		return append(b, '}')
	case eval.KindJSON, eval.KindBoolean:
		return append(b, eval.FormatValue(v, t)...)
	}
	if t.Kind.IsNumeric() {
		return append(b, eval.FormatValue(v, t)...)
	}
	return eval.AppendJSONQuoted(b, eval.FormatValue(v, t))
}
