package eval

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Partition statements: ALTER TABLE t ADD|DROP PARTITION, SHOW PARTITIONS,
// DESC t PARTITION (...), TRUNCATE TABLE t PARTITION (...). A PARTITION
// clause is a spec, `col = value, ...`, or (DROP, TRUNCATE) a condition
// on one partition column, matched against every partition the table has.

// partitionTable looks a table up and checks that it is partitioned.
func (s *Session) partitionTable(pos parser.Pos, name string) (*TableInfo, error) {
	info, err := s.tableInfo(pos, name)
	if err != nil {
		return nil, err
	}
	if len(info.PartitionColumns) == 0 {
		return nil, semanticError(pos, "table %s is not partitioned; only a table created with PARTITIONED BY has partitions", tableKey(name))
	}
	return info, nil
}

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
	var refErr error
	sc.seen = func(i int) {
		if *column >= 0 && *column != i && refErr == nil {
			refErr = fmt.Errorf("%s", parts[i].Name)
		}
		*column = i
	}
	c := &compiler{s: s, sc: sc}
	x, err := c.expr(e)
	if refErr != nil {
		return nil, semanticError(columnRefPos(e, refErr.Error()), "invalid column reference %s, partition expression must have one and only one column reference", refErr.Error())
	}
	if err != nil {
		return nil, err
	}
	if *column < 0 {
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

// execAddPartitions runs ALTER TABLE t ADD [IF NOT EXISTS] PARTITION ...
func (s *Session) execAddPartitions(st *parser.AlterAddPartitionsStmt) error {
	info, err := s.partitionTable(st.Pos, st.Table)
	if err != nil {
		return err
	}
	specs, err := s.fullSpecs(info, st.Partitions, "ADD PARTITION")
	if err != nil {
		return err
	}
	return s.withTx(func(tx Tx) error {
		existing, err := tx.Partitions(tableKey(st.Table))
		if err != nil {
			return err
		}
		if !st.IfNotExists {
			for i, p := range specs {
				if containsPart(specs[:i], p) {
					return semanticError(st.Partitions[i].Pos, "partition %s is listed twice", PartitionName(info.PartitionColumns, p))
				}
				if containsPart(existing, p) {
					return semanticError(st.Partitions[i].Pos, "partition %s of table %s already exists; ADD IF NOT EXISTS PARTITION skips existing partitions", PartitionName(info.PartitionColumns, p), info.Name)
				}
			}
		}
		return tx.AddPartitions(tableKey(st.Table), specs, true)
	})
}

func containsPart(parts [][]Value, p []Value) bool {
	for _, q := range parts {
		if comparePartitions(p, q) == 0 {
			return true
		}
	}
	return false
}

// execDropPartitions runs ALTER TABLE t DROP [IF EXISTS] PARTITION ...
func (s *Session) execDropPartitions(st *parser.AlterDropPartitionsStmt) error {
	info, err := s.partitionTable(st.Pos, st.Table)
	if err != nil {
		return err
	}
	ms, err := s.clauseMatchers(info, st.Partitions, "DROP PARTITION")
	if err != nil {
		return err
	}
	return s.withTx(func(tx Tx) error {
		parts, err := tx.Partitions(tableKey(st.Table))
		if err != nil {
			return err
		}
		gone, err := matching(info, parts, st.Partitions, ms, st.IfExists, "DROP")
		if err != nil {
			return err
		}
		return tx.DropPartitions(tableKey(st.Table), gone)
	})
}

// execTruncatePartitions runs TRUNCATE TABLE t PARTITION ...: the rows go,
// the partitions stay.
func (s *Session) execTruncatePartitions(st *parser.TruncateTableStmt) error {
	info, err := s.partitionTable(st.Pos, st.Name)
	if err != nil {
		return err
	}
	ms, err := s.clauseMatchers(info, st.Partitions, "TRUNCATE TABLE ... PARTITION")
	if err != nil {
		return err
	}
	return s.withTx(func(tx Tx) error {
		parts, err := tx.Partitions(tableKey(st.Name))
		if err != nil {
			return err
		}
		cleared, err := matching(info, parts, st.Partitions, ms, false, "")
		if err != nil {
			return err
		}
		return tx.TruncatePartitions(tableKey(st.Name), cleared)
	})
}

// showPartitions prints the partitions of a table, those a partial spec
// names, one a line as odpscmd does: ds=20240101/hr=1.
func (s *Session) showPartitions(st *parser.ShowPartitionsStmt) error {
	info, err := s.partitionTable(st.Pos, st.Table)
	if err != nil {
		return err
	}
	match := func([]Value) (bool, error) { return true, nil }
	if st.Partition != nil {
		vals, err := s.partitionSpec(info, st.Partition, false, "SHOW PARTITIONS")
		if err != nil {
			return err
		}
		match = specMatcher(vals)
	}
	var parts [][]Value
	if err := s.withTx(func(tx Tx) (err error) { parts, err = tx.Partitions(tableKey(st.Table)); return err }); err != nil {
		return At(st.Pos, err)
	}
	var b strings.Builder
	for _, p := range parts {
		if ok, _ := match(p); ok {
			b.WriteString(PartitionName(info.PartitionColumns, p) + "\n")
		}
	}
	_, err = fmt.Fprint(s.stdout, b.String())
	return err
}

// descPartition prints DESC t PARTITION (spec): the partition's name and
// its number of rows. **(mcsql)** odpscmd prints the partition's size and
// times, which a local warehouse does not keep.
func (s *Session) descPartition(st *parser.DescStmt) error {
	info, err := s.partitionTable(st.Pos, st.Name)
	if err != nil {
		return err
	}
	spec, err := s.partitionSpec(info, st.Partition, true, "DESC ... PARTITION")
	if err != nil {
		return err
	}
	var rows int64
	err = s.withTx(func(tx Tx) error {
		parts, err := tx.Partitions(tableKey(st.Name))
		if err != nil {
			return err
		}
		if !containsPart(parts, spec) {
			return semanticError(st.Partition.Pos, "partition not found: %s of table %s", PartitionName(info.PartitionColumns, spec), info.Name)
		}
		return tx.ScanPartitions(tableKey(st.Name), [][]Value{spec}, func([]Value) error { rows++; return nil })
	})
	if err != nil {
		return At(st.Pos, err)
	}
	var b strings.Builder
	rule := "+" + strings.Repeat("-", 84) + "+\n"
	line := func(text string) { fmt.Fprintf(&b, "| %-82s |\n", text) }
	b.WriteString(rule)
	line(fmt.Sprintf("%-26s%s", "Partition:", PartitionName(info.PartitionColumns, spec)))
	line(fmt.Sprintf("%-26s%d", "Records:", rows))
	b.WriteString(rule)
	_, err = fmt.Fprint(s.stdout, b.String())
	return err
}
