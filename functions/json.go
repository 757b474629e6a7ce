package functions

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

func registerJSON(r registrar) {
	r.Register(fn("GET_JSON_OBJECT", "STRING GET_JSON_OBJECT(STRING json, STRING path)",
		"the value at a JSONPath ($, .name, ['name'], [n], [*]): strings unquoted, objects and arrays as compact JSON in input order; NULL for invalid JSON or a missing path",
		`select get_json_object('{"a":{"b":[1,"x"]}}', '$.a.b[1]'); -- x`,
		ov(eval.StringType, impl2(getJSONObject), p("json", stringKinds), p("path", stringKinds)),
	))
}

// jsonStep is one step of a path: a member name, an index, or [*].
type jsonStep struct {
	name     string
	index    int
	isIndex  bool
	wildcard bool
}

// getJSONObject returns nil (NULL) for invalid JSON, a missing member or a
// JSON null; a malformed path is an error since it is a mistake in the
// query, not in the data.
func getJSONObject(doc, path string) (eval.Value, error) {
	steps, err := parseJSONPath(path)
	if err != nil {
		return nil, err
	}
	if !json.Valid([]byte(doc)) {
		return nil, nil
	}
	matches := []json.RawMessage{json.RawMessage(doc)}
	wild := false
	for _, s := range steps {
		wild = wild || s.wildcard
		var next []json.RawMessage
		for _, m := range matches {
			next = append(next, applyStep(m, s)...)
		}
		matches = next
	}
	if len(matches) == 0 {
		return nil, nil
	}
	if wild {
		return compactJSON(json.RawMessage("[" + string(bytes.Join(rawBytes(matches), []byte(","))) + "]")), nil
	}
	return jsonText(matches[0]), nil
}

func rawBytes(ms []json.RawMessage) [][]byte {
	out := make([][]byte, len(ms))
	for i, m := range ms {
		out[i] = m
	}
	return out
}

// jsonText renders a value as GET_JSON_OBJECT returns it.
func jsonText(m json.RawMessage) eval.Value {
	switch firstByte(m) {
	case '"':
		var s string
		if json.Unmarshal(m, &s) != nil {
			return nil
		}
		return s
	case 'n':
		return nil
	}
	return compactJSON(m)
}

func compactJSON(m json.RawMessage) eval.Value {
	var b bytes.Buffer
	if json.Compact(&b, m) != nil {
		return nil
	}
	return b.String()
}

func firstByte(m json.RawMessage) byte {
	t := bytes.TrimLeft(m, " \t\r\n")
	if len(t) == 0 {
		return 0
	}
	return t[0]
}

// applyStep returns the values one step selects in m (none when absent).
func applyStep(m json.RawMessage, s jsonStep) []json.RawMessage {
	switch {
	case s.isIndex || s.wildcard:
		elems := jsonElements(m)
		if s.wildcard {
			return elems
		}
		if s.index < len(elems) {
			return elems[s.index : s.index+1]
		}
	default:
		keys, vals := jsonMembers(m)
		for i := len(keys) - 1; i >= 0; i-- { // the last duplicate wins, as in Java's JSON maps
			if keys[i] == s.name {
				return vals[i : i+1]
			}
		}
	}
	return nil
}

// jsonElements returns an array's elements in order, or nil if m is not an array.
func jsonElements(m json.RawMessage) []json.RawMessage {
	if firstByte(m) != '[' {
		return nil
	}
	var elems []json.RawMessage
	if json.Unmarshal(m, &elems) != nil {
		return nil
	}
	return elems
}

// jsonMembers returns an object's members in input order, or nothing if m
// is not an object. It walks the token stream because a Go map would lose
// the order that GET_JSON_OBJECT must preserve when it prints objects.
func jsonMembers(m json.RawMessage) ([]string, []json.RawMessage) {
	if firstByte(m) != '{' {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(m))
	if _, err := dec.Token(); err != nil {
		return nil, nil
	}
	var keys []string
	var vals []json.RawMessage
	for dec.More() {
		tok, err := dec.Token()
		key, ok := tok.(string)
		if err != nil || !ok {
			return nil, nil
		}
		var v json.RawMessage
		if dec.Decode(&v) != nil {
			return nil, nil
		}
		keys, vals = append(keys, key), append(vals, v)
	}
	return keys, vals
}

// parseJSONPath reads $ followed by .name, ['name'] or ["name"], [n] and [*].
func parseJSONPath(path string) ([]jsonStep, error) {
	if !strings.HasPrefix(path, "$") {
		return nil, badPath(path, 0, "a path starts with $")
	}
	var steps []jsonStep
	for i := 1; i < len(path); {
		var s jsonStep
		var n int
		var err error
		switch path[i] {
		case '.':
			s, n, err = parseDotStep(path, i)
		case '[':
			s, n, err = parseBracketStep(path, i)
		default:
			err = badPath(path, i, "expected . or [")
		}
		if err != nil {
			return nil, err
		}
		steps = append(steps, s)
		i += n
	}
	return steps, nil
}

func parseDotStep(path string, i int) (jsonStep, int, error) {
	end := i + 1
	for end < len(path) && path[end] != '.' && path[end] != '[' {
		end++
	}
	if end == i+1 {
		return jsonStep{}, 0, badPath(path, i, "a member name must follow .")
	}
	return jsonStep{name: path[i+1 : end]}, end - i, nil
}

func parseBracketStep(path string, i int) (jsonStep, int, error) {
	closing := strings.IndexByte(path[i:], ']')
	if closing < 0 {
		return jsonStep{}, 0, badPath(path, i, "[ is not closed by ]")
	}
	inner := path[i+1 : i+closing]
	switch {
	case inner == "*":
		return jsonStep{wildcard: true}, closing + 1, nil
	case len(inner) >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[len(inner)-1] == inner[0]:
		return jsonStep{name: inner[1 : len(inner)-1]}, closing + 1, nil
	}
	n, err := strconv.Atoi(inner)
	if err != nil || n < 0 {
		return jsonStep{}, 0, badPath(path, i, "expected [n], [*] or ['name'] with n a non-negative integer")
	}
	return jsonStep{index: n, isIndex: true}, closing + 1, nil
}

func badPath(path string, offset int, why string) error {
	return eval.InvalidArgument("invalid json path %s at offset %d: %s", quote(path), offset, why)
}
