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
