package functions

import (
	"encoding/csv"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestCompareValues(t *testing.T) {
	arr := func(v ...eval.Value) []eval.Value { return v }
	tests := []struct {
		name string
		a, b eval.Value
		want int
	}{
		{"integers", int64(1), int64(2), -1},
		{"strings bytewise", "B", "a", -1},
		{"NaN equals NaN", math.NaN(), math.NaN(), 0},
		{"NaN after numbers", math.NaN(), 1e300, 1},
		{"arrays member by member", arr(int64(1), int64(2)), arr(int64(1), int64(3)), -1},
		{"prefix first", arr(int64(1)), arr(int64(1), int64(0)), -1},
		{"NULL member first", arr(nil), arr(int64(0)), -1},
		{"equal arrays", arr("a", nil), arr("a", nil), 0},
		{"structs", &eval.Struct{Fields: arr(int64(2))}, &eval.Struct{Fields: arr(int64(1))}, 1},
		{"maps by keys then values", &eval.Map{Keys: arr("a"), Values: arr(int64(2))}, &eval.Map{Keys: arr("a"), Values: arr(int64(1))}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eval.Compare(tt.a, tt.b); sign(got) != tt.want {
				t.Errorf("eval.Compare(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestValueSet(t *testing.T) {
	// A set holds the elements of one array, so of one representation.
	tests := []struct {
		name string
		adds []eval.Value
		news []bool
	}{
		{"integers and NULL", []eval.Value{int64(1), int64(1), nil, nil, int64(2)}, []bool{true, false, true, false, true}},
		{"strings", []eval.Value{"x", "X", "x"}, []bool{true, true, false}},
		{"doubles with NaN", []eval.Value{math.NaN(), math.NaN(), 2.5, 2.5}, []bool{true, false, true, false}},
		{"arrays", []eval.Value{[]eval.Value{int64(1)}, []eval.Value{int64(1)}, []eval.Value{nil}}, []bool{true, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newValueSet()
			for i, v := range tt.adds {
				if got := s.add(v); got != tt.news[i] {
					t.Errorf("add #%d (%v) = %v, want %v", i, v, got, tt.news[i])
				}
			}
		})
	}
}

func TestSlice(t *testing.T) {
	a := []eval.Value{int64(10), int64(20), int64(30)}
	tests := []struct {
		start, length int64
		want          []eval.Value
		err           string
	}{
		{1, 2, []eval.Value{int64(10), int64(20)}, ""},
		{-1, 5, []eval.Value{int64(30)}, ""},
		{-3, 1, []eval.Value{int64(10)}, ""},
		{-4, 1, []eval.Value{}, ""},
		{4, 1, []eval.Value{}, ""},
		{2, 0, []eval.Value{}, ""},
		{0, 1, nil, "must not be 0"},
		{1, -1, nil, "must not be negative"},
	}
	for _, tt := range tests {
		got, err := slice(nil, []eval.Value{a, tt.start, tt.length})
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("slice(%d, %d) error = %v, want %q", tt.start, tt.length, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("slice(%d, %d) = %v, %v; want %v", tt.start, tt.length, got, err, tt.want)
		}
	}
}

func TestDedupPolicy(t *testing.T) {
	ctx := &eval.CallContext{}
	ctx.SetFlag(policyFlag, "EXCEPTION")
	tests := []struct {
		name  string
		ctx   *eval.CallContext
		arg   string
		given bool
		want  string
	}{
		{"default", &eval.CallContext{}, "", false, policyLastWin},
		{"session flag", ctx, "", false, policyException},
		{"argument wins", ctx, "last_win", true, policyLastWin},
		{"unknown", ctx, "first", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := dedupPolicy(tt.ctx, tt.arg, tt.given)
			if got != tt.want || (err != nil) != (tt.want == "") {
				t.Errorf("dedupPolicy = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestMapBuilder(t *testing.T) {
	b := newMapBuilder(eval.StringType, policyLastWin, 0)
	for _, kv := range [][2]eval.Value{{"a", int64(1)}, {"b", int64(2)}, {"a", int64(3)}} {
		if err := b.put(kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	want := &eval.Map{Keys: []eval.Value{"a", "b"}, Values: []eval.Value{int64(3), int64(2)}}
	if !reflect.DeepEqual(b.m, want) {
		t.Errorf("last_win map = %v, want %v", b.m, want)
	}
	b = newMapBuilder(eval.StringType, policyException, 0)
	_ = b.put("a", int64(1))
	if err := b.put("a", int64(2)); err == nil || !strings.Contains(err.Error(), "duplicate map key 'a'") {
		t.Errorf("exception policy: err = %v", err)
	}
	if err := b.put(nil, int64(2)); err == nil {
		t.Errorf("NULL key accepted")
	}
}

func TestWiden(t *testing.T) {
	in := eval.StructOf(eval.Field{Name: "sum", Type: eval.IntType}, eval.Field{Name: "avg", Type: eval.FloatType}, eval.Field{Name: "s", Type: eval.StringType})
	want := eval.StructOf(eval.Field{Name: "sum", Type: eval.BigintType}, eval.Field{Name: "avg", Type: eval.DoubleType}, eval.Field{Name: "s", Type: eval.StringType})
	if got := widen(in); !got.Equal(want) {
		t.Errorf("widen(%s) = %s, want %s", in, got, want)
	}
}

// TestComplexExamples runs the help example of every complex type function
// and checks that it prints the result its comment promises.
func TestComplexExamples(t *testing.T) {
	r := NewRegistry()
	for _, name := range r.Names() {
		f, _ := r.Lookup(name)
		if f.Doc.Category != eval.CategoryComplex || f.Name != name {
			continue
		}
		t.Run(name, func(t *testing.T) {
			query, want, ok := strings.Cut(f.Doc.Example, "; -- ")
			if !ok {
				t.Fatalf("example %q has no '; -- result'", f.Doc.Example)
			}
			var out strings.Builder
			s := eval.NewSession(eval.Config{Registry: r, Stdout: &out, CSV: true})
			if err := s.Run(query + ";"); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(strings.NewReader(out.String())).ReadAll()
			if err != nil || len(rows) != 2 || len(rows[1]) != 1 {
				t.Fatalf("output %q is not one value (%v)", out.String(), err)
			}
			if rows[1][0] != want {
				t.Errorf("%s\n got %s\nwant %s", query, rows[1][0], want)
			}
		})
	}
}
