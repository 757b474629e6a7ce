package eval

import (
	"strings"
	"testing"
)

// lambdaRegistry registers APPLY(ARRAY<T> a, T -> R f), an ARRAY<R> of f
// over a's elements, and PLUS(BIGINT, BIGINT), a function without lambdas.
func lambdaRegistry() *Registry {
	r := NewRegistry()
	r.Register(&Function{Name: "APPLY", Overloads: []*Overload{{
		LambdaParams: func(args []Type, i int) ([]Type, error) {
			if i != 1 || args[0].Kind != KindArray {
				return nil, ArgumentTypeError("apply", i, args[i])
			}
			return []Type{*args[0].Elem}, nil
		},
		Bind: BindTypes(func(args []Type) ([]Type, Type, error) {
			if len(args) != 2 || args[1].Kind != KindFunction {
				return nil, Type{}, ArgumentCountError("apply", "2", len(args))
			}
			return args, ArrayOf(LambdaResult(args[1])), nil
		}),
		Impl: func(_ *CallContext, args []Value) (Value, error) {
			f := args[1].(*Lambda)
			var out []Value
			for _, x := range args[0].([]Value) {
				v, err := f.Call(x)
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return out, nil
		},
	}}})
	r.Register(&Function{Name: "MKARR", Overloads: []*Overload{{
		Bind: BindTypes(func(args []Type) ([]Type, Type, error) {
			return args, ArrayOf(args[0]), nil
		}),
		Impl: func(_ *CallContext, args []Value) (Value, error) { return append([]Value{}, args...), nil },
	}}})
	r.Register(&Function{Name: "PLUS", Overloads: []*Overload{{
		Params: []Param{{Kinds: []Kind{KindBigint}}, {Kinds: []Kind{KindBigint}}}, Result: BigintType,
		Impl: func(_ *CallContext, args []Value) (Value, error) { return args[0].(int64) + args[1].(int64), nil },
	}}})
	return r
}

func TestLambdas(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"element", "select apply(mkarr(1, 2), x -> x * 10)[1];", "_c0\n20\n"},
		{"outer column", "select apply(mkarr(1, 2), x -> x + k)[1] from values (100), (200) t(k);", "_c0\n102\n202\n"},
		{"parameter shadows a column", "select apply(mkarr(1, 2), k -> k)[1] from values (100) t(k);", "_c0\n2\n"},
		{"nested lambdas read outer parameters", "select apply(mkarr(mkarr(1, 2), mkarr(3)), a -> apply(a, x -> x + a[0]))[1][0];", "_c0\n6\n"},
		{"variable in the body", "@n := 5; select apply(mkarr(1), x -> x + @n)[0];", "_c0\n6\n"},
		{"result type from the body", "select apply(mkarr(1), x -> cast(x as string) || '!')[0];", "_c0\n1!\n"},
		{"grouped select", "select k, apply(mkarr(1, 2), x -> x * k)[1] from values (1, 5), (2, 6), (1, 7) t(k, v) group by k;",
			"k,_c1\n1,2\n2,4\n"},
		{"group key name as a parameter", "select apply(mkarr(1, 2), k -> k + 1)[1] from values (10) t(k) group by k;", "_c0\n3\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := runScript(t, lambdaRegistry(), tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestLambdaErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"lambda outside a call", "select 1, x -> x + 1;", "ODPS-0130071:[1,11] Semantic analysis exception - a lambda expression is allowed only as an argument of a function that takes one"},
		{"lambda in WHERE", "select 1 from values (1) t(a) where a -> true;", "ODPS-0130071:[1,37]"},
		{"function without lambdas", "select plus(1, x -> x);", "ODPS-0130071:[1,16] Semantic analysis exception - function plus does not take a lambda argument"},
		{"parameter count", "select apply(mkarr(1), (x, y) -> x);", "ODPS-0130071:[1,24] Semantic analysis exception - the lambda of argument 2 of function apply takes 1 parameter, got 2 (x, y)"},
		{"duplicate parameter", "select apply(mkarr(1), (x, X) -> x);", "lambda parameter X is declared twice"},
		{"lambda where the function wants none", "select apply(x -> x, mkarr(1));", "ODPS-0130121:[1,8] Invalid argument type - invalid type FUNCTION of argument 1 for function apply"},
		{"subquery in the body", "select apply(mkarr(1), x -> (select 1));", "subqueries are not supported in a lambda expression"},
		{"aggregate in the body", "select apply(mkarr(1), x -> count(x)) from values (1) t(a);", "aggregate functions are not supported in a lambda expression"},
		{"window in the body", "select apply(mkarr(1), x -> lag(x) over (order by x)) from values (1) t(a);", "window functions are not supported in a lambda expression"},
		{"parameter out of scope", "select apply(mkarr(1), x -> x), x;", "column x cannot be resolved"},
		{"aggregate argument", "select sum(x -> x) from values (1) t(a);", "a lambda expression is allowed only as an argument of a function that takes one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runScript(t, lambdaRegistry(), tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestLambdaReusesCells checks that calling a lambda allocates nothing
// once its parameter cells exist.
func TestLambdaReusesCells(t *testing.T) {
	l := &Lambda{args: make([]Value, 1), body: &lambdaParamExpr{i: 0, t: BigintType}}
	l.body.(*lambdaParamExpr).l = l
	var x Value = int64(7)
	allocs := testing.AllocsPerRun(100, func() {
		if v, err := l.Call(x); err != nil || v != x {
			t.Fatalf("Call = %v, %v", v, err)
		}
	})
	if allocs != 0 {
		t.Errorf("Call allocates %v times per run, want 0", allocs)
	}
}
