package warehouse

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// kindsByName maps the names Kind.String gives back to the kinds.
var kindsByName = func() map[string]eval.Kind {
	m := map[string]eval.Kind{}
	// Every kind Kind.String names (it writes "Kind(n)" past the last one).
	for k := eval.KindVoid; !strings.HasPrefix(k.String(), "Kind("); k++ {
		m[k.String()] = k
	}
	return m
}()

// validateType rejects a Type that Type.String could not print or that no
// MaxCompute column can have, so that the catalog only holds types
// parseType reads back identically.
func validateType(t eval.Type) error {
	switch t.Kind {
	case eval.KindArray:
		if t.Elem == nil {
			return fmt.Errorf("ARRAY type without an element type")
		}
		return validateType(*t.Elem)
	case eval.KindMap:
		if t.Key == nil || t.Elem == nil {
			return fmt.Errorf("MAP type without a key or value type")
		}
		if err := validateType(*t.Key); err != nil {
			return err
		}
		return validateType(*t.Elem)
	case eval.KindStruct:
		return validateFields(t.Fields)
	case eval.KindDecimal:
		if t.Precision == 0 && t.Scale == 0 || t.Precision >= 1 && t.Precision <= 38 && t.Scale >= 0 && t.Scale <= t.Precision {
			return nil
		}
		return fmt.Errorf("DECIMAL(%d,%d) is out of range", t.Precision, t.Scale)
	case eval.KindVarchar, eval.KindChar:
		if t.Len < 0 {
			return fmt.Errorf("%s length %d is negative", t.Kind, t.Len)
		}
		return nil
	}
	if _, known := kindsByName[t.Kind.String()]; !known {
		return fmt.Errorf("unknown type kind %d", t.Kind)
	}
	return nil
}

func validateFields(fields []eval.Field) error {
	if len(fields) == 0 {
		return fmt.Errorf("STRUCT type without fields")
	}
	for _, f := range fields {
		if f.Name == "" {
			return fmt.Errorf("STRUCT field without a name")
		}
		if err := validateType(f.Type); err != nil {
			return err
		}
	}
	return nil
}

// typeText renders a validated type as eval.Type.String does, except that
// STRUCT field names which are not plain identifiers are written in
// backquotes (a backquote doubled), so that parseType reads any name back.
func typeText(t eval.Type) string {
	switch t.Kind {
	case eval.KindArray:
		return "ARRAY<" + typeText(*t.Elem) + ">"
	case eval.KindMap:
		return "MAP<" + typeText(*t.Key) + "," + typeText(*t.Elem) + ">"
	case eval.KindStruct:
		var b strings.Builder
		b.WriteString("STRUCT<")
		for i, f := range t.Fields {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(fieldNameText(f.Name) + ":" + typeText(f.Type))
		}
		b.WriteByte('>')
		return b.String()
	}
	return t.String()
}

