package eval

// Conversions between types (language.md §3).

// CanImplicit reports whether a value of type from converts implicitly to
// type to where a parameter of type to is expected: integers widen, numbers
// and DATETIME become STRING, STRING becomes DOUBLE or BIGINT where numbers
// are expected, VOID (NULL) converts to anything; nothing converts
// implicitly to or from BINARY.
func CanImplicit(from, to Type) bool {
	panic("not implemented")
}

// Converter returns the function converting values of type from to type to.
// explicit selects CAST's rules (which allow more, e.g. STRING to BIGINT
// '1.6' -> 1, DOUBLE to BIGINT truncation); otherwise the implicit rules
// apply. A conversion the rules forbid is a compile-time error (no position).
// The returned function never sees nil (NULL converts to NULL), and fails
// on a bad value with ODPS-0123091, e.g.
// `in function cast, value 'a' cannot be casted from String to Bigint`.
func Converter(from, to Type, explicit bool) (func(Value) (Value, error), error) {
	panic("not implemented")
}

// CommonType returns the type two operands of types a and b are both
// converted to (for CASE arms, IF, COALESCE, comparisons, IN, UNION).
func CommonType(a, b Type) (Type, bool) {
	panic("not implemented")
}
