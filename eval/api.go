package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// SetTableVariable defines the table variable @name with the given columns
// and rows, as if a script had assigned it a SELECT. It lets programs and
// benchmarks feed data to scripts; rows must hold values of the columns' types.
func (s *Session) SetTableVariable(name string, cols []Column, rows [][]Value) {
	m := &materialized{cols: cols, rows: rows}
	for _, r := range rows {
		m.bytes += rowBytes(r) // the rows count against the memory budget as a script's would
	}
	s.setVar(strings.ToLower(name), &variable{name: name, isTable: true, table: m})
}

// Query compiles one query statement and streams its rows to fn instead of
// printing them; it returns the result columns. The row passed to fn is
// valid only until fn returns (the evaluator reuses it for the next row):
// copy it to keep it.
func (s *Session) Query(src string, fn func(row []Value) error) ([]Column, error) {
	script, err := parser.Parse(src)
	if err != nil {
		return nil, err
	}
	if len(script.Stmts) != 1 {
		return nil, Errorf(CodeSemantic, "Query needs exactly one statement, got %d", len(script.Stmts))
	}
	st, ok := script.Stmts[0].(*parser.QueryStmt)
	if !ok {
		return nil, semanticError(script.Stmts[0].Position(), "Query needs a SELECT statement")
	}
	s.beginStatement(st.Pos)
	rel, err := s.compileQuery(st.Query)
	if err != nil {
		return nil, err
	}
	return rel.cols, rel.scan(fn)
}
