package eval

import (
	"strconv"
	"strings"
)

// Kind is the kind of a MaxCompute type.
type Kind uint8

// The kinds of MaxCompute's 2.0 type system. KindVoid is the type of the
// NULL literal; it converts implicitly to every type.
const (
	KindVoid Kind = iota
	KindTinyint
	KindSmallint
	KindInt
	KindBigint
	KindFloat
	KindDouble
	KindDecimal
	KindString
	KindVarchar
	KindChar
	KindBinary
	KindBoolean
	KindDate
	KindDatetime
	KindTimestamp
	KindArray
	KindMap
	KindStruct
	// KindTimestampNTZ is TIMESTAMP_NTZ, MaxCompute 2.0's timestamp without
	// a time zone: a wall-clock reading that no session zone shifts.
	KindTimestampNTZ
	KindJSON // MaxCompute's JSON type; values are JSON (see value.go)
)

var kindNames = [...]string{
	KindVoid: "VOID", KindTinyint: "TINYINT", KindSmallint: "SMALLINT", KindInt: "INT",
	KindBigint: "BIGINT", KindFloat: "FLOAT", KindDouble: "DOUBLE", KindDecimal: "DECIMAL",
	KindString: "STRING", KindVarchar: "VARCHAR", KindChar: "CHAR", KindBinary: "BINARY",
	KindBoolean: "BOOLEAN", KindDate: "DATE", KindDatetime: "DATETIME", KindTimestamp: "TIMESTAMP",
	KindArray: "ARRAY", KindMap: "MAP", KindStruct: "STRUCT",
	KindTimestampNTZ: "TIMESTAMP_NTZ",
	KindJSON:         "JSON",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// IsInteger reports TINYINT, SMALLINT, INT and BIGINT.
func (k Kind) IsInteger() bool { return k >= KindTinyint && k <= KindBigint }

// IsNumeric reports the integer kinds, FLOAT, DOUBLE and DECIMAL.
func (k Kind) IsNumeric() bool { return k >= KindTinyint && k <= KindDecimal }

// IsString reports STRING, VARCHAR and CHAR.
func (k Kind) IsString() bool { return k >= KindString && k <= KindChar }

// IsTime reports DATE, DATETIME, TIMESTAMP and TIMESTAMP_NTZ, the kinds
// held as time.Time.
func (k Kind) IsTime() bool {
	return k == KindDate || k == KindDatetime || k == KindTimestamp || k == KindTimestampNTZ
}

// Field is a named member of a STRUCT type.
type Field struct {
	Name string
	Type Type
}

// Type is a MaxCompute type. Simple types need only Kind; Len is the length
// of VARCHAR/CHAR, Precision and Scale those of DECIMAL (0, 0 for the
// unparameterized DECIMAL), Elem the ARRAY element, Key/Elem the MAP key and
// value, Fields the STRUCT members.
type Type struct {
	Kind      Kind
	Len       int
	Precision int
	Scale     int
	Key       *Type
	Elem      *Type
	Fields    []Field
}

// Simple types, for convenience.
var (
	VoidType      = Type{Kind: KindVoid}
	TinyintType   = Type{Kind: KindTinyint}
	SmallintType  = Type{Kind: KindSmallint}
	IntType       = Type{Kind: KindInt}
	BigintType    = Type{Kind: KindBigint}
	FloatType     = Type{Kind: KindFloat}
	DoubleType    = Type{Kind: KindDouble}
	DecimalType   = Type{Kind: KindDecimal}
	StringType    = Type{Kind: KindString}
	BinaryType    = Type{Kind: KindBinary}
	BooleanType   = Type{Kind: KindBoolean}
	DateType      = Type{Kind: KindDate}
	DatetimeType  = Type{Kind: KindDatetime}
	TimestampType = Type{Kind: KindTimestamp}
	// TimestampNTZType is TIMESTAMP_NTZ.
	TimestampNTZType = Type{Kind: KindTimestampNTZ}
	JSONType         = Type{Kind: KindJSON}
)

// ArrayOf returns ARRAY<elem>.
func ArrayOf(elem Type) Type { return Type{Kind: KindArray, Elem: &elem} }

// MapOf returns MAP<key,value>.
func MapOf(key, value Type) Type { return Type{Kind: KindMap, Key: &key, Elem: &value} }

// StructOf returns STRUCT<fields>.
func StructOf(fields ...Field) Type { return Type{Kind: KindStruct, Fields: fields} }

// Equal reports whether t and u are the same type.
func (t Type) Equal(u Type) bool {
	if t.Kind != u.Kind || t.Len != u.Len || t.Precision != u.Precision || t.Scale != u.Scale {
		return false
	}
	if (t.Elem == nil) != (u.Elem == nil) || (t.Key == nil) != (u.Key == nil) || len(t.Fields) != len(u.Fields) {
		return false
	}
	if t.Elem != nil && !t.Elem.Equal(*u.Elem) || t.Key != nil && !t.Key.Equal(*u.Key) {
		return false
	}
	for i := range t.Fields {
		if !strings.EqualFold(t.Fields[i].Name, u.Fields[i].Name) || !t.Fields[i].Type.Equal(u.Fields[i].Type) {
			return false
		}
	}
	return true
}

// FieldIndex returns the index of the STRUCT member name (case-insensitive), or -1.
func (t Type) FieldIndex(name string) int {
	for i, f := range t.Fields {
		if strings.EqualFold(f.Name, name) {
			return i
		}
	}
	return -1
}

// String renders the type as MaxCompute writes it: BIGINT, DECIMAL(10,2),
// VARCHAR(20), ARRAY<STRING>, MAP<STRING,BIGINT>, STRUCT<a:STRING,b:BIGINT>.
func (t Type) String() string {
	switch t.Kind {
	case KindDecimal:
		if t.Precision > 0 {
			return "DECIMAL(" + strconv.Itoa(t.Precision) + "," + strconv.Itoa(t.Scale) + ")"
		}
	case KindVarchar, KindChar:
		return t.Kind.String() + "(" + strconv.Itoa(t.Len) + ")"
	case KindArray:
		return "ARRAY<" + t.Elem.String() + ">"
	case KindMap:
		return "MAP<" + t.Key.String() + "," + t.Elem.String() + ">"
	case KindFunction:
		return funcString(t)
	case KindStruct:
		var b strings.Builder
		b.WriteString("STRUCT<")
		for i, f := range t.Fields {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(f.Name + ":" + f.Type.String())
		}
		b.WriteByte('>')
		return b.String()
	}
	return t.Kind.String()
}
