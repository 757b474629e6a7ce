package parser

import (
	"strconv"
	"strings"
)

// The STRUCT expression (the STRUCT data type page) names its fields:
//
//	STRUCT(expression1 [[AS] field_name1], expression2 [[AS] field_name2], ...)
//
// Without any name it is the STRUCT function, whose fields are col1,
// col2, ... With one, it is lowered to NAMED_STRUCT('field_name1',
// expression1, ...), whose type carries the names. A field without a name
// takes the name of the column it reads (TO_JSON's example 3 turns
// struct(experiment_id AS id, tag AS tag, `group`, `success`) into
// {"id":...,"tag":...,"group":...,"success":...}); any other expression
// takes colN, N its position, as in the STRUCT function (mcsql).

// structCall parses the arguments of STRUCT(, which is consumed; c is the
// call being built.
func (p *exprParser) structCall(c *Call) (Expr, error) {
	var names []string
	named := false
	for {
		x, err := p.expr(0)
		if err != nil {
			return nil, err
		}
		name, err := p.fieldAlias()
		if err != nil {
			return nil, err
		}
		named = named || name != ""
		c.Args, names = append(c.Args, x), append(names, name)
		if !p.peekIs(",") {
			break
		}
		p.lex.Next()
	}
	if err := p.expect(")"); err != nil {
		return nil, err
	}
	if !named {
		return c, nil
	}
	return namedStruct(c, names), nil
}

// fieldAlias reads the optional [AS] field_name after a STRUCT field.
func (p *exprParser) fieldAlias() (string, error) {
	if p.peekWord("AS") {
		p.lex.Next()
		t := *p.lex.Peek()
		if t.Type != tokIdent {
			return "", p.unexpected(t, "a field name")
		}
	}
	if t := *p.lex.Peek(); t.Type == tokIdent {
		p.lex.Next()
		return unquoteIdent(t.Value), nil
	}
	return "", nil
}

// namedStruct lowers STRUCT(x1 [AS] n1, ...) to NAMED_STRUCT('n1', x1, ...).
func namedStruct(c *Call, names []string) *Call {
	out := &Call{Pos: c.Pos, Name: "NAMED_STRUCT", Args: make([]Expr, 0, 2*len(c.Args))}
	for i, x := range c.Args {
		name := names[i]
		if id, ok := x.(*Ident); ok && name == "" {
			name = id.Parts[len(id.Parts)-1]
		}
		if name == "" {
			name = "col" + strconv.Itoa(i+1)
		}
		out.Args = append(out.Args, &Literal{Pos: x.Position(), Kind: LitString, Text: name}, x)
	}
	return out
}

// isStructCall reports whether the call of name that starts here is a
// STRUCT expression or function with arguments (not STRUCT() or STRUCT(*)).
func (p *exprParser) isStructCall(c *Call) bool {
	return strings.EqualFold(c.Name, "STRUCT") && !p.peekIs(")") && !p.peekIs("*")
}
