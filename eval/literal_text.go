package eval

import "github.com/mcsql/mcsql/parser"

// A number literal with a point or an exponent (1.5, 1e3), or an integer
// too large for BIGINT, is a DOUBLE; but where it meets a DECIMAL,
// MaxCompute converts it from its digits, not from the rounded double: the
// LEAST page returns 12345678901234567890.123456789012345679 for
// least(12345678901234567890.12345678901234567890, 12345678901234567890.523456789012345679BD),
// which no float64 holds. The literal's constant keeps its text for that.

// literalConst is the constant of a literal, keeping the digits of one
// typed DOUBLE.
func literalConst(lit *parser.Literal, v Value, t Type) *constExpr {
	k := &constExpr{t: t, v: v}
	if t.Kind == KindDouble && v != nil && (lit.Kind == parser.LitDouble || lit.Kind == parser.LitInt) {
		k.text = lit.Text
	}
	return k
}

// exactDecimal converts a DOUBLE literal's digits to DECIMAL type t; ok is
// false for any other constant or target, or when the digits do not fit t
// (the value's own conversion then decides).
func (k *constExpr) exactDecimal(t Type) (Value, bool) {
	if k.text == "" || t.Kind != KindDecimal {
		return nil, false
	}
	d, ok := parseDecimalText(k.text)
	if !ok {
		return nil, false
	}
	if d, ok = fitDecimal(d, t); !ok {
		return nil, false
	}
	return d, true
}

// negatedLiteral folds -lit (and +lit) of a DOUBLE literal, keeping its
// digits with the sign, so that -1.5 converts to DECIMAL as exactly as
// 1.5; ok is false for any other operand.
func negatedLiteral(op string, u *UnaryOp, x expr) (*constExpr, bool) {
	k, isK := x.(*constExpr)
	if !isK || k.text == "" || (op != "-" && op != "+") || !u.Operand.Equal(k.t) {
		return nil, false
	}
	v, err := u.Fn(k.v)
	if err != nil {
		return nil, false
	}
	text := k.text
	if op == "-" {
		if text[0] == '-' {
			text = text[1:]
		} else {
			text = "-" + text
		}
	}
	return &constExpr{t: u.Result, v: v, text: text}, true
}
