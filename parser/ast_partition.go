package parser

// PartitionClause is PARTITION (item, ...) outside INSERT: each item an
// expression, `col = value` in a partition spec (ADD PARTITION, SHOW
// PARTITIONS, DESC, TRUNCATE), or a condition on one partition column
// (DROP PARTITION).
type PartitionClause struct {
	Pos
	Items []Expr
}

// AlterAddPartitionsStmt is ALTER TABLE t ADD [IF NOT EXISTS] PARTITION
// (...) [PARTITION (...) ...].
type AlterAddPartitionsStmt struct {
	Pos
	Table       string
	IfNotExists bool
	Partitions  []*PartitionClause
}

// AlterDropPartitionsStmt is ALTER TABLE t DROP [IF EXISTS] PARTITION
// (...) [, PARTITION (...) ...] [PURGE].
type AlterDropPartitionsStmt struct {
	Pos
	Table      string
	IfExists   bool
	Partitions []*PartitionClause
}

// AlterRenamePartitionStmt is ALTER TABLE t PARTITION (spec) RENAME TO
// PARTITION (spec): the rows move to the new partition.
type AlterRenamePartitionStmt struct {
	Pos
	Table    string
	From, To *PartitionClause
}

// AlterMergePartitionsStmt is ALTER TABLE t MERGE [IF EXISTS] PARTITION
// (...) [, PARTITION (...)]... OVERWRITE PARTITION (spec) [PURGE]: the rows
// of the matched partitions go into the target, and they are dropped.
type AlterMergePartitionsStmt struct {
	Pos
	Table      string
	IfExists   bool
	Partitions []*PartitionClause
	Target     *PartitionClause
}

// AlterTouchPartitionsStmt is ALTER TABLE t TOUCH PARTITION (spec)... or
// ALTER TABLE t PARTITION (spec) ENABLE|DISABLE LIFECYCLE: they change a
// partition's modification time or lifecycle flag, which mcsql does not
// keep; Op is "TOUCH", "ENABLE LIFECYCLE" or "DISABLE LIFECYCLE".
type AlterTouchPartitionsStmt struct {
	Pos
	Table      string
	Partitions []*PartitionClause
	Op         string
}

// ShowPartitionsStmt is SHOW PARTITIONS t [PARTITION (...)].
type ShowPartitionsStmt struct {
	Pos
	Table     string
	Partition *PartitionClause // nil when absent
}

func (*AlterAddPartitionsStmt) stmtNode()  {}
func (*AlterDropPartitionsStmt) stmtNode() {}
func (*ShowPartitionsStmt) stmtNode()      {}
