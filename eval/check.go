package eval

import (
	"fmt"
	"sort"

	"github.com/mcsql/mcsql/parser"
)

// stmtClass orders the statement kinds of MaxCompute's script mode, which
// must come in this order: SET, then DDL, then DML.
type stmtClass int

const (
	classSet stmtClass = iota
	classDDL
	classDML
)

var classNames = [...]string{classSet: "SET", classDDL: "DDL", classDML: "DML"}

// CheckScript reports every violation of MaxCompute's script-mode rules
// without running anything (mcsql itself is more lenient: it runs
// statements in order and prints every SELECT). The rules:
//
//   - SET statements come first, then DDL (CREATE, DROP, TRUNCATE, DESC,
//     SHOW), then DML (INSERT, SELECT, variable assignments, IF, and
//     CREATE TABLE ... AS SELECT);
//   - at most one SELECT statement prints a result;
//   - CREATE TABLE ... AS SELECT may only be the last statement;
//   - ORDER BY needs LIMIT unless the script sets
//     odps.sql.validate.orderby.limit=false (MaxCompute's default check).
//
// Each violation is an *Error positioned at the offending statement.
func CheckScript(script *parser.Script) []*Error {
	var errs []*Error
	report := func(pos parser.Pos, format string, args ...any) {
		errs = append(errs, &Error{Code: CodeSemantic, Pos: pos, HasPos: true, Msg: fmt.Sprintf(format, args...)})
	}
	latest, latestPos := classSet, parser.Pos{}
	var printing []parser.Pos
	for i, st := range script.Stmts {
		if clientOnly(st) {
			continue
		}
		class := classOf(st)
		if class < latest {
			report(st.Position(), "script mode needs SET, then DDL, then DML statements: this %s statement comes after the %s statement at %s",
				classNames[class], classNames[latest], latestPos)
		} else {
			latest, latestPos = class, st.Position()
		}
		collectPrinting(st, &printing)
		if ct, ok := st.(*parser.CreateTableStmt); ok && ct.AsQuery != nil && i != len(script.Stmts)-1 {
			report(st.Position(), "script mode allows CREATE TABLE ... AS SELECT only as the last statement")
		}
	}
	if len(printing) > 1 {
		for _, pos := range printing[1:] {
			report(pos, "script mode allows one SELECT that prints a result; the first is at %s (assign the others to @variables or INSERT them)", printing[0])
		}
	}
	errs = append(errs, checkOrderByLimit(script)...)
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i].Pos, errs[j].Pos
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	return errs
}

// clientOnly reports whether odpscmd runs st itself, outside the script
// it sends (USE, WHOAMI): such statements take no part in the order.
func clientOnly(st parser.Stmt) bool {
	switch st.(type) {
	case *parser.UseStmt, *parser.WhoamiStmt:
		return true
	}
	return false
}

func classOf(st parser.Stmt) stmtClass {
	switch st := st.(type) {
	case *parser.CreateTableStmt:
		if st.AsQuery != nil {
			return classDML // it writes rows, which is why it must come last
		}
		return classDDL
	case *parser.SetStmt:
		return classSet
	case *parser.DropTableStmt, *parser.TruncateTableStmt, *parser.DescStmt, *parser.ShowTablesStmt,
		*parser.ShowCreateTableStmt, *parser.ExplainStmt,
		*parser.AlterAddPartitionsStmt, *parser.AlterDropPartitionsStmt, *parser.ShowPartitionsStmt,
		*parser.AlterRenamePartitionStmt, *parser.AlterMergePartitionsStmt, *parser.AlterTouchPartitionsStmt:
		return classDDL
	}
	return classDML
}

// collectPrinting appends the positions of SELECT statements that print,
// including those inside IF blocks.
func collectPrinting(st parser.Stmt, out *[]parser.Pos) {
	switch st := st.(type) {
	case *parser.QueryStmt:
		*out = append(*out, st.Pos)
	case *parser.ReadStmt:
		*out = append(*out, st.Pos)
	case *parser.IfStmt:
		for _, inner := range append(append([]parser.Stmt(nil), st.Then...), st.Else...) {
			collectPrinting(inner, out)
		}
	}
}
