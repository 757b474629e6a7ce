package eval

import "regexp"

// BinaryOp is a resolved binary operator: both operands are converted to
// Left and Right, then Fn computes the result of type Result. Fn never sees
// NULL: the evaluator propagates NULL (and runs AND, OR and <=> itself).
type BinaryOp struct {
	Left, Right Type
	Result      Type
	Fn          func(a, b Value) (Value, error)
}

// ResolveBinary type-checks op (one of + - * / % DIV || & | ^ = <> < <= > >=)
// for operands of types l and r.
func ResolveBinary(op string, l, r Type) (*BinaryOp, error) {
	panic("not implemented")
}

// UnaryOp is a resolved unary operator ("-", "+" or "~").
type UnaryOp struct {
	Operand Type
	Result  Type
	Fn      func(a Value) (Value, error)
}

// ResolveUnary type-checks a unary operator.
func ResolveUnary(op string, t Type) (*UnaryOp, error) {
	panic("not implemented")
}

// Compare orders two non-NULL values of type t: -1, 0 or +1.
func Compare(a, b Value, t Type) int {
	panic("not implemented")
}

// LikePattern compiles a LIKE pattern (% and _, backslash escapes) into an
// anchored regular expression.
func LikePattern(pattern string) (*regexp.Regexp, error) {
	panic("not implemented")
}
