package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

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
	op = strings.ToUpper(op)
	switch op {
	case "+", "-", "*", "/", "%", "DIV":
		return resolveArith(op, l, r)
	case "||":
		return resolveConcat(l, r)
	case "&", "|", "^":
		if !isIntegerOrVoid(l) || !isIntegerOrVoid(r) {
			return nil, operandError(op, l, r)
		}
		return &BinaryOp{Left: BigintType, Right: BigintType, Result: BigintType, Fn: bitwiseFn(op)}, nil
	case "=", "<>", "<", "<=", ">", ">=":
		return resolveComparison(op, l, r)
	}
	return nil, Errorf(CodeSemantic, "unknown binary operator '%s'", op)
}

// ResolveBinaryIn is ResolveBinary in a data type edition. The MaxCompute
// V2.0 data type edition page ("Function behavior is different") says the
// bitwise operators & | ^ return a value of the input's type in the
// Hive-compatible edition and BIGINT in the others: INT & INT is INT there
// (the wider integer when the operands differ). It lists no other
// operator, ~ included, so the rest type as ResolveBinary does. The same
// page says that +, - and * past the range of the result type return "the
// initial value" in the Hive-compatible edition (an error in the others):
// integer results wrap there as Java's int and long arithmetic does.
func ResolveBinaryIn(op string, l, r Type, ed Edition) (*BinaryOp, error) {
	bop, err := ResolveBinary(op, l, r)
	if err != nil || ed != EditionHive {
		return bop, err
	}
	if bop.Result.Kind == KindDecimal {
		bop.Fn = nullOnDecimalRange2(bop.Fn)
	}
	switch op {
	case "+", "-", "*":
		if bop.Result.Kind.IsInteger() {
			bop.Fn = wrappingArith(op, bop.Result.Kind)
		}
	case "&", "|", "^":
		t := l
		if r.Kind > t.Kind || t.Kind == KindVoid {
			t = r
		}
		if t.Kind == KindVoid {
			t = BigintType
		}
		// The result of two values in range of t stays in range of t.
		return &BinaryOp{Left: t, Right: t, Result: t, Fn: bitwiseFn(op)}, nil
	}
	return bop, nil
}

func operandError(op string, l, r Type) error {
	return Errorf(CodeArgumentType, "invalid operand types %s and %s for operator '%s'", l, r, op)
}

func isIntegerOrVoid(t Type) bool { return t.Kind.IsInteger() || t.Kind == KindVoid }

// arithOperand is the type an arithmetic operand is used as: strings are
// read as DOUBLE; anything else that is not a number (or NULL) is refused.
func arithOperand(t Type) (Type, bool) {
	switch {
	case t.Kind.IsString():
		return DoubleType, true
	case t.Kind.IsNumeric() || t.Kind == KindVoid:
		return t, true
	}
	return Type{}, false
}

// resolveArith types + - * / % DIV as MaxCompute 2.0 does: integers give
// the wider integer (but / gives DOUBLE and DIV BIGINT), FLOAT or DOUBLE
// makes everything DOUBLE, DECIMAL with integers stays exact.
func resolveArith(op string, l, r Type) (*BinaryOp, error) {
	a, ok1 := arithOperand(l)
	b, ok2 := arithOperand(r)
	if !ok1 || !ok2 {
		return nil, operandError(op, l, r)
	}
	switch {
	case a.Kind == KindVoid && b.Kind == KindVoid:
		a, b = BigintType, BigintType
	case a.Kind == KindVoid:
		a = b
	case b.Kind == KindVoid:
		b = a
	}
	result := func(t Type) Type {
		if op == "DIV" {
			return BigintType
		}
		return t
	}
	switch {
	case isFloating(a.Kind) || isFloating(b.Kind):
		return &BinaryOp{Left: DoubleType, Right: DoubleType, Result: result(DoubleType), Fn: doubleArith(op)}, nil
	case a.Kind == KindDecimal || b.Kind == KindDecimal:
		return &BinaryOp{Left: asDecimal(a), Right: asDecimal(b), Result: result(DecimalType), Fn: decimalArith(op)}, nil
	case op == "/":
		return &BinaryOp{Left: DoubleType, Right: DoubleType, Result: DoubleType, Fn: doubleArith(op)}, nil
	case op == "DIV":
		return &BinaryOp{Left: BigintType, Right: BigintType, Result: BigintType, Fn: intArith(op, KindBigint)}, nil
	}
	w := a
	if b.Kind > a.Kind {
		w = b
	}
	return &BinaryOp{Left: w, Right: w, Result: w, Fn: intArith(op, w.Kind)}, nil
}

