package functions

import (
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// TestTableDocs fails when a table function lacks help text or is not one
// of the catalog's UDTFs (catalog_test.go).
func TestTableDocs(t *testing.T) {
	r := NewRegistry()
	names := r.TableNames()
	if len(names) != len(tableFunctions) {
		t.Errorf("%d table functions registered, the catalog has %d", len(names), len(tableFunctions))
	}
	for _, name := range names {
		f, _ := r.LookupTable(name)
		d := f.Doc
		switch {
		case !tableFunctions[name]:
			t.Errorf("%s is registered as a table function but the catalog has no such UDTF", name)
		case d.Signature == "" || d.Description == "" || d.Category == "":
			t.Errorf("%s: incomplete doc %+v", name, d)
		case !strings.HasPrefix(d.Signature, name+"("):
			t.Errorf("%s: signature %q does not name the function", name, d.Signature)
		case !strings.HasPrefix(d.Example, "select ") || !strings.Contains(d.Example, "; -- "):
			t.Errorf("%s: example %q is not `select ...; -- result`", name, d.Example)
		}
		if _, scalar := r.Lookup(name); scalar {
			t.Errorf("%s is both a scalar and a table function", name)
		}
	}
}

// TestGeneratorsDoNotAllocate checks the promise of eval.Generator: the
// output slice is reused, so generating rows allocates nothing but the
// new values themselves (TRANS_ARRAY's parts, each a new string boxed in
// a Value).
func TestGeneratorsDoNotAllocate(t *testing.T) {
	r := NewRegistry()
	arr := []eval.Value{"a", "b", nil, "c"}
	tests := []struct {
		name   string
		args   []eval.Type
		vals   []eval.Value
		allocs float64
	}{
		{"EXPLODE", []eval.Type{eval.ArrayOf(eval.StringType)}, []eval.Value{arr}, 0},
		{"EXPLODE", []eval.Type{eval.MapOf(eval.StringType, eval.BigintType)}, []eval.Value{&eval.Map{Keys: []eval.Value{"k"}, Values: []eval.Value{int64(1)}}}, 0},
		{"POSEXPLODE", []eval.Type{eval.ArrayOf(eval.StringType)}, []eval.Value{arr}, 0},
		{"STACK", []eval.Type{eval.IntType, eval.IntType, eval.IntType}, []eval.Value{int64(2), int64(1), int64(2)}, 0},
		{"TRANS_COLS", []eval.Type{eval.IntType, eval.StringType, eval.StringType, eval.StringType}, []eval.Value{int64(1), "k", "x", "y"}, 0},
		{"TRANS_ARRAY", []eval.Type{eval.IntType, eval.StringType, eval.StringType}, []eval.Value{int64(0), ",", "a,b,c"}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := r.LookupTable(tt.name)
			site := &eval.CallSite{Ctx: &eval.CallContext{}, Args: tt.args, Consts: tt.vals, IsConst: make([]bool, len(tt.vals))}
			for i := range site.IsConst {
				site.IsConst[i] = true
			}
			b, err := f.Bind(site)
			if err != nil {
				t.Fatal(err)
			}
			out := make([]eval.Value, len(b.Columns))
			rows := 0
			emit := func() error { rows++; return nil }
			gen := func() {
				if err := b.Generate(site.Ctx, tt.vals, out, emit); err != nil {
					t.Fatal(err)
				}
			}
			gen() // TRANS_ARRAY grows its reused buffers on the first row
			if n := testing.AllocsPerRun(100, gen); n > tt.allocs {
				t.Errorf("%s allocates %v times per call", tt.name, n)
			}
			if rows == 0 {
				t.Errorf("%s generated no row", tt.name)
			}
		})
	}
}
