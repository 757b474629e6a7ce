package parser

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// Lowering turns the participle structs into the AST of ast.go and reports
// what the grammar cannot: unknown types, misplaced clauses, bad numbers.

func pos(p lexer.Position) Pos { return Pos{Line: p.Line, Col: p.Column} }

func errAt(p lexer.Position, format string, args ...any) *Error {
	return &Error{Pos: pos(p), Msg: fmt.Sprintf(format, args...)}
}

// lowerStatement returns nil for an empty statement.
func lowerStatement(s *statement) (Stmt, error) {
	switch {
	case s.If != nil:
		return lowerIf(s.If)
	case s.Simple != nil:
		return lowerSimple(s.Simple)
	}
	return nil, nil
}

func lowerStatements(list []*statement) ([]Stmt, error) {
	out := make([]Stmt, 0, len(list))
	for _, s := range list {
		st, err := lowerStatement(s)
		if err != nil {
			return nil, err
		}
		if st != nil {
			out = append(out, st)
		}
	}
	return out, nil
}

// lowerIf lowers an IF statement; an ELSE IF chain becomes IfStmts nested
// in Else, built from the last one so that lowering does not recurse.
// Blocks are lowered in text order, so that the first error is reported.
func lowerIf(s *ifStmt) (Stmt, error) {
	thens := make([][]Stmt, len(s.ElseIfs)+1)
	var err error
	if thens[0], err = lowerBlock(s.Then); err != nil {
		return nil, err
	}
	for i, e := range s.ElseIfs {
		if thens[i+1], err = lowerBlock(e.Then); err != nil {
			return nil, err
		}
	}
	var els []Stmt
	if s.Else != nil {
		if els, err = lowerBlock(s.Else); err != nil {
			return nil, err
		}
	}
	for i := len(s.ElseIfs) - 1; i >= 0; i-- {
		e := s.ElseIfs[i]
		els = []Stmt{&IfStmt{Pos: pos(e.If.Pos), Cond: e.Cond, Then: thens[i+1], Else: els}}
	}
	return &IfStmt{Pos: pos(s.Pos), Cond: s.Cond, Then: thens[0], Else: els}, nil
}

func lowerBlock(b *block) ([]Stmt, error) {
	if b.Single != nil {
		return lowerStatements([]*statement{b.Single})
	}
	return lowerStatements(b.Stmts)
}

func lowerSimple(s *simpleStmt) (Stmt, error) {
	switch {
	case s.With != nil:
		return lowerWithStmt(s.With)
	case s.Var != nil:
		return lowerVar(s.Var)
	case s.Query != nil && isMultiInsert(s.Query):
		return lowerMultiInsert(s.Query)
	case s.Query != nil:
		q, err := lowerQuery(s.Query)
		if err != nil {
			return nil, err
		}
		return &QueryStmt{Pos: q.Pos, Query: q}, nil
	case s.Set != nil:
		return lowerSet(s.Set)
	case s.Tunnel != nil:
		return lowerTunnel(s.Tunnel)
	case s.Create != nil:
		return lowerCreate(s.Create)
	case s.Insert != nil:
		return lowerInsert(s.Insert)
	case s.Drop != nil:
		return &DropTableStmt{Pos: pos(s.Drop.Pos), IfExists: s.Drop.IfExists, Name: lowerTableName(s.Drop.Name)}, nil
	case s.Truncate != nil:
		return &TruncateTableStmt{Pos: pos(s.Truncate.Pos), Name: lowerTableName(s.Truncate.Name),
			Partitions: lowerPartitionClauses(s.Truncate.Partitions)}, nil
	case s.Show != nil:
		return lowerShow(s.Show)
	case s.Alter != nil:
		return lowerAlter(s.Alter), nil
	case s.Desc == nil:
		return lowerClient(s)
	default:
		return &DescStmt{Pos: pos(s.Desc.Pos), Extended: s.Desc.Extended, Name: lowerTableName(s.Desc.Name), Partition: lowerPartitionClause(s.Desc.Partition)}, nil
	}
}

