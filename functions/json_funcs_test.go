package functions

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func mustJSON(t *testing.T, s string) any {
	t.Helper()
	j, err := eval.ParseJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	return j.Node
}

func TestStdPath(t *testing.T) {
	const doc = `{"a":{"b":[10,20,{"c":"x"}]},"k.e y":1,"]":2}`
	tests := []struct {
		path, want, err string
	}{
		{path: "$", want: `{"]":2,"a":{"b":[10,20,{"c":"x"}]},"k.e y":1}`},
		{path: "$.a.b[2].c", want: `"x"`},
		{path: "$.a.b[*]", want: `[10,20,{"c":"x"}]`},
		{path: "$.a.*", want: `[[10,20,{"c":"x"}]]`},
		{path: `$."k.e y"`, want: `1`},
		{path: `$['k.e y']`, want: `1`},
		{path: `$["]"]`, want: `2`},
		{path: "lax $.a.b[0]", want: `10`},
		{path: "STRICT $.a.b[1]", want: `20`},
		{path: "$.a.b[3]", want: `absent`},
		{path: "$.a[0]", want: `{"b":[10,20,{"c":"x"}]}`}, // lax wraps a non-array
		{path: "strict $.a[0]", want: `absent`},
		{path: "$.a[1]", want: `absent`},
		{path: "$.a.b[*].c", want: `["x"]`},
		{path: "$.a.b.c", want: `["x"]`}, // lax unwraps the array
		{path: "strict $.a.b.c", want: `absent`},
		{path: "$.a.b[0, 2 to last]", want: `[10,{"c":"x"}]`},
		{path: "$.a.b[last - 1]", want: `20`},
		{path: "$.a.b[last-5 to 1]", want: `[10,20]`},
		{path: "$.nope", want: `absent`},
		{path: "a", err: "a path starts with $"},
		{path: "$a", err: "expected . or ["},
		{path: "$.", err: "a member name must follow ."},
		{path: "$[-1]", err: "non-negative integer"},
		{path: "$[1 to]", err: "non-negative integer"},
		{path: "$[last + 1]", err: "non-negative integer"},
		{path: "$[1", err: "[ is not closed by ]"},
	}
	root := mustJSON(t, doc)
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p, err := parseStdPath(tt.path)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got %v, want error with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			n, ok := p.single(root)
			got := "absent"
			if ok {
				got = eval.JSON{Node: n}.String()
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestJSONModify(t *testing.T) {
	tests := []struct {
		name, doc string
		f         func(any, []string, any, bool) (any, error)
		path      []string
		value     string
		flag      bool
		want, err string
	}{
		{"set replaces", `{"a":[1,2]}`, jsonSet, []string{"a", "1"}, `9`, false, `{"a":[1,9]}`, ""},
		{"set absent no create", `{"a":1}`, jsonSet, []string{"b"}, `9`, false, `{"a":1}`, ""},
		{"set absent create", `{"a":1}`, jsonSet, []string{"b"}, `9`, true, `{"a":1,"b":9}`, ""},
		{"set absent parent", `{"a":1}`, jsonSet, []string{"x", "y"}, `9`, true, `{"a":1}`, ""},
		{"set negative index", `[1,2,3]`, jsonSet, []string{"-3"}, `9`, false, `[9,2,3]`, ""},
		{"set prepend", `[1]`, jsonSet, []string{"-5"}, `9`, true, `[9,1]`, ""},
		{"set non-number index", `[1]`, jsonSet, []string{"a"}, `9`, true, `[1]`, ""},
		{"set empty path", `[1]`, jsonSet, nil, `9`, true, `[1]`, ""},
		{"insert before", `[0,1]`, jsonInsert, []string{"1"}, `9`, false, `[0,9,1]`, ""},
		{"insert after", `[0,1]`, jsonInsert, []string{"1"}, `9`, true, `[0,1,9]`, ""},
		{"insert append", `[0,1]`, jsonInsert, []string{"2"}, `9`, false, `[0,1,9]`, ""},
		{"insert prepend", `[0,1]`, jsonInsert, []string{"-3"}, `9`, true, `[9,0,1]`, ""},
		{"insert member", `{"a":{}}`, jsonInsert, []string{"a", "b"}, `9`, false, `{"a":{"b":9}}`, ""},
		{"insert existing member", `{"a":1}`, jsonInsert, []string{"a"}, `9`, false, ``, "cannot replace the existing key"},
		{"insert into scalar", `{"a":1}`, jsonInsert, []string{"a", "b"}, `9`, false, `{"a":1}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.f(mustJSON(t, tt.doc), tt.path, mustJSON(t, tt.value), tt.flag)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got %v, want error with %q", err, tt.err)
				}
				return
			}
			if s := (eval.JSON{Node: got}).String(); err != nil || s != tt.want {
				t.Errorf("got %s, %v; want %s", s, err, tt.want)
			}
		})
	}
}

func TestContainsAndStrip(t *testing.T) {
	contain := []struct {
		target, cand string
		want         bool
	}{
		{`[1,2,3]`, `2`, true}, {`[1,2,3]`, `[3,1]`, true}, {`[1,2]`, `[1,4]`, false},
		{`{"a":1,"b":{"c":2}}`, `{"b":{"c":2.0}}`, true}, {`{"a":1}`, `{"a":1,"b":2}`, false},
		{`"1"`, `1`, false}, {`null`, `null`, true}, {`[[1,2]]`, `[1]`, true}, {`{"a":[1]}`, `1`, false},
	}
	for _, tt := range contain {
		if got := contains(mustJSON(t, tt.target), mustJSON(t, tt.cand)); got != tt.want {
			t.Errorf("contains(%s, %s) = %v, want %v", tt.target, tt.cand, got, tt.want)
		}
	}
	strips := []struct {
		doc           string
		arrays, empty bool
		want          string
	}{
		{`{"a":null,"b":[null,{"c":null}]}`, true, false, `{"b":[{}]}`},
		{`{"a":null,"b":[null,{"c":null}]}`, true, true, `absent`},
		{`{"a":null,"b":[null,{"c":null}],"d":0}`, false, true, `{"b":[null,{"c":null}],"d":0}`},
		{`[null]`, true, false, `[]`},
	}
	for _, tt := range strips {
		n, ok := strip(mustJSON(t, tt.doc), tt.arrays, tt.empty)
		got := "absent"
		if ok {
			got = eval.JSON{Node: n}.String()
		}
		if got != tt.want {
			t.Errorf("strip(%s, %v, %v) = %s, want %s", tt.doc, tt.arrays, tt.empty, got, tt.want)
		}
	}
}

// TestPathPreparedOnce checks that a constant path is parsed by Prepare:
// the per-row Impl ignores the path argument it is handed.
func TestPathPreparedOnce(t *testing.T) {
	doc := eval.JSON{Node: mustJSON(t, `{"a":{"b":7}}`)}
	for _, name := range []string{"JSON_EXTRACT", "JSON_EXISTS", "JSON_LENGTH", "GET_JSON_OBJECT"} {
		t.Run(name, func(t *testing.T) {
			f, _ := NewRegistry().Lookup(name)
			res, err := f.Resolve(&eval.CallSite{Args: []eval.Type{eval.JSONType, eval.StringType}})
			if err != nil {
				t.Fatal(err)
			}
			impl, err := res.Overload.Prepare(testContext(), []eval.Value{nil, "$.a.b"}, []bool{false, true})
			if err != nil {
				t.Fatal(err)
			}
			got, err := impl(testContext(), []eval.Value{doc, "not a path"})
			if err != nil || got == nil || got == false {
				t.Fatalf("got %v, %v; want the value at $.a.b", got, err)
			}
		})
	}
	f, _ := NewRegistry().Lookup("GET_JSON_OBJECT")
	res, _ := f.Resolve(&eval.CallSite{Args: []eval.Type{eval.StringType, eval.StringType}})
	impl, err := res.Overload.Prepare(testContext(), []eval.Value{nil, "$.a.b"}, []bool{false, true})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := impl(testContext(), []eval.Value{`{"a":{"b":7}}`, "not a path"}); got != "7" || err != nil {
		t.Fatalf("STRING overload: got %v, %v; want 7", got, err)
	}
	ex, _ := NewRegistry().Lookup("JSON_EXTRACT")
	res, _ = ex.Resolve(&eval.CallSite{Args: []eval.Type{eval.JSONType, eval.StringType}})
	if _, err := res.Overload.Prepare(testContext(), []eval.Value{nil, "$a"}, []bool{false, true}); err == nil {
		t.Fatal("a constant malformed path must fail in Prepare")
	}
}

// FuzzGetJSONObject checks that the text scanner accepts exactly the JSON
// encoding/json accepts and never panics on any document and path.
//
//	go test ./functions -run '^$' -fuzz FuzzGetJSONObject -fuzztime 30s
func FuzzGetJSONObject(f *testing.F) {
	f.Add(`{"a":{"b":[1,"x",{"c":null}]},"a":2}`, "$.a.b[*]")
	f.Add(`[ {"k" : "v\"\u00e9"} ]`, "$[0]['k']")
	f.Fuzz(func(t *testing.T, doc, path string) {
		_, ok := validJSONText(doc)
		if ok != json.Valid([]byte(doc)) {
			t.Fatalf("validJSONText(%q) = %v, json.Valid says otherwise", doc, ok)
		}
		if _, err := getJSONObject(doc, path); err != nil {
			t.Fatal(err)
		}
		if steps, err := parseJSONPath(path); err == nil {
			getJSONObjectLegacy(doc, steps) // must not panic
		}
	})
}

func TestGetJSONObjectLegacy(t *testing.T) {
	tests := []struct {
		doc, path string
		want      eval.Value
	}{
		{`{"a":"1","a":"2"}`, "$.a", nil},
		{`{"a":{"b":1,"b":2}}`, "$", nil},
		{`{"a":"😀"}`, "$.a", nil},
		{`{"a":"\ud83d\ude00"}`, "$.a", nil},
		{`{"b":"1","a":"2"}`, "$", `{"a":"2","b":"1"}`},
		{`{"a":"[\"1\"]"}`, "$.a", `[\"1\"]`},
		{`{"a":"x\ny"}`, "$.a", `x\ny`},
		{`{"a":[{"y":1,"x":2},3]}`, "$.a[*]", `[{"x":2,"y":1},3]`},
		{`{"a":null}`, "$.a", nil},
		{`{"a":"中"}`, "$.a", "中"},
	}
	for _, tc := range tests {
		t.Run(tc.doc+tc.path, func(t *testing.T) {
			steps, err := parseJSONPath(tc.path)
			if err != nil {
				t.Fatal(err)
			}
			if got := getJSONObjectLegacy(tc.doc, steps); got != tc.want {
				t.Errorf("got %#v, want %#v", got, tc.want)
			}
		})
	}
}

func TestGetJSONObjectLegacyBracket(t *testing.T) {
	steps, err := parseJSONPath("$['a']")
	if err != nil {
		t.Fatal(err)
	}
	if got := getJSONObjectLegacy(`{"a":1}`, steps); got != nil {
		t.Errorf("['a'] in the old behaviour: got %#v, want NULL", got)
	}
	if got := getJSONObjectSteps(`{"a":1}`, steps); got != "1" {
		t.Errorf("['a'] in the new behaviour: got %#v, want 1", got)
	}
}
