package warehouse

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// ARRAY, MAP and STRUCT values are stored as JSON whose shape follows the
// column type, so the type needs no tags inside the value:
//
//	ARRAY                 [e1, e2, ...]
//	MAP                   [[k1, v1], [k2, v2], ...]   (insertion order kept)
//	STRUCT                [f1, f2, ...]               (in the type's field order)
//	NULL                  null
//	integers              numbers
//	FLOAT DOUBLE          numbers (shortest round-trip form); "NaN", "+Inf", "-Inf"
//	DECIMAL               "1.2300" (decimalText)
//	STRING VARCHAR CHAR   JSON strings; {"bytes": "<base64>"} when not valid UTF-8,
//	                      since JSON text cannot carry such bytes
//	BINARY                "<base64>"
//	BOOLEAN               true, false
//	DATE DATETIME TIMESTAMP "yyyy-mm-dd hh:mi:ss.nnnnnnnnn"
//	JSON                  its compact text as a JSON string (a JSON null
//	                      member must not read back as SQL NULL)

// encodeNested writes v, of the complex type t, as JSON text.
func encodeNested(v eval.Value, t eval.Type) (any, error) {
	b, err := appendJSON(nil, v, t)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// decodeNested reads encodeNested's text back.
func decodeNested(x any, t eval.Type) (eval.Value, error) {
	s, ok := x.(string)
	if !ok {
		return nil, corrupt(x, t)
	}
	v, err := parseNested(s, t)
	if err != nil {
		return nil, fmt.Errorf("stored %s value: %w (the database was changed outside mcsql)", t, err)
	}
	return v, nil
}

// parseNested reads the JSON form of a value of type t.
func parseNested(s string, t eval.Type) (eval.Value, error) {
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	var j any
	if err := d.Decode(&j); err != nil {
		return nil, fmt.Errorf("bad JSON: %v", err)
	}
	if d.More() {
		return nil, fmt.Errorf("text after the JSON value")
	}
	return fromJSON(j, t)
}

func appendJSON(b []byte, v eval.Value, t eval.Type) ([]byte, error) {
	if v == nil {
		return append(b, "null"...), nil
	}
	switch t.Kind {
	case eval.KindArray:
		return appendJSONArray(b, v, t)
	case eval.KindMap:
		return appendJSONMap(b, v, t)
	case eval.KindStruct:
		return appendJSONStruct(b, v, t)
	case eval.KindString, eval.KindVarchar, eval.KindChar:
		return appendJSONString(b, v)
	case eval.KindJSON:
		j, ok := v.(eval.JSON)
		if !ok {
			return nil, wrongValue(v, t)
		}
		return appendJSONString(b, j.String())
	}
	x, err := codecFor(t).enc(v)
	if err != nil {
		return nil, err
	}
	switch x := x.(type) {
	case int64:
		if t.Kind == eval.KindBoolean {
			return strconv.AppendBool(b, x == 1), nil
		}
		return strconv.AppendInt(b, x, 10), nil
	case float64:
		if math.IsInf(x, 0) {
			return strconv.AppendQuote(b, strconv.FormatFloat(x, 'g', -1, 64)), nil
		}
		return strconv.AppendFloat(b, x, 'g', -1, 64), nil
	case []byte:
		return strconv.AppendQuote(b, base64.StdEncoding.EncodeToString(x)), nil
	case string: // NaN, DECIMAL and times: ASCII text
		return strconv.AppendQuote(b, x), nil
	}
	return nil, wrongValue(v, t)
}

func appendJSONString(b []byte, v eval.Value) ([]byte, error) {
	s, ok := v.(string)
	if !ok {
		return nil, wrongValue(v, eval.StringType)
	}
	if !utf8.ValidString(s) {
		b = append(b, `{"bytes":`...)
		b = strconv.AppendQuote(b, base64.StdEncoding.EncodeToString([]byte(s)))
		return append(b, '}'), nil
	}
	j, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	return append(b, j...), nil
}

func appendJSONArray(b []byte, v eval.Value, t eval.Type) ([]byte, error) {
	a, ok := v.([]eval.Value)
	if !ok {
		return nil, wrongValue(v, t)
	}
	return appendJSONList(b, a, func(int) eval.Type { return *t.Elem })
}

// appendJSONList writes vs as a JSON array, element i of type typ(i).
func appendJSONList(b []byte, vs []eval.Value, typ func(i int) eval.Type) ([]byte, error) {
	b = append(b, '[')
	for i, e := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = appendJSON(b, e, typ(i)); err != nil {
			return nil, err
		}
	}
	return append(b, ']'), nil
}