func lowerVar(v *varStmt) (Stmt, error) {
	p, name := pos(v.Pos), v.Name[1:]
	switch {
	case v.Query != nil:
		q, err := lowerQuery(v.Query)
		if err != nil {
			return nil, err
		}
		return &AssignQueryStmt{Pos: p, Name: name, Query: q}, nil
	case v.Expr != nil:
		return &AssignStmt{Pos: p, Name: name, Expr: v.Expr}, nil
	case v.Table != nil:
		cols, err := lowerColumns(v.Table)
		if err != nil {
			return nil, err
		}
		return &DeclareStmt{Pos: p, Name: name, Table: cols}, nil
	}
	t, err := lowerType(v.Type)
	if err != nil {
		return nil, err
	}
	return &DeclareStmt{Pos: p, Name: name, Type: t}, nil
}

// lowerSet splits the raw text after SET at its first '='.
func lowerSet(s *setStmt) (Stmt, error) {
	key, value, ok := strings.Cut(s.Text.Value, "=")
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	if !ok || key == "" {
		return nil, errAt(s.Text.Pos, "expected key=value after SET")
	}
	return &SetStmt{Pos: pos(s.Pos), Key: key, Value: value}, nil
}

func lowerCreate(c *createStmt) (Stmt, error) {
	out := &CreateTableStmt{Pos: pos(c.Pos), IfNotExists: c.IfNotExists, Name: lowerTableName(c.Name)}
	var err error
	switch {
	case c.Like != nil:
		out.Like = lowerTableName(c.Like)
	case c.As != nil:
		if out.Lifecycle, err = lowerLifecycle(c.As.Lifecycle); err != nil {
			return nil, err
		}
		out.AsQuery, err = lowerQuery(c.As.Query)
	default:
		err = lowerTableDef(c.Def, out)
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

func lowerTableDef(d *tableDef, out *CreateTableStmt) error {
	var err error
	if out.Columns, err = lowerColumns(d.Columns); err != nil {
		return err
	}
	if out.Comment, err = commentText(d.Comment); err != nil {
		return err
	}
	if d.Partitioned != nil {
		if out.PartitionedBy, err = lowerColumns(d.Partitioned); err != nil {
			return err
		}
	}
	out.Lifecycle, err = lowerLifecycle(d.Lifecycle)
	return err
}

// commentText decodes the string of a COMMENT clause.
func commentText(t *lexer.Token) (string, error) {
	if t == nil {
		return "", nil
	}
	if litKind(t.Value) != LitString {
		return "", errAt(t.Pos, "COMMENT needs a string, got %s", describeToken(*t))
	}
	return decodeStrings(t.Value), nil
}

func lowerLifecycle(t *lexer.Token) (*int64, error) {
	if t == nil {
		return nil, nil
	}
	n, err := strconv.ParseInt(t.Value, 10, 64)
	if err != nil || n <= 0 {
		return nil, errAt(t.Pos, "LIFECYCLE needs a positive whole number of days, got %s", t.Value)
	}
	return &n, nil
}

func lowerColumns(defs []*columnDef) ([]*ColumnDef, error) {
	out := make([]*ColumnDef, len(defs))
	for i, d := range defs {
		t, err := lowerType(d.Type)
		if err != nil {
			return nil, err
		}
		c, err := commentText(d.Comment)
		if err != nil {
			return nil, err
		}
		out[i] = &ColumnDef{Pos: pos(d.Pos), Name: unquoteIdent(d.Name), Type: t, Comment: c}
	}
	return out, nil
}

func lowerInsert(s *insertStmt) (Stmt, error) {
	out := &InsertStmt{Pos: pos(s.Pos), Overwrite: s.Overwrite, Table: lowerTableName(s.Table)}
	for _, ps := range s.Partition {
		out.Partition = append(out.Partition, &PartitionSpec{Pos: pos(ps.Pos), Key: unquoteIdent(ps.Key), Value: ps.Value})
	}
	for _, c := range s.Columns {
		out.Columns = append(out.Columns, unquoteIdent(c))
	}
	q, err := lowerQuery(s.Query)
	if err != nil {
		return nil, err
	}
	out.Query = q
	out.ZOrder = s.ZOrder
	return out, nil
}

func lowerTableName(t *tableName) string {
	parts := make([]string, len(t.Parts))
	for i, p := range t.Parts {
		parts[i] = unquoteIdent(p)
	}
	return strings.Join(parts, ".")
}
