package eval

import (
	"sort"
	"strconv"
	"strings"
)

// JSON is a value of MaxCompute's JSON type: a parsed document. Node is
//
//	nil           JSON null (distinct from SQL NULL, which is a nil Value)
//	bool          true, false
//	JSONNumber    a number, kept as its text so that it stays exact
//	string        a string, unescaped
//	[]any         an array of nodes
//	*JSONObject   an object
//
// Nodes are never modified after creation: functions that change a
// document build new nodes along the changed path and share the rest.
type JSON struct {
	Node any
}

// JSONNumber is a JSON number's text as written (validated JSON grammar).
type JSONNumber string

// JSONObject is a JSON object. Keys are sorted (byte order) and unique: the
// documentation of JSON_FORMAT says MaxCompute's JSON type outputs object
// keys sorted alphabetically whatever the input order, and a duplicate key
// keeps its last value.
type JSONObject struct {
	Keys   []string
	Values []any
}

// Get returns the member named key.
func (o *JSONObject) Get(key string) (any, bool) {
	i := sort.SearchStrings(o.Keys, key)
	if i < len(o.Keys) && o.Keys[i] == key {
		return o.Values[i], true
	}
	return nil, false
}

// With returns a copy of o with key set to v (added in key order when absent).
func (o *JSONObject) With(key string, v any) *JSONObject {
	i := sort.SearchStrings(o.Keys, key)
	out := &JSONObject{Keys: make([]string, 0, len(o.Keys)+1), Values: make([]any, 0, len(o.Keys)+1)}
	out.Keys = append(out.Keys, o.Keys[:i]...)
	out.Values = append(out.Values, o.Values[:i]...)
	out.Keys, out.Values = append(out.Keys, key), append(out.Values, v)
	if i < len(o.Keys) && o.Keys[i] == key {
		i++
	}
	out.Keys = append(out.Keys, o.Keys[i:]...)
	out.Values = append(out.Values, o.Values[i:]...)
	return out
}

// NewJSONObject builds an object from members in any order; a later
// duplicate key replaces an earlier one.
func NewJSONObject(keys []string, values []any) *JSONObject {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	// Stable, so that among equal keys the last one written ends up last.
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	o := &JSONObject{Keys: make([]string, 0, len(keys)), Values: make([]any, 0, len(keys))}
	for _, i := range idx {
		if n := len(o.Keys); n > 0 && o.Keys[n-1] == keys[i] {
			o.Values[n-1] = values[i]
			continue
		}
		o.Keys, o.Values = append(o.Keys, keys[i]), append(o.Values, values[i])
	}
	return o
}

// orderedObject keeps members in input order; a repeated key keeps its
// first place and takes the last value.
func orderedObject(keys []string, vals []any) *JSONObject {
	o := &JSONObject{}
	seen := make(map[string]int, len(keys))
	for i, k := range keys {
		if at, dup := seen[k]; dup {
			o.Values[at] = vals[i]
			continue
		}
		seen[k] = len(o.Keys)
		o.Keys, o.Values = append(o.Keys, k), append(o.Values, vals[i])
	}
	return o
}

// SortJSONNode returns n with every object's keys sorted, as JSON values
// keep them (for nodes from ParseJSONInOrder).
func SortJSONNode(n any) any {
	switch x := n.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = SortJSONNode(e)
		}
		return out
	case *JSONObject:
		vals := make([]any, len(x.Values))
		for i, v := range x.Values {
			vals[i] = SortJSONNode(v)
		}
		return NewJSONObject(x.Keys, vals)
	}
	return n
}

// String renders the value as compact JSON text, the form MaxCompute
// prints: no blanks, object keys sorted.
func (j JSON) String() string {
	return string(AppendJSONNode(nil, j.Node))
}

// AppendJSONNode appends n as compact JSON text.
func AppendJSONNode(b []byte, n any) []byte {
	switch x := n.(type) {
	case nil:
		return append(b, "null"...)
	case bool:
		return strconv.AppendBool(b, x)
	case JSONNumber:
		return append(b, x...)
	case string:
		return AppendJSONQuoted(b, x)
	case []any:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b = AppendJSONNode(b, e)
		}
		return append(b, ']')
	case *JSONObject:
		b = append(b, '{')
		for i, k := range x.Keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = AppendJSONQuoted(b, k)
			b = append(b, ':')
			b = AppendJSONNode(b, x.Values[i])
		}
		return append(b, '}')
	}
	return append(b, "null"...)
}

// AppendJSONQuoted appends s as a JSON string: quote, backslash and
// control characters escaped, everything else as is.
func AppendJSONQuoted(b []byte, s string) []byte {
	var sb strings.Builder
	writeJSONString(&sb, s)
	return append(b, sb.String()...)
}

// JSONTypeName is the JSON type of a node as JSON_TYPE names it.
func JSONTypeName(n any) string {
	switch n.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case JSONNumber:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	}
	return "object"
}
