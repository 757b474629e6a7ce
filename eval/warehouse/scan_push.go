package warehouse

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// ScanPushed is Scan (parts nil) or ScanPartitions (parts not nil) that
// reads only spec.Columns and lets SQLite drop the rows spec.Where does
// not hold for (eval.PushScanner). The rows keep the table's width and
// order; the columns not read are NULL.
func (t *tx) ScanPushed(name string, parts [][]eval.Value, spec eval.ScanSpec, fn func(row []eval.Value) error) error {
	tb, err := t.table(name)
	if err != nil {
		return err
	}
	if parts != nil && len(tb.partCols()) == 0 {
		return eval.Errorf(eval.CodeSemantic, "table %s is not partitioned", tb.info.Name)
	}
	if parts != nil && len(parts) == 0 {
		return nil
	}
	if parts != nil && (spec.Order != nil || spec.Limit > 0) {
		return eval.InvalidArgument("table %s: a pushed ORDER BY or LIMIT cannot read partitions one by one", tb.info.Name)
	}
	last, err := t.lastRowid(tb.storage)
	if err != nil || last == 0 {
		return err
	}
	cols := spec.Columns
	if cols == nil {
		cols = make([]int, len(tb.cols))
		for i := range cols {
			cols[i] = i
		}
	}
	for _, c := range cols {
		if c < 0 || c >= len(tb.cols) {
			return eval.InvalidArgument("table %s has no column %d", tb.info.Name, c)
		}
	}
	where, wargs, err := tb.condSQL(spec.Where)
	if err != nil {
		return err
	}
	query := "SELECT " + selectList(cols) + " FROM " + quoteIdent(tb.storage) + " WHERE rowid <= ?"
	if parts != nil {
		query += " AND " + tb.partWhere()
	}
	if where != "" {
		query += " AND (" + where + ")"
	}
	order, err := tb.orderSQL(spec.Order)
	if err != nil {
		return err
	}
	query += " ORDER BY " + order + "rowid"
	if spec.Limit > 0 {
		query += " LIMIT " + strconv.FormatInt(spec.Limit, 10)
	}
	row := make([]eval.Value, len(tb.cols))
	if parts == nil {
		return t.streamColumns(tb, query, append([]any{last}, wargs...), cols, row, fn)
	}
	for _, p := range parts {
		pargs, err := tb.partArgs(p)
		if err != nil {
			return err
		}
		args := append(append([]any{last}, pargs...), wargs...)
		if err := t.streamColumns(tb, query, args, cols, row, fn); err != nil {
			return err
		}
	}
	return nil
}

// orderSQL writes the keys of a pushed ORDER BY, each followed by ", ".
// NULLS FIRST and LAST are explicit, as the evaluator places them. With
// partitions each partition is sorted on its own: the caller pushes an
// ORDER BY only for a table without partitions.
func (tb *table) orderSQL(keys []eval.PushOrder) (string, error) {
	var sb strings.Builder
	for _, k := range keys {
		if k.Column < 0 || k.Column >= len(tb.cols) {
			return "", eval.InvalidArgument("table %s has no column %d", tb.info.Name, k.Column)
		}
		sb.WriteString("c" + strconv.Itoa(k.Column))
		if k.Desc {
			sb.WriteString(" DESC")
		}
		if k.NullsFirst {
			sb.WriteString(" NULLS FIRST, ")
		} else {
			sb.WriteString(" NULLS LAST, ")
		}
	}
	return sb.String(), nil
}

// selectList names the stored columns cols; a constant when there is none
// (count(*) reads no column).
func selectList(cols []int) string {
	if len(cols) == 0 {
		return "NULL"
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = "c" + strconv.Itoa(c)
	}
	return strings.Join(names, ", ")
}

