package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// PARTITION clauses outside INSERT: a spec, `col = value, ...`, names
// partitions by their values; a condition on one partition column (DROP,
// TRUNCATE) is evaluated on every partition the table has.

// partitionMatcher tells whether a partition (its values, in partition
// column order) is one a PARTITION clause names.
type partitionMatcher func(part []Value) (bool, error)

// specItem returns the column and value of a `col = value` item.
func specItem(e parser.Expr) (*parser.Ident, parser.Expr, bool) {
	b, ok := e.(*parser.Binary)
	if !ok || b.Op != "=" && b.Op != "==" {
		return nil, nil, false
	}
	id, ok := b.L.(*parser.Ident)
	if !ok || len(id.Parts) != 1 {
		return nil, nil, false
	}
	return id, b.R, true
}

// isSpec reports whether every item of a clause is `col = value`.
func isSpec(c *parser.PartitionClause) bool {
	for _, it := range c.Items {
		if _, _, ok := specItem(it); !ok {
			return false
		}
	}
	return true
}

// partitionSpec evaluates a spec clause: the value of each partition
// column it names (converted to the column type), nil for the others.
// full requires every partition column.
func (s *Session) partitionSpec(info *TableInfo, c *parser.PartitionClause, full bool, what string) ([]Value, error) {
	parts := info.PartitionColumns
	vals := make([]Value, len(parts))
	given := make([]bool, len(parts))
	for _, it := range c.Items {
		id, vx, ok := specItem(it)
		if !ok {
			return nil, semanticError(it.Position(), "%s takes a partition spec, PARTITION (col = value, ...)", what)
		}
		j := outputIndex(parts, id.Parts[0])
		switch {
		case j < 0:
			return nil, semanticError(id.Pos, "%s is not a partition column of table %s, which is partitioned by (%s)", strings.ToLower(id.Parts[0]), info.Name, columnNames(parts))
		case given[j]:
			return nil, semanticError(id.Pos, "partition column %s is given twice", parts[j].Name)
		}
		v, err := s.staticPartitionValue(&parser.PartitionSpec{Pos: id.Pos, Key: id.Parts[0], Value: vx}, parts[j], info.Name)
		if err != nil {
			return nil, err
		}
		vals[j], given[j] = v, true
	}
	if full {
		for j, ok := range given {
			if !ok {
				return nil, semanticError(c.Pos, "%s needs a value for every partition column of table %s (%s); %s has none", what, info.Name, columnNames(parts), parts[j].Name)
			}
		}
	}
	return vals, nil
}

