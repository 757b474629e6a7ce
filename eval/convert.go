package eval

// Conversions between types (language.md §3).

import "strings"

// convFn converts one non-NULL value.
type convFn = func(Value) (Value, error)

func identity(v Value) (Value, error) { return v, nil }

// CanImplicit reports whether a value of type from converts implicitly to
// type to where a parameter of type to is expected: integers widen (to
// wider integers, DOUBLE and DECIMAL), FLOAT and DECIMAL become DOUBLE,
// numbers, DATE, DATETIME, TIMESTAMP, VARCHAR and CHAR become STRING,
// strings become DOUBLE, BIGINT, DECIMAL, DATETIME, VARCHAR or CHAR, VOID
// (NULL) converts to anything; nothing converts implicitly to or from
// BINARY or BOOLEAN, and a complex type only to itself.
func CanImplicit(from, to Type) bool {
	if from.Kind == KindVoid || from.Equal(to) {
		return true
	}
	f, t := from.Kind, to.Kind
	switch {
	case f.IsInteger():
		return t.IsInteger() && t >= f || t == KindDouble || t == KindDecimal || t == KindString
	case f == KindFloat:
		return t == KindDouble || t == KindString
	case f == KindDouble:
		return t == KindString
	case f == KindDecimal:
		return t == KindDecimal || t == KindDouble || t == KindString
	case f.IsString():
		// Strings also fill VARCHAR/CHAR columns: INSERT of a string
		// literal into a VARCHAR(n) column must work without a CAST.
		return t.IsString() || t == KindDouble || t == KindBigint || t == KindDecimal || t == KindDatetime
	case f.IsTime():
		return t == KindString
	case f == KindArray || f == KindMap || f == KindStruct:
		return canImplicitComplex(from, to)
	}
	return false
}

// Converter returns the function converting values of type from to type to.
// explicit selects CAST's rules (which allow more, e.g. STRING to BIGINT
// '1.6' -> 1, DOUBLE to BIGINT truncation); otherwise the implicit rules
// apply. A conversion the rules forbid is a compile-time error (no position).
// The returned function never sees nil (NULL converts to NULL), and fails
// on a bad value with ODPS-0123091, e.g.
// `in function cast, value 'a' cannot be casted from String to Bigint`.
func Converter(from, to Type, explicit bool) (func(Value) (Value, error), error) {
	if from.Kind == KindVoid || from.Equal(to) {
		return identity, nil
	}
	if !explicit && !CanImplicit(from, to) {
		return nil, Errorf(CodeTypeCast, "cannot implicitly convert %s to %s", from, to)
	}
	fn := buildConverter(from, to, explicit)
	if fn == nil {
		return nil, Errorf(CodeTypeCast, "cannot cast %s to %s", from, to)
	}
	return fn, nil
}

// buildConverter returns nil when no rule converts from to to.
func buildConverter(from, to Type, explicit bool) convFn {
	if from.Kind == KindJSON || to.Kind == KindJSON {
		return jsonConverter(from, to)
	}
	switch to.Kind {
	case KindArray, KindMap, KindStruct:
		return complexConverter(from, to, explicit)
	case KindTinyint, KindSmallint, KindInt, KindBigint:
		return toInteger(from, to)
	case KindFloat, KindDouble:
		return toFloat(from, to)
	case KindDecimal:
		return toDecimal(from, to)
	case KindString:
		return toString(from)
	case KindVarchar, KindChar:
		return toChars(from, to)
	case KindBoolean:
		return toBoolean(from)
	case KindBinary:
		return toBinary(from)
	case KindDate, KindDatetime, KindTimestamp, KindTimestampNTZ:
		return toTime(from, to)
	}
	return nil
}

// CommonType returns the type two operands of types a and b are both
// converted to (for CASE arms, IF, COALESCE, comparisons, IN, UNION).
func CommonType(a, b Type) (Type, bool) {
	switch {
	case a.Equal(b):
		return a, true
	case a.Kind == KindVoid:
		return b, true
	case b.Kind == KindVoid:
		return a, true
	}
	if a.Kind > b.Kind {
		a, b = b, a // the rules below see the lower kind first
	}
	x, y := a.Kind, b.Kind
	switch {
	case x.IsInteger() && y.IsInteger():
		return b, true
	case x.IsNumeric() && y.IsNumeric() && (isFloating(x) || isFloating(y)):
		return DoubleType, true
	case x.IsInteger() && y == KindDecimal:
		return commonDecimal(integerAsDecimal(x), b), true
	case x == KindDecimal && y == KindDecimal:
		return commonDecimal(a, b), true
	case x.IsNumeric() && y.IsString():
		return DoubleType, true
	case x.IsString() && y == KindDatetime:
		return DatetimeType, true
	case x == KindVarchar && y == KindVarchar:
		return Type{Kind: KindVarchar, Len: max(a.Len, b.Len)}, true
	case x.IsString() && y.IsString():
		return StringType, true
	}
	return Type{}, false
}

