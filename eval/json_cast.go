package eval

import (
	"errors"
	"math"
	"strconv"

	"github.com/mcsql/mcsql/parser"
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
		out, err := fromJSONNode(j.Node, to, viaBool, viaString, err1 == nil, err2 == nil)
		if err != nil {
			// The message names the JSON value and type, not the
			// intermediate STRING or BOOLEAN.
			return nil, castError(v, from, to)
		}
		return out, nil
	}
}

// fromJSONNode converts a JSON scalar through the SQL value it stands for.
func fromJSONNode(n any, to Type, viaBool, viaString convFn, boolOK, stringOK bool) (Value, error) {
	switch n := n.(type) {
	case nil:
		return nil, nil
	case bool:
		if boolOK {
			return viaBool(n)
		}
	case JSONNumber:
		if to.Kind == KindBoolean {
			f, err := strconv.ParseFloat(string(n), 64)
			return f != 0, err
		}
		if stringOK {
			return viaString(string(n))
		}
	case string:
		if stringOK {
			return viaString(n)
		}
	}
	return nil, errNoJSONCast
}

// errNoJSONCast marks a JSON value (an array or object) with no scalar form.
var errNoJSONCast = errors.New("no conversion")

// jsonIndexExpr is json_val['key'] or json_val[n], as the JSON type page
// reads members: the member or element as JSON, NULL when absent.
type jsonIndexExpr struct {
	x, index expr
	byName   bool
}

// jsonIndex compiles a subscript of a JSON value: a STRING names a member,
// an integer an array element.
func jsonIndex(x, i expr, pos parser.Pos) (expr, bool, error) {
	t := i.typ()
	byName := t.Kind.IsString()
	if !byName && !t.Kind.IsInteger() && t.Kind != KindVoid {
		return nil, false, semanticError(pos, "a JSON subscript is a STRING member name or an integer index, not %s", t)
	}
	if !byName {
		var err error
		if i, err = convert(i, BigintType, pos); err != nil {
			return nil, false, err
		}
	}
	return &jsonIndexExpr{x: x, index: i, byName: byName}, isConst(x) && isConst(i), nil
}

func (e *jsonIndexExpr) typ() Type { return JSONType }

func (e *jsonIndexExpr) eval(row []Value) (Value, error) {
	v, err := e.x.eval(row)
	if err != nil || v == nil {
		return nil, err
	}
	i, err := e.index.eval(row)
	if err != nil || i == nil {
		return nil, err
	}
	j, _ := v.(JSON)
	switch n := j.Node.(type) {
	case *JSONObject:
		if key, ok := i.(string); ok && e.byName {
			if m, ok := n.Get(key); ok {
				return JSON{Node: m}, nil
			}
		}
	case []any:
		if k, ok := i.(int64); ok && !e.byName && k >= 0 && k < int64(len(n)) {
			return JSON{Node: n[k]}, nil
		}
	}
	return nil, nil
}