// streamColumns runs query and passes each row to fn with the columns
// cols decoded into their places in row.
func (t *tx) streamColumns(tb *table, query string, args []any, cols []int, row []eval.Value, fn func(row []eval.Value) error) error {
	// Queried directly, not prepared: a scan of the table may be open in
	// an outer one (see prepare).
	rows, err := t.tx.Query(query, args...)
	if err != nil {
		return t.w.wrap(err)
	}
	defer rows.Close()
	n := len(cols)
	if n == 0 {
		n = 1
	}
	raw := make([]any, n)
	dest := make([]any, n)
	for i := range raw {
		dest[i] = &raw[i]
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return t.w.wrap(err)
		}
		t.w.rowsRead.Add(1)
		for i, c := range cols {
			if raw[i] == nil {
				row[c] = nil
				continue
			}
			v, err := tb.codecs[c].dec(raw[i])
			if err != nil {
				return fmt.Errorf("warehouse %s: table %s, column %s: %v", t.w.path, tb.info.Name, tb.cols[c].Name, err)
			}
			row[c] = v
		}
		if err := fn(row); err != nil {
			return err
		}
	}
	return t.w.wrap(rows.Err())
}

// condSQL translates a pushed condition into SQL over the stored columns
// and its arguments. Constants are stored as the column stores its values,
// so that SQLite compares like with like: integers as INTEGER, strings as
// TEXT (BINARY collation: bytewise), booleans as 0 and 1.
func (tb *table) condSQL(c *eval.PushCond) (string, []any, error) {
	if c == nil {
		return "", nil, nil
	}
	var sb strings.Builder
	var args []any
	if err := tb.writeCond(&sb, &args, c); err != nil {
		return "", nil, err
	}
	return sb.String(), args, nil
}

func (tb *table) writeCond(sb *strings.Builder, args *[]any, c *eval.PushCond) error {
	switch c.Op {
	case eval.PushAnd, eval.PushOr:
		if len(c.Args) == 0 {
			return fmt.Errorf("pushed %v condition without operands", c.Op)
		}
		sep := " AND "
		if c.Op == eval.PushOr {
			sep = " OR "
		}
		sb.WriteByte('(')
		for i, a := range c.Args {
			if i > 0 {
				sb.WriteString(sep)
			}
			if err := tb.writeCond(sb, args, a); err != nil {
				return err
			}
		}
		sb.WriteByte(')')
		return nil
	case eval.PushNot, eval.PushNotFalse:
		if len(c.Args) != 1 {
			return fmt.Errorf("pushed NOT with %d operands", len(c.Args))
		}
		if c.Op == eval.PushNot {
			sb.WriteString("(NOT ")
		} else {
			sb.WriteByte('(')
		}
		if err := tb.writeCond(sb, args, c.Args[0]); err != nil {
			return err
		}
		if c.Op == eval.PushNotFalse {
			sb.WriteString(" IS NOT FALSE")
		}
		sb.WriteByte(')')
		return nil
	}
	if c.Column < 0 || c.Column >= len(tb.cols) {
		return eval.InvalidArgument("table %s has no column %d", tb.info.Name, c.Column)
	}
	col := "c" + strconv.Itoa(c.Column)
	switch c.Op {
	case eval.PushIsNull:
		sb.WriteString(col + " IS NULL")
		return nil
	case eval.PushIsNotNull:
		sb.WriteString(col + " IS NOT NULL")
		return nil
	case eval.PushCmp:
		switch c.Cmp {
		case "=", "<>", "<", "<=", ">", ">=":
		default:
			return fmt.Errorf("pushed comparison %q", c.Cmp)
		}
		if len(c.Values) != 1 {
			return fmt.Errorf("pushed comparison with %d values", len(c.Values))
		}
		sb.WriteString(col + " " + c.Cmp + " ?")
	case eval.PushIn:
		if len(c.Values) == 0 {
			return fmt.Errorf("pushed IN without values")
		}
		sb.WriteString(col + " IN (?" + strings.Repeat(", ?", len(c.Values)-1) + ")")
	default:
		return fmt.Errorf("pushed condition operator %d", c.Op)
	}
	for _, v := range c.Values {
		x, err := tb.pushArg(c.Column, v)
		if err != nil {
			return err
		}
		*args = append(*args, x)
	}
	return nil
}

