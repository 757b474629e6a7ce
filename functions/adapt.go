package functions

import (
	"fmt"

	"github.com/mcsql/mcsql/eval"
)

// The adapters below turn typed Go helpers into eval.Impl values, checking
// once that eval honoured the overload's parameter kinds. A mismatch is a
// bug in mcsql, not in the user's SQL, but it still surfaces as an error
// rather than a panic.

// impl1 adapts a one-argument helper.
func impl1[A, R any](f func(A) (R, error)) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		a, err := argAs[A](args, 0, 1)
		if err != nil {
			return nil, err
		}
		return result(f(a))
	}
}

// impl2 adapts a two-argument helper.
func impl2[A, B, R any](f func(A, B) (R, error)) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		a, err := argAs[A](args, 0, 2)
		if err != nil {
			return nil, err
		}
		b, err := argAs[B](args, 1, 2)
		if err != nil {
			return nil, err
		}
		return result(f(a, b))
	}
}

// impl3 adapts a three-argument helper.
func impl3[A, B, C, R any](f func(A, B, C) (R, error)) eval.Impl {
	return func(_ *eval.CallContext, args []eval.Value) (eval.Value, error) {
		a, err := argAs[A](args, 0, 3)
		if err != nil {
			return nil, err
		}
		b, err := argAs[B](args, 1, 3)
		if err != nil {
			return nil, err
		}
		c, err := argAs[C](args, 2, 3)
		if err != nil {
			return nil, err
		}
		return result(f(a, b, c))
	}
}

// total lifts a helper that cannot fail.
func total[A, R any](f func(A) R) func(A) (R, error) {
	return func(a A) (R, error) { return f(a), nil }
}

// result boxes a helper's typed result as an eval.Value.
func result[R any](r R, err error) (eval.Value, error) {
	if err != nil {
		return nil, err
	}
	return r, nil
}

// argAs returns args[i] as a T, or an internal error when eval passed the
// wrong number or representation of arguments.
func argAs[T any](args []eval.Value, i, want int) (T, error) {
	var zero T
	if len(args) != want {
		return zero, internalError("got %d arguments, want %d", len(args), want)
	}
	v, ok := args[i].(T)
	if !ok {
		return zero, internalError("argument %d is %T, want %T", i+1, args[i], zero)
	}
	return v, nil
}

// allAs returns every argument as a T.
func allAs[T any](args []eval.Value) ([]T, error) {
	out := make([]T, len(args))
	for i, a := range args {
		v, ok := a.(T)
		if !ok {
			var zero T
			return nil, internalError("argument %d is %T, want %T", i+1, a, zero)
		}
		out[i] = v
	}
	return out, nil
}

func internalError(format string, args ...any) error {
	return eval.InvalidArgument("internal error: %s", fmt.Sprintf(format, args...))
}
