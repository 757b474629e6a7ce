package eval

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// execTableStmt runs a statement that reads or changes the warehouse.
func (s *Session) execTableStmt(st parser.Stmt) error {
	var err error
	switch st := st.(type) {
	case *parser.CreateTableStmt:
		err = s.execCreate(st)
	case *parser.DropTableStmt:
		err = s.withTx(func(tx Tx) error { return tx.DropTable(tableKey(st.Name), st.IfExists) })
	case *parser.TruncateTableStmt:
		if st.Partitions != nil {
			err = s.execTruncatePartitions(st)
			break
		}
		err = s.withTx(func(tx Tx) error { return tx.TruncateTable(tableKey(st.Name)) })
	case *parser.InsertStmt:
		err = s.execInsert(st)
	case *parser.MultiInsertStmt:
		err = s.execMultiInsert(st)
	case *parser.AlterRenamePartitionStmt:
		err = s.execRenamePartition(st)
	case *parser.AlterMergePartitionsStmt:
		err = s.execMergePartitions(st)
	case *parser.AlterTouchPartitionsStmt:
		err = s.execTouchPartitions(st)
	case *parser.ShowTablesStmt:
		return At(st.Pos, s.showTables(st))
	case *parser.ShowCreateTableStmt:
		return s.execShowCreate(st)
	case *parser.DescStmt:
		if st.Partition != nil {
			return s.descPartition(st)
		}
		return s.execDesc(st)
	case *parser.AlterAddPartitionsStmt:
		err = s.execAddPartitions(st)
	case *parser.AlterDropPartitionsStmt:
		err = s.execDropPartitions(st)
	case *parser.ShowPartitionsStmt:
		return At(st.Pos, s.showPartitions(st))
	default:
		return semanticError(st.Position(), "unsupported statement %s", statementName(st))
	}
	if err != nil {
		return At(st.Position(), err)
	}
	return s.printOK()
}

// execCreate runs the three forms of CREATE TABLE.
func (s *Session) execCreate(st *parser.CreateTableStmt) error {
	if st.AsQuery != nil {
		return s.execCreateAs(st)
	}
	var info *TableInfo
	var err error
	if st.Like != "" {
		info, err = s.likeTable(st)
	} else {
		info, err = tableInfoOf(st)
	}
	if err != nil {
		return err
	}
	return s.withTx(func(tx Tx) error { return tx.CreateTable(*info, st.IfNotExists) })
}

// tableInfoOf turns CREATE TABLE t (cols) ... into a table description.
func tableInfoOf(st *parser.CreateTableStmt) (*TableInfo, error) {
	info := &TableInfo{Name: tableKey(st.Name), Comment: st.Comment}
	if st.Lifecycle != nil {
		info.Lifecycle = *st.Lifecycle
	}
	seen := map[string]bool{}
	var err error
	if info.Columns, info.ColumnComments, err = columnsOf(st.Columns, seen); err != nil {
		return nil, err
	}
	if info.PartitionColumns, _, err = columnsOf(st.PartitionedBy, seen); err != nil {
		return nil, err
	}
	for i, c := range info.PartitionColumns {
		if k := c.Type.Kind; !k.IsInteger() && !k.IsString() {
			return nil, semanticError(st.PartitionedBy[i].Pos, "partition column %s cannot be %s; partition columns are integers or strings", c.Name, c.Type)
		}
	}
	return info, nil
}

// columnsOf converts column definitions, refusing a name seen before.
func columnsOf(defs []*parser.ColumnDef, seen map[string]bool) ([]Column, []string, error) {
	cols := make([]Column, len(defs))
	comments := make([]string, len(defs))
	for i, d := range defs {
		name := strings.ToLower(d.Name)
		if seen[name] {
			return nil, nil, semanticError(d.Pos, "column %s is defined twice", name)
		}
		seen[name] = true
		t, err := TypeOf(d.Type)
		if err != nil {
			return nil, nil, At(d.Type.Pos, err)
		}
		cols[i], comments[i] = Column{Name: name, Type: t}, d.Comment
	}
	return cols, comments, nil
}

