package eval

func init() {
	registerAggregates(
		&aggregateFunc{name: "any", resolve: resolveBoolFold("any", false), doc: aggregateDoc(
			"BOOLEAN ANY(BOOLEAN x)",
			"true if some non-NULL input is true, false if all are false, NULL when there are none",
			"select any(x) from values (null), (true), (false) t(x); -- true")},
		&aggregateFunc{name: "bool_or", resolve: resolveBoolFold("bool_or", false), doc: aggregateDoc(
			"BOOLEAN BOOL_OR(BOOLEAN x)",
			"logical OR of the non-NULL inputs; NULL when there are none",
			"select bool_or(x) from values (false), (false), (null) t(x); -- false")},
		&aggregateFunc{name: "bool_and", resolve: resolveBoolFold("bool_and", true), doc: aggregateDoc(
			"BOOLEAN BOOL_AND(BOOLEAN x)",
			"logical AND of the non-NULL inputs; NULL when there are none",
			"select bool_and(x) from values (null), (true), (true) t(x); -- true")},
		&aggregateFunc{name: "bitwise_and_agg", resolve: resolveBitwise("bitwise_and_agg", "&"), doc: aggregateDoc(
			"BIGINT BITWISE_AND_AGG(BIGINT x)",
			"bitwise AND of the non-NULL inputs; NULL when there are none",
			"select bitwise_and_agg(v) from values (2L), (1L), (null) t(v); -- 0")},
		&aggregateFunc{name: "bitwise_or_agg", resolve: resolveBitwise("bitwise_or_agg", "|"), doc: aggregateDoc(
			"BIGINT BITWISE_OR_AGG(BIGINT x)",
			"bitwise OR of the non-NULL inputs; NULL when there are none",
			"select bitwise_or_agg(v) from values (2L), (1L), (null) t(v); -- 3")},
		&aggregateFunc{name: "bitwise_xor_agg", resolve: resolveBitwise("bitwise_xor_agg", "^"), doc: aggregateDoc(
			"BIGINT BITWISE_XOR_AGG(BIGINT|INT|SMALLINT|TINYINT x)",
			"bitwise XOR of the non-NULL inputs; NULL when there are none",
			"select bitwise_xor_agg(v) from values (2L), (3L), (null) t(v); -- 1")},
	)
}

// resolveBoolFold makes BOOL_AND (and true) or BOOL_OR/ANY (and false):
// the argument must be BOOLEAN; NULLs are ignored.
func resolveBoolFold(name string, and bool) resolveFunc {
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := oneArg(name, args); err != nil {
			return resolveErr(err)
		}
		if k := args[0].Kind; k != KindBoolean && k != KindVoid {
			return resolveErr(ArgumentTypeError(name, 0, args[0]))
		}
		return []Type{BooleanType}, BooleanType, func() aggState { return &boolFoldState{and: and} }, nil
	}
}

type boolFoldState struct {
	and, has, v bool
}

func (s *boolFoldState) add(args []Value) error {
	b, ok := args[0].(bool)
	if !ok {
		return nil
	}
	switch {
	case !s.has:
		s.v, s.has = b, true
	case s.and:
		s.v = s.v && b
	default:
		s.v = s.v || b
	}
	return nil
}

func (s *boolFoldState) result() (Value, error) {
	if !s.has {
		return nil, nil
	}
	return s.v, nil
}

// resolveBitwise makes the BITWISE_*_AGG functions: integer arguments
// widen to BIGINT; anything else is refused.
func resolveBitwise(name, op string) resolveFunc {
	return func(args []Type) ([]Type, Type, func() aggState, error) {
		if err := oneArg(name, args); err != nil {
			return resolveErr(err)
		}
		if k := args[0].Kind; !k.IsInteger() && k != KindVoid {
			return resolveErr(ArgumentTypeError(name, 0, args[0]))
		}
		return []Type{BigintType}, BigintType, func() aggState { return &bitwiseState{op: op[0]} }, nil
	}
}

type bitwiseState struct {
	op  byte
	has bool
	v   int64
}

func (s *bitwiseState) add(args []Value) error {
	x, ok := args[0].(int64)
	if !ok {
		return nil
	}
	switch {
	case !s.has:
		s.v, s.has = x, true
	case s.op == '&':
		s.v &= x
	case s.op == '|':
		s.v |= x
	default:
		s.v ^= x
	}
	return nil
}

func (s *bitwiseState) result() (Value, error) {
	if !s.has {
		return nil, nil
	}
	return s.v, nil
}
