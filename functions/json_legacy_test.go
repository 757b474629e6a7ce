package functions

import (
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestLegacyGetJSONObject(t *testing.T) {
	tests := []struct {
		name, doc, path string
		want            eval.Value
	}{
		{"duplicate key", `{"a":"1","a":"2"}`, "$.a", nil},
		{"duplicate key deep", `{"x":{"a":1,"a":2},"b":1}`, "$.b", nil},
		{"emoji", `{"a":"😀"}`, "$.a", nil},
		{"emoji escape", `{"a":"\ud83d\ude00"}`, "$.a", nil},
		{"sorted members", `{"b":"1","a":"2"}`, "$", `{"a":"2","b":"1"}`},
		{"escaped quotes", `{"a":"[\"1\"]"}`, "$.a", `[\"1\"]`},
		{"line feed", `{"a":"x\ny"}`, "$.a", `x\ny`},
		{"number text kept", `{"a":1.50}`, "$.a", "1.50"},
		{"bool", `{"a":false}`, "$.a", "false"},
		{"json null", `{"a":null}`, "$.a", nil},
		{"wildcard", `{"h":["h0","h1"]}`, "$.h[*]", `["h0","h1"]`},
		{"wildcard one", `{"h":["h0"]}`, "$.h[*]", "h0"},
		{"wildcard members", `{"f":[{"w":8},{"w":9}]}`, "$.f[*].w", "[8,9]"},
		{"index", `[[1,2],[3,4]]`, "$[1][0]", "3"},
		{"index past end", `[1]`, "$[3]", nil},
		{"missing", `{"a":1}`, "$.b", nil},
		{"invalid", `{"a":1`, "$.a", nil},
		{"trailing text", `{"a":1} x`, "$.a", nil},
		{"empty", ``, "$", nil},
		{"no html escaping", `{"a":{"t":"<&>"}}`, "$.a", `{"t":"<&>"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps, err := parseJSONPath(tt.path)
			if err != nil {
				t.Fatalf("parseJSONPath(%q): %v", tt.path, err)
			}
			if got := getJSONObjectLegacy(tt.doc, steps); got != tt.want {
				t.Errorf("legacy get_json_object(%s, %s) = %#v, want %#v", tt.doc, tt.path, got, tt.want)
			}
		})
	}
}

func TestLegacyGetJSONObjectFlag(t *testing.T) {
	flags := func(v string, set bool) *eval.CallContext {
		ctx := &eval.CallContext{}
		if set {
			ctx.SetFlag(getJSONObjNewFlag, v)
		}
		return ctx
	}
	tests := []struct {
		name string
		ctx  *eval.CallContext
		want bool
	}{
		{"no context", nil, false},
		{"not set", flags("", false), false},
		{"true", flags("true", true), false},
		{"false", flags("false", true), true},
		{"FALSE with blanks", flags(" FALSE ", true), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := legacyGetJSONObject(tt.ctx); got != tt.want {
				t.Errorf("legacyGetJSONObject = %v, want %v", got, tt.want)
			}
		})
	}
}
