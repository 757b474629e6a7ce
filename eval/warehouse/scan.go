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
	from := quoteIdent(tb.storage)
	var last sql.NullInt64
	if err := t.tx.QueryRow("SELECT max(rowid) FROM " + from).Scan(&last); err != nil {
		return t.w.wrap(err)
	}
	if !last.Valid {
		return nil
	}
	rows, err := t.tx.Query("SELECT "+columnList(len(tb.cols))+" FROM "+from+" WHERE rowid <= ? ORDER BY rowid", last.Int64)
	if err != nil {
		return t.w.wrap(err)
	}
	defer rows.Close()
	raw := make([]any, len(tb.cols))
	dest := make([]any, len(raw))
	for i := range raw {
		dest[i] = &raw[i]
	}
	row := make([]eval.Value, len(raw))
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return t.w.wrap(err)
		}
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
