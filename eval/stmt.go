package eval

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// Exec executes one statement. Outside a running script it is a script of
// its own: its table changes are committed when it succeeds.
func (s *Session) Exec(st parser.Stmt) error {
	if !s.inScript {
		return s.ExecScript(&parser.Script{Stmts: []parser.Stmt{st}})
	}
	return s.exec(st)
}

func (s *Session) exec(st parser.Stmt) error {
	s.beginStatement(st.Position())
	s.stmt, s.names = st, nil
	switch st := st.(type) {
	case *parser.AssignStmt:
		return s.execAssign(st)
	case *parser.AssignQueryStmt:
		return s.execAssignQuery(st)
	case *parser.DeclareStmt:
		return s.execDeclare(st)
	case *parser.IfStmt:
		return s.execIf(st)
	case *parser.SetStmt:
		return s.applySet(st)
	case *parser.QueryStmt:
		return s.execQueryStmt(st)
	case *parser.TunnelStmt:
		return s.execTunnel(st)
	case *parser.UseStmt, *parser.WhoamiStmt, *parser.ReadStmt, *parser.ExplainStmt:
		return s.execClient(st)
	}
	if s.wh == nil {
		return semanticError(st.Position(), "%s needs a warehouse, which this version of mcsql does not have yet", statementName(st))
	}
	return s.execTableStmt(st)
}

// statementName names a statement kind for messages.
func statementName(st parser.Stmt) string {
	switch st := st.(type) {
	case *parser.CreateTableStmt:
		return "CREATE TABLE"
	case *parser.DropTableStmt:
		return "DROP TABLE"
	case *parser.TruncateTableStmt:
		return "TRUNCATE TABLE"
	case *parser.InsertStmt, *parser.MultiInsertStmt:
		return "INSERT"
	case *parser.ShowTablesStmt:
		return "SHOW TABLES"
	case *parser.DescStmt:
		return "DESC"
	case *parser.ShowCreateTableStmt:
		return "SHOW CREATE TABLE"
	case *parser.AlterAddPartitionsStmt:
		return "ALTER TABLE ... ADD PARTITION"
	case *parser.AlterDropPartitionsStmt:
		return "ALTER TABLE ... DROP PARTITION"
	case *parser.ShowPartitionsStmt:
		return "SHOW PARTITIONS"
	case *parser.AlterRenamePartitionStmt:
		return "ALTER TABLE ... RENAME TO PARTITION"
	case *parser.AlterMergePartitionsStmt:
		return "ALTER TABLE ... MERGE PARTITION"
	case *parser.AlterTouchPartitionsStmt:
		return "ALTER TABLE ... " + st.Op
	}
	return fmt.Sprintf("%T", st)
}

func semanticError(pos parser.Pos, format string, args ...any) *Error {
	return &Error{Code: CodeSemantic, Pos: pos, HasPos: true, Msg: fmt.Sprintf(format, args...)}
}

func (s *Session) execAssign(st *parser.AssignStmt) error {
	x, err := s.compileScalar(st.Expr)
	if err != nil {
		return err
	}
	if c := s.check; c != nil && (c.tainted || !isConst(x)) {
		// Check mode: the value depends on the unknown, or is volatile
		// (RAND, NEW_KEYSET, an encryption drawing a nonce), which check
		// mode does not evaluate: the run's random values are then those
		// of a run without the check. Its type is known all the same.
		return s.setScalar(st.Pos, st.Name, x.typ(), nil, true)
	}
	val, err := x.eval(nil)
	if err != nil {
		return err
	}
	return s.setScalar(st.Pos, st.Name, x.typ(), val, false)
}

// setScalar assigns a scalar variable, converting to its declared type.
// opaque (check mode) says that val is not known.
func (s *Session) setScalar(pos parser.Pos, name string, t Type, val Value, opaque bool) error {
	v := s.lookupVar(name)
	if v != nil && v.unknown {
		v = nil // check mode: nothing is known of it, so assign it afresh
	}
	if v != nil && v.declared {
		if v.isTable {
			return semanticError(pos, "@%s is declared as a table variable; assign it a SELECT", name)
		}
		conv, err := Converter(t, v.typ, false)
		if err != nil {
			return semanticError(pos, "cannot assign a %s value to @%s declared as %s", t, name, v.typ)
		}
		if val != nil && !opaque {
			if val, err = conv(val); err != nil {
				return At(pos, err)
			}
		}
		v.val, v.opaque = val, opaque
		return nil
	}
	s.setVar(strings.ToLower(name), &variable{name: name, typ: t, val: val, opaque: opaque})
	return nil
}

