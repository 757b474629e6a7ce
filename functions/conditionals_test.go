package functions

import (
	"testing"

	"github.com/mcsql/mcsql/eval"
)

func TestCoalesceNvl(t *testing.T) {
	runCases(t, []testCase{
		{name: "coalesce(null, 2, 3)", fn: "coalesce", args: args(nil, int64(2), int64(3)), want: int64(2)},
		{name: "coalesce(null, null)", fn: "coalesce", args: args(nil, nil), code: eval.CodeSemantic,
			err: "parameter 1 for function coalesce expect at least one parameter should be non-null: " +
				"every argument is a NULL literal, so the result has no type; give one a type, e.g. cast(null as string)"},
		{name: "coalesce(typed null, null)", fn: "coalesce", types: types(eval.StringType, eval.VoidType), args: args(nil, nil), want: nil},
		{name: "coalesce('a')", fn: "coalesce", args: args("a"), want: "a"},
		{name: "coalesce()", fn: "coalesce", args: args(), code: eval.CodeArgumentCount,
			err: "function coalesce needs at least 1 parameters, actually have 0"},
		{name: "coalesce(1, true)", fn: "coalesce", args: args(int64(1), true), code: eval.CodeArgumentType,
			err: "invalid type BOOLEAN of argument 2 for function coalesce"},
		{name: "nvl(null, 'x')", fn: "nvl", args: args(nil, "x"), want: "x"},
		{name: "nvl('a', 'x')", fn: "nvl", args: args("a", "x"), want: "a"},
		{name: "nvl(null, null)", fn: "nvl", args: args(nil, nil), want: nil},
		{name: "nvl('a')", fn: "nvl", args: args("a"), code: eval.CodeArgumentCount,
			err: "function nvl needs 2 parameters, actually have 1"},
		{name: "nvl(x'61', 1)", fn: "nvl", args: args([]byte("a"), int64(1)), code: eval.CodeArgumentType,
			err: "invalid type BIGINT of argument 2 for function nvl"},
	})
}

func TestIf(t *testing.T) {
	runCases(t, []testCase{
		{name: "if(true, 'yes', 'no')", fn: "if", args: args(true, "yes", "no"), want: "yes"},
		{name: "if(false, 'yes', 'no')", fn: "if", args: args(false, "yes", "no"), want: "no"},
		{name: "if(null, 'yes', 'no')", fn: "if", args: args(nil, "yes", "no"), want: "no"},
		{name: "if(true, null, 'no')", fn: "if", args: args(true, nil, "no"), want: nil},
		{name: "if('a', 1, 2)", fn: "if", args: args("a", int64(1), int64(2)), code: eval.CodeArgumentType,
			err: "invalid type STRING of argument 1 for function if"},
		{name: "if(true, 1)", fn: "if", args: args(true, int64(1)), code: eval.CodeArgumentCount,
			err: "function if needs 3 parameters, actually have 2"},
		{name: "if(true, 1, x'00')", fn: "if", args: args(true, int64(1), []byte{0}), code: eval.CodeArgumentType,
			err: "invalid type BINARY of argument 3 for function if"},
	})
}