// pushArg stores a constant of a pushed condition as column col stores its
// values. An integer is bound as it is, out of the column's range or not
// (a TINYINT compared with 300 is never equal to it).
func (tb *table) pushArg(col int, v eval.Value) (any, error) {
	k := tb.cols[col].Type.Kind
	switch x := v.(type) {
	case int64:
		if k.IsInteger() {
			return x, nil
		}
	case string:
		if k == eval.KindString || k == eval.KindVarchar {
			return x, nil
		}
	case bool:
		if k == eval.KindBoolean {
			return encBool(x)
		}
	}
	return nil, eval.InvalidArgument("a pushed %T constant cannot be compared with column %s of type %s", v, tb.cols[col].Name, tb.cols[col].Type)
}

// AggregatePushed computes a pushed aggregation (eval.PushAggregator):
// one row per group, in the order of each group's first row.
func (t *tx) AggregatePushed(name string, spec eval.AggSpec, fn func(row []eval.Value) error) error {
	tb, err := t.table(name)
	if err != nil {
		return err
	}
	var list []string
	decoders := make([]func(any) (eval.Value, error), 0, len(spec.Keys)+len(spec.Aggs))
	for _, k := range spec.Keys {
		if k < 0 || k >= len(tb.cols) {
			return eval.InvalidArgument("table %s has no column %d", tb.info.Name, k)
		}
		list = append(list, "c"+strconv.Itoa(k))
		decoders = append(decoders, tb.codecs[k].dec)
	}
	for _, a := range spec.Aggs {
		if a.Column < -1 || a.Column >= len(tb.cols) || a.Column == -1 && a.Func != "count" {
			return eval.InvalidArgument("table %s has no column %d", tb.info.Name, a.Column)
		}
		switch a.Func {
		case "count":
			if a.Column < 0 {
				list = append(list, "count(*)")
			} else {
				list = append(list, "count(c"+strconv.Itoa(a.Column)+")")
			}
			decoders = append(decoders, decInteger)
		case "sum":
			list = append(list, "sum(c"+strconv.Itoa(a.Column)+")")
			decoders = append(decoders, decInteger)
		case "min", "max":
			list = append(list, a.Func+"(c"+strconv.Itoa(a.Column)+")")
			decoders = append(decoders, tb.codecs[a.Column].dec)
		default:
			return fmt.Errorf("pushed aggregate %q", a.Func)
		}
	}
	where, args, err := tb.condSQL(spec.Where)
	if err != nil {
		return err
	}
	// No rowid bound, unlike a scan's: SQLite aggregates every row before
	// the first result row, and the caller writes nothing until it has
	// them all. Without GROUP BY a bare count(*) is SQLite's b-tree count.
	query := "SELECT " + strings.Join(list, ", ") + " FROM " + quoteIdent(tb.storage)
	if where != "" {
		query += " WHERE " + where
	}
	if len(spec.Keys) > 0 {
		query += " GROUP BY " + strings.Join(list[:len(spec.Keys)], ", ") + " ORDER BY min(rowid)"
	}
	rows, err := t.tx.Query(query, args...)
	if err != nil {
		return t.w.wrap(err)
	}
	defer rows.Close()
	raw := make([]any, len(list))
	dest := make([]any, len(raw))
	for i := range raw {
		dest[i] = &raw[i]
	}
	row := make([]eval.Value, len(list))
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return t.w.wrap(err)
		}
		for i := range row {
			row[i] = nil
			if raw[i] == nil {
				continue
			}
			v, err := decoders[i](raw[i])
			if err != nil {
				return fmt.Errorf("warehouse %s: table %s: %v", t.w.path, tb.info.Name, err)
			}
			row[i] = v
		}
		if err := fn(row); err != nil {
			return err
		}
	}
	return t.w.wrap(rows.Err())
}
