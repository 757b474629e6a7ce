package functions

import (
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// registerTableString adds JSON_TUPLE, KEYVALUE_TUPLE and PARSE_URL_TUPLE:
// several values of one string at once, one column per key.
func registerTableString(r registrar) {
	r.RegisterTable(inTableCategory(eval.CategoryJSON, udtf("JSON_TUPLE", "JSON_TUPLE(STRING json, STRING key1, STRING key2, ...) -> (c0 STRING, c1 STRING, ...)",
		"one row: the value of each key (a path such as a.b or ['a.b'], without $) as GET_JSON_OBJECT returns it, the JSON parsed once; NULL for invalid JSON, an invalid key or a missing value",
		`select json_tuple('{"name":"Alice","age":"30"}', 'name', 'age') as (name, age); -- Alice 30`, bindJSONTuple)))
	r.RegisterTable(udtf("KEYVALUE_TUPLE", "KEYVALUE_TUPLE(STRING str, STRING split1, STRING split2, STRING key1, ...) -> (c0 STRING, c1 STRING, ...)",
		"one row: the value of each key in str, whose pairs are separated by split1 and keys from values by split2, as KEYVALUE finds it; NULL for a missing key",
		"select keyvalue_tuple('a:1;b:2', ';', ':', 'a', 'b') as (a, b); -- 1 2", bindKeyValueTuple))
	r.RegisterTable(udtf("PARSE_URL_TUPLE", "PARSE_URL_TUPLE(STRING url, STRING part1, STRING part2, ...) -> (c0 STRING, c1 STRING, ...)",
		"one row: each part of the URL as PARSE_URL returns it (HOST, PATH, QUERY, QUERY:key, REF, PROTOCOL, AUTHORITY, FILE, USERINFO, in any case), the URL parsed once; a NULL URL or part fails, as the page says",
		"select parse_url_tuple('https://a.com/p?k=v', 'HOST', 'QUERY:k') as (h, v); -- a.com v", bindParseURLTuple))
}

// inTableCategory files a table function under a group other than its file's.
func inTableCategory(category string, f *eval.TableFunction) *eval.TableFunction {
	f.Doc.Category = category
	return f
}

func bindJSONTuple(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) < 2 {
		return eval.TableBinding{}, eval.ArgumentCountError("json_tuple", "at least 2", len(site.Args))
	}
	params, err := stringParams("json_tuple", site.Args, 0, nil)
	if err != nil {
		return eval.TableBinding{}, err
	}
	// Constant keys (the usual case) are parsed here, once.
	paths := make([][]jsonStep, len(site.Args)-1)
	known := make([]bool, len(paths))
	for i := range paths {
		if k, ok := site.Consts[i+1].(string); ok && site.IsConst[i+1] {
			paths[i], known[i] = jsonTupleKey(k), true
		}
	}
	return eval.TableBinding{Params: params, Columns: numberedColumns(len(paths), eval.StringType),
		Generate: func(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
			clear(out)
			doc, ok := args[0].(string)
			if !ok {
				return emit()
			}
			root, valid := validJSONText(doc)
			if !valid {
				return emit()
			}
			for i := range out {
				steps := paths[i]
				if !known[i] {
					k, _ := args[i+1].(string)
					steps = jsonTupleKey(k)
				}
				if steps != nil {
					out[i] = walkJSONSteps(doc, root, steps, false)
				}
			}
			return emit()
		}}, nil
}

// jsonTupleKey parses a JSON_TUPLE key, a path without its leading $
// (a.b, ['a.b'], [0]); nil when it is empty, starts with $ or is invalid:
// the page's "if a key is empty or invalid, null is returned".
func jsonTupleKey(key string) []jsonStep {
	if key == "" || strings.HasPrefix(key, "$") {
		return nil
	}
	path := "$." + key
	if strings.HasPrefix(key, "[") {
		path = "$" + key
	}
	steps, err := parseJSONPath(path)
	if err != nil || steps == nil {
		return nil
	}
	return steps
}

func bindKeyValueTuple(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) < 4 {
		return eval.TableBinding{}, eval.ArgumentCountError("keyvalue_tuple", "at least 4", len(site.Args))
	}
	params, err := stringParams("keyvalue_tuple", site.Args, 0, nil)
	if err != nil {
		return eval.TableBinding{}, err
	}
	return eval.TableBinding{Params: params, Columns: numberedColumns(len(site.Args)-3, eval.StringType),
		Generate: func(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
			clear(out)
			s, ok1 := args[0].(string)
			split1, ok2 := args[1].(string)
			split2, ok3 := args[2].(string)
			if ok1 && ok2 && ok3 {
				for i := range out {
					if key, ok := args[3+i].(string); ok {
						out[i] = keyValue(s, split1, split2, key)
					}
				}
			}
			return emit()
		}}, nil
}

func bindParseURLTuple(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) < 2 {
		return eval.TableBinding{}, eval.ArgumentCountError("parse_url_tuple", "at least 2", len(site.Args))
	}
	params, err := stringParams("parse_url_tuple", site.Args, 0, nil)
	if err != nil {
		return eval.TableBinding{}, err
	}
	// A constant part is checked here, so that a misspelt one fails
	// before any row is read.
	for i := 1; i < len(site.Args); i++ {
		if p, ok := site.Consts[i].(string); ok && site.IsConst[i] {
			if err := checkURLPart(p); err != nil {
				return eval.TableBinding{}, err
			}
		}
	}
	return eval.TableBinding{Params: params, Columns: numberedColumns(len(site.Args)-1, eval.StringType),
		Generate: parseURLTuple}, nil
}

// urlTuplePart splits QUERY:key into QUERY and the key.
func urlTuplePart(p string) (string, *string) {
	if part, key, ok := strings.Cut(p, ":"); ok && strings.EqualFold(part, "QUERY") {
		return part, &key
	}
	return p, nil
}

func checkURLPart(p string) error {
	part, _ := urlTuplePart(p)
	_, err := (&javaURL{}).part(part, nil)
	return err
}

// parseURLTuple generates PARSE_URL_TUPLE's row. Its page: "If the value
// of url or key is null, an error is returned" (unlike PARSE_URL's NULL).
func parseURLTuple(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
	u, ok := args[0].(string)
	if !ok {
		return eval.InvalidArgument("parse_url_tuple: the URL is NULL")
	}
	url, err := parseJavaURL(u)
	if err != nil {
		return err
	}
	for i := range out {
		p, ok := args[1+i].(string)
		if !ok {
			return eval.InvalidArgument("parse_url_tuple: key %d is NULL", i+1)
		}
		part, key := urlTuplePart(p)
		if out[i], err = url.part(part, key); err != nil {
			return err
		}
	}
	return emit()
}
