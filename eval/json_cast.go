package eval

import (
	"math"
	"strconv"
)

// Conversions to and from JSON, as the CAST page documents them:
// CAST(string AS JSON) makes a JSON string (JSON_PARSE parses instead),
// numbers and BOOLEAN become JSON numbers and booleans, CAST(json AS
// STRING/BIGINT/DOUBLE/BOOLEAN/...) reads a JSON scalar (an ARRAY or OBJECT
// is an error), and JSON null becomes SQL NULL. Nothing converts to or from
// JSON implicitly.

// jsonConverter returns nil when no rule converts from to to.
func jsonConverter(from, to Type) convFn {
	switch {
	case from.Kind == KindJSON && to.Kind == KindJSON:
		return identity
	case to.Kind == KindJSON:
		return toJSON(from)
	}
	return fromJSON(from, to)
}

func toJSON(from Type) convFn {
	switch k := from.Kind; {
	case k.IsString():
		return func(v Value) (Value, error) {
			s, ok := v.(string)
			if !ok {
				return nil, wrongValue(v, from)
			}
			return JSON{Node: s}, nil
		}
	case k == KindBoolean:
		return func(v Value) (Value, error) {
			b, ok := v.(bool)
			if !ok {
				return nil, wrongValue(v, from)
			}
			return JSON{Node: b}, nil
		}
	case k == KindFloat || k == KindDouble:
		return func(v Value) (Value, error) {
			f, ok := v.(float64)
			if !ok {
				return nil, wrongValue(v, from)
			}
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return nil, castError(v, from, JSONType)
			}
			return JSON{Node: JSONNumber(FormatValue(v, from))}, nil
		}
	case k.IsNumeric():
		return func(v Value) (Value, error) { return JSON{Node: JSONNumber(FormatValue(v, from))}, nil }
	case k == KindArray || k == KindMap || k == KindStruct:
		// Through the JSON text odpscmd prints the value as.
		return func(v Value) (Value, error) {
			j, err := ParseJSON(FormatValue(v, from))
			if err != nil {
				return nil, castError(v, from, JSONType)
			}
			return j, nil
		}
	}
	return nil
}

func fromJSON(from, to Type) convFn {
	viaBool, err1 := Converter(BooleanType, to, true)
	viaString, err2 := Converter(StringType, to, true)
	if err1 != nil && err2 != nil {
		return nil
	}
	return func(v Value) (Value, error) {
		j, ok := v.(JSON)
		if !ok {
			return nil, wrongValue(v, from)
		}
		switch n := j.Node.(type) {
		case nil:
			return nil, nil
		case bool:
			if err1 == nil {
				return viaBool(n)
			}
		case JSONNumber:
			if to.Kind == KindBoolean {
				f, err := strconv.ParseFloat(string(n), 64)
				return f != 0, err
			}
			if err2 == nil {
				return viaString(string(n))
			}
		case string:
			if err2 == nil {
				return viaString(n)
			}
		}
		return nil, castError(v, from, to)
	}
}
