package warehouse

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// Scan streams a table's rows in insertion order: its columns, then its
// partition columns. It reads the rows present when it starts (up to the
// largest rowid then), so that rows the same transaction appends while it
// runs — INSERT INTO t SELECT ... FROM t — are not read back. The row
// passed to fn is reused for the next one.
func (t *tx) Scan(name string, fn func(row []eval.Value) error) error {
	tb, err := t.table(name)
	if err != nil {
		return err
	}
	last, err := t.lastRowid(tb.storage)
	if err != nil || last == 0 {
		return err
	}
	rows, err := t.tx.Query("SELECT "+columnList(len(tb.cols))+" FROM "+quoteIdent(tb.storage)+" WHERE rowid <= ? ORDER BY rowid", last)
	if err != nil {
		return t.w.wrap(err)
	}
	return t.stream(tb, rows, make([]eval.Value, len(tb.cols)), fn)
}

// ScanPartitions streams the rows of the given partitions, one partition
// after the other, each in insertion order. The index on the partition
// columns finds them without reading other rows.
func (t *tx) ScanPartitions(name string, parts [][]eval.Value, fn func(row []eval.Value) error) error {
	tb, err := t.table(name)
	if err != nil {
		return err
	}
	if len(parts) == 0 {
		return nil
	}
	if len(tb.partCols()) == 0 {
		return eval.Errorf(eval.CodeSemantic, "table %s is not partitioned", tb.info.Name)
	}
	last, err := t.lastRowid(tb.storage)
	if err != nil || last == 0 {
		return err
	}
	// Queried directly, not prepared (see prepare): a scan of the table
	// may be open in an outer one.
	query := "SELECT " + columnList(len(tb.cols)) + " FROM " + quoteIdent(tb.storage) +
		" WHERE rowid <= ? AND " + tb.partWhere() + " ORDER BY rowid"
	row := make([]eval.Value, len(tb.cols))
	for _, p := range parts {
		args, err := tb.partArgs(p)
		if err != nil {
			return err
		}
		rows, err := t.tx.Query(query, append([]any{last}, args...)...)
		if err != nil {
			return t.w.wrap(err)
		}
		if err := t.stream(tb, rows, row, fn); err != nil {
			return err
		}
	}
	return nil
}

// stream decodes the rows of a query into row and passes each to fn; it
// closes rows.
func (t *tx) stream(tb *table, rows *sql.Rows, row []eval.Value, fn func(row []eval.Value) error) error {
	defer rows.Close()
	raw := make([]any, len(tb.cols))
	dest := make([]any, len(raw))
	for i := range raw {
		dest[i] = &raw[i]
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return t.w.wrap(err)
		}
		t.w.rowsRead.Add(1)
		if err := tb.decodeRow(raw, row); err != nil {
			return fmt.Errorf("warehouse %s: %v", t.w.path, err)
		}
		if err := fn(row); err != nil {
			return err
		}
	}
	return t.w.wrap(rows.Err())
}

// decodeRow turns the SQLite values raw into row.
func (tb *table) decodeRow(raw []any, row []eval.Value) error {
	for i, x := range raw {
		if x == nil {
			row[i] = nil
			continue
		}
		v, err := tb.codecs[i].dec(x)
		if err != nil {
			return fmt.Errorf("table %s, column %s: %v", tb.info.Name, tb.cols[i].Name, err)
		}
		row[i] = v
	}
	return nil
}

// columnList returns "c0, c1, ..., c<n-1>".
func columnList(n int) string {
	cols := make([]string, n)
	for i := range cols {
		cols[i] = "c" + strconv.Itoa(i)
	}
	return strings.Join(cols, ", ")
}
