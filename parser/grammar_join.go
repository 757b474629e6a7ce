package parser

import "strings"

// lowerJoinKind gives a join clause its kind: INNER, LEFT, RIGHT, FULL,
// CROSS, or SEMI and ANTI for MaxCompute's LEFT SEMI JOIN and LEFT ANTI
// JOIN; it refuses the combinations MaxCompute has no meaning for.
func lowerJoinKind(j *joinClause) (string, error) {
	kind := strings.ToUpper(j.Kind)
	semi := strings.ToUpper(j.Semi)
	switch {
	case j.Comma:
		if j.On != nil {
			return "", errAt(j.OnPos.Pos, "ON needs a JOIN, not a comma")
		}
		if j.Using != nil {
			return "", errAt(j.Pos, "USING needs a JOIN, not a comma")
		}
		return "CROSS", nil
	case j.Plain:
		kind = "INNER"
	case semi != "" && (kind != "LEFT" || j.Outer):
		return "", errAt(j.Pos, "%s goes after LEFT only: LEFT %s JOIN", semi, semi)
	case semi != "":
		kind = semi
	case j.Outer && (kind == "INNER" || kind == "CROSS"):
		return "", errAt(j.Pos, "OUTER goes with LEFT, RIGHT or FULL, not %s", kind)
	}
	switch {
	case kind == "CROSS" && j.On != nil:
		return "", errAt(j.OnPos.Pos, "CROSS JOIN takes no ON condition")
	case kind == "CROSS" && j.Using != nil:
		return "", errAt(j.Pos, "CROSS JOIN takes no USING condition")
	case j.Natural && (j.On != nil || j.Using != nil):
		return "", errAt(j.Pos, "NATURAL JOIN takes no ON or USING: it joins on every column both sides name")
	case j.Natural && (kind == "CROSS" || kind == "SEMI" || kind == "ANTI"):
		return "", errAt(j.Pos, "NATURAL goes with [INNER], LEFT, RIGHT or FULL JOIN, not %s", kind)
	case (kind == "SEMI" || kind == "ANTI") && j.Using != nil:
		return "", errAt(j.Pos, "LEFT %s JOIN needs an ON condition", kind)
	}
	return kind, nil
}

// exists parses EXISTS (SELECT ...); the EXISTS keyword is next.
func (p *exprParser) exists() (Expr, error) {
	kw := *p.lex.Next()
	if err := p.expect("("); err != nil {
		return nil, err
	}
	if !p.peekQuery() {
		return nil, p.unexpected(*p.lex.Peek(), "a query after EXISTS (")
	}
	q, err := p.subquery()
	if err != nil {
		return nil, err
	}
	if err := p.expect(")"); err != nil {
		return nil, err
	}
	return &Exists{Pos: pos(kw.Pos), Query: q}, nil
}

// lowerNested lowers `( table_references )`, joins in parentheses, which
// the JOIN page uses to join in another order than left to right. It
// takes no alias: its tables keep theirs.
func lowerNested(f *tableFactor, alias string) (TableRef, error) {
	if alias != "" {
		return nil, errAt(f.Pos, "joins in parentheses take no alias; their tables keep their own")
	}
	return lowerFrom(f.Nested)
}
