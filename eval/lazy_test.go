package eval

import (
	"strings"
	"testing"
)

// lazyRegistry registers FIRST(BIGINT, ...), a COALESCE evaluated through
// a Lazy hook, and BOOM(BIGINT), which fails for any value but 0 and
// counts its calls.
func lazyRegistry(booms *int) *Registry {
	r := NewRegistry()
	r.Register(&Function{Name: "FIRST", Overloads: []*Overload{{
		Params: []Param{{Kinds: []Kind{KindBigint}}}, Variadic: true, Result: BigintType, NullSafe: true,
		Impl: func(*CallContext, []Value) (Value, error) { return nil, InvalidArgument("Impl must not run") },
		Lazy: func(_ *CallContext, args LazyArgs, _ Impl) (Value, error) {
			for i := 0; i < args.Len(); i++ {
				if v, err := args.Arg(i); err != nil || v != nil {
					return v, err
				}
			}
			return nil, InvalidArgument("no argument is set")
		},
	}}})
	r.Register(&Function{Name: "BOOM", Overloads: []*Overload{{
		Params: []Param{{Kinds: []Kind{KindBigint}}}, Result: BigintType,
		Impl: func(_ *CallContext, args []Value) (Value, error) {
			*booms++
			if args[0].(int64) != 0 {
				return nil, InvalidArgument("boom")
			}
			return int64(0), nil
		},
	}}})
	return r
}

// TestLazyArguments checks that a Lazy hook evaluates only the arguments
// it asks for, and where errors are reported: an argument's error at the
// argument, the hook's own at the call.
func TestLazyArguments(t *testing.T) {
	tests := []struct {
		name, src, want, err string
		booms                int
	}{
		{"later arguments skipped", "select first(a, boom(a)) from values (1L), (2L) t(a);", "_c0\n1\n2\n", "", 0},
		{"evaluated when needed", "select first(cast(null as bigint), boom(a - 1)) from values (1L) t(a);", "_c0\n0\n", "", 1},
		{"argument error keeps its position", "select first(cast(null as bigint), boom(a)) from values (1L) t(a);", "", "[1,36] Invalid argument - boom", 1},
		{"hook error at the call", "select first(cast(null as bigint), cast(null as bigint) + a) from values (1L) t(a);", "", "[1,8] Invalid argument - no argument is set", 0},
		// Constant arguments are folded at compile time (BOOM runs then,
		// twice: when the script is compiled whole before it runs, and when
		// the statement runs), but a folding error surfaces only if the
		// lazy call needs it; one that surfaces stops the script before it
		// runs.
		{"constant argument never needed", "select first(1L, boom(1L));", "_c0\n1\n", "", 2},
		{"nested in a strict expression", "select first(1L, boom(1L) + 1L, -boom(2L));", "_c0\n1\n", "", 4},
		{"converted to the call's type", "select first(1L, cast(boom(1L) as int));", "_c0\n1\n", "", 2},
		{"nested lazy calls", "select first(1L, first(cast(null as bigint), boom(1L)));", "_c0\n1\n", "", 2},
		{"constant argument needed", "select first(cast(null as bigint), boom(1L));", "", "[1,36] Invalid argument - boom", 1},
		{"needed through a strict expression", "select first(cast(null as bigint), boom(1L) + 1L);", "", "[1,36] Invalid argument - boom", 1},
		{"row values with a failing constant", "select first(a, boom(1L)) from values (1L), (2L) t(a);", "_c0\n1\n2\n", "", 2},
		{"failing constant reached by a row", "select first(a, boom(1L)) from values (cast(null as bigint)) t(a);", "", "[1,17] Invalid argument - boom", 2},
		{"CASE branch not taken", "select case when true then 1L when boom(1L) = 0L then 2L else boom(2L) end;", "_c0\n1\n", "", 4},
		{"CASE first condition always runs", "select case when boom(1L) = 0L then 1L end;", "", "[1,18] Invalid argument - boom", 1},
		{"strict call outside a lazy one", "select boom(1L) + first(1L);", "", "[1,8] Invalid argument - boom", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			booms := 0
			out, err := runScript(t, lazyRegistry(&booms), tc.src)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
			} else if err != nil || out != tc.want {
				t.Fatalf("got %q, %v; want %q", out, err, tc.want)
			}
			if booms != tc.booms {
				t.Errorf("BOOM ran %d times, want %d", booms, tc.booms)
			}
		})
	}
}
