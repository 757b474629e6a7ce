package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"HEX", "HEX", 0}, {"HEX", "HX", 1}, {"HEX", "UNHEX", 2}, {"ABC", "XYZ", 3}, {"", "ABC", 3},
	}
	for _, tt := range tests {
		t.Run(tt.a+"-"+tt.b, func(t *testing.T) {
			if got := editDistance(tt.a, tt.b); got != tt.want {
				t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	r := NewRegistry()
	for _, n := range []string{"REGEXP_REPLACE", "REGEXP_EXTRACT", "REPLACE", "HEX", "UNHEX", "CONCAT"} {
		r.Register(&Function{Name: n})
	}
	tests := []struct {
		name string
		want []string
	}{
		{"regexp_replac", []string{"REGEXP_REPLACE"}},
		{"regex_replace", []string{"REGEXP_REPLACE"}},
		{"hexx", []string{"HEX"}}, {"hx", []string{"HEX", "MAX"}},
		{"cnt", []string{"COUNT", "ANY"}}, // ANY is two edits away
		{"zzzzzz", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.Suggest(tt.name); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Suggest(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

// TestSuggestHugeName: a 10 MB unknown name is compared by length first,
// not by an edit distance against every function name (which took 50 s),
// and one that starts with a function's name still suggests it.
func TestSuggestHugeName(t *testing.T) {
	r := NewRegistry()
	r.Register(&Function{Name: "HEX"})
	huge := strings.Repeat("z", 10<<20)
	if got := r.Suggest(huge); got != nil {
		t.Errorf("Suggest(10 MB of z) = %q, want none", got)
	}
	if got := r.Suggest("hex" + huge); !reflect.DeepEqual(got, []string{"HEX"}) {
		t.Errorf("Suggest(hex + 10 MB) = %q, want HEX", got)
	}
}

func TestDidYouMean(t *testing.T) {
	tests := map[string][]string{
		"":                          nil,
		"; did you mean A?":         {"A"},
		"; did you mean A or B?":    {"A", "B"},
		"; did you mean A, B or C?": {"A", "B", "C"},
	}
	for want, names := range tests {
		if got := didYouMean(names); got != want {
			t.Errorf("didYouMean(%q) = %q, want %q", names, got, want)
		}
	}
}