func TestDecode(t *testing.T) {
	runCases(t, []testCase{
		{name: "decode(2, 1, 'one', 2, 'two', 'many')", fn: "decode", args: args(int64(2), int64(1), "one", int64(2), "two", "many"), want: "two"},
		{name: "decode(5, 1, 'one', 2, 'two', 'many')", fn: "decode", args: args(int64(5), int64(1), "one", int64(2), "two", "many"), want: "many"},
		{name: "decode(5, 1, 'one', 2, 'two')", fn: "decode", args: args(int64(5), int64(1), "one", int64(2), "two"), want: nil},
		{name: "decode(null, 1, 'one', null, 'none')", fn: "decode", args: args(nil, int64(1), "one", nil, "none"), want: "none"},
		{name: "decode(null, 1, 'one', 'other')", fn: "decode", args: args(nil, int64(1), "one", "other"), want: "other"},
		{name: "decode(1, null, 'none', 1, 'one')", fn: "decode", args: args(int64(1), nil, "none", int64(1), "one"), want: "one"},
		{name: "decode('b', 'a', 1, 'b', 2)", fn: "decode", args: args("b", "a", int64(1), "b", int64(2)), want: int64(2)},
		{name: "decode(x'61', x'61', 'a')", fn: "decode", args: args([]byte("a"), []byte("a"), "a"), want: "a"},
		{name: "decode(1.5, 1.5, 'x')", fn: "decode", args: args(1.5, 1.5, "x"), want: "x"},
		{name: "decode(1.50BD, 1.5BD, 'x')", fn: "decode", args: args(dec("1.50", 2), dec("1.5", 1), "x"), want: "x"},
		{name: "decode(true, false, 'f', true, 't')", fn: "decode", args: args(true, false, "f", true, "t"), want: "t"},
		{name: "decode(datetime, datetime, 'same')", fn: "decode",
			args: args(dt("2024-01-02 03:04:05"), dt("2024-01-02 03:04:05"), "same"), want: "same"},
		{name: "decode(1, 2)", fn: "decode", args: args(int64(1), int64(2)), code: eval.CodeArgumentType,
			err: "invalid type BIGINT of argument 1 for function decode"},
		{name: "decode(1)", fn: "decode", args: args(int64(1)), code: eval.CodeArgumentCount,
			err: "function decode needs 2 or at least 3 parameters, actually have 1"},
		{name: "decode(1, true, 'x')", fn: "decode", args: args(int64(1), true, "x"), code: eval.CodeArgumentType,
			err: "invalid type BOOLEAN of argument 2 for function decode"},
		{name: "decode(1, 1, 'x', 2, true)", fn: "decode", args: args(int64(1), int64(1), "x", int64(2), true), code: eval.CodeArgumentType,
			err: "invalid type BOOLEAN of argument 5 for function decode"},
	})
}

func TestIsNull(t *testing.T) {
	runCases(t, []testCase{
		{name: "isnull(null)", fn: "isnull", args: args(nil), want: true},
		{name: "isnull('')", fn: "isnull", args: args(""), want: false},
		{name: "isnull(x'')", fn: "isnull", args: args([]byte{}), want: false},
		{name: "isnull(1, 2)", fn: "isnull", args: args(int64(1), int64(2)), code: eval.CodeArgumentCount,
			err: "function isnull needs 1 parameters, actually have 2"},
	})
}

// TestConditionalTypes checks the types Bind computes: the arguments
// the evaluator converts and the result type.
func TestConditionalTypes(t *testing.T) {
	cases := []struct {
		name   string
		fn     string
		args   []eval.Type
		params []eval.Type
		result eval.Type
	}{
		{"coalesce(int, bigint)", "coalesce", types(eval.IntType, eval.BigintType),
			types(eval.BigintType, eval.BigintType), eval.BigintType},
		{"coalesce(null, string)", "coalesce", types(eval.VoidType, eval.StringType),
			types(eval.StringType, eval.StringType), eval.StringType},
		{"nvl(bigint, double)", "nvl", types(eval.BigintType, eval.DoubleType),
			types(eval.DoubleType, eval.DoubleType), eval.DoubleType},
		// A STRING among the results makes the result a STRING (eval.BranchType; the CASE WHEN page).
		{"if(boolean, int, string)", "if", types(eval.BooleanType, eval.IntType, eval.StringType),
			types(eval.BooleanType, eval.StringType, eval.StringType), eval.StringType},
		{"if(null, string, null)", "if", types(eval.VoidType, eval.StringType, eval.VoidType),
			types(eval.BooleanType, eval.StringType, eval.StringType), eval.StringType},
		{"decode(int, bigint, string, int, string, string)", "decode",
			types(eval.IntType, eval.BigintType, eval.StringType, eval.IntType, eval.StringType, eval.StringType),
			types(eval.BigintType, eval.BigintType, eval.StringType, eval.BigintType, eval.StringType, eval.StringType), eval.StringType},
		{"decode(string, string, int, string, bigint)", "decode",
			types(eval.StringType, eval.StringType, eval.IntType, eval.StringType, eval.BigintType),
			types(eval.StringType, eval.StringType, eval.BigintType, eval.StringType, eval.BigintType), eval.BigintType},
		{"isnull(binary)", "isnull", types(eval.BinaryType), types(eval.BinaryType), eval.BooleanType},
	}
	r := NewRegistry()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, _ := r.Lookup(tc.fn)
			res, err := f.Resolve(&eval.CallSite{Args: tc.args})
			if err != nil {
				t.Fatalf("Resolve: %v", err)
			}
			if !sameTypes(res.Params, tc.params) || !res.Result.Equal(tc.result) {
				t.Errorf("params %v result %v, want params %v result %v", res.Params, res.Result, tc.params, tc.result)
			}
		})
	}
}

func sameTypes(a, b []eval.Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}
