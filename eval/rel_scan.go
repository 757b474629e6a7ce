package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// tableRelation reads a warehouse table. Its rows stream from the
// warehouse's Scan; without a warehouse the table cannot be resolved. A
// partitioned table's relation has a pruner, which the planner gives the
// WHERE conditions on partition columns (see plan_prune.go).
func (s *Session) tableRelation(r *parser.TableName) (*relation, error) {
	if s.wh == nil {
		return nil, &Error{Code: CodeTableNotFound, Pos: r.Pos, HasPos: true,
			Msg: "table " + qualifiedName(r.Name) + " cannot be resolved"}
	}
	info, err := s.tableInfo(r.Pos, r.Name)
	if err != nil {
		return nil, err
	}
	cols := allColumns(info)
	name := tableKey(r.Name)
	qual := aliasOr(r.Alias, tableQualifier(r.Name))
	rel := &relation{cols: cols, sc: scopeOf(qual, cols)}
	if s.mayPush() {
		if s.names == nil && s.stmt != nil {
			s.names = analyzeNames(s.stmt)
		}
		rel.push = &pushTarget{cols: s.names.prunedColumns(r, cols), name: name, qual: strings.ToLower(qual), sc: rel.sc}
	}
	if s.explained != nil && rel.push != nil {
		s.explained.scans[r] = rel.push
	}
	rel.scan = func(fn func([]Value) error) error {
		return s.withTx(func(tx Tx) error {
			return scanRows(r.Pos, name, len(cols), fn, s.pushedScan(tx, rel.push, name, nil,
				func(f func([]Value) error) error { return tx.Scan(name, f) }))
		})
	}
	if len(info.PartitionColumns) > 0 {
		p := &partitionPruner{s: s, info: info, offset: len(info.Columns), push: rel.push}
		rel.pruner = p
		rel.scan = func(fn func([]Value) error) error {
			return s.withTx(func(tx Tx) error { return p.scan(tx, r.Pos, name, len(cols), fn) })
		}
	}
	return rel, nil
}

// scanRows streams the rows a warehouse scan gives into fn. An error of fn
// comes back as fn returned it, however the warehouse reports it (LIMIT
// stops a scan with a sentinel); any other error is the warehouse's,
// placed at pos.
func scanRows(pos parser.Pos, name string, width int, fn func([]Value) error, scan func(func([]Value) error) error) error {
	var fnErr, badRow error
	err := scan(func(row []Value) error {
		if len(row) != width {
			// Compiled expressions index rows blindly: refuse a bad row here.
			badRow = InvalidArgument("the warehouse gave a row of %d values for the %d columns of table %s", len(row), width, name)
			return badRow
		}
		fnErr = fn(row)
		return fnErr
	})
	switch {
	case fnErr != nil:
		return fnErr
	case badRow != nil:
		return At(pos, badRow)
	case err != nil:
		return At(pos, storageError("cannot read table "+name, err))
	}
	return nil
}
