package functions_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// runScript runs script in a fresh session and returns what it printed and
// its error.
func runScript(script string) (string, error) {
	var out, errOut bytes.Buffer
	s := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Stdout: &out, Stderr: &errOut})
	err := s.Run(script)
	return out.String(), err
}

// TestStringLimit holds every value a function or operator builds to
// MaxCompute's 8 MB STRING and BINARY limit, with real sizes: doubling a
// 1 MB string reaches exactly 8 MB three times and fails the fourth time,
// naming the function, the limit and the size, instead of growing until
// memory runs out (issue 11: `@s := concat(@s, @s)` reached 1 GB).
func TestStringLimit(t *testing.T) {
	doubling := func(step string) string {
		var b strings.Builder
		b.WriteString("@s := repeat('a', 1048576);\n")
		for range 3 {
			b.WriteString("@s := " + step + ";\n")
		}
		b.WriteString("select length(@s);\n")
		b.WriteString("@s := " + step + ";\n")
		b.WriteString("select length(@s);\n")
		return b.String()
	}
	const over = "the result would be 16777216 bytes, over the 8 MB (8388608 bytes) "
	cases := []struct {
		name, script, out, err string
	}{
		{"concat doubling", doubling("concat(@s, @s)"), "8388608", "concat: " + over + "STRING limit"},
		{"|| doubling", doubling("@s || @s"), "8388608", "||: " + over + "STRING limit"},
		{"concat_ws doubling", doubling("concat_ws('', @s, @s)"), "8388608", "concat_ws: " + over + "STRING limit"},
		{"binary concat doubling", "@b := cast(lpad('', 8388608, 'a') as binary);\nselect length(cast(concat(@b, cast('x' as binary)) as string));",
			"", "concat: the result would be 8388609 bytes, over the 8 MB (8388608 bytes) BINARY limit"},
		{"binary || doubling", "@b := cast(lpad('', 4194304, 'a') as binary);\nselect length(cast(@b || @b as string));\nselect length(cast(@b || @b || @b as string));",
			"8388608", "||: the result would be 12582912 bytes, over the 8 MB (8388608 bytes) BINARY limit"},
		{"concat of many", "select length(concat(lpad('', 3000000, 'a'), lpad('', 3000000, 'b'), lpad('', 3000000, 'c')));",
			"", "concat: the result would be 9000000 bytes, over the 8 MB (8388608 bytes) STRING limit"},
		// Functions that grow their input by a bounded factor are refused
		// after building the value (at most a few times the limit).
		{"translate", "select length(translate(lpad('', 3000000, 'a'), 'a', '中'));",
			"", "translate: the result would be 9000000 bytes, over the 8 MB (8388608 bytes) STRING limit"},
		{"hex", "select length(hex(lpad('', 5000000, 'a')));",
			"", "hex: the result would be 10000000 bytes, over the 8 MB (8388608 bytes) STRING limit"},
		{"to_json", "select length(to_json(array(lpad('', 5000000, 'a'), lpad('', 5000000, 'b'))));",
			"", "to_json: the result would be 10000007 bytes, over the 8 MB (8388608 bytes) STRING limit"},
		{"exactly 8 MB", "select length(concat(lpad('', 4194304, 'a'), lpad('', 4194304, 'b')));", "8388608", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runScript(tc.script)
			if tc.out != "" && !strings.Contains(out, tc.out) {
				t.Errorf("output %q, want it to show %s", out, tc.out)
			}
			if tc.err == "" {
				if err != nil {
					t.Fatalf("error %v, want none", err)
				}
				return
			}
			var e *eval.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v, want an ODPS error %q", err, tc.err)
			}
			if want := tc.err + "; make the input shorter"; e.Code != eval.CodeInvalidArgument || e.Msg != want || !e.HasPos {
				t.Errorf("error %v (code %s, positioned %v), want a positioned ODPS-%s %q", err, e.Code, e.HasPos, eval.CodeInvalidArgument, tc.err)
			}
		})
	}
}
