package eval

import (
	"context"
	"strings"
	"testing"
)

// TestRunContextCancels checks that a cancelled context stops a script
// before its next statement and a long scan within cancelCheckRows rows.
func TestRunContextCancels(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	seen := 0
	reg := NewRegistry()
	reg.Register(&Function{Name: "TICK", Volatile: true, Overloads: []*Overload{{
		Params: []Param{{Kinds: []Kind{KindBigint}}}, Result: BigintType,
		Impl: func(_ *CallContext, args []Value) (Value, error) {
			if seen++; seen == 5000 {
				cancel() // Ctrl-C while the statement runs
			}
			return args[0], nil
		},
	}}})
	s := NewSession(Config{Registry: reg})
	rows := make([][]Value, 100000)
	for i := range rows {
		rows[i] = []Value{int64(i)}
	}
	s.SetTableVariable("t", []Column{{Name: "n", Type: BigintType}}, rows)
	err := s.RunContext(ctx, "@x := 1;\nselect tick(n) from @t;\n@y := 2;")
	// The error says what happened and where, in the shape of the others,
	// but with no MaxCompute code: MaxCompute has no Ctrl-C.
	if err == nil || err.Error() != "[2,1] Statement cancelled - Ctrl-C stopped this statement; the script's table changes were rolled back" {
		t.Fatalf("error %v, want a cancellation", err)
	}
	if seen >= 5000+cancelCheckRows+1 {
		t.Errorf("the scan read %d rows after the cancellation, want at most %d", seen-5000, cancelCheckRows)
	}
	if s.lookupVar("y") != nil {
		t.Error("the statement after the cancelled one ran")
	}
	// The session stays usable.
	if err := s.RunContext(context.Background(), "@z := 3;"); err != nil || s.lookupVar("z") == nil {
		t.Errorf("session not usable after a cancellation: %v", err)
	}
	// A context cancelled before the script starts runs nothing.
	if err := s.RunContext(ctx, "@w := 4;"); err == nil || !strings.Contains(err.Error(), "[1,1]") || s.lookupVar("w") != nil {
		t.Errorf("cancelled before the start: %v", err)
	}
}
