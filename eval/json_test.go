package eval

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseJSON(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{in: `{"b":1,"a":[true,false,null,"x"]}`, want: `{"a":[true,false,null,"x"],"b":1}`},
		{in: ` 1.50e+3 `, want: `1.50e+3`},
		{in: `-0`, want: `-0`},
		{in: `{"a":1,"a":2}`, want: `{"a":2}`},
		{in: `"\u00e9\ud83d\ude00\n\/"`, want: "\"é😀\\n/\""},
		{in: `"\ud800"`, want: "\"\uFFFD\""},
		{in: `{}`, want: `{}`},
		{in: `[]`, want: `[]`},
		{in: ``, err: "expected a JSON value"},
		{in: `01`, err: "unexpected text after the JSON value"},
		{in: `1.`, err: "malformed number"},
		{in: `{"a" 1}`, err: "expected : after a member name"},
		{in: `{a:1}`, err: "expected a member name in double quotes"},
		{in: `[1,]`, err: "expected a JSON value"},
		{in: `"a`, err: "malformed string"},
		{in: "\"a\tb\"", err: "malformed string"},
		{in: `tru`, err: "expected a JSON value"},
		{in: strings.Repeat("[", 1002), err: "nesting is deeper than 1000 levels"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			j, err := ParseJSON(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ParseJSON(%q) = %v, %v; want error with %q", tt.in, j, err, tt.err)
				}
				return
			}
			if err != nil || j.String() != tt.want {
				t.Fatalf("ParseJSON(%q) = %s, %v; want %s", tt.in, j, err, tt.want)
			}
		})
	}
}

func TestParseJSONInOrder(t *testing.T) {
	j, err := ParseJSONInOrder(`{"b":{"z":1,"y":2},"a":1,"b2":[{"d":0,"c":0}],"a":3}`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := j.String(), `{"b":{"z":1,"y":2},"a":3,"b2":[{"d":0,"c":0}]}`; got != want {
		t.Errorf("in order: got %s, want %s", got, want)
	}
	if got, want := (JSON{Node: SortJSONNode(j.Node)}).String(), `{"a":3,"b":{"y":2,"z":1},"b2":[{"c":0,"d":0}]}`; got != want {
		t.Errorf("sorted: got %s, want %s", got, want)
	}
}

func TestJSONCasts(t *testing.T) {
	num, _ := ParseJSON(`12.7`)
	arr, _ := ParseJSON(`[1]`)
	tests := []struct {
		name     string
		v        Value
		from, to Type
		want     string
		err      bool
	}{
		{"string to JSON is a JSON string", `{"a":1}`, StringType, JSONType, `"{\"a\":1}"`, false},
		{"bigint to JSON", int64(-3), BigintType, JSONType, `-3`, false},
		{"double to JSON", 0.5, DoubleType, JSONType, `0.5`, false},
		{"boolean to JSON", true, BooleanType, JSONType, `true`, false},
		{"JSON number to BIGINT truncates", num, JSONType, BigintType, `12`, false},
		{"JSON number to STRING", num, JSONType, StringType, `12.7`, false},
		{"JSON number to BOOLEAN", num, JSONType, BooleanType, `true`, false},
		{"JSON string to STRING", JSON{Node: "x"}, JSONType, StringType, `x`, false},
		{"JSON string to BIGINT", JSON{Node: "42"}, JSONType, BigintType, `42`, false},
		{"JSON boolean to BIGINT", JSON{Node: true}, JSONType, BigintType, `1`, false},
		{"JSON null is SQL NULL", JSON{}, JSONType, StringType, `NULL`, false},
		{"JSON array to STRING fails", arr, JSONType, StringType, ``, true},
		{"JSON string not a number", JSON{Node: "x"}, JSONType, BigintType, ``, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conv, err := Converter(tt.from, tt.to, true)
			if err != nil {
				t.Fatal(err)
			}
			got, err := conv(tt.v)
			if tt.err {
				if err == nil {
					t.Fatalf("got %v, want an error", got)
				}
				return
			}
			if err != nil || FormatValue(got, tt.to) != tt.want {
				t.Fatalf("got %v, %v; want %s", FormatValue(got, tt.to), err, tt.want)
			}
		})
	}
	if CanImplicit(StringType, JSONType) || CanImplicit(JSONType, StringType) {
		t.Error("JSON must not convert implicitly")
	}
}

// FuzzParseJSON checks ParseJSON against encoding/json's grammar and that
// its output reads back to itself.
//
//	go test ./eval -run '^$' -fuzz FuzzParseJSON -fuzztime 30s
func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5e3,"x\u0041"],"b":null}`, `[]`, `"\ud83d\ude00"`, `-0.0`, ` true `} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		j, err := ParseJSON(s)
		if (err == nil) != json.Valid([]byte(s)) {
			t.Fatalf("ParseJSON(%q) error %v, json.Valid %v", s, err, json.Valid([]byte(s)))
		}
		if err != nil {
			return
		}
		out := j.String()
		again, err := ParseJSON(out)
		if err != nil || again.String() != out {
			t.Fatalf("%q printed as %q reads back as %q, %v", s, out, again, err)
		}
	})
}