func appendJSONMap(b []byte, v eval.Value, t eval.Type) ([]byte, error) {
	m, ok := v.(*eval.Map)
	if !ok || m == nil || len(m.Keys) != len(m.Values) {
		return nil, wrongValue(v, t)
	}
	types := [2]eval.Type{*t.Key, *t.Elem}
	pairType := func(j int) eval.Type { return types[j] }
	b = append(b, '[')
	for i := range m.Keys {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		pair := []eval.Value{m.Keys[i], m.Values[i]}
		if b, err = appendJSONList(b, pair, pairType); err != nil {
			return nil, err
		}
	}
	return append(b, ']'), nil
}

func appendJSONStruct(b []byte, v eval.Value, t eval.Type) ([]byte, error) {
	s, ok := v.(*eval.Struct)
	if !ok || s == nil || len(s.Fields) != len(t.Fields) {
		return nil, wrongValue(v, t)
	}
	return appendJSONList(b, s.Fields, func(i int) eval.Type { return t.Fields[i].Type })
}

// fromJSON converts a decoded JSON value (UseNumber) to a value of type t.
func fromJSON(j any, t eval.Type) (eval.Value, error) {
	if j == nil {
		return nil, nil
	}
	switch t.Kind {
	case eval.KindArray:
		return arrayFromJSON(j, t)
	case eval.KindMap:
		return mapFromJSON(j, t)
	case eval.KindStruct:
		return structFromJSON(j, t)
	}
	return scalarFromJSON(j, t)
}

func scalarFromJSON(j any, t eval.Type) (eval.Value, error) {
	switch x := j.(type) {
	case json.Number:
		if t.Kind.IsInteger() {
			return x.Int64()
		}
		if t.Kind == eval.KindFloat || t.Kind == eval.KindDouble {
			return strconv.ParseFloat(string(x), 64)
		}
	case bool:
		if t.Kind == eval.KindBoolean {
			return x, nil
		}
	case string:
		return scalarFromJSONString(x, t)
	case map[string]any:
		if b, ok := x["bytes"].(string); ok && len(x) == 1 && t.Kind.IsString() {
			raw, err := base64.StdEncoding.DecodeString(b)
			return string(raw), err
		}
	}
	return nil, fmt.Errorf("JSON %v is not a %s value", j, t)
}

func scalarFromJSONString(s string, t eval.Type) (eval.Value, error) {
	switch k := t.Kind; {
	case k.IsString():
		return s, nil
	case k == eval.KindFloat || k == eval.KindDouble:
		return strconv.ParseFloat(s, 64)
	case k == eval.KindDecimal:
		if d, ok := parseDecimal(s); ok {
			return d, nil
		}
	case k == eval.KindBinary:
		return base64.StdEncoding.DecodeString(s)
	case k.IsTime():
		return time.Parse(timeLayout, s)
	case k == eval.KindJSON:
		return eval.ParseJSON(s)
	}
	return nil, fmt.Errorf("JSON %q is not a %s value", s, t)
}

func arrayFromJSON(j any, t eval.Type) (eval.Value, error) {
	list, ok := j.([]any)
	if !ok {
		return nil, fmt.Errorf("JSON %v is not an ARRAY value", j)
	}
	out := make([]eval.Value, len(list))
	for i, e := range list {
		v, err := fromJSON(e, *t.Elem)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func mapFromJSON(j any, t eval.Type) (eval.Value, error) {
	list, ok := j.([]any)
	if !ok {
		return nil, fmt.Errorf("JSON %v is not a MAP value", j)
	}
	m := &eval.Map{Keys: make([]eval.Value, len(list)), Values: make([]eval.Value, len(list))}
	for i, e := range list {
		pair, ok := e.([]any)
		if !ok || len(pair) != 2 {
			return nil, fmt.Errorf("JSON %v is not a [key, value] pair", e)
		}
		var err error
		if m.Keys[i], err = fromJSON(pair[0], *t.Key); err != nil {
			return nil, err
		}
		if m.Values[i], err = fromJSON(pair[1], *t.Elem); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func structFromJSON(j any, t eval.Type) (eval.Value, error) {
	list, ok := j.([]any)
	if !ok || len(list) != len(t.Fields) {
		return nil, fmt.Errorf("JSON %v is not a %s value", j, t)
	}
	s := &eval.Struct{Fields: make([]eval.Value, len(list))}
	for i, e := range list {
		v, err := fromJSON(e, t.Fields[i].Type)
		if err != nil {
			return nil, err
		}
		s.Fields[i] = v
	}
	return s, nil
}
