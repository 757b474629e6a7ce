package eval

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// insertPlan is a compiled INSERT: the target table, where each value of
// a source row goes, and the partition values.
type insertPlan struct {
	info      *TableInfo
	display   string           // the table name as written, lower case, for messages
	targets   []int            // column index in info.Columns for each source value
	partition map[string]Value // the static partition values
	static    []Value          // the same by partition column index, nil for dynamic ones
	dynamic   []int            // partition column index of each value after the targets
	checked   []Value          // the dynamic values last checked, by dynamic slot
	width     int              // columns plus partition columns
	// listed are the partition columns the column list names, by the
	// position of their value in a source row (INSERT ... PARTITION (p)
	// (key, p) VALUES ...); perm maps the canonical order (targets, then
	// dynamic values) to positions in a source row, nil for the identity.
	listed map[int]int
	perm   []int
	canon  []Value // fill's buffer for a source row in the canonical order
}

// execInsert runs INSERT INTO|OVERWRITE: the query (or VALUES) is compiled
// once, converted to the column types with MaxCompute's INSERT rules, and
// streamed into the warehouse; columns missing from a column list are NULL.
// Dynamic partition columns (PARTITION (ds) without a value) take the last
// values of each row, in the order PARTITION (...) lists them.
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
	if err = s.partitionValues(st, p); err != nil {
		return err
	}
	if err = p.placeListed(st); err != nil {
		return err
	}
	var rows RowSource
	if _, ok := st.Query.Body.(*parser.Values); ok && st.Overwrite && len(st.Columns) > 0 {
		// The VALUES page: "INSERT OVERWRITE cannot specify the columns to
		// insert; only INSERT INTO can".
		return semanticError(st.Pos, "INSERT OVERWRITE ... VALUES cannot name the columns to insert; use INSERT INTO, or give a value for every column")
	}
	if vals, ok := st.Query.Body.(*parser.Values); ok && len(st.Query.OrderBy) == 0 && st.Query.Limit == nil && st.ZOrder == nil {
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
	targets := make([]int, 0, len(st.Columns))
	used := map[int]bool{}
	for i, name := range st.Columns {
		j := outputIndex(p.info.Columns, name)
		if k := outputIndex(p.info.PartitionColumns, name); j < 0 && k >= 0 {
			if p.listed == nil {
				p.listed = map[int]int{}
			}
			for _, prev := range p.listed {
				if prev == k {
					return nil, semanticError(st.Pos, "column %s is listed twice", strings.ToLower(name))
				}
			}
			p.listed[i] = k // checked against PARTITION (...) by placeListed
			continue
		}
		switch {
		case j < 0:
			return nil, semanticError(st.Pos, "table %s has no column %s", p.display, strings.ToLower(name))
		case used[j]:
			return nil, semanticError(st.Pos, "column %s is listed twice", strings.ToLower(name))
		}
		used[j] = true
		targets = append(targets, j)
	}
	return targets, nil
}

// placeListed checks the partition columns a column list names: each must
// be a dynamic one of PARTITION (...), and then all of them must be named;
// it sets perm to read the values from where the list puts them.
func (p *insertPlan) placeListed(st *parser.InsertStmt) error {
	if len(p.listed) == 0 {
		return nil
	}
	slot := map[int]int{} // partition column index -> dynamic slot
	for k, j := range p.dynamic {
		slot[j] = k
	}
	named := map[int]bool{}
	for _, j := range p.listed {
		if _, dyn := slot[j]; !dyn {
			return semanticError(st.Pos, "%s is a static partition column of table %s; its value is the one PARTITION (...) gives, so the column list cannot name it", p.info.PartitionColumns[j].Name, p.display)
		}
		named[j] = true
	}
	for _, j := range p.dynamic {
		if !named[j] {
			return semanticError(st.Pos, "the column list names some dynamic partition columns but not %s; name all of them or none", p.info.PartitionColumns[j].Name)
		}
	}
	p.perm = make([]int, len(st.Columns))
	p.canon = make([]Value, len(st.Columns))
	next := 0
	for i := range st.Columns {
		if j, ok := p.listed[i]; ok {
			p.perm[len(p.targets)+slot[j]] = i
			continue
		}
		p.perm[next] = i
		next++
	}
	return nil
}

// partitionValues checks PARTITION (k=v, k2, ...) against the table's
// partition columns: every one is listed, with a constant non-NULL value
// (static) or without one (dynamic); static ones come first.
func (s *Session) partitionValues(st *parser.InsertStmt, p *insertPlan) error {
	parts := p.info.PartitionColumns
	switch {
	case len(parts) == 0 && len(st.Partition) > 0:
		return semanticError(st.Partition[0].Pos, "table %s is not partitioned", p.display)
	case len(parts) == 0:
		return nil
	case len(st.Partition) != len(parts):
		return semanticError(st.Pos, "table %s is partitioned by (%s); INSERT lists each in PARTITION (...), with a value (static) or without one (dynamic: the last columns of the query give it)", p.display, columnNames(parts))
	}
	p.partition = map[string]Value{}
	p.static = make([]Value, len(parts))
	isDynamic := make([]bool, len(parts))
	for _, spec := range st.Partition {
		key := strings.ToLower(spec.Key)
		j := outputIndex(parts, key)
		if j < 0 {
			return semanticError(spec.Pos, "%s is not a partition column of table %s, which is partitioned by (%s)", key, p.display, columnNames(parts))
		}
		if _, dup := p.partition[key]; dup || isDynamic[j] {
			return semanticError(spec.Pos, "partition column %s is given twice", key)
		}
		if spec.Value == nil {
			isDynamic[j] = true
			p.dynamic = append(p.dynamic, j)
			continue
		}
		v, err := s.staticPartitionValue(spec, parts[j], p.display)
		if err != nil {
			return err
		}
		p.partition[key], p.static[j] = v, v
	}
	for j := 1; j < len(parts); j++ {
		if isDynamic[j-1] && !isDynamic[j] {
			return semanticError(st.Pos, "static partition column %s comes below dynamic partition column %s; only the higher-level partition columns (the first ones PARTITIONED BY lists) may be static",
				parts[j].Name, parts[j-1].Name)
		}
	}
	p.checked = make([]Value, len(p.dynamic))
	return nil
}