func fieldNameText(name string) string {
	for i := 0; i < len(name); i++ {
		if !isIdentByte(name[i]) {
			return "`" + strings.ReplaceAll(name, "`", "``") + "`"
		}
	}
	return name
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// parseType reads the text typeText writes.
func parseType(s string) (eval.Type, error) {
	p := &typeParser{s: s}
	t, err := p.typ()
	if err == nil && p.i < len(s) {
		err = p.errorf("unexpected text")
	}
	if err != nil {
		return eval.Type{}, err
	}
	return t, nil
}

type typeParser struct {
	s string
	i int
}

func (p *typeParser) errorf(format string, args ...any) error {
	return fmt.Errorf("bad type %q at offset %d: %s", p.s, p.i, fmt.Sprintf(format, args...))
}

// word reads a run of identifier characters.
func (p *typeParser) word() string {
	start := p.i
	for p.i < len(p.s) && isIdentByte(p.s[p.i]) {
		p.i++
	}
	return p.s[start:p.i]
}

func (p *typeParser) expect(c byte) error {
	if p.i >= len(p.s) || p.s[p.i] != c {
		return p.errorf("expected %q", c)
	}
	p.i++
	return nil
}

func (p *typeParser) typ() (eval.Type, error) {
	start := p.i
	name := p.word()
	switch name {
	case "ARRAY":
		return p.array()
	case "MAP":
		return p.mapType()
	case "STRUCT":
		return p.structType()
	case "DECIMAL":
		return p.decimal()
	case "VARCHAR", "CHAR":
		n, err := p.params(1)
		if err != nil {
			return eval.Type{}, err
		}
		return eval.Type{Kind: kindsByName[name], Len: n[0]}, nil
	}
	k, ok := kindsByName[name]
	if !ok || k == eval.KindArray || k == eval.KindMap || k == eval.KindStruct {
		p.i = start
		return eval.Type{}, p.errorf("unknown type name %q", name)
	}
	return eval.Type{Kind: k}, nil
}

func (p *typeParser) array() (eval.Type, error) {
	if err := p.expect('<'); err != nil {
		return eval.Type{}, err
	}
	elem, err := p.typ()
	if err != nil {
		return eval.Type{}, err
	}
	return eval.ArrayOf(elem), p.expect('>')
}

func (p *typeParser) mapType() (eval.Type, error) {
	if err := p.expect('<'); err != nil {
		return eval.Type{}, err
	}
	key, err := p.typ()
	if err != nil {
		return eval.Type{}, err
	}
	if err := p.expect(','); err != nil {
		return eval.Type{}, err
	}
	val, err := p.typ()
	if err != nil {
		return eval.Type{}, err
	}
	return eval.MapOf(key, val), p.expect('>')
}

func (p *typeParser) structType() (eval.Type, error) {
	if err := p.expect('<'); err != nil {
		return eval.Type{}, err
	}
	var fields []eval.Field
	for {
		name, err := p.fieldName()
		if err != nil {
			return eval.Type{}, err
		}
		if err := p.expect(':'); err != nil {
			return eval.Type{}, err
		}
		ft, err := p.typ()
		if err != nil {
			return eval.Type{}, err
		}
		fields = append(fields, eval.Field{Name: name, Type: ft})
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		return eval.StructOf(fields...), p.expect('>')
	}
}

// fieldName reads a plain or backquoted STRUCT field name.
func (p *typeParser) fieldName() (string, error) {
	if p.i >= len(p.s) || p.s[p.i] != '`' {
		if name := p.word(); name != "" {
			return name, nil
		}
		return "", p.errorf("expected a field name")
	}
	var b strings.Builder
	for p.i++; p.i < len(p.s); p.i++ {
		if p.s[p.i] != '`' {
			b.WriteByte(p.s[p.i])
			continue
		}
		if p.i+1 < len(p.s) && p.s[p.i+1] == '`' {
			b.WriteByte('`')
			p.i++
			continue
		}
		p.i++
		return b.String(), nil
	}
	return "", p.errorf("unterminated field name")
}

func (p *typeParser) decimal() (eval.Type, error) {
	if p.i >= len(p.s) || p.s[p.i] != '(' {
		return eval.DecimalType, nil
	}
	n, err := p.params(2)
	if err != nil {
		return eval.Type{}, err
	}
	return eval.Type{Kind: eval.KindDecimal, Precision: n[0], Scale: n[1]}, nil
}

// params reads "(n)" or "(n,m)", as many numbers as count.
func (p *typeParser) params(count int) ([]int, error) {
	if err := p.expect('('); err != nil {
		return nil, err
	}
	out := make([]int, count)
	for i := range out {
		if i > 0 {
			if err := p.expect(','); err != nil {
				return nil, err
			}
		}
		start := p.i
		n, err := strconv.Atoi(p.word())
		if err != nil {
			p.i = start
			return nil, p.errorf("expected a number")
		}
		out[i] = n
	}
	return out, p.expect(')')
}
