package eval

import (
	"github.com/mcsql/mcsql/parser"
)

// ALTER TABLE t PARTITION (...) RENAME TO PARTITION (...), ALTER TABLE t
// MERGE PARTITION ... OVERWRITE PARTITION (...) and ALTER TABLE t TOUCH
// PARTITION (...), of the "Partition operations" page. RENAME and MERGE
// move rows: they read the source partitions, write the target one and
// drop the sources, all in the script's transaction.

// execRenamePartition moves the rows of an existing partition to a new one.
func (s *Session) execRenamePartition(st *parser.AlterRenamePartitionStmt) error {
	info, err := s.partitionTable(st.Pos, st.Table)
	if err != nil {
		return err
	}
	from, err := s.partitionSpec(info, st.From, true, "RENAME PARTITION")
	if err != nil {
		return err
	}
	to, err := s.partitionSpec(info, st.To, true, "RENAME TO PARTITION")
	if err != nil {
		return err
	}
	return s.withTx(func(tx Tx) error {
		parts, err := tx.Partitions(tableKey(st.Table))
		if err != nil {
			return err
		}
		if !containsPart(parts, from) {
			return semanticError(st.From.Pos, "partition %s of table %s does not exist", PartitionName(info.PartitionColumns, from), info.Name)
		}
		if containsPart(parts, to) {
			return semanticError(st.To.Pos, "partition %s of table %s already exists; RENAME TO needs a new partition", PartitionName(info.PartitionColumns, to), info.Name)
		}
		return s.movePartitions(tx, info, tableKey(st.Table), [][]Value{from}, to, "ALTER TABLE ... RENAME TO PARTITION")
	})
}

// execMergePartitions merges the matched partitions into the target one,
// which replaces its rows if it exists and is not among them.
func (s *Session) execMergePartitions(st *parser.AlterMergePartitionsStmt) error {
	info, err := s.partitionTable(st.Pos, st.Table)
	if err != nil {
		return err
	}
	ms, err := s.clauseMatchers(info, st.Partitions, "MERGE PARTITION")
	if err != nil {
		return err
	}
	target, err := s.partitionSpec(info, st.Target, true, "MERGE ... OVERWRITE PARTITION")
	if err != nil {
		return err
	}
	return s.withTx(func(tx Tx) error {
		parts, err := tx.Partitions(tableKey(st.Table))
		if err != nil {
			return err
		}
		sources, err := matching(info, parts, st.Partitions, ms, st.IfExists, "MERGE")
		if err != nil {
			return err
		}
		if len(sources) == 0 { // MERGE IF EXISTS of partitions none of which exist
			return nil
		}
		return s.movePartitions(tx, info, tableKey(st.Table), sources, target, "ALTER TABLE ... MERGE PARTITION")
	})
}

// movePartitions writes the rows of sources into target (replacing what
// target held), then drops the sources other than target.
func (s *Session) movePartitions(tx Tx, info *TableInfo, table string, sources [][]Value, target []Value, op string) error {
	n := len(info.Columns)
	mem := s.mem.track(op)
	defer mem.release()
	var rows [][]Value
	err := tx.ScanPartitions(table, sources, func(row []Value) error {
		if err := mem.charge(row); err != nil {
			return err
		}
		r := append([]Value(nil), row...)
		copy(r[n:], target)
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		return err
	}
	var gone [][]Value
	for _, p := range sources {
		if comparePartitions(p, target) != 0 {
			gone = append(gone, p)
		}
	}
	if len(gone) > 0 {
		if err := tx.DropPartitions(table, gone); err != nil {
			return err
		}
	}
	static := make(map[string]Value, len(target))
	for i, c := range info.PartitionColumns {
		static[c.Name] = target[i]
	}
	_, err = tx.Insert(table, true, static, func(yield func([]Value) error) error {
		for _, r := range rows {
			if err := yield(r); err != nil {
				return err
			}
		}
		return nil
	})
	return err
}

// execTouchPartitions checks that the partitions exist; their modification
// time (TOUCH) and lifecycle flag (ENABLE|DISABLE LIFECYCLE) are not kept
// by mcsql.
func (s *Session) execTouchPartitions(st *parser.AlterTouchPartitionsStmt) error {
	info, err := s.partitionTable(st.Pos, st.Table)
	if err != nil {
		return err
	}
	specs, err := s.fullSpecs(info, st.Partitions, st.Op+" PARTITION")
	if err != nil {
		return err
	}
	return s.withTx(func(tx Tx) error {
		parts, err := tx.Partitions(tableKey(st.Table))
		if err != nil {
			return err
		}
		for i, p := range specs {
			if !containsPart(parts, p) {
				return semanticError(st.Partitions[i].Pos, "partition %s of table %s does not exist", PartitionName(info.PartitionColumns, p), info.Name)
			}
		}
		return nil
	})
}
