package eval

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// withTx runs fn in the warehouse transaction of the running script,
// beginning it on first use so that scripts which never touch a table never
// touch the warehouse either. Outside a script (Session.Query) fn gets a
// transaction of its own, rolled back afterwards: such callers only read.
func (s *Session) withTx(fn func(Tx) error) error {
	if s.check != nil {
		return s.withCheckTx(fn)
	}
	if s.wh == nil {
		return Errorf(CodeSemantic, "reading tables needs a warehouse, and this session has none")
	}
	if s.tx != nil {
		return fn(s.tx)
	}
	begin := s.wh.Begin
	if rw, ok := s.wh.(ReadWarehouse); ok && (s.readOnly || !s.inScript) {
		begin = rw.BeginRead
	}
	tx, err := begin()
	if err != nil {
		return storageError("cannot open the warehouse", err)
	}
	if s.inScript {
		s.tx = tx
		return fn(tx)
	}
	err = fn(tx)
	if rerr := tx.Rollback(); err == nil && rerr != nil {
		err = storageError("cannot end a read of the warehouse", rerr)
	}
	return err
}

// onlyReads reports whether statements (and those of their IF blocks)
// cannot change a table. It lists the statements that only read, so that
// a statement added later counts as a change until it is listed here.
func onlyReads(stmts []parser.Stmt) bool {
	for _, st := range stmts {
		switch st := st.(type) {
		case *parser.QueryStmt, *parser.AssignStmt, *parser.AssignQueryStmt, *parser.DeclareStmt,
			*parser.SetStmt, *parser.ShowTablesStmt, *parser.DescStmt, *parser.ShowPartitionsStmt,
			*parser.UseStmt, *parser.WhoamiStmt, *parser.ReadStmt, *parser.ExplainStmt, *parser.ShowCreateTableStmt:
		case *parser.TunnelStmt:
			if st.Upload {
				return false
			}
		case *parser.IfStmt:
			if !onlyReads(st.Then) || !onlyReads(st.Else) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// storageError keeps an *Error from the warehouse as it is and turns any
// other error into an ODPS one, so that no Go error text reaches the user
// without context.
func storageError(what string, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return InvalidArgument("%s: %v", what, err)
}

// tableInfo looks a table up; a missing table is MaxCompute's
// `Table not found` at pos.
func (s *Session) tableInfo(pos parser.Pos, name string) (*TableInfo, error) {
	var info *TableInfo
	err := s.withTx(func(tx Tx) error {
		var err error
		info, err = tx.Table(tableKey(name))
		return err
	})
	if err == nil && info == nil {
		err = InvalidArgument("the warehouse gave no description of table %s", tableKey(name))
	}
	if err != nil {
		return nil, At(pos, err)
	}
	return info, nil
}

// tableKey is the name a table is stored under: lower case, as MaxCompute
// names are case-insensitive.
func tableKey(name string) string { return strings.ToLower(name) }

// allColumns returns a table's columns followed by its partition columns,
// which is how its rows are read and written.
func allColumns(info *TableInfo) []Column {
	return append(append([]Column(nil), info.Columns...), info.PartitionColumns...)
}

// tableQualifier is the name a table's columns are qualified with when
// the FROM clause gives no alias: the table name without its project.
func tableQualifier(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// printOK writes odpscmd's status line after a statement that changed tables.
func (s *Session) printOK() error {
	_, err := fmt.Fprintln(s.stderr, "OK")
	return err
}

// insertRows streams rows into a table. An error of the source (a failed
// conversion, a function error) comes back unchanged, however the
// warehouse reports it; an error of the warehouse gets context.
func insertRows(tx Tx, name string, overwrite bool, partition map[string]Value, rows RowSource) error {
	var srcErr, storeErr error
	_, err := tx.Insert(name, overwrite, partition, func(yield func([]Value) error) error {
		srcErr = rows(func(row []Value) error {
			storeErr = yield(row)
			return storeErr
		})
		return srcErr
	})
	if srcErr != nil && srcErr != storeErr {
		return srcErr
	}
	if err != nil {
		return storageError("cannot write table "+name, err)
	}
	return nil
}
