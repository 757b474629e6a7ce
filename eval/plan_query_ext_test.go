package eval

import (
	"strings"
	"testing"
)

// TestSetOpBranchLimit checks MaxCompute's limit of 256 queries in one
// chain of set operations.
func TestSetOpBranchLimit(t *testing.T) {
	chain := func(n int) string {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = "select 1 as x"
		}
		return "select count(*) from (" + strings.Join(parts, " union all ") + ") u;"
	}
	r := newTableRun()
	out, err := r.run(chain(256))
	if err != nil || out != "_c0\n256\n" {
		t.Fatalf("256 branches: %q, %v", out, err)
	}
	_, err = r.run(chain(257))
	if err == nil || !strings.Contains(err.Error(), "UNION combines 257 queries; at most 256 are allowed") {
		t.Fatalf("257 branches: %v", err)
	}
}

// TestCTEEvaluatedOnce counts the calls of a function in a CTE: one read
// from several places is evaluated once; one read from one place streams.
func TestCTEEvaluatedOnce(t *testing.T) {
	calls := 0
	reg := NewRegistry()
	reg.Register(&Function{Name: "COUNTED", Volatile: true, Overloads: []*Overload{{
		Params: []Param{{Kinds: []Kind{KindBigint}}}, Result: BigintType,
		Impl: func(_ *CallContext, args []Value) (Value, error) {
			calls++
			return args[0], nil
		},
	}}})
	var out strings.Builder
	s := NewSession(Config{Registry: reg, Stdout: &out, CSV: true})
	s.SetTableVariable("n", []Column{{Name: "v", Type: BigintType}}, [][]Value{{int64(1)}, {int64(2)}, {int64(3)}})
	tests := []struct {
		name, src, out string
		calls          int
	}{
		{"read once", "with c as (select counted(v) as x from @n) select count(*) from c;", "_c0\n3\n", 3},
		{"self-join", "with c as (select counted(v) as x from @n) select count(*) from c a join c b on a.x = b.x;", "_c0\n3\n", 3},
		{"union of two reads", "with c as (select counted(v) as x from @n) select count(*) from (select x from c union all select x from c) u;", "_c0\n6\n", 3},
		{"scalar subquery and FROM", "with c as (select max(counted(v)) as m from @n) select (select m from c) = c.m as same from c;", "same\ntrue\n", 3},
		{"a later CTE reads it twice", "with c as (select counted(v) as x from @n), d as (select a.x from c a join c b on a.x = b.x) select count(*) from d;", "_c0\n3\n", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			calls = 0
			out.Reset()
			if err := s.Run(tc.src); err != nil {
				t.Fatal(err)
			}
			if out.String() != tc.out || calls != tc.calls {
				t.Errorf("output %q with %d calls, want %q with %d", out.String(), calls, tc.out, tc.calls)
			}
		})
	}
}
