package eval

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// insertPlan is a compiled INSERT: the target table, where each value of
// a source row goes, and the static partition values.
type insertPlan struct {
	info      *TableInfo
	display   string // the table name as written, lower case, for messages
	targets   []int  // column index in info.Columns for each source value
	partition map[string]Value
	width     int // columns plus partition columns
}

// execInsert runs INSERT INTO|OVERWRITE: the query (or VALUES) is compiled
// once, converted to the column types with MaxCompute's INSERT rules, and
// streamed into the warehouse; columns missing from a column list are NULL.
func (s *Session) execInsert(st *parser.InsertStmt) error {
	info, err := s.tableInfo(st.Pos, st.Table)
	if err != nil {
		return err
	}
	p := &insertPlan{info: info, display: tableKey(st.Table),
		width: len(info.Columns) + len(info.PartitionColumns)}
	if p.targets, err = p.targetColumns(st); err != nil {
		return err
	}
	if p.partition, err = s.partitionValues(st, p); err != nil {
		return err
	}
	var rows RowSource
	if vals, ok := st.Query.Body.(*parser.Values); ok && len(st.Query.OrderBy) == 0 && st.Query.Limit == nil {
		rows, err = s.valuesSource(vals, p)
	} else {
		rows, err = s.querySource(st, p)
	}
	if err != nil {
		return err
	}
	return s.withTx(func(tx Tx) error {
		return insertRows(tx, tableKey(st.Table), st.Overwrite, p.partition, rows)
	})
}

// targetColumns maps the column list (or every column, in order) to
// column indexes.
func (p *insertPlan) targetColumns(st *parser.InsertStmt) ([]int, error) {
	if len(st.Columns) == 0 {
		all := make([]int, len(p.info.Columns))
		for i := range all {
			all[i] = i
		}
		return all, nil
	}
	targets := make([]int, len(st.Columns))
	used := map[int]bool{}
	for i, name := range st.Columns {
		j := outputIndex(p.info.Columns, name)
		switch {
		case j < 0 && outputIndex(p.info.PartitionColumns, name) >= 0:
			return nil, semanticError(st.Pos, "%s is a partition column of table %s; give its value in PARTITION (...)", strings.ToLower(name), p.display)
		case j < 0:
			return nil, semanticError(st.Pos, "table %s has no column %s", p.display, strings.ToLower(name))
		case used[j]:
			return nil, semanticError(st.Pos, "column %s is listed twice", strings.ToLower(name))
		}
		used[j] = true
		targets[i] = j
	}
	return targets, nil
}

// partitionValues checks PARTITION (k=v, ...) against the table's
// partition columns: every one needs a constant, non-NULL value.
func (s *Session) partitionValues(st *parser.InsertStmt, p *insertPlan) (map[string]Value, error) {
	parts := p.info.PartitionColumns
	switch {
	case len(parts) == 0 && len(st.Partition) > 0:
		return nil, semanticError(st.Partition[0].Pos, "table %s is not partitioned", p.display)
	case len(parts) == 0:
		return nil, nil
	case len(st.Partition) != len(parts):
		return nil, semanticError(st.Pos, "table %s is partitioned by (%s); INSERT needs a value for each in PARTITION (...)", p.display, columnNames(parts))
	}
	out := map[string]Value{}
	for _, spec := range st.Partition {
		key := strings.ToLower(spec.Key)
		j := outputIndex(parts, key)
		if j < 0 {
			return nil, semanticError(spec.Pos, "%s is not a partition column of table %s, which is partitioned by (%s)", key, p.display, columnNames(parts))
		}
		if _, dup := out[key]; dup {
			return nil, semanticError(spec.Pos, "partition column %s is given twice", key)
		}
		x, err := s.compileScalar(spec.Value)
		if err != nil {
			return nil, err
		}
		if x, err = insertConvert(x, parts[j], p.display, spec.Value.Position()); err != nil {
			return nil, err
		}
		v, err := x.eval(nil)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, semanticError(spec.Pos, "the value of partition column %s cannot be NULL", key)
		}
		out[key] = v
	}
	return out, nil
}

func columnNames(cols []Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}

// fill writes one source row into the full row: values at their target
// columns, NULL elsewhere, the partition values last.
func (p *insertPlan) fill(full []Value, src []Value) {
	clear(full)
	for i, j := range p.targets {
		full[j] = src[i]
	}
	for i, c := range p.info.PartitionColumns {
		full[len(p.info.Columns)+i] = p.partition[c.Name]
	}
}

