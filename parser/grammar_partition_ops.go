package parser

import "strings"

// The partition operations of the "Partition operations" page beyond ADD
// and DROP: RENAME TO, MERGE, TOUCH and ENABLE|DISABLE LIFECYCLE.

// renamePartition is PARTITION (spec) RENAME TO PARTITION (spec), or
// PARTITION (spec) ENABLE|DISABLE LIFECYCLE.
type renamePartition struct {
	From      *partitionClause `parser:"@@ ( 'RENAME' 'TO'"`
	To        *partitionClause `parser:"  @@"`
	Lifecycle string           `parser:"| @( 'ENABLE' | 'DISABLE' ) 'LIFECYCLE' )"`
}

// mergePartitions is MERGE [IF EXISTS] PARTITION (...) [, PARTITION (...)]...
// OVERWRITE PARTITION (spec) [PURGE].
type mergePartitions struct {
	IfExists bool               `parser:"'MERGE' ( @'IF' 'EXISTS' )?"`
	Parts    []*partitionClause `parser:"@@ ( ',' @@ )*"`
	Target   *partitionClause   `parser:"'OVERWRITE' @@"`
	Purge    bool               `parser:"@'PURGE'?"`
}

// touchPartitions is TOUCH PARTITION (spec) [, PARTITION (spec)]....
type touchPartitions struct {
	Parts []*partitionClause `parser:"'TOUCH' @@ ( ',' @@ )*"`
}

func init() {
	productionWords["RenamePartition"] = []string{"'PARTITION'"}
	productionWords["MergePartitions"] = []string{"'MERGE'"}
	productionWords["TouchPartitions"] = []string{"'TOUCH'"}
}

// lowerPartitionOps lowers RENAME, MERGE and TOUCH; nil for the others.
func lowerPartitionOps(a *alterStmt, p Pos, table string) Stmt {
	switch {
	case a.Rename != nil && a.Rename.Lifecycle != "":
		return &AlterTouchPartitionsStmt{Pos: p, Table: table, Partitions: []*PartitionClause{lowerPartitionClause(a.Rename.From)},
			Op: strings.ToUpper(a.Rename.Lifecycle) + " LIFECYCLE"}
	case a.Rename != nil:
		return &AlterRenamePartitionStmt{Pos: p, Table: table,
			From: lowerPartitionClause(a.Rename.From), To: lowerPartitionClause(a.Rename.To)}
	case a.Merge != nil:
		return &AlterMergePartitionsStmt{Pos: p, Table: table, IfExists: a.Merge.IfExists,
			Partitions: lowerPartitionClauses(a.Merge.Parts), Target: lowerPartitionClause(a.Merge.Target)}
	case a.Touch != nil:
		return &AlterTouchPartitionsStmt{Pos: p, Table: table, Partitions: lowerPartitionClauses(a.Touch.Parts), Op: "TOUCH"}
	}
	return nil
}

func (*AlterRenamePartitionStmt) stmtNode() {}
func (*AlterMergePartitionsStmt) stmtNode() {}
func (*AlterTouchPartitionsStmt) stmtNode() {}
