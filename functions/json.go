package functions

import (
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// GET_JSON_OBJECT on STRING follows the page's "original" JSONPath rules
// (Hive's): $, .name, ['name'], [n], [*]; a value is found in one pass over
// the text by json_scan.go. On a JSON value it uses the standard JSONPath
// of json_path.go, like the other JSON functions.

func registerGetJSONObject(r registrar) {
	r.Register(fn("GET_JSON_OBJECT", "STRING GET_JSON_OBJECT(STRING|JSON json, STRING path)",
		"the value at a JSONPath ($, .name, ['name'], [n], [*]): strings unquoted, objects and arrays as compact JSON in input order (the first of duplicate keys wins); NULL for invalid JSON, an invalid path or a missing value; set odps.sql.udf.getjsonobj.new=false; gives the old escaped, key-sorted behaviour",
		`select get_json_object('{"a":{"b":[1,"x"]}}', '$.a.b[1]'); -- x`,
		getJSONObjectOverload(),
		getJSONObjectJSONOverload(),
	))
}

// getJSONObjectOverload is the STRING overload; a constant path is parsed
// once per statement.
func getJSONObjectOverload() *eval.Overload {
	o := ov(eval.StringType, getJSONObjectImpl, p("json", stringKinds), p("path", stringKinds))
	o.Prepare = func(_ *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		if !isConst[1] || consts[1] == nil {
			return o.Impl, nil
		}
		path, _ := consts[1].(string)
		steps, err := parseJSONPath(path)
		return func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
			if err != nil { // the page: an invalid path gives NULL
				return nil, nil
			}
			doc, ok := args[0].(string)
			if !ok {
				return nil, internalError("argument 1 is %T, want string", args[0])
			}
			return getJSONObjectIn(ctx, doc, steps), nil
		}, nil
	}
	return o
}

// getJSONObjectImpl is the STRING overload for a path that is not constant.
func getJSONObjectImpl(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
	doc, ok1 := args[0].(string)
	path, ok2 := args[1].(string)
	if !ok1 || !ok2 {
		return nil, internalError("arguments are %T and %T, want strings", args[0], args[1])
	}
	steps, err := parseJSONPath(path)
	if err != nil {
		return nil, nil
	}
	return getJSONObjectIn(ctx, doc, steps), nil
}

// getJSONObjectIn picks the return behaviour the session's flags chose:
// odps.sql.udf.getjsonobj.new (json_legacy.go) and
// odps.sql.force.getjsonobj.array.format.
func getJSONObjectIn(ctx *eval.CallContext, doc string, steps []jsonStep) eval.Value {
	if legacyGetJSONObject(ctx) {
		return getJSONObjectLegacy(doc, steps)
	}
	return getJSONObjectWalk(doc, steps, forceArrayFormat(ctx))
}

// forceArrayFlag makes a [*] path return an array even for one value (the
// page: "[*] returns a non-array string by default; to force the results
// into a unified array format, SET odps.sql.force.getjsonobj.array.format=true;").
const forceArrayFlag = "odps.sql.force.getjsonobj.array.format"

func forceArrayFormat(ctx *eval.CallContext) bool {
	v, ok := ctx.Flag(forceArrayFlag)
	return ok && strings.EqualFold(strings.TrimSpace(v), "true")
}

// jsonStep is one step of a path: a member name, an index, or [*].
type jsonStep struct {
	name     string
	index    int
	isIndex  bool
	wildcard bool
	bracket  bool // written ['name']: the old behaviour does not read it
}

// getJSONObject is GET_JSON_OBJECT on STRING in the default (new) return
// behaviour: NULL for invalid JSON, an invalid path, a missing member or a
// JSON null.
func getJSONObject(doc, path string) (eval.Value, error) {
	steps, err := parseJSONPath(path)
	if err != nil {
		return nil, nil
	}
	return getJSONObjectSteps(doc, steps), nil
}

// getJSONObjectSteps is the per-row work in the default behaviour.
func getJSONObjectSteps(doc string, steps []jsonStep) eval.Value {
	return getJSONObjectWalk(doc, steps, false)
}

// getJSONObjectWalk validates doc and walks the steps; forceArray makes a
// [*] path's result an array even when it selects one value.
func getJSONObjectWalk(doc string, steps []jsonStep, forceArray bool) eval.Value {
	root, ok := validJSONText(doc)
	if !ok {
		return nil
	}
	return walkJSONSteps(doc, root, steps, forceArray)
}

// walkJSONSteps walks the steps from root, a span of the validated doc
// (JSON_TUPLE validates a document once for all its keys).
func walkJSONSteps(doc string, root span, steps []jsonStep, forceArray bool) eval.Value {
	// Two small buffers take turns holding the values of a step, so that
	// a path without wildcards allocates nothing.
	var bufA, bufB [4]span
	matches, spare := append(bufA[:0], root), bufB[:0]
	wild := false
	for _, st := range steps {
		wild = wild || st.wildcard
		next := spare[:0]
		for _, m := range matches {
			next = stepSpans(doc, m, st, next)
		}
		if len(next) == 0 {
			return nil
		}
		matches, spare = next, matches
	}
	if wild && (len(matches) > 1 || forceArray) {
		// Several values: a JSON array of them (one value comes out bare,
		// the page's "non-array string by default", unless forced).
		parts := make([]string, len(matches))
		for i, m := range matches {
			parts[i] = compactJSONText(doc[m.start:m.end])
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	return spanText(doc[matches[0].start:matches[0].end])
}

// spanText renders a value as GET_JSON_OBJECT returns it: a string
// unquoted, null as NULL, anything else as compact JSON.
func spanText(v string) eval.Value {
	switch v[0] {
	case '"':
		return eval.UnquoteJSONString(v)
	case 'n':
		return nil
	}
	return compactJSONText(v)
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
		return jsonStep{name: inner[1 : len(inner)-1], bracket: true}, closing + 1, nil
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

// getJSONObjectJSONOverload is GET_JSON_OBJECT on a JSON value: the
// standard path (parsed once when constant); an invalid path gives NULL
// (the page's example 3).
func getJSONObjectJSONOverload() *eval.Overload {
	impl, prep := pathPrepare(1, getJSONObjectJSON, nullOnBadPath)
	return &eval.Overload{Params: []eval.Param{p("json", jsonKinds), p("path", stringKinds)},
		Result: eval.StringType, Impl: impl, Prepare: prep}
}

func getJSONObjectJSON(p *stdPath, args []eval.Value) (eval.Value, error) {
	j, err := jsonArg(args, 0)
	if err != nil {
		return nil, err
	}
	// The JSON data type page: the JSON type's PostgreSQL-style parser
	// "differs from the one used by GET_JSON_OBJECT", so a path without a
	// mode word matches the structure as written (no lax wrapping).
	q := *p
	q.strict = p.strict || !p.moded
	n, ok := q.single(j.Node)
	if !ok || n == nil {
		return nil, nil
	}
	if s, isStr := n.(string); isStr {
		return s, nil
	}
	return eval.JSON{Node: n}.String(), nil
}
