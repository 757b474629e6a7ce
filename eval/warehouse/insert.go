package warehouse

import (
	"database/sql"
	"sort"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// maxBatchRows is how many rows one INSERT statement carries: enough to
// spread the cost of a statement execution over many rows, few enough to
// stay far below SQLite's limit of 32766 parameters for narrow tables.
const maxBatchRows = 32

// maxParams is SQLite's limit on the parameters of one statement.
const maxParams = 32766

// Insert appends rows to a table or, with overwrite, replaces the rows of
// the given partition (of the whole table when partition is empty). With
// overwrite the rows go to a new row table, so the old rows stay readable
// by the RowSource while it runs; the new table replaces the old one
// when the RowSource is done. A failing Insert changes nothing.
func (t *tx) Insert(name string, overwrite bool, partition map[string]eval.Value, rows eval.RowSource) (int64, error) {
	tb, err := t.table(name)
	if err != nil {
		return 0, err
	}
	if rows == nil {
		return 0, eval.InvalidArgument("insert into %s: no rows to insert", tb.info.Name)
	}
	where, whereArgs, err := partitionFilter(tb, partition)
	if err != nil {
		return 0, err
	}
	var n int64
	err = t.atomically(func() error {
		target := tb.storage
		if overwrite {
			if target, err = t.newStorage(len(tb.cols)); err != nil {
				return err
			}
		}
		if n, err = t.writeRows(tb, target, rows); err != nil {
			return err
		}
		if overwrite {
			return t.replace(tb, target, where, whereArgs)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// partitionFilter returns the SQL condition selecting the rows of a
// partition spec, its arguments, and "" for an empty spec.
func partitionFilter(tb *table, partition map[string]eval.Value) (string, []any, error) {
	keys := make([]string, 0, len(partition))
	for k := range partition {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var conds []string
	var args []any
	for _, k := range keys {
		i := partitionIndex(tb, k)
		if i < 0 {
			return "", nil, eval.Errorf(eval.CodeSemantic, "table %s has no partition column %s", tb.info.Name, k)
		}
		col := len(tb.info.Columns) + i
		v := partition[k]
		if v == nil {
			conds = append(conds, "c"+strconv.Itoa(col)+" IS NULL")
			continue
		}
		x, err := partitionValue(tb, col, v)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, "c"+strconv.Itoa(col)+" = ?")
		args = append(args, x)
	}
	return strings.Join(conds, " AND "), args, nil
}

func partitionIndex(tb *table, name string) int {
	for i, c := range tb.info.PartitionColumns {
		if strings.EqualFold(c.Name, name) {
			return i
		}
	}
	return -1
}

// partitionValue stores a partition spec value; a spec written as a
// string (PARTITION (hr='08') for a BIGINT column) is converted first.
func partitionValue(tb *table, col int, v eval.Value) (any, error) {
	c := tb.cols[col]
	if s, ok := v.(string); ok && !c.Type.Kind.IsString() {
		conv, err := eval.Converter(eval.StringType, c.Type, true)
		if err != nil {
			return nil, err
		}
		if v, err = conv(s); err != nil {
			return nil, err
		}
	}
	x, err := tb.codecs[col].enc(v)
	if err != nil {
		return nil, eval.InvalidArgument("partition column %s of table %s: %v", c.Name, tb.info.Name, err)
	}
	return x, nil
}

// replace puts the rows of the row table fresh in place of the old rows.
func (t *tx) replace(tb *table, fresh, where string, args []any) error {
	old := quoteIdent(tb.storage)
	if where == "" {
		if _, err := t.tx.Exec("DROP TABLE " + old); err != nil {
			return t.w.wrap(err)
		}
		if _, err := t.tx.Exec(`UPDATE mcsql_tables SET storage = ? WHERE name = ?`, fresh, tb.info.Name); err != nil {
			return t.w.wrap(err)
		}
		tb.storage = fresh
		return nil
	}
	if _, err := t.tx.Exec("DELETE FROM "+old+" WHERE "+where, args...); err != nil {
		return t.w.wrap(err)
	}
	cols := columnList(len(tb.cols))
	if _, err := t.tx.Exec("INSERT INTO " + old + " (" + cols + ") SELECT " + cols + " FROM " + quoteIdent(fresh) + " ORDER BY rowid"); err != nil {
		return t.w.wrap(err)
	}
	_, err := t.tx.Exec("DROP TABLE " + quoteIdent(fresh))
	return t.w.wrap(err)
}

// writeRows appends the rows of src to the row table storage.
func (t *tx) writeRows(tb *table, storage string, src eval.RowSource) (int64, error) {
	b := &batchWriter{t: t, tb: tb, storage: storage}
	b.size = max(1, min(maxBatchRows, maxParams/len(tb.cols)))
	defer b.close()
	var n int64
	err := src(func(row []eval.Value) error {
		if err := b.add(row); err != nil {
			return err
		}
		n++
		return nil
	})
	if err == nil {
		err = b.flush()
	}
	return n, err
}

// batchWriter collects encoded rows and writes them size at a time through
// one prepared multi-row INSERT.
type batchWriter struct {
	t       *tx
	tb      *table
	storage string
	size    int
	stmt    *sql.Stmt // INSERT of size rows, prepared at the first full batch
	args    []any
	rows    int
}

func (b *batchWriter) add(row []eval.Value) error {
	tb := b.tb
	if len(row) != len(tb.cols) {
		return eval.InvalidArgument("insert into %s: a row has %d values, the table has %d columns", tb.info.Name, len(row), len(tb.cols))
	}
	for i, v := range row {
		if v == nil {
			b.args = append(b.args, nil)
			continue
		}
		x, err := tb.codecs[i].enc(v)
		if err != nil {
			return eval.InvalidArgument("insert into %s, column %s: %v", tb.info.Name, tb.cols[i].Name, err)
		}
		b.args = append(b.args, x)
	}
	b.rows++
	if b.rows < b.size {
		return nil
	}
	if b.stmt == nil {
		stmt, err := b.t.tx.Prepare(insertSQL(b.storage, len(tb.cols), b.size))
		if err != nil {
			return b.t.w.wrap(err)
		}
		b.stmt = stmt
	}
	return b.exec(b.stmt)
}

// exec runs stmt with the collected rows and starts a new batch.
func (b *batchWriter) exec(stmt *sql.Stmt) error {
	if _, err := stmt.Exec(b.args...); err != nil {
		return b.t.w.wrap(err)
	}
	clear(b.args) // drop references to the rows' values
	b.args, b.rows = b.args[:0], 0
	return nil
}

// flush writes the last, partial batch.
func (b *batchWriter) flush() error {
	if b.rows == 0 {
		return nil
	}
	stmt, err := b.t.tx.Prepare(insertSQL(b.storage, len(b.tb.cols), b.rows))
	if err != nil {
		return b.t.w.wrap(err)
	}
	defer stmt.Close()
	return b.exec(stmt)
}

func (b *batchWriter) close() {
	if b.stmt != nil {
		b.stmt.Close()
	}
}

// insertSQL returns INSERT INTO "storage" VALUES (?, ...), ... for rows
// rows of cols columns.
func insertSQL(storage string, cols, rows int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
	return "INSERT INTO " + quoteIdent(storage) + " VALUES " + strings.TrimSuffix(strings.Repeat(row+",", rows), ",")
}
