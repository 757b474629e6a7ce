package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// Partition statements: ALTER TABLE t ADD|DROP PARTITION ..., SHOW
// PARTITIONS t [PARTITION (...)]. A PARTITION clause holds expressions:
// `col = value` items of a partition spec, or, in ALTER TABLE ... DROP,
// a condition on one partition column; evaluation tells them apart.

// alterStmt is ALTER TABLE t ADD [IF NOT EXISTS] PARTITION (...) ... or
// ALTER TABLE t DROP [IF EXISTS] PARTITION (...) [, PARTITION (...)] [PURGE].
type alterStmt struct {
	Pos   lexer.Position
	Table *tableName      `parser:"'ALTER' 'TABLE' @@"`
	Add   *addPartitions  `parser:"( @@"`
	Drop  *dropPartitions `parser:"| @@"`
	// The other partition operations (grammar_partition_ops.go).
	Rename *renamePartition `parser:"| @@"`
	Merge  *mergePartitions `parser:"| @@"`
	Touch  *touchPartitions `parser:"| @@ )"`
}

// addPartitions lists its PARTITION clauses one after the other, as the
// documentation writes them (a comma between them is accepted too).
type addPartitions struct {
	IfNotExists bool               `parser:"'ADD' ( @'IF' 'NOT' 'EXISTS' )?"`
	Parts       []*partitionClause `parser:"@@ ( ','? @@ )*"`
}

// dropPartitions separates its PARTITION clauses with commas.
type dropPartitions struct {
	IfExists bool               `parser:"'DROP' ( @'IF' 'EXISTS' )?"`
	Parts    []*partitionClause `parser:"@@ ( ',' @@ )*"`
	Purge    bool               `parser:"@'PURGE'?"`
}

// partitionClause is PARTITION (item, ...).
type partitionClause struct {
	Pos   lexer.Position
	Items []Expr `parser:"'PARTITION' '(' @@ ( ',' @@ )* ')'"`
}

// showPartitions is the rest of SHOW PARTITIONS t [PARTITION (...)].
type showPartitions struct {
	Pos   lexer.Position
	Table *tableName       `parser:"'PARTITIONS' @@"`
	Spec  *partitionClause `parser:"@@?"`
}

func lowerPartitionClause(c *partitionClause) *PartitionClause {
	if c == nil {
		return nil
	}
	return &PartitionClause{Pos: pos(c.Pos), Items: c.Items}
}

func lowerPartitionClauses(cs []*partitionClause) []*PartitionClause {
	if len(cs) == 0 {
		return nil
	}
	out := make([]*PartitionClause, len(cs))
	for i, c := range cs {
		out[i] = lowerPartitionClause(c)
	}
	return out
}

func lowerAlter(a *alterStmt) Stmt {
	p, table := pos(a.Pos), lowerTableName(a.Table)
	if st := lowerPartitionOps(a, p, table); st != nil {
		return st
	}
	if a.Add != nil {
		return &AlterAddPartitionsStmt{Pos: p, Table: table, IfNotExists: a.Add.IfNotExists, Partitions: lowerPartitionClauses(a.Add.Parts)}
	}
	return &AlterDropPartitionsStmt{Pos: p, Table: table, IfExists: a.Drop.IfExists, Partitions: lowerPartitionClauses(a.Drop.Parts)}
}

func lowerShow(s *showStmt) (Stmt, error) {
	if s.Create != nil {
		return &ShowCreateTableStmt{Pos: pos(s.Pos), Name: lowerTableName(s.Create)}, nil
	}
	if t := s.Tables; t != nil {
		st := &ShowTablesStmt{Pos: pos(s.Pos), Project: strings.ToLower(unquoteIdent(t.Project))}
		if t.Like != nil {
			if litKind(t.Like.Value) != LitString {
				return nil, errAt(t.Like.Pos, "SHOW TABLES LIKE needs a string such as 'sale*', got %s", describeToken(*t.Like))
			}
			st.Like, st.HasLike = decodeStrings(t.Like.Value), true
		}
		return st, nil
	}
	return &ShowPartitionsStmt{Pos: pos(s.Pos), Table: lowerTableName(s.Partitions.Table), Partition: lowerPartitionClause(s.Partitions.Spec)}, nil
}
