package warehouse

import (
	"database/sql"
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
// the partitions written (of the whole table when partition is nil). With
// overwrite the rows go to a new row table, so the old rows stay readable
// by the RowSource while it runs; they replace the old ones when the
// RowSource is done. A failing Insert changes nothing.
func (t *tx) Insert(name string, overwrite bool, partition map[string]eval.Value, rows eval.RowSource) (int64, error) {
	tb, err := t.table(name)
	if err != nil {
		return 0, err
	}
	if rows == nil {
		return 0, eval.InvalidArgument("insert into %s: no rows to insert", tb.info.Name)
	}
	static, err := staticPartition(tb, partition)
	if err != nil {
		return 0, err
	}
	var n int64
	err = t.atomically(func() error {
		var last int64
		target := tb.storage
		if overwrite {
			indexed := 0
			if partition == nil {
				indexed = len(tb.partCols()) // the new table becomes the storage
			}
			if target, err = t.newStorage(len(tb.cols), indexed); err != nil {
				return err
			}
		} else if last, err = t.lastRowid(tb.storage); err != nil {
			return err
		}
		if n, err = t.writeRows(tb, target, rows); err != nil {
			return err
		}
		switch {
		case overwrite && (partition == nil || len(tb.partCols()) == 0):
			return t.replace(tb, target, true)
		case len(tb.partCols()) == 0:
			return nil
		}
		return t.placePartitions(tb, target, last, static, overwrite)
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// placePartitions ends the write of a partitioned table: the partitions
// its rows carry (those of rowid above last in target), and the static
// one, are checked and registered; with overwrite their old rows make
// way for the rows of target, a new row table.
func (t *tx) placePartitions(tb *table, target string, last int64, static []eval.Value, overwrite bool) error {
	written, err := t.writtenPartitions(tb, target, last)
	if err != nil {
		return err
	}
	limit := eval.MaxDynamicPartitionsInsert
	if overwrite {
		limit = eval.MaxDynamicPartitionsOverwrite
	}
	if len(written) > limit {
		return eval.Errorf(eval.CodePartition, "the statement writes %d partitions of table %s; one INSERT INTO writes at most %d, one INSERT OVERWRITE %d",
			len(written), tb.info.Name, eval.MaxDynamicPartitionsInsert, eval.MaxDynamicPartitionsOverwrite)
	}
	if static != nil && !containsPartition(written, static) {
		written = append(written, static)
	}
	if err := checkValues(tb, written); err != nil {
		return err
	}
	if overwrite {
		if err := t.replacePartitions(tb, target, written); err != nil {
			return err
		}
	}
	return t.register(tb, written)
}

func containsPartition(parts [][]eval.Value, p []eval.Value) bool {
	name := strings.Join(partitionTexts(p), "\x00")
	for _, q := range parts {
		if strings.Join(partitionTexts(q), "\x00") == name {
			return true
		}
	}
	return false
}

func partitionTexts(p []eval.Value) []string {
	out := make([]string, len(p))
	for i, v := range p {
		out[i] = eval.PartitionValueText(v)
	}
	return out
}

// lastRowid returns the largest rowid of a row table, 0 when it is empty;
// rows appended later get larger ones.
func (t *tx) lastRowid(storage string) (int64, error) {
	var last sql.NullInt64
	if err := t.tx.QueryRow("SELECT max(rowid) FROM " + quoteIdent(storage)).Scan(&last); err != nil {
		return 0, t.w.wrap(err)
	}
	return last.Int64, nil
}

// staticPartition checks a partition spec's columns and returns its
// values in partition column order when it names every partition column
// (nil otherwise: a dynamic or whole-table write).
func staticPartition(tb *table, partition map[string]eval.Value) ([]eval.Value, error) {
	if len(partition) > 0 && len(tb.partCols()) == 0 {
		return nil, eval.Errorf(eval.CodeSemantic, "table %s is not partitioned", tb.info.Name)
	}
	vals := make([]eval.Value, len(tb.partCols()))
	for k, v := range partition {
		i := partitionIndex(tb, k)
		if i < 0 {
			return nil, eval.Errorf(eval.CodeSemantic, "table %s has no partition column %s", tb.info.Name, k)
		}
		col := len(tb.info.Columns) + i
		x, err := partitionValue(tb, col, v)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return nil, eval.Errorf(eval.CodePartition, "invalid partition value: %s=NULL (a partition value cannot be NULL)", tb.cols[col].Name)
		}
		if _, err := tb.codecs[col].enc(x); err != nil {
			return nil, eval.InvalidArgument("partition column %s of table %s: %v", tb.cols[col].Name, tb.info.Name, err)
		}
		vals[i] = x
	}
	if len(partition) != len(tb.partCols()) || len(partition) == 0 {
		return nil, nil
	}
	return vals, nil
}

func partitionIndex(tb *table, name string) int {
	for i, c := range tb.info.PartitionColumns {
		if strings.EqualFold(c.Name, name) {
			return i
		}
	}
	return -1
}

// partitionValue converts a partition spec value to its column's type; a
// spec written as a string (PARTITION (hr='08') for a BIGINT column) is
// converted as INSERT converts it.
func partitionValue(tb *table, col int, v eval.Value) (eval.Value, error) {
	c := tb.cols[col]
	if s, ok := v.(string); ok && !c.Type.Kind.IsString() {
		conv, err := eval.Converter(eval.StringType, c.Type, true)
		if err != nil {
			return nil, err
		}
		return conv(s)
	}
	return v, nil
}

// replace puts the row table fresh in place of the table's storage (whole
// is true) or copies it over the table's rows when the caller has already
// deleted the rows it replaces.
func (t *tx) replace(tb *table, fresh string, whole bool) error {
	old := quoteIdent(tb.storage)
	if whole {
		if _, err := t.tx.Exec("DROP TABLE " + old); err != nil {
			return t.w.wrap(err)
		}
		if _, err := t.tx.Exec(`UPDATE mcsql_tables SET storage = ? WHERE name = ?`, fresh, tb.info.Name); err != nil {
			return t.w.wrap(err)
		}
		tb.storage = fresh
		if len(tb.partCols()) == 0 {
			return nil
		}
		// A whole-table write (tunnel upload -overwrite) leaves the
		// partitions its rows carry.
		if _, err := t.tx.Exec(`DELETE FROM mcsql_partitions WHERE tbl = ?`, tb.info.Name); err != nil {
			return t.w.wrap(err)
		}
		written, err := t.writtenPartitions(tb, fresh, 0)
		if err != nil {
			return err
		}
		if err := checkValues(tb, written); err != nil {
			return err
		}
		return t.register(tb, written)
	}
	cols := columnList(len(tb.cols))
	if _, err := t.tx.Exec("INSERT INTO " + old + " (" + cols + ") SELECT " + cols + " FROM " + quoteIdent(fresh) + " ORDER BY rowid"); err != nil {
		return t.w.wrap(err)
	}
	_, err := t.tx.Exec("DROP TABLE " + quoteIdent(fresh))
	return t.w.wrap(err)
}

// replacePartitions deletes the rows of the partitions parts, then copies
// the rows of fresh into the table.
func (t *tx) replacePartitions(tb *table, fresh string, parts [][]eval.Value) error {
	del, err := t.prepare("DELETE FROM " + quoteIdent(tb.storage) + " WHERE " + tb.partWhere())
	if err != nil {
		return t.w.wrap(err)
	}
	for _, p := range parts {
		args, err := tb.partArgs(p)
		if err != nil {
			return err
		}
		if _, err := del.Exec(args...); err != nil {
			return t.w.wrap(err)
		}
	}
	return t.replace(tb, fresh, false)
}

// writeRows appends the rows of src to the row table storage.
func (t *tx) writeRows(tb *table, storage string, src eval.RowSource) (int64, error) {
	b := &batchWriter{t: t, tb: tb, storage: storage}
	b.size = max(1, min(maxBatchRows, maxParams/len(tb.cols)))
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
		stmt, err := b.t.prepare(insertSQL(b.storage, len(tb.cols), b.size))
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
	// Not prepared: its text varies with the number of rows left.
	if _, err := b.t.tx.Exec(insertSQL(b.storage, len(b.tb.cols), b.rows), b.args...); err != nil {
		return b.t.w.wrap(err)
	}
	clear(b.args)
	b.args, b.rows = b.args[:0], 0
	return nil
}

// insertSQL returns INSERT INTO "storage" VALUES (?, ...), ... for rows
// rows of cols columns.
func insertSQL(storage string, cols, rows int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
	return "INSERT INTO " + quoteIdent(storage) + " VALUES " + strings.TrimSuffix(strings.Repeat(row+",", rows), ",")
}
