package functions

import (
	"math/big"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// registerJSONQuery adds the functions that read a JSON value at a path.
func registerJSONQuery(r registrar) {
	extractImpl, extractPrep := pathPrepare(1, jsonExtract, failBadPath)
	strImpl, strPrep := jsonExtractOnString()
	r.Register(fn("JSON_EXTRACT", "JSON JSON_EXTRACT(JSON json, STRING path) | STRING JSON_EXTRACT(STRING json, STRING path)",
		"the JSON value at a JSONPath, NULL when absent (a malformed path is an error); on STRING (with set odps.sql.bigquery.compatible=true;) it is GET_JSON_OBJECT",
		`select json_extract(json '{"a":1, "b":2}', '$.a'); -- 1`,
		&eval.Overload{Params: []eval.Param{p("json", jsonKinds), p("path", stringKinds)}, Result: jsonType,
			Impl: extractImpl, Prepare: extractPrep},
		&eval.Overload{Params: []eval.Param{p("json", stringKinds), p("path", stringKinds)}, Result: eval.StringType,
			Impl: strImpl, Prepare: strPrep},
	))
	existsImpl, existsPrep := pathPrepare(1, jsonExists, failBadPath)
	r.Register(fn("JSON_EXISTS", "BOOLEAN JSON_EXISTS(JSON json, STRING path)",
		"whether a value exists at the JSONPath (a malformed path is an error)",
		`select json_exists(json '[1,2, {"a":34}]', '$[2].a'); -- true`,
		&eval.Overload{Params: []eval.Param{p("json", jsonKinds), p("path", stringKinds)}, Result: eval.BooleanType,
			Impl: existsImpl, Prepare: existsPrep},
	))
	lenImpl, lenPrep := pathPrepare(1, jsonLength, failBadPath)
	lenOv := func(params ...eval.Param) *eval.Overload {
		return &eval.Overload{Params: params, Result: eval.BigintType, Impl: lenImpl, Prepare: lenPrep}
	}
	r.Register(fn("JSON_LENGTH", "BIGINT JSON_LENGTH(JSON json [, STRING path])",
		"the number of elements of an array or members of an object (1 for a scalar), at the path if given; NULL when the path is absent",
		`select json_length(json '{"x": 1, "y": [1, 2]}', '$.y'); -- 2`,
		lenOv(p("json", jsonKinds)), lenOv(p("json", jsonKinds), p("path", stringKinds)),
	))
	containsImpl, containsPrep := pathPrepare(2, jsonContains, func(error) (eval.Value, error) { return false, nil })
	containsOv := func(params ...eval.Param) *eval.Overload {
		return &eval.Overload{Params: params, Result: eval.BooleanType, Impl: containsImpl, Prepare: containsPrep}
	}
	r.Register(fn("JSON_CONTAINS", "BOOLEAN JSON_CONTAINS(JSON json, JSON candidate [, STRING path])",
		"whether json (or its value at the path) contains candidate: an equal scalar, array elements, object members; false for an absent or invalid path",
		`select json_contains(json '[1,2,3,4,5,6,7,8]', json '4'); -- true`,
		containsOv(p("json", jsonKinds), p("candidate", jsonKinds)),
		containsOv(p("json", jsonKinds), p("candidate", jsonKinds), p("path", stringKinds)),
	))
}

// bigQueryFlag is the session flag of MaxCompute's BigQuery-compatible
// mode, in which some pages document other results (JSON_EXTRACT on a
// STRING, TO_JSON's NULL members, SUBSTR's start and length).
const bigQueryFlag = "odps.sql.bigquery.compatible"

// jsonExtractOnString is JSON_EXTRACT's STRING signature, which the page
// documents only in BigQuery-compatible mode (SET
// odps.sql.bigquery.compatible=true;): then it is GET_JSON_OBJECT;
// otherwise a STRING argument is an error, checked once per statement.
func jsonExtractOnString() (eval.Impl, func(*eval.CallContext, []eval.Value, []bool) (eval.Impl, error)) {
	g := getJSONObjectOverload()
	impl := func(ctx *eval.CallContext, args []eval.Value) (eval.Value, error) {
		if err := needBigQueryMode(ctx); err != nil {
			return nil, err
		}
		return g.Impl(ctx, args)
	}
	prep := func(ctx *eval.CallContext, consts []eval.Value, isConst []bool) (eval.Impl, error) {
		if err := needBigQueryMode(ctx); err != nil {
			return nil, err
		}
		return g.Prepare(ctx, consts, isConst)
	}
	return impl, prep
}

func needBigQueryMode(ctx *eval.CallContext) error {
	if v, ok := ctx.Flag(bigQueryFlag); ok && strings.EqualFold(strings.TrimSpace(v), "true") {
		return nil
	}
	return eval.Errorf(eval.CodeArgumentType, "function json_extract takes a JSON value as argument 1, got STRING; "+
		"use json_parse(...) or json '...' for a JSON value, or set %s=true; to read JSON text as GET_JSON_OBJECT does", bigQueryFlag)
}

func jsonArg(args []eval.Value, i int) (eval.JSON, error) {
	j, ok := args[i].(eval.JSON)
	if !ok {
		return eval.JSON{}, internalError("argument %d is %T, want eval.JSON", i+1, args[i])
	}
	return j, nil
}

func jsonExtract(p *stdPath, args []eval.Value) (eval.Value, error) {
	j, err := jsonArg(args, 0)
	if err != nil {
		return nil, err
	}
	n, ok := p.single(j.Node)
	if !ok {
		return nil, nil
	}
	return eval.JSON{Node: n}, nil
}

func jsonExists(p *stdPath, args []eval.Value) (eval.Value, error) {
	j, err := jsonArg(args, 0)
	if err != nil {
		return nil, err
	}
	return len(p.eval(j.Node)) > 0, nil
}

func jsonLength(p *stdPath, args []eval.Value) (eval.Value, error) {
	j, err := jsonArg(args, 0)
	if err != nil {
		return nil, err
	}
	n, ok := p.single(j.Node)
	if !ok {
		return nil, nil
	}
	switch x := n.(type) {
	case []any:
		return int64(len(x)), nil
	case *eval.JSONObject:
		return int64(len(x.Keys)), nil
	}
	return int64(1), nil
}

func jsonContains(p *stdPath, args []eval.Value) (eval.Value, error) {
	j, err := jsonArg(args, 0)
	if err != nil {
		return nil, err
	}
	c, err := jsonArg(args, 1)
	if err != nil {
		return nil, err
	}
	n, ok := p.single(j.Node)
	return ok && contains(n, c.Node), nil
}

// contains is MySQL's containment, which the page's examples follow: a
// scalar contains an equal scalar; an array contains a scalar or object
// one of its elements contains, and an array each of whose elements it
// contains; an object contains an object whose every member it contains.
func contains(target, cand any) bool {
	switch t := target.(type) {
	case []any:
		if c, ok := cand.([]any); ok {
			for _, ce := range c {
				if !contains(t, ce) {
					return false
				}
			}
			return true
		}
		for _, e := range t {
			if contains(e, cand) {
				return true
			}
		}
		return false
	case *eval.JSONObject:
		c, ok := cand.(*eval.JSONObject)
		if !ok {
			return false
		}
		for i, k := range c.Keys {
			v, ok := t.Get(k)
			if !ok || !contains(v, c.Values[i]) {
				return false
			}
		}
		return true
	}
	return jsonScalarEqual(target, cand)
}

// jsonScalarEqual compares scalars; numbers by value (1 equals 1.0).
func jsonScalarEqual(a, b any) bool {
	x, ok1 := a.(eval.JSONNumber)
	y, ok2 := b.(eval.JSONNumber)
	if ok1 && ok2 {
		rx, okx := new(big.Rat).SetString(string(x))
		ry, oky := new(big.Rat).SetString(string(y))
		return okx && oky && rx.Cmp(ry) == 0
	}
	switch a.(type) {
	case []any, *eval.JSONObject:
		return false
	}
	return a == b
}
