package parser

import (
	"strconv"
	"strings"
)

// typeShape says what a type name takes: how many (n) parameters, and
// which <...> arguments.
type typeShape struct {
	minParams, maxParams int
	args                 string // "", "elem", "keyvalue" or "fields"
	usage                string // shown when the shape is wrong
}

var typeShapes = map[string]typeShape{
	"TINYINT": {}, "SMALLINT": {}, "INT": {}, "BIGINT": {}, "FLOAT": {},
	"DOUBLE": {}, "STRING": {}, "BINARY": {}, "BOOLEAN": {}, "DATE": {},
	"DATETIME": {}, "TIMESTAMP": {}, "TIMESTAMP_NTZ": {}, "JSON": {},
	"DECIMAL": {maxParams: 2, usage: "DECIMAL or DECIMAL(precision, scale)"},
	"VARCHAR": {minParams: 1, maxParams: 1, usage: "VARCHAR(length)"},
	"CHAR":    {minParams: 1, maxParams: 1, usage: "CHAR(length)"},
	"ARRAY":   {args: "elem", usage: "ARRAY<type>"},
	"MAP":     {args: "keyvalue", usage: "MAP<key type, value type>"},
	"STRUCT":  {args: "fields", usage: "STRUCT<name:type, ...>"},
}

func lowerType(t *typeName) (*TypeName, error) {
	name := strings.ToUpper(t.Name)
	shape, ok := typeShapes[name]
	if !ok {
		return nil, errAt(t.Pos, "unknown type '%s'", t.Name)
	}
	if len(t.Params) > 0 && shape.maxParams == 0 {
		return nil, errAt(t.Pos, "type %s takes no parameters", name)
	}
	if len(t.Params) < shape.minParams || len(t.Params) > shape.maxParams {
		return nil, errAt(t.Pos, "wrong parameters for type %s, write %s", name, shape.usage)
	}
	out := &TypeName{Pos: pos(t.Pos), Name: name}
	for _, p := range t.Params {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return nil, errAt(t.Pos, "type parameter of %s must be a whole number, got %s", name, p)
		}
		out.Params = append(out.Params, n)
	}
	if err := lowerTypeArgs(t, shape, out); err != nil {
		return nil, err
	}
	return out, nil
}

// lowerTypeArgs checks and lowers the <...> arguments of ARRAY, MAP and
// STRUCT; other types take none.
func lowerTypeArgs(t *typeName, shape typeShape, out *TypeName) error {
	named := 0
	for _, a := range t.Args {
		if a.Field != nil {
			named++
		}
	}
	want := map[string]int{"": 0, "elem": 1, "keyvalue": 2}[shape.args]
	good := len(t.Args) == want && named == 0
	if shape.args == "fields" {
		good = len(t.Args) > 0 && named == len(t.Args)
	}
	if !good {
		if shape.usage == "" {
			return errAt(t.Pos, "type %s takes no <...> arguments", out.Name)
		}
		return errAt(t.Pos, "wrong arguments for type %s, write %s", out.Name, shape.usage)
	}
	for _, a := range t.Args {
		tn, err := lowerType(a.typeName())
		if err != nil {
			return err
		}
		switch {
		case a.Field != nil:
			out.Fields = append(out.Fields, &ColumnDef{Pos: pos(a.Pos), Name: unquoteIdent(a.Name), Type: tn})
		case out.Elem == nil && shape.args == "elem", out.Key == nil && shape.args == "keyvalue":
			out.Elem, out.Key = tn, tn
			if shape.args == "elem" {
				out.Key = nil
			} else {
				out.Elem = nil
			}
		default:
			out.Value = tn
		}
	}
	return nil
}

// typeName returns the type an argument stands for: the field's type for
// name:type, else the argument itself.
func (a *typeArg) typeName() *typeName {
	if a.Field != nil {
		return a.Field
	}
	return &typeName{Pos: a.Pos, Name: a.Name, Params: a.Params, Args: a.Args}
}