// likeTable copies the schema of CREATE TABLE t LIKE u; as in MaxCompute
// the lifecycle is not copied.
func (s *Session) likeTable(st *parser.CreateTableStmt) (*TableInfo, error) {
	src, err := s.tableInfo(st.Pos, st.Like)
	if err != nil {
		return nil, err
	}
	info := *src
	info.Name = tableKey(st.Name)
	info.Lifecycle = 0
	info.Columns = append([]Column(nil), src.Columns...)
	info.ColumnComments = append([]string(nil), src.ColumnComments...)
	info.PartitionColumns = append([]Column(nil), src.PartitionColumns...)
	return &info, nil
}

// execCreateAs runs CREATE TABLE t AS SELECT: the table takes the query's
// column names and types, then receives its rows.
func (s *Session) execCreateAs(st *parser.CreateTableStmt) error {
	rel, err := s.compileQuery(st.AsQuery)
	if err != nil {
		return err
	}
	info := TableInfo{Name: tableKey(st.Name), Columns: rel.cols, ColumnComments: make([]string, len(rel.cols))}
	if st.Lifecycle != nil {
		info.Lifecycle = *st.Lifecycle
	}
	seen := map[string]bool{}
	for _, c := range rel.cols {
		if seen[c.Name] {
			return semanticError(st.AsQuery.Pos, "the query gives two columns named %s; name them apart with AS", c.Name)
		}
		if c.Type.Kind == KindVoid {
			return semanticError(st.AsQuery.Pos, "column %s of the query is NULL without a type; CAST it to the column type", c.Name)
		}
		seen[c.Name] = true
	}
	return s.withTx(func(tx Tx) error {
		if st.IfNotExists {
			if _, err := tx.Table(info.Name); !isTableNotFound(err) {
				return err // nil: the table exists and is left alone
			}
		}
		if err := tx.CreateTable(info, false); err != nil {
			return err
		}
		return insertRows(tx, info.Name, false, nil, rel.scan)
	})
}

func isTableNotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == CodeTableNotFound
}

// showTables prints the table names one a line, as odpscmd does (without
// the owner odpscmd puts before each name: a local warehouse has none).
// IN names another project; LIKE keeps the names its pattern matches.
func (s *Session) showTables(st *parser.ShowTablesStmt) error {
	var names []string
	err := s.withTx(func(tx Tx) (err error) {
		if st.Project == "" || st.Project == s.currentProject() {
			names, err = tx.ListTables()
			return err
		}
		pl, ok := tx.(ProjectLister)
		if !ok {
			return Errorf(CodeProjectNotFound, "project %s not found: this warehouse holds only project %s", st.Project, s.currentProject())
		}
		names, err = pl.ListProjectTables(st.Project)
		return err
	})
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, n := range names {
		if !st.HasLike || tableNameMatches(st.Like, n) {
			b.WriteString(n + "\n")
		}
	}
	_, err = fmt.Fprint(s.stdout, b.String())
	return err
}

// tableNameMatches reports whether a table name matches a SHOW TABLES LIKE
// pattern, in which '*' stands for any characters (MaxCompute's wildcard)
// and every other character for itself, case-insensitively.
func tableNameMatches(pattern, name string) bool {
	pattern, name = strings.ToLower(pattern), strings.ToLower(name)
	parts := strings.Split(pattern, "*")
	if len(parts) == 1 {
		return pattern == name
	}
	if !strings.HasPrefix(name, parts[0]) {
		return false
	}
	name = name[len(parts[0]):]
	last := parts[len(parts)-1]
	for _, mid := range parts[1 : len(parts)-1] {
		i := strings.Index(name, mid)
		if i < 0 {
			return false
		}
		name = name[i+len(mid):]
	}
	return strings.HasSuffix(name, last)
}

func (s *Session) execDesc(st *parser.DescStmt) error {
	info, err := s.tableInfo(st.Pos, st.Name)
	if err != nil {
		return err
	}
	if st.Extended {
		_, err = fmt.Fprint(s.stdout, describeExtended(info, s.projectOf(st.Name)))
		return err
	}
	_, err = fmt.Fprint(s.stdout, describe(info, s.projectOf(st.Name)))
	return err
}