// asDecimal keeps a DECIMAL operand's own type (no conversion needed) and
// reads an integer as the unparameterized DECIMAL.
func asDecimal(t Type) Type {
	if t.Kind == KindDecimal {
		return t
	}
	return DecimalType
}

// resolveConcat types ||: BINARY || BINARY is BINARY; otherwise both sides
// become STRING (numbers and dates as their text).
func resolveConcat(l, r Type) (*BinaryOp, error) {
	isBin := func(t Type) bool { return t.Kind == KindBinary || t.Kind == KindVoid }
	if isBin(l) && isBin(r) && (l.Kind == KindBinary || r.Kind == KindBinary) {
		return &BinaryOp{Left: BinaryType, Right: BinaryType, Result: BinaryType, Fn: concatFn(true)}, nil
	}
	if !CanImplicit(l, StringType) || !CanImplicit(r, StringType) {
		return nil, operandError("||", l, r)
	}
	return &BinaryOp{Left: StringType, Right: StringType, Result: StringType, Fn: concatFn(false)}, nil
}

// resolveComparison converts both operands to their common type. MAP
// values have no order and cannot be compared.
func resolveComparison(op string, l, r Type) (*BinaryOp, error) {
	t, ok := CommonType(l, r)
	if !ok || containsMap(t) {
		return nil, operandError(op, l, r)
	}
	if containsJSON(t) {
		// The JSON type page: ORDER BY, GROUP BY and JOIN (comparisons)
		// are not supported on JSON values.
		return nil, Errorf(CodeArgumentType, "invalid operand types %s and %s for operator '%s': JSON values cannot be compared; compare a scalar taken out with CAST(JSON_EXTRACT(...) AS type) instead", l, r, op)
	}
	test := map[string]func(int) bool{
		"=":  func(c int) bool { return c == 0 },
		"<>": func(c int) bool { return c != 0 },
		"<":  func(c int) bool { return c < 0 },
		"<=": func(c int) bool { return c <= 0 },
		">":  func(c int) bool { return c > 0 },
		">=": func(c int) bool { return c >= 0 },
	}[op]
	fn := func(a, b Value) (Value, error) { return test(Compare(a, b)), nil }
	return &BinaryOp{Left: t, Right: t, Result: BooleanType, Fn: fn}, nil
}

// jsonKeyError refuses a JSON value as a GROUP BY or ORDER BY key: the
// JSON type page says MaxCompute supports neither.
func jsonKeyError(pos parser.Pos, t Type, clause string) error {
	if !containsJSON(t) {
		return nil
	}
	return semanticError(pos, "%s does not support the %s type; use a scalar taken out with CAST(JSON_EXTRACT(...) AS type) instead", clause, t)
}

// containsJSON reports a JSON type, also inside ARRAY, MAP or STRUCT.
func containsJSON(t Type) bool {
	switch t.Kind {
	case KindJSON:
		return true
	case KindArray:
		return containsJSON(*t.Elem)
	case KindMap:
		return containsJSON(*t.Key) || containsJSON(*t.Elem)
	case KindStruct:
		for _, f := range t.Fields {
			if containsJSON(f.Type) {
				return true
			}
		}
	}
	return false
}

func containsMap(t Type) bool {
	switch t.Kind {
	case KindMap:
		return true
	case KindArray:
		return containsMap(*t.Elem)
	case KindStruct:
		for _, f := range t.Fields {
			if containsMap(f.Type) {
				return true
			}
		}
	}
	return false
}

// UnaryOp is a resolved unary operator ("-", "+" or "~").
type UnaryOp struct {
	Operand Type
	Result  Type
	Fn      func(a Value) (Value, error)
}

// ResolveUnary type-checks a unary operator.
func ResolveUnary(op string, t Type) (*UnaryOp, error) {
	switch op {
	case "-", "+":
		a, ok := arithOperand(t)
		if !ok {
			return nil, Errorf(CodeArgumentType, "invalid operand type %s for operator '%s'", t, op)
		}
		if a.Kind == KindVoid {
			a = BigintType
		}
		fn := negate(a.Kind)
		if op == "+" {
			fn = identity
		}
		return &UnaryOp{Operand: a, Result: a, Fn: fn}, nil
	case "~":
		if !isIntegerOrVoid(t) {
			return nil, Errorf(CodeArgumentType, "invalid operand type %s for operator '~'", t)
		}
		return &UnaryOp{Operand: BigintType, Result: BigintType, Fn: bitNot}, nil
	}
	return nil, Errorf(CodeSemantic, "unknown unary operator '%s'", op)
}
