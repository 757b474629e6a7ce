package eval

import (
	"bytes"
	"strings"
	"testing"
)

// countingRegistry registers PREP(k, x), whose Prepare hook counts how often
// it runs, and VOL(), a volatile function counting its calls.
func countingRegistry(prepares, volatileCalls *int) *Registry {
	r := NewRegistry()
	r.Register(&Function{Name: "PREP", Overloads: []*Overload{{
		Params: []Param{{Kinds: []Kind{KindString}}, {Kinds: []Kind{KindBigint}}},
		Result: StringType,
		Impl:   func(*CallContext, []Value) (Value, error) { return "per-row", nil },
		Prepare: func(_ *CallContext, consts []Value, isConst []bool) (Impl, error) {
			*prepares++
			k := consts[0]
			return func(_ *CallContext, args []Value) (Value, error) {
				if !isConst[0] {
					k = args[0]
				}
				return k.(string) + ":" + FormatValue(args[1], BigintType), nil
			}, nil
		},
	}}})
	r.Register(&Function{Name: "VOL", Volatile: true, Overloads: []*Overload{{
		Result: BigintType,
		Impl: func(*CallContext, []Value) (Value, error) {
			*volatileCalls++
			return int64(*volatileCalls), nil
		},
	}}})
	return r
}

func runScript(t *testing.T, reg *Registry, src string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	s := NewSession(Config{Registry: reg, Stdout: &out, CSV: true})
	err := s.Run(src)
	return out.String(), err
}

// TestPrepareOncePerStatement checks the per-statement hook: a constant
// argument is handed to Prepare once, however many rows the statement reads.
func TestPrepareOncePerStatement(t *testing.T) {
	var prepares, vol int
	reg := countingRegistry(&prepares, &vol)
	out, err := runScript(t, reg, `@k := 'key';
select prep(@k, a) from values (1), (2), (3), (4) t(a);`)
	if err != nil {
		t.Fatal(err)
	}
	// Once when the script is compiled whole before it runs (check mode),
	// once when the statement runs.
	if prepares != 2 {
		t.Errorf("Prepare ran %d times for one statement, want 2 (check, run)", prepares)
	}
	want := "_c0\nkey:1\nkey:2\nkey:3\nkey:4\n"
	if out != want {
		t.Errorf("output %q, want %q", out, want)
	}
}

// TestVolatileNotFolded checks that a volatile call is evaluated per row
// while deterministic constant expressions are folded.
func TestVolatileNotFolded(t *testing.T) {
	var prepares, vol int
	reg := countingRegistry(&prepares, &vol)
	out, err := runScript(t, reg, `select vol() as v, 1 + 2 as c from values (1), (2), (3) t(a);`)
	if err != nil {
		t.Fatal(err)
	}
	if vol != 3 {
		t.Errorf("volatile function called %d times for 3 rows, want 3", vol)
	}
	if want := "v,c\n1,3\n2,3\n3,3\n"; out != want {
		t.Errorf("output %q, want %q", out, want)
	}
}

// TestErrorsArePositioned checks that run-time and compile-time errors
// carry the position of the failing expression.
func TestErrorsArePositioned(t *testing.T) {
	cases := []struct{ src, want string }{
		{"select 1;\n  select nosuch(1);", "ODPS-0130071:[2,10] Semantic analysis exception - function nosuch cannot be resolved"},
		{"select\n 1 +\n X'00';", "[2,4]"},
		{"@a := @b;", "ODPS-0130071:[1,7] Semantic analysis exception - variable @b is not defined"},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			_, err := runScript(t, NewRegistry(), c.src)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want it to contain %q", err, c.want)
			}
		})
	}
}
