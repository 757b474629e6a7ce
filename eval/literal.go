package eval

import (
	"math"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// LiteralValue returns a literal's value and type: an unsuffixed integer is
// INT if it fits, else BIGINT, else DOUBLE; suffixes Y S L F D BD choose
// TINYINT SMALLINT BIGINT FLOAT DOUBLE DECIMAL; date/time literals are parsed.
func LiteralValue(lit *parser.Literal) (Value, Type, error) {
	if lit == nil {
		return nil, Type{}, Errorf(CodeSemantic, "missing literal")
	}
	switch lit.Kind {
	case parser.LitNull:
		return nil, VoidType, nil
	case parser.LitBool:
		return strings.EqualFold(lit.Text, "true"), BooleanType, nil
	case parser.LitInt:
		return intLiteral(lit.Text)
	case parser.LitTinyint:
		return suffixedInt(lit.Text, "Y", TinyintType)
	case parser.LitSmallint:
		return suffixedInt(lit.Text, "S", SmallintType)
	case parser.LitBigint:
		return suffixedInt(lit.Text, "L", BigintType)
	case parser.LitFloat:
		return floatLiteral(lit.Text, "F", FloatType)
	case parser.LitDouble:
		return floatLiteral(lit.Text, "", DoubleType)
	case parser.LitDecimal:
		return decimalLiteral(lit.Text)
	case parser.LitString:
		return lit.Text, StringType, nil
	case parser.LitBinary:
		return []byte(lit.Text), BinaryType, nil
	case parser.LitDate:
		return timeLiteral(lit.Text, DateType, "yyyy-mm-dd")
	case parser.LitDatetime:
		return timeLiteral(lit.Text, DatetimeType, "yyyy-mm-dd hh:mi:ss")
	case parser.LitTimestamp:
		return timeLiteral(lit.Text, TimestampType, "yyyy-mm-dd hh:mi:ss[.fffffffff]")
	case parser.LitNTZ:
		return timeLiteral(lit.Text, TimestampNTZType, "yyyy-mm-dd hh:mi:ss[.fffffffff]")
	case parser.LitJSON:
		j, err := ParseJSON(lit.Text)
		return j, JSONType, err
	}
	return nil, Type{}, Errorf(CodeSemantic, "unknown literal kind %d", int(lit.Kind))
}

// intLiteral types an unsuffixed integer by the smallest of INT, BIGINT
// and DOUBLE that holds it.
func intLiteral(text string) (Value, Type, error) {
	i, err := strconv.ParseInt(text, 10, 64)
	switch {
	case err == nil && i >= math.MinInt32 && i <= math.MaxInt32:
		return i, IntType, nil
	case err == nil:
		return i, BigintType, nil
	case isRangeError(err):
		return floatLiteral(text, "", DoubleType)
	}
	return nil, Type{}, Errorf(CodeSemantic, "invalid integer literal %s", text)
}

// suffixedInt reads 1Y, 1S and 1L, which must fit their type.
func suffixedInt(text, suffix string, t Type) (Value, Type, error) {
	i, err := strconv.ParseInt(text, 10, 64)
	if err != nil && !isRangeError(err) {
		return nil, Type{}, Errorf(CodeSemantic, "invalid %s literal %s%s", t, text, suffix)
	}
	if err != nil || !inRange(i, t.Kind) {
		lo, hi := intRange(t.Kind)
		return nil, Type{}, Errorf(CodeSemantic, "%s literal %s%s is out of range [%d, %d]", t, text, suffix, lo, hi)
	}
	return i, t, nil
}

// floatLiteral reads FLOAT and DOUBLE literals; a value too large for the
// type is an error rather than Infinity.
func floatLiteral(text, suffix string, t Type) (Value, Type, error) {
	bits := 64
	if t.Kind == KindFloat {
		bits = 32
	}
	f, err := strconv.ParseFloat(text, bits)
	if err != nil && !isRangeError(err) || strings.ContainsAny(text, "xXpP_nN") {
		return nil, Type{}, Errorf(CodeSemantic, "invalid %s literal %s%s", t, text, suffix)
	}
	if math.IsInf(f, 0) {
		return nil, Type{}, Errorf(CodeSemantic, "%s literal %s%s is out of range", t, text, suffix)
	}
	return f, t, nil
}

// decimalLiteral reads 1.50BD, keeping its scale (2).
func decimalLiteral(text string) (Value, Type, error) {
	d, ok := parseDecimalText(text)
	if !ok {
		return nil, Type{}, Errorf(CodeSemantic, "invalid DECIMAL literal %sBD", text)
	}
	if d.Scale > maxDecimalScale {
		return nil, Type{}, Errorf(CodeSemantic, "DECIMAL literal %sBD has more than %d digits after the point", text, maxDecimalScale)
	}
	d, ok = fitDecimal(d, DecimalType)
	if !ok {
		return nil, Type{}, Errorf(CodeSemantic, "DECIMAL literal %sBD has more than %d digits", text, maxDecimalPrecision)
	}
	return d, DecimalType, nil
}

func timeLiteral(text string, t Type, layout string) (Value, Type, error) {
	v, ok := parseTimeText(text, t.Kind)
	if !ok {
		return nil, Type{}, Errorf(CodeSemantic, "invalid %s literal '%s': expected %s with every field in range", t, text, layout)
	}
	return v, t, nil
}

// simpleTypes maps the names of parameterless types to their Type.
var simpleTypes = map[string]Type{
	"TINYINT": TinyintType, "SMALLINT": SmallintType, "INT": IntType, "INTEGER": IntType,
	"BIGINT": BigintType, "FLOAT": FloatType, "DOUBLE": DoubleType, "STRING": StringType,
	"BINARY": BinaryType, "BOOLEAN": BooleanType, "DATE": DateType, "DATETIME": DatetimeType,
	"TIMESTAMP": TimestampType, "TIMESTAMP_NTZ": TimestampNTZType, "JSON": JSONType,
}

// TypeOf converts a written type (CAST, declarations, CREATE TABLE) into a Type.
func TypeOf(tn *parser.TypeName) (Type, error) {
	if tn == nil {
		return Type{}, Errorf(CodeSemantic, "missing type")
	}
	name := strings.ToUpper(tn.Name)
	if t, ok := simpleTypes[name]; ok {
		if len(tn.Params) > 0 {
			return Type{}, Errorf(CodeSemantic, "type %s takes no parameters", name)
		}
		return t, nil
	}
	switch name {
	case "DECIMAL":
		return decimalTypeOf(tn.Params)
	case "VARCHAR":
		return charTypeOf(KindVarchar, tn.Params, 65535)
	case "CHAR":
		return charTypeOf(KindChar, tn.Params, 255)
	case "ARRAY":
		if tn.Elem == nil {
			return Type{}, Errorf(CodeSemantic, "ARRAY needs an element type: ARRAY<type>")
		}
		elem, err := TypeOf(tn.Elem)
		return ArrayOf(elem), err
	case "MAP":
		return mapTypeOf(tn)
	case "STRUCT":
		return structTypeOf(tn)
	}
	return Type{}, Errorf(CodeSemantic, "unknown type %s", tn.Name)
}

// decimalTypeOf checks DECIMAL, DECIMAL(p) and DECIMAL(p,s).
func decimalTypeOf(params []int) (Type, error) {
	if len(params) == 0 {
		return DecimalType, nil
	}
	if len(params) > 2 {
		return Type{}, Errorf(CodeSemantic, "DECIMAL takes at most two parameters: DECIMAL(precision, scale)")
	}
	p, s := params[0], 0
	if len(params) == 2 {
		s = params[1]
	}
	if p < 1 || p > maxDecimalPrecision {
		return Type{}, Errorf(CodeSemantic, "DECIMAL precision %d is out of range [1, %d]", p, maxDecimalPrecision)
	}
	if s < 0 || s > p {
		return Type{}, Errorf(CodeSemantic, "DECIMAL scale %d is out of range [0, %d]", s, p)
	}
	return Type{Kind: KindDecimal, Precision: p, Scale: s}, nil
}

// charTypeOf checks VARCHAR(n) and CHAR(n).
func charTypeOf(k Kind, params []int, maxLen int) (Type, error) {
	if len(params) != 1 {
		return Type{}, Errorf(CodeSemantic, "%s needs a length: %s(n)", k, k)
	}
	if n := params[0]; n < 1 || n > maxLen {
		return Type{}, Errorf(CodeSemantic, "%s length %d is out of range [1, %d]", k, n, maxLen)
	}
	return Type{Kind: k, Len: params[0]}, nil
}

func mapTypeOf(tn *parser.TypeName) (Type, error) {
	if tn.Key == nil || tn.Value == nil {
		return Type{}, Errorf(CodeSemantic, "MAP needs a key and a value type: MAP<key, value>")
	}
	key, err := TypeOf(tn.Key)
	if err != nil {
		return Type{}, err
	}
	if k := key.Kind; k == KindArray || k == KindMap || k == KindStruct {
		return Type{}, Errorf(CodeSemantic, "MAP key type must be a primitive type, not %s", key)
	}
	val, err := TypeOf(tn.Value)
	if err != nil {
		return Type{}, err
	}
	return MapOf(key, val), nil
}

func structTypeOf(tn *parser.TypeName) (Type, error) {
	if len(tn.Fields) == 0 {
		return Type{}, Errorf(CodeSemantic, "STRUCT needs at least one field: STRUCT<name:type, ...>")
	}
	fields := make([]Field, len(tn.Fields))
	seen := map[string]bool{}
	for i, f := range tn.Fields {
		if f == nil {
			return Type{}, Errorf(CodeSemantic, "missing STRUCT field")
		}
		if seen[strings.ToLower(f.Name)] {
			return Type{}, Errorf(CodeSemantic, "duplicate STRUCT field name %s", f.Name)
		}
		seen[strings.ToLower(f.Name)] = true
		t, err := TypeOf(f.Type)
		if err != nil {
			return Type{}, err
		}
		fields[i] = Field{Name: f.Name, Type: t}
	}
	return StructOf(fields...), nil
}