func (s *Session) execAssignQuery(st *parser.AssignQueryStmt) error {
	rel, err := s.compileQuery(st.Query)
	if err != nil {
		return err
	}
	var m *materialized
	if s.check != nil {
		m = &materialized{cols: rel.cols} // check mode reads no row
	} else if m, err = materialize(&s.mem, "a table variable", rel); err != nil {
		return err
	}
	v := s.lookupVar(st.Name)
	if v != nil && v.unknown {
		v = nil
	}
	if v != nil && v.declared && !v.isTable {
		return semanticError(st.Pos, "@%s is declared as a scalar of type %s; a SELECT assigns a table", st.Name, v.typ)
	}
	if v != nil && v.declared {
		if err := checkDeclaredColumns(st.Pos, st.Name, v.table.cols, m.cols); err != nil {
			return err
		}
	}
	s.setVar(strings.ToLower(st.Name), &variable{name: st.Name, isTable: true, table: m, declared: v != nil && v.declared})
	return nil
}

func checkDeclaredColumns(pos parser.Pos, name string, want, got []Column) error {
	if len(want) != len(got) {
		return semanticError(pos, "@%s is declared with %d columns, the SELECT gives %d", name, len(want), len(got))
	}
	for i := range want {
		if !want[i].Type.Equal(got[i].Type) && !CanImplicit(got[i].Type, want[i].Type) {
			return semanticError(pos, "column %d of @%s is declared %s, the SELECT gives %s", i+1, name, want[i].Type, got[i].Type)
		}
	}
	return nil
}

func (s *Session) execDeclare(st *parser.DeclareStmt) error {
	v := &variable{name: st.Name, declared: true}
	if st.Type != nil {
		t, err := TypeOf(st.Type)
		if err != nil {
			return At(st.Type.Pos, err)
		}
		v.typ = t
	} else {
		cols := make([]Column, len(st.Table))
		for i, c := range st.Table {
			t, err := TypeOf(c.Type)
			if err != nil {
				return At(c.Type.Pos, err)
			}
			cols[i] = Column{Name: c.Name, Type: t}
		}
		v.isTable = true
		v.table = &materialized{cols: cols}
	}
	s.setVar(strings.ToLower(st.Name), v)
	return nil
}

func (s *Session) execIf(st *parser.IfStmt) error {
	if s.check != nil {
		return s.checkIf(st)
	}
	x, err := s.compileScalar(st.Cond)
	if err != nil {
		return err
	}
	if k := x.typ().Kind; k != KindBoolean && k != KindVoid {
		return execIfCondType(st, x)
	}
	val, err := x.eval(nil)
	if err != nil {
		return err
	}
	branch := st.Else
	if b, _ := val.(bool); b {
		branch = st.Then
	}
	return s.execAll(len(branch), func(i int) (parser.Stmt, error) { return branch[i], nil })
}

// execIfCondType is the error for an IF condition of type other than
// BOOLEAN.
func execIfCondType(st *parser.IfStmt, x expr) error {
	return &Error{Code: CodeArgumentType, Pos: st.Cond.Position(), HasPos: true,
		Msg: fmt.Sprintf("the condition of IF must be BOOLEAN, got %s", x.typ())}
}

func (s *Session) execQueryStmt(st *parser.QueryStmt) error {
	rel, err := s.compileQuery(st.Query)
	if err != nil || s.check != nil {
		return err // check mode compiles and stops there
	}
	w := s.resultWriter()
	if err := w.Begin(displayNames(rel.cols)); err != nil {
		return err
	}
	if err := rel.scan(func(row []Value) error { return w.Row(row) }); err != nil {
		// Like odpscmd, a failed statement prints no partial table.
		return err
	}
	return w.End()
}