// fullSpecs evaluates clauses that each name one whole partition.
func (s *Session) fullSpecs(info *TableInfo, cs []*parser.PartitionClause, what string) ([][]Value, error) {
	out := make([][]Value, len(cs))
	for i, c := range cs {
		v, err := s.partitionSpec(info, c, true, what)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// specMatcher matches the partitions whose named columns have the spec's
// values: a partial spec names every partition below it.
func specMatcher(vals []Value) partitionMatcher {
	return func(part []Value) (bool, error) {
		for i, v := range vals {
			if v != nil && PartitionValueText(v) != PartitionValueText(part[i]) {
				return false, nil
			}
		}
		return true, nil
	}
}

// clauseMatchers compiles the PARTITION clauses of DROP or TRUNCATE: specs,
// or, when one of them is not a spec, conditions, each of which may read
// one partition column only (MaxCompute's error for two is kept word for
// word). A partition any clause matches is dropped.
func (s *Session) clauseMatchers(info *TableInfo, cs []*parser.PartitionClause, what string) ([]partitionMatcher, error) {
	conditions := false
	for _, c := range cs {
		conditions = conditions || !isSpec(c)
	}
	out := make([]partitionMatcher, len(cs))
	if !conditions {
		for i, c := range cs {
			v, err := s.partitionSpec(info, c, false, what)
			if err != nil {
				return nil, err
			}
			out[i] = specMatcher(v)
		}
		return out, nil
	}
	for i, c := range cs {
		if len(c.Items) != 1 {
			return nil, semanticError(c.Items[1].Position(), "a PARTITION condition is one expression; join conditions with AND or OR")
		}
		column := -1
		m, err := s.conditionMatcher(info, c.Items[0], &column)
		if err != nil {
			return nil, err
		}
		out[i] = m
	}
	return out, nil
}

// conditionMatcher compiles a condition on the partition columns; column
// is the partition column the condition reads (-1 before).
func (s *Session) conditionMatcher(info *TableInfo, e parser.Expr, column *int) (partitionMatcher, error) {
	parts := info.PartitionColumns
	sc := scopeOf(tableQualifier(info.Name), parts)
	second := "" // a second partition column the condition reads
	sc.seen = func(i int) {
		if *column >= 0 && *column != i && second == "" {
			second = parts[i].Name
		}
		*column = i
	}
	x, err := (&compiler{s: s, sc: sc}).expr(e)
	switch {
	case second != "":
		return nil, semanticError(columnRefPos(e, second), "invalid column reference %s, partition expression must have one and only one column reference", second)
	case err != nil:
		return nil, err
	case *column < 0:
		return nil, semanticError(e.Position(), "invalid partition expression, partition expression must have one and only one column reference")
	}
	if x, err = boolean(x, e.Position(), "PARTITION"); err != nil {
		return nil, err
	}
	return func(part []Value) (bool, error) {
		v, err := x.eval(part)
		return v == true, err
	}, nil
}

// columnRefPos finds where name is read in e, for the error's position.
func columnRefPos(e parser.Expr, name string) parser.Pos {
	if id, ok := e.(*parser.Ident); ok && strings.EqualFold(id.Parts[len(id.Parts)-1], name) {
		return id.Pos
	}
	for _, c := range exprChildren(e) {
		if c == nil {
			continue
		}
		if p := columnRefPos(c, name); p != (parser.Pos{}) {
			return p
		}
	}
	return parser.Pos{}
}

// matching returns the partitions matched by each clause, in the table's
// order and without repeats; a clause matching none is an error unless
// ifExists.
func matching(info *TableInfo, parts [][]Value, cs []*parser.PartitionClause, ms []partitionMatcher, ifExists bool, what string) ([][]Value, error) {
	picked := make([]bool, len(parts))
	for i, m := range ms {
		found := false
		for k, p := range parts {
			ok, err := m(p)
			if err != nil {
				return nil, At(cs[i].Pos, err)
			}
			if ok {
				picked[k], found = true, true
			}
		}
		if !found && !ifExists {
			hint := ""
			if what != "" {
				hint = "; " + what + " IF EXISTS ignores missing partitions"
			}
			return nil, semanticError(cs[i].Pos, "partition not found: no partition of table %s matches %s%s", info.Name, clauseText(cs[i]), hint)
		}
	}
	var out [][]Value
	for k, p := range parts {
		if picked[k] {
			out = append(out, p)
		}
	}
	return out, nil
}

// clauseText renders a clause for messages: PARTITION (ds='1', hr=2).
func clauseText(c *parser.PartitionClause) string {
	items := make([]string, len(c.Items))
	for i, it := range c.Items {
		items[i] = exprText(it)
	}
	return "PARTITION (" + strings.Join(items, ", ") + ")"
}

// exprText is a short text of a spec item; other conditions print as
// "condition".
func exprText(e parser.Expr) string {
	id, vx, ok := specItem(e)
	if !ok {
		return "condition"
	}
	if lit, ok := vx.(*parser.Literal); ok {
		return strings.ToLower(id.Parts[0]) + "=" + lit.Text
	}
	return strings.ToLower(id.Parts[0]) + "=..."
}

// containsPart reports whether parts holds p.
func containsPart(parts [][]Value, p []Value) bool {
	for _, q := range parts {
		if comparePartitions(p, q) == 0 {
			return true
		}
	}
	return false
}