// BranchType is the type the results of CASE, IF, COALESCE and NVL are
// converted to: CommonType, except that a STRING meeting a
// number or a date/time gives STRING, where a comparison would read the
// string as a number or a DATETIME. The CASE WHEN page: "if any result
// value is of the STRING type, all values are converted to the STRING
// type"; the NVL page returns nvl(datetime_column, '-') as text; the
// COALESCE page's coalesce(null, null, 1, null, 'abc', 5, 7) is valid.
func BranchType(a, b Type) (Type, bool) {
	textual := func(k Kind) bool {
		return k.IsNumeric() || k == KindDate || k == KindDatetime || k == KindTimestamp
	}
	if a.Kind.IsString() && textual(b.Kind) || b.Kind.IsString() && textual(a.Kind) {
		return StringType, true
	}
	return CommonType(a, b)
}

func isFloating(k Kind) bool { return k == KindFloat || k == KindDouble }

// integerAsDecimal is the DECIMAL(p,0) that holds every value of an
// integer kind.
func integerAsDecimal(k Kind) Type {
	digits := map[Kind]int{KindTinyint: 3, KindSmallint: 5, KindInt: 10, KindBigint: 19}[k]
	return Type{Kind: KindDecimal, Precision: digits}
}

// commonDecimal is the smallest DECIMAL(p,s) holding both; the
// unparameterized DECIMAL absorbs everything.
func commonDecimal(a, b Type) Type {
	if a.Precision == 0 || b.Precision == 0 {
		return DecimalType
	}
	scale := max(a.Scale, b.Scale)
	ints := max(a.Precision-a.Scale, b.Precision-b.Scale)
	return Type{Kind: KindDecimal, Precision: min(ints+scale, maxDecimalPrecision), Scale: scale}
}

// castError is the ODPS-0123091 error of a value that does not convert.
func castError(v Value, from, to Type) error {
	return Errorf(CodeTypeCast, "in function cast, value '%s' cannot be casted from %s to %s",
		FormatValue(v, from), castTypeName(from), castTypeName(to))
}

// castTypeName writes a type as MaxCompute's cast messages do: String,
// Bigint, Datetime, Decimal(10,2).
func castTypeName(t Type) string {
	s := t.String()
	return s[:1] + strings.ToLower(s[1:])
}

// wrongValue reports a value whose Go representation does not match its
// static type: a bug in the caller, reported rather than panicking.
func wrongValue(v Value, t Type) error {
	return InvalidArgument("internal error: %T value where %s was expected", v, t)
}

// complexConverter converts ARRAY, MAP and STRUCT values member by member.
// Only CAST gets here with types that differ: implicitly a complex type
// converts to itself only.
func complexConverter(from, to Type, explicit bool) convFn {
	if from.Kind != to.Kind {
		return nil
	}
	switch to.Kind {
	case KindArray:
		elem, err := Converter(*from.Elem, *to.Elem, explicit)
		if err != nil {
			return nil
		}
		return func(v Value) (Value, error) {
			a, ok := v.([]Value)
			if !ok {
				return nil, wrongValue(v, from)
			}
			return convertAll(a, elem)
		}
	case KindMap:
		return mapConverter(from, to, explicit)
	}
	return structConverter(from, to, explicit)
}

func mapConverter(from, to Type, explicit bool) convFn {
	key, err := Converter(*from.Key, *to.Key, explicit)
	if err != nil {
		return nil
	}
	val, err := Converter(*from.Elem, *to.Elem, explicit)
	if err != nil {
		return nil
	}
	return func(v Value) (Value, error) {
		m, ok := v.(*Map)
		if !ok || m == nil {
			return nil, wrongValue(v, from)
		}
		keys, err := convertAll(m.Keys, key)
		if err != nil {
			return nil, err
		}
		vals, err := convertAll(m.Values, val)
		if err != nil {
			return nil, err
		}
		return &Map{Keys: keys, Values: vals}, nil
	}
}

func structConverter(from, to Type, explicit bool) convFn {
	if len(from.Fields) != len(to.Fields) {
		return nil
	}
	fields := make([]convFn, len(to.Fields))
	for i := range to.Fields {
		f, err := Converter(from.Fields[i].Type, to.Fields[i].Type, explicit)
		if err != nil {
			return nil
		}
		fields[i] = f
	}
	return func(v Value) (Value, error) {
		s, ok := v.(*Struct)
		if !ok || s == nil || len(s.Fields) != len(fields) {
			return nil, wrongValue(v, from)
		}
		out := &Struct{Fields: make([]Value, len(fields)), Hidden: s.Hidden}
		for i, f := range s.Fields {
			if f == nil {
				continue
			}
			c, err := fields[i](f)
			if err != nil {
				return nil, err
			}
			out.Fields[i] = c
		}
		return out, nil
	}
}

// convertAll converts each non-NULL member of vs.
func convertAll(vs []Value, conv convFn) ([]Value, error) {
	out := make([]Value, len(vs))
	for i, v := range vs {
		if v == nil {
			continue
		}
		c, err := conv(v)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}
