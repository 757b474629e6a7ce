package functions

import (
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// TestBigintSpecEditions checks TIME_ADD's leading arguments by edition:
// the 2.0 edition refuses a STRING or DOUBLE at compile time; the 1.0 one
// converts it (a constant once, others per row, without touching the
// caller's arguments).
func TestBigintSpecEditions(t *testing.T) {
	f, _ := NewRegistry().Lookup("TIME_ADD")
	tests := []struct {
		name    string
		edition eval.Edition
		types   []eval.Type
		consts  []eval.Value // a nil entry is not constant
		args    []eval.Value
		want    eval.Value
		err     string
	}{
		{"integers in 2.0", eval.Edition2, []eval.Type{eval.IntType, eval.BigintType, eval.StringType},
			[]eval.Value{nil, nil, "micros"}, []eval.Value{int64(1), int64(2), "micros"}, int64(3), ""},
		{"string in 2.0", eval.Edition2, []eval.Type{eval.StringType, eval.BigintType, eval.StringType},
			nil, nil, nil, "argument 1 of function time_add must be BIGINT in the MaxCompute 2.0 data type edition, not a STRING"},
		{"double in 2.0", eval.Edition2, []eval.Type{eval.BigintType, eval.DoubleType, eval.StringType},
			nil, nil, nil, "argument 2 of function time_add must be BIGINT in the MaxCompute 2.0 data type edition, not a DOUBLE"},
		{"per-row string and double in 1.0", eval.Edition1, []eval.Type{eval.StringType, eval.DoubleType, eval.StringType},
			[]eval.Value{nil, nil, "micros"}, []eval.Value{"10", 2.9, "micros"}, int64(12), ""},
		{"constant string in 1.0", eval.Edition1, []eval.Type{eval.StringType, eval.BigintType, eval.StringType},
			[]eval.Value{"10", nil, "micros"}, []eval.Value{"10", int64(1), "micros"}, int64(11), ""},
		{"bad string in 1.0", eval.Edition1, []eval.Type{eval.StringType, eval.BigintType, eval.StringType},
			[]eval.Value{nil, nil, "micros"}, []eval.Value{"x", int64(1), "micros"}, nil, "cannot be casted from String to Bigint"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := &eval.CallContext{Edition: tc.edition}
			res, err := f.Resolve(&eval.CallSite{Ctx: ctx, Args: tc.types})
			if err == nil {
				isConst := make([]bool, len(tc.types))
				consts := make([]eval.Value, len(tc.types))
				for i, c := range tc.consts {
					consts[i], isConst[i] = c, c != nil
				}
				var impl eval.Impl
				if impl, err = res.Overload.Prepare(ctx, consts, isConst); err == nil {
					args := append([]eval.Value(nil), tc.args...)
					var got eval.Value
					got, err = impl(ctx, args)
					if err == nil && got != tc.want {
						t.Errorf("got %v, want %v", got, tc.want)
					}
					for i := range args {
						if args[i] != tc.args[i] {
							t.Errorf("argument %d changed to %v", i, args[i])
						}
					}
				}
			}
			if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Fatalf("error %v, want %q", err, tc.err)
			}
		})
	}
}