// valuesSource compiles INSERT ... VALUES: each value converts straight to
// its column's type, so errors point at the value.
func (s *Session) valuesSource(v *parser.Values, p *insertPlan) (RowSource, error) {
	rows := make([][]expr, len(v.Rows))
	for i, r := range v.Rows {
		if len(r) != len(p.targets) {
			pos := v.Pos
			if len(r) > 0 {
				pos = r[0].Position()
			}
			return nil, semanticError(pos, "VALUES row %d has %d values; table %s takes %d", i+1, len(r), p.display, len(p.targets))
		}
		xs, _, err := (&compiler{s: s, sc: &scope{}}).exprs(r)
		if err != nil {
			return nil, err
		}
		for j, x := range xs {
			col := p.info.Columns[p.targets[j]]
			if xs[j], err = insertConvert(x, col, p.display, r[j].Position()); err != nil {
				return nil, err
			}
			if cv, ok := xs[j].(*convExpr); ok {
				cv.fn = s.hiveDecimalNull(cv.fn, col)
			}
		}
		rows[i] = xs
	}
	return func(yield func([]Value) error) error {
		src := make([]Value, len(p.targets))
		full := make([]Value, p.width)
		for _, xs := range rows {
			for j, x := range xs {
				val, err := x.eval(nil)
				if err != nil {
					return err
				}
				src[j] = val
			}
			p.fill(full, src)
			if err := yield(full); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

// querySource compiles INSERT ... SELECT: the query's columns are
// converted to the target columns' types as rows stream through.
func (s *Session) querySource(st *parser.InsertStmt, p *insertPlan) (RowSource, error) {
	rel, err := s.compileQuery(st.Query)
	if err != nil {
		return nil, err
	}
	if len(rel.cols) != len(p.targets) {
		return nil, semanticError(st.Query.Pos, "the query gives %d columns; table %s takes %d", len(rel.cols), p.display, len(p.targets))
	}
	convs := make([]convFn, len(rel.cols))
	for i, c := range rel.cols {
		col := p.info.Columns[p.targets[i]]
		if convs[i], err = insertConverter(c.Type, col, p.display); err != nil {
			return nil, At(st.Query.Pos, err)
		}
		convs[i] = s.hiveDecimalNull(convs[i], col)
	}
	return func(yield func([]Value) error) error {
		src := make([]Value, len(convs))
		full := make([]Value, p.width)
		return rel.scan(func(row []Value) error {
			for i, v := range row {
				if v != nil && convs[i] != nil {
					var err error
					if v, err = convs[i](v); err != nil {
						return At(st.Query.Pos, err)
					}
				}
				src[i] = v
			}
			p.fill(full, src)
			return yield(full)
		})
	}, nil
}

// insertConvert wraps x so that it yields col's type under the INSERT rules.
func insertConvert(x expr, col Column, table string, pos parser.Pos) (expr, error) {
	if k, ok := x.(*constExpr); ok && k.v == nil {
		return &constExpr{t: col.Type}, nil
	}
	fn, err := insertConverter(x.typ(), col, table)
	if err != nil {
		return nil, At(pos, err)
	}
	if fn == nil {
		return x, nil
	}
	return &convExpr{x: x, fn: fn, t: col.Type, pos: pos}, nil
}

// insertConverter returns the conversion of an INSERT value of type from
// into col (nil when none is needed). INSERT allows more than the implicit
// rules, as MaxCompute does: a BINARY into a STRING column (the
// ENHANCED_SYM_DECRYPT documentation inserts its BINARY result into one),
// narrowing between numbers (a value that does not fit is an error, and a
// fraction does not silently go into an integer column), and strings into
// numbers and dates. Failures name the column.
func insertConverter(from Type, col Column, table string) (convFn, error) {
	if from.Kind == KindVoid || from.Equal(col.Type) {
		return nil, nil
	}
	explicit := false
	if !CanImplicit(from, col.Type) {
		if !insertAllows(from.Kind, col.Type.Kind) {
			if col.Type.Kind == KindJSON && from.Kind.IsString() {
				return nil, Errorf(CodeTypeCast, "cannot insert a %s value into column %s of table %s, which is JSON; JSON_PARSE(text) reads JSON text (CAST makes a JSON string)", from, col.Name, table)
			}
			return nil, Errorf(CodeTypeCast, "cannot insert a %s value into column %s of table %s, which is %s; CAST it first", from, col.Name, table, col.Type)
		}
		explicit = true
	}
	fn, err := Converter(from, col.Type, explicit)
	if err != nil {
		return nil, Errorf(CodeTypeCast, "cannot insert a %s value into column %s of table %s, which is %s", from, col.Name, table, col.Type)
	}
	return func(v Value) (Value, error) {
		out, err := fn(v)
		if err != nil {
			var re decimalRangeError
			if errors.As(err, &re) { // kept for hiveDecimalNull
				return nil, decimalRangeError{columnError(err, col.Name, table)}
			}
			return nil, columnError(err, col.Name, table)
		}
		return out, nil
	}, nil
}

// hiveDecimalNull makes a DECIMAL too large for its column NULL in the
// Hive-compatible edition (see nullOnDecimalRange); fn may be nil.
func (s *Session) hiveDecimalNull(fn convFn, col Column) convFn {
	if fn == nil || col.Type.Kind != KindDecimal || s.ctx.Edition != EditionHive {
		return fn
	}
	return nullOnDecimalRange(fn)
}

// insertAllows lists the conversions INSERT makes beyond the implicit ones.
func insertAllows(from, to Kind) bool {
	isTime := Kind.IsTime
	switch {
	case from == KindBinary:
		return to.IsString()
	case from.IsNumeric() && to.IsNumeric():
		return from.IsInteger() || !to.IsInteger()
	case from.IsString():
		return to.IsNumeric() || isTime(to)
	case isTime(from):
		return isTime(to)
	case from >= KindArray:
		return from == to
	}
	return false
}

// columnError adds the column a failed conversion was writing to its message.
func columnError(err error, col, table string) error {
	var e *Error
	if !errors.As(err, &e) {
		return InvalidArgument("%v (column %s of table %s)", err, col, table)
	}
	c := *e
	c.Msg = fmt.Sprintf("%s (column %s of table %s)", e.Msg, col, table)
	return &c
}
