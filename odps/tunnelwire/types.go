package tunnelwire

import (
	"fmt"
	"strings"
)

// kind is a column type's wire family.
type kind int

const (
	kInt kind = iota // bigint, int, smallint, tinyint
	kDouble
	kFloat
	kBool
	kString // string, varchar(n), char(n), json, decimal(p,s)
	kBinary
	kDatetime
	kDate
	kTimestamp // timestamp, timestamp_ntz
	kArray
	kMap
	kStruct
)

// typ is a parsed tunnel schema type.
type typ struct {
	kind   kind
	name   string // as written, for error messages
	elem   *typ   // array element, map key
	val    *typ   // map value
	fields []typ  // struct fields
}

var scalarKinds = map[string]kind{
	"bigint": kInt, "int": kInt, "smallint": kInt, "tinyint": kInt,
	"double": kDouble, "float": kFloat, "boolean": kBool,
	"string": kString, "varchar": kString, "char": kString, "json": kString, "decimal": kString,
	"binary": kBinary, "datetime": kDatetime, "date": kDate,
	"timestamp": kTimestamp, "timestamp_ntz": kTimestamp,
}

// parseTypes parses a schema's column types.
func parseTypes(names []string) ([]typ, error) {
	ts := make([]typ, len(names))
	for i, n := range names {
		t, err := parseType(n)
		if err != nil {
			return nil, fmt.Errorf("tunnelwire: column %d: %w", i+1, err)
		}
		ts[i] = t
	}
	return ts, nil
}

func parseType(s string) (typ, error) {
	p := &typeParser{s: strings.ToLower(s)}
	t, err := p.parse()
	if err == nil && p.skipSpace() < len(p.s) {
		err = fmt.Errorf("unexpected %q after the type", p.s[p.i:])
	}
	if err != nil {
		return typ{}, fmt.Errorf("type %q: %w", s, err)
	}
	return t, nil
}

type typeParser struct {
	s string
	i int
}

func (p *typeParser) skipSpace() int {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
	return p.i
}

func (p *typeParser) word() string {
	start := p.skipSpace()
	for p.i < len(p.s) && (p.s[p.i] == '_' || p.s[p.i] >= 'a' && p.s[p.i] <= 'z' || p.s[p.i] >= '0' && p.s[p.i] <= '9') {
		p.i++
	}
	return p.s[start:p.i]
}

func (p *typeParser) expect(c byte) error {
	if p.skipSpace() < len(p.s) && p.s[p.i] == c {
		p.i++
		return nil
	}
	return fmt.Errorf("expected %q at offset %d", c, p.i)
}

func (p *typeParser) peek(c byte) bool {
	return p.skipSpace() < len(p.s) && p.s[p.i] == c
}

func (p *typeParser) parse() (typ, error) {
	start := p.skipSpace()
	w := p.word()
	switch w {
	case "array":
		return p.parseArray(start)
	case "map":
		return p.parseMap(start)
	case "struct":
		return p.parseStruct(start)
	}
	k, ok := scalarKinds[w]
	if !ok {
		return typ{}, fmt.Errorf("unsupported type %q", w)
	}
	if p.peek('(') { // varchar(n), char(n), decimal(p,s): the wire ignores the parameters
		end := strings.IndexByte(p.s[p.i:], ')')
		if end < 0 {
			return typ{}, fmt.Errorf("unclosed parameters")
		}
		p.i += end + 1
	}
	return typ{kind: k, name: strings.TrimSpace(p.s[start:p.i])}, nil
}

func (p *typeParser) parseArray(start int) (typ, error) {
	if err := p.expect('<'); err != nil {
		return typ{}, err
	}
	e, err := p.parse()
	if err != nil {
		return typ{}, err
	}
	if err := p.expect('>'); err != nil {
		return typ{}, err
	}
	return typ{kind: kArray, name: p.s[start:p.i], elem: &e}, nil
}

func (p *typeParser) parseMap(start int) (typ, error) {
	if err := p.expect('<'); err != nil {
		return typ{}, err
	}
	k, err := p.parse()
	if err != nil {
		return typ{}, err
	}
	if err := p.expect(','); err != nil {
		return typ{}, err
	}
	v, err := p.parse()
	if err != nil {
		return typ{}, err
	}
	if err := p.expect('>'); err != nil {
		return typ{}, err
	}
	return typ{kind: kMap, name: p.s[start:p.i], elem: &k, val: &v}, nil
}

func (p *typeParser) parseStruct(start int) (typ, error) {
	if err := p.expect('<'); err != nil {
		return typ{}, err
	}
	var fields []typ
	for {
		p.skipSpace()
		if p.peek('`') { // a quoted field name
			end := strings.IndexByte(p.s[p.i+1:], '`')
			if end < 0 {
				return typ{}, fmt.Errorf("unclosed quoted field name")
			}
			p.i += end + 2
		} else if p.word() == "" {
			return typ{}, fmt.Errorf("expected a field name at offset %d", p.i)
		}
		if err := p.expect(':'); err != nil {
			return typ{}, err
		}
		f, err := p.parse()
		if err != nil {
			return typ{}, err
		}
		fields = append(fields, f)
		if !p.peek(',') {
			break
		}
		p.i++
	}
	if err := p.expect('>'); err != nil {
		return typ{}, err
	}
	return typ{kind: kStruct, name: p.s[start:p.i], fields: fields}, nil
}
