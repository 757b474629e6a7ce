package functions_test

import (
	"bytes"
	"errors"
	"fmt"
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
		{"concat doubling", doubling("concat(@s, @s)"), "", "concat: " + over + "STRING limit"},
		{"|| doubling", doubling("@s || @s"), "", "||: " + over + "STRING limit"},
		{"concat_ws doubling", doubling("concat_ws('', @s, @s)"), "", "concat_ws: " + over + "STRING limit"},
		{"binary concat doubling", "@b := cast(lpad('', 8388608, 'a') as binary);\nselect length(cast(concat(@b, cast('x' as binary)) as string));",
			"", "concat: the result would be 8388609 bytes, over the 8 MB (8388608 bytes) BINARY limit"},
		{"binary || doubling", "@b := cast(lpad('', 4194304, 'a') as binary);\nselect length(cast(@b || @b as string));\nselect length(cast(@b || @b || @b as string));",
			"", "||: the result would be 12582912 bytes, over the 8 MB (8388608 bytes) BINARY limit"},
		{"concat of many", "select length(concat(lpad('', 3000000, 'a'), lpad('', 3000000, 'b'), lpad('', 3000000, 'c')));",
			"", "concat: the result would be 9000000 bytes, over the 8 MB (8388608 bytes) STRING limit"},
		// Functions that grow their input by a bounded factor are refused
		// after building the value (at most a few times the limit).
		{"translate", "select length(translate(lpad('', 3000000, 'a'), 'a', '中'));",
			"", "translate: the result would be 9000000 bytes, over the 8 MB (8388608 bytes) STRING limit"},
		{"hex", "select length(hex(lpad('', 5000000, 'a')));",
			"", "hex: the result would be 10000000 bytes, over the 8 MB (8388608 bytes) STRING limit"},
		// Quotes double in JSON: an ARRAY under its limit gives text over
		// the STRING limit.
		{"to_json", "select length(to_json(array(lpad('', 6000000, '\"'))));",
			"", "to_json: the result would be 12000004 bytes, over the 8 MB (8388608 bytes) STRING limit"},
		{"exactly 8 MB", "select length(concat(lpad('', 4194304, 'a'), lpad('', 4194304, 'b')));", "8388608", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runScript(tc.script)
			if tc.out != "" && !strings.Contains(out, tc.out) {
				t.Errorf("output %q, want it to show %s", out, tc.out)
			}
			// The limits are checked when constants are folded, at compile
			// time: a script that fails so is compiled whole first and
			// prints nothing.
			if tc.out == "" && out != "" {
				t.Errorf("output %q, want none", out)
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

// TestValueLimits holds the ARRAY, MAP and STRUCT values functions build
// to the 8 MB a MaxCompute cell holds (eval.MaxValueBytes, measured by
// eval.ValueBytes), and regular expressions to 64 KB, with real sizes:
// each call is refused with a positioned ODPS-0121095 error naming the
// function and the limit, having allocated little, where it used to build
// tens or hundreds of megabytes (issue 11: SPLIT, STR_TO_MAP, REGEXP_* with
// a 4 MB pattern, STRUCT constructors, ARRAYS_ZIP allocated over 256 MB).
func TestValueLimits(t *testing.T) {
	const seq = "set odps.sql.max.sequence.length=100000000;\n"
	over := func(fn, typ string) string {
		return fn + ": the result would be over the 8 MB (8388608 bytes) " + typ + " limit"
	}
	exact := func(fn string, n int, typ string) string {
		return fmt.Sprintf("%s: the result would be %d bytes, over the 8 MB (8388608 bytes) %s limit", fn, n, typ)
	}
	pattern := func(fn string) string {
		return fn + ": the regular expression is 100000 bytes, over the 64 KB (65536 bytes) limit on a pattern; use a shorter pattern"
	}
	cases := []struct {
		name, script, err string
		maxMB             uint64
	}{
		{"array_repeat of a string", "select size(array_repeat(lpad('', 100000, 'a'), 1000));",
			exact("array_repeat", 1000*(8+100000), "ARRAY"), 64},
		{"array_repeat of a number", "select size(array_repeat(1, 5000000));",
			exact("array_repeat", 5000000*8, "ARRAY"), 64},
		{"sequence", seq + "select size(sequence(1, 2000000));",
			exact("sequence", 2000000*8, "ARRAY"), 64},
		// The search keeps the 1,048,577 matches it needs to know the
		// result is over the limit (Go's regexp returns them all at
		// once): about 180 MB, where the 8,388,608 matches took 750 MB.
		{"split", "select size(split(lpad('', 8388608, 'a'), ''));", over("split", "ARRAY"), 192},
		{"regexp_extract_all", "select size(regexp_extract_all(lpad('', 8388608, 'a'), 'a', 0));",
			over("regexp_extract_all", "ARRAY"), 192},
		{"str_to_map", "select size(str_to_map(lpad('', 8388608, 'a=b,')));", over("str_to_map", "MAP"), 128},
		{"arrays_zip", seq + "select size(arrays_zip(sequence(1, 1000000), sequence(1, 1000000)));",
			exact("arrays_zip", 1000000*24, "ARRAY"), 64},
		{"transform", seq + "select size(transform(sequence(1, 100000), x -> lpad('', 1000, 'a')));",
			exact("transform", 8323*1008, "ARRAY"), 64},
		{"zip_with", "select size(zip_with(sequence(1, 10000), sequence(1, 10000), (x, y) -> lpad('', 1000, 'a')));",
			exact("zip_with", 8323*1008, "ARRAY"), 64},
		{"transform_values", "select size(transform_values(map_from_arrays(sequence(1, 10000), sequence(1, 10000)), (k, v) -> lpad('', 1000, 'a')));",
			exact("transform_values", 80000+8243*1008, "MAP"), 64},
		{"transform_keys", "select size(transform_keys(map_from_arrays(sequence(1, 10000), sequence(1, 10000)), (k, v) -> lpad(cast(k as string), 1000, 'a')));",
			exact("transform_keys", 8257*1016, "MAP"), 64},
		{"map_zip_with", "select size(map_zip_with(map_from_arrays(sequence(1, 10000), sequence(1, 10000)), map(1, 1), (k, v1, v2) -> lpad('', 1000, 'a')));",
			exact("map_zip_with", 8257*1016, "MAP"), 64},
		{"ngrams", "select size(ngrams(sequence(1, 10000), 5000));", over("ngrams", "ARRAY"), 64},
		{"combinations", "set odps.sql.max.combinations=100000000;\nselect size(combinations(sequence(1, 200), 3));",
			over("combinations", "ARRAY"), 64},
		{"concat of arrays", "select size(concat(array(lpad('', 5000000, 'a')), array(lpad('', 5000000, 'b'))));",
			exact("concat", 2*5000008, "ARRAY"), 64},
		{"named_struct", "select named_struct('a', lpad('', 5000000, 'a'), 'b', lpad('', 5000000, 'b')).a;",
			over("named_struct", "STRUCT"), 64},
		{"map", "select size(map(1, lpad('', 5000000, 'a'), 2, lpad('', 5000000, 'b')));", over("map", "MAP"), 64},
		{"collect_list", "select size(collect_list(s)) from (select lpad('', 1000000, cast(x as string)) s from values (1), (2), (3), (4), (5), (6), (7), (8), (9), (0) t(x)) u;",
			exact("collect_list", 9*1000008, "ARRAY"), 64},
		{"map_agg", "select size(map_agg(x, lpad('', 1000000, cast(x as string)))) from values (1), (2), (3), (4), (5), (6), (7), (8), (9), (0) t(x);",
			exact("map_agg", 9*1000016, "MAP"), 64},
		{"multimap_agg", "select size(multimap_agg(x % 2, lpad('', 1000000, cast(x as string)))) from values (1), (2), (3), (4), (5), (6), (7), (8), (9), (0) t(x);",
			exact("multimap_agg", 2*16+9*1000008, "MAP"), 64},
		{"regexp_extract_all pattern", "select regexp_extract_all('abc', lpad('', 100000, 'a'), 0);", pattern("regexp_extract_all"), 64},
		{"regexp_replace pattern", "select regexp_replace('abc', lpad('', 100000, 'a'), 'x');", pattern("regexp_replace"), 64},
		{"split pattern", "select split('abc', lpad('', 100000, 'a'));", pattern("split"), 64},
		{"str_to_map pattern", "select str_to_map('abc', lpad('', 100000, 'a'));", pattern("str_to_map"), 64},
		{"rlike pattern", "select 'abc' rlike lpad('', 100000, 'a');", pattern("RLIKE"), 64},
		{"like pattern", "select 'abc' like lpad('', 100000, 'a');",
			"LIKE: the pattern is 100000 bytes, over the 64 KB (65536 bytes) limit on a pattern; use a shorter pattern", 64},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			alloc := allocatedBy(func() { _, err = runScript(tc.script) })
			var e *eval.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v, want an ODPS error %q", err, tc.err)
			}
			want := tc.err
			if !strings.HasSuffix(want, "pattern") {
				want += "; make the input shorter"
			}
			if e.Code != eval.CodeInvalidArgument || e.Msg != want || !e.HasPos {
				t.Errorf("error %v (code %s, positioned %v), want a positioned ODPS-%s %q", err, e.Code, e.HasPos, eval.CodeInvalidArgument, want)
			}
			if alloc > tc.maxMB<<20 {
				t.Errorf("allocated %d MB before refusing, want at most %d MB", alloc>>20, tc.maxMB)
			}
		})
	}
}

// TestValueLimitsAllow: values up to the limit are built as before.
func TestValueLimitsAllow(t *testing.T) {
	for _, tc := range []struct{ script, out string }{
		// 1,048,576 BIGINTs measure exactly 8 MB.
		{"set odps.sql.max.sequence.length=100000000;\nselect size(sequence(1, 1048576));", "1048576"},
		{"select size(array_repeat(1, 1048576));", "1048576"},
		// Duplicate keys count once.
		{"select str_to_map(repeat('a=1,', 500000));", `{"a":"1"}`},
		{"select size(split(lpad('', 1000000, 'a,'), ','));", "500000"},
		{"select length(regexp_replace('abc', lpad('', 65536, 'b'), 'x'));", "3"},
	} {
		out, err := runScript(tc.script)
		if err != nil || !strings.Contains(out, tc.out) {
			t.Errorf("%s: output %q, error %v; want %s", tc.script, out, err, tc.out)
		}
	}
}