// staticPartitionValue evaluates the value of PARTITION (k=value).
func (s *Session) staticPartitionValue(spec *parser.PartitionSpec, col Column, table string) (Value, error) {
	x, err := s.compileScalar(spec.Value)
	if err != nil {
		return nil, err
	}
	if x, err = insertConvert(x, col, table, spec.Value.Position()); err != nil {
		return nil, err
	}
	v, err := x.eval(nil)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, semanticError(spec.Pos, "the value of partition column %s cannot be NULL", col.Name)
	}
	if problem := PartitionValueProblem(v); problem != "" {
		return nil, &Error{Code: CodePartition, Pos: spec.Value.Position(), HasPos: true,
			Msg: "invalid partition value: " + col.Name + "=" + PartitionValueText(v) + " (" + problem + ")"}
	}
	return v, nil
}

func columnNames(cols []Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}

// sourceWidth is the number of values a source row gives: the target
// columns, then the dynamic partition values.
func (p *insertPlan) sourceWidth() int { return len(p.targets) + len(p.dynamic) }

// sourceColumn is the column source value i goes to.
func (p *insertPlan) sourceColumn(i int) Column {
	if p.perm != nil {
		for c, at := range p.perm {
			if at == i {
				i = c
				break
			}
		}
	}
	if i < len(p.targets) {
		return p.info.Columns[p.targets[i]]
	}
	return p.info.PartitionColumns[p.dynamic[i-len(p.targets)]]
}

// expected says what a source row must give, for messages.
func (p *insertPlan) expected() string {
	if len(p.dynamic) == 0 {
		return fmt.Sprintf("table %s takes %d", p.display, len(p.targets))
	}
	names := make([]string, len(p.dynamic))
	for i, j := range p.dynamic {
		names[i] = p.info.PartitionColumns[j].Name
	}
	return fmt.Sprintf("table %s takes %d and then the dynamic partition values (%s), %d in all", p.display, len(p.targets), strings.Join(names, ", "), p.sourceWidth())
}

// fill writes one source row into the full row: values at their target
// columns, NULL elsewhere, the partition values last. A dynamic partition
// value MaxCompute would refuse fails the row; a value equal to the one
// checked before is not checked again.
func (p *insertPlan) fill(full []Value, src []Value) error {
	clear(full)
	if p.perm != nil {
		for c, at := range p.perm {
			p.canon[c] = src[at]
		}
		src = p.canon
	}
	for i, j := range p.targets {
		full[j] = src[i]
	}
	n := len(p.info.Columns)
	copy(full[n:], p.static)
	for k, j := range p.dynamic {
		v := src[len(p.targets)+k]
		if v == nil || v != p.checked[k] {
			if problem := PartitionValueProblem(v); problem != "" {
				return Errorf(CodePartition, "invalid dynamic partition value: %s=%s (%s)", p.info.PartitionColumns[j].Name, PartitionValueText(v), problem)
			}
			p.checked[k] = v
		}
		full[n+j] = v
	}
	return nil
}

// valuesSource compiles INSERT ... VALUES: each value converts straight to
// its column's type, so errors point at the value.
func (s *Session) valuesSource(v *parser.Values, p *insertPlan) (RowSource, error) {
	rows := make([][]expr, len(v.Rows))
	for i, r := range v.Rows {
		if len(r) != p.sourceWidth() {
			pos := v.Pos
			if len(r) > 0 {
				pos = r[0].Position()
			}
			return nil, semanticError(pos, "VALUES row %d has %d values; %s", i+1, len(r), p.expected())
		}
		xs, _, err := (&compiler{s: s, sc: &scope{}}).exprs(r)
		if err != nil {
			return nil, err
		}
		for j, x := range xs {
			col := p.sourceColumn(j)
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
		src := make([]Value, p.sourceWidth())
		full := make([]Value, p.width)
		for i, xs := range rows {
			for j, x := range xs {
				val, err := x.eval(nil)
				if err != nil {
					return err
				}
				src[j] = val
			}
			if err := p.fill(full, src); err != nil {
				return At(v.Rows[i][0].Position(), err)
			}
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
	if len(rel.cols) != p.sourceWidth() {
		return nil, semanticError(st.Query.Pos, "the query gives %d columns; %s", len(rel.cols), p.expected())
	}
	if st.ZOrder != nil {
		if rel, err = s.zorder(rel, st.ZOrder); err != nil {
			return nil, err
		}
	}
	convs := make([]convFn, len(rel.cols))
	for i, c := range rel.cols {
		col := p.sourceColumn(i)
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
			if err := p.fill(full, src); err != nil {
				return At(st.Query.Pos, err)
			}
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
