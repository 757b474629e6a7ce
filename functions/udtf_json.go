package functions

import "github.com/mcsql/mcsql/eval"

// registerTableJSON adds JSON_EXPLODE.
func registerTableJSON(r registrar) {
	r.RegisterTable(udtf("JSON_EXPLODE", "JSON_EXPLODE(JSON var) -> (key STRING, value JSON)",
		"one row per element of a JSON array (key NULL) or member of a JSON object (its key), in order; a JSON string, number, boolean or null fails; a NULL value gives no row",
		`select json_explode(json '{"a":1,"b":"x"}'); -- a 1, b "x"`, bindJSONExplode))
}

func bindJSONExplode(site *eval.CallSite) (eval.TableBinding, error) {
	if len(site.Args) != 1 {
		return eval.TableBinding{}, eval.ArgumentCountError("json_explode", "1", len(site.Args))
	}
	if t := site.Args[0]; t.Kind != eval.KindJSON && t.Kind != eval.KindVoid {
		return eval.TableBinding{}, eval.ArgumentTypeError("json_explode", 0, t)
	}
	return eval.TableBinding{Params: []eval.Type{eval.JSONType},
		Columns:  []eval.Column{{Name: "key", Type: eval.StringType}, {Name: "value", Type: eval.JSONType}},
		Generate: jsonExplode}, nil
}

func jsonExplode(_ *eval.CallContext, args, out []eval.Value, emit func() error) error {
	j, ok := args[0].(eval.JSON)
	if !ok {
		return nil
	}
	switch n := j.Node.(type) {
	case []any:
		for _, v := range n {
			out[0], out[1] = nil, eval.JSON{Node: v}
			if err := emit(); err != nil {
				return err
			}
		}
		return nil
	case *eval.JSONObject:
		for i, k := range n.Keys {
			out[0], out[1] = k, eval.JSON{Node: n.Values[i]}
			if err := emit(); err != nil {
				return err
			}
		}
		return nil
	}
	return eval.InvalidArgument("json_explode takes a JSON array or object, got %s", j)
}
