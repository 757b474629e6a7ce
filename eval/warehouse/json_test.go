package warehouse

import (
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// TestJSONRoundTrip stores JSON values in a JSON column and inside an
// ARRAY<JSON>, where a JSON null member must not come back as SQL NULL.
func TestJSONRoundTrip(t *testing.T) {
	doc, err := eval.ParseJSON(`{"z":[1,2.50,"x\"y"],"a":null,"n":-0.0e1}`)
	if err != nil {
		t.Fatal(err)
	}
	arr := eval.ArrayOf(eval.JSONType)
	tests := []struct {
		name string
		t    eval.Type
		v    eval.Value
		want string
	}{
		{"column", eval.JSONType, doc, `{"a":null,"n":-0.0e1,"z":[1,2.50,"x\"y"]}`},
		{"json null", eval.JSONType, eval.JSON{}, `null`},
		{"array", arr, []eval.Value{eval.JSON{}, nil, doc}, `[null,NULL,{"a":null,"n":-0.0e1,"z":[1,2.50,"x\"y"]}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := validateType(tt.t); err != nil {
				t.Fatal(err)
			}
			text := typeText(tt.t)
			back, err := parseType(text)
			if err != nil || !back.Equal(tt.t) {
				t.Fatalf("type %s read back as %v, %v", text, back, err)
			}
			c := codecFor(tt.t)
			stored, err := c.enc(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			got, err := c.dec(stored)
			if err != nil {
				t.Fatal(err)
			}
			if s := formatAll(got, tt.t); s != tt.want {
				t.Errorf("got %s, want %s", s, tt.want)
			}
		})
	}
}

// formatAll prints a value, SQL NULL members of an array as NULL.
func formatAll(v eval.Value, t eval.Type) string {
	a, ok := v.([]eval.Value)
	if !ok || t.Kind != eval.KindArray {
		return eval.FormatValue(v, t)
	}
	s := "["
	for i, e := range a {
		if i > 0 {
			s += ","
		}
		s += eval.FormatValue(e, *t.Elem)
	}
	return s + "]"
}
