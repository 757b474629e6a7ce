package warehouse

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// Partitions are kept twice: as the partition column values of the rows
// (the last columns of a row table, indexed), and as entries of the
// catalog table mcsql_partitions, which also holds partitions without
// rows. Every write keeps the two in step inside its savepoint.

// partCols returns a table's partition columns.
func (tb *table) partCols() []eval.Column { return tb.info.PartitionColumns }

// partWhere returns "c3 = ? AND c4 = ?": the condition on a partition's
// values, whose arguments partArgs gives.
func (tb *table) partWhere() string {
	conds := make([]string, len(tb.partCols()))
	for i := range conds {
		conds[i] = "c" + strconv.Itoa(len(tb.info.Columns)+i) + " = ?"
	}
	return strings.Join(conds, " AND ")
}

// partArgs encodes a partition's values as its rows store them.
func (tb *table) partArgs(vals []eval.Value) ([]any, error) {
	if len(vals) != len(tb.partCols()) {
		return nil, eval.Errorf(eval.CodeSemantic, "table %s has %d partition columns, a partition of %d values was given", tb.info.Name, len(tb.partCols()), len(vals))
	}
	args := make([]any, len(vals))
	for i, v := range vals {
		col := len(tb.info.Columns) + i
		if v == nil {
			return nil, eval.Errorf(eval.CodePartition, "invalid partition value: %s (a partition value cannot be NULL)", eval.PartitionName(tb.partCols(), vals))
		}
		x, err := tb.codecs[col].enc(v)
		if err != nil {
			return nil, eval.InvalidArgument("partition column %s of table %s: %v", tb.cols[col].Name, tb.info.Name, err)
		}
		args[i] = x
	}
	return args, nil
}

// indexPartitions indexes the partition columns of a row table of n
// columns whose last parts are partition columns.
func (t *tx) indexPartitions(storage string, n, parts int) error {
	cols := make([]string, parts)
	for i := range cols {
		cols[i] = "c" + strconv.Itoa(n-parts+i)
	}
	_, err := t.tx.Exec("CREATE INDEX IF NOT EXISTS " + quoteIdent(storage+"_pt") + " ON " + quoteIdent(storage) + " (" + strings.Join(cols, ", ") + ")")
	return t.w.wrap(err)
}

// Partitions returns the partitions of a table, sorted.
func (t *tx) Partitions(name string) ([][]eval.Value, error) {
	tb, err := t.table(name)
	if err != nil {
		return nil, err
	}
	parts, err := t.catalogPartitions(tb)
	if err != nil {
		return nil, err
	}
	eval.SortPartitions(parts)
	return parts, nil
}

// catalogPartitions reads the partition catalog entries of a table.
func (t *tx) catalogPartitions(tb *table) ([][]eval.Value, error) {
	rows, err := t.tx.Query(`SELECT vals FROM mcsql_partitions WHERE tbl = ?`, tb.info.Name)
	if err != nil {
		return nil, t.w.wrap(err)
	}
	defer rows.Close()
	var parts [][]eval.Value
	for rows.Next() {
		var text string
		if err := rows.Scan(&text); err != nil {
			return nil, t.w.wrap(err)
		}
		vals, err := tb.decodePartition(text)
		if err != nil {
			return nil, fmt.Errorf("warehouse %s: partition catalog of table %s: %v", t.w.path, tb.info.Name, err)
		}
		parts = append(parts, vals)
	}
	return parts, t.w.wrap(rows.Err())
}

// decodePartition reads a catalog entry's vals: the values as text.
func (tb *table) decodePartition(text string) ([]eval.Value, error) {
	var ss []string
	if err := json.Unmarshal([]byte(text), &ss); err != nil {
		return nil, err
	}
	if len(ss) != len(tb.partCols()) {
		return nil, fmt.Errorf("%d values for %d partition columns", len(ss), len(tb.partCols()))
	}
	vals := make([]eval.Value, len(ss))
	for i, s := range ss {
		if !tb.partCols()[i].Type.Kind.IsInteger() {
			vals[i] = s
			continue
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, err
		}
		vals[i] = n
	}
	return vals, nil
}

// register adds partitions to the catalog; those already there stay.
func (t *tx) register(tb *table, parts [][]eval.Value) error {
	if len(parts) == 0 {
		return nil
	}
	stmt, err := t.prepare(`INSERT OR IGNORE INTO mcsql_partitions (tbl, name, vals) VALUES (?, ?, ?)`)
	if err != nil {
		return t.w.wrap(err)
	}
	for _, p := range parts {
		texts := make([]string, len(p))
		for i, v := range p {
			texts[i] = eval.PartitionValueText(v)
		}
		js, err := json.Marshal(texts)
		if err != nil {
			return err
		}
		if _, err := stmt.Exec(tb.info.Name, eval.PartitionName(tb.partCols(), p), string(js)); err != nil {
			return t.w.wrap(err)
		}
	}
	var n int
	if err := t.tx.QueryRow(`SELECT count(*) FROM mcsql_partitions WHERE tbl = ?`, tb.info.Name).Scan(&n); err != nil {
		return t.w.wrap(err)
	}
	if n > eval.MaxPartitionsPerTable {
		return eval.Errorf(eval.CodePartition, "table %s would have %d partitions; a table has at most %d", tb.info.Name, n, eval.MaxPartitionsPerTable)
	}
	return nil
}

// exists reports whether a partition is in the catalog.
func (t *tx) exists(tb *table, vals []eval.Value) (bool, error) {
	var one int
	err := t.tx.QueryRow(`SELECT 1 FROM mcsql_partitions WHERE tbl = ? AND name = ?`, tb.info.Name, eval.PartitionName(tb.partCols(), vals)).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, t.w.wrap(err)
}

// partitionsOf checks that name is a partitioned table and returns it.
func (t *tx) partitioned(name string) (*table, error) {
	tb, err := t.table(name)
	if err != nil {
		return nil, err
	}
	if len(tb.partCols()) == 0 {
		return nil, eval.Errorf(eval.CodeSemantic, "table %s is not partitioned", tb.info.Name)
	}
	return tb, nil
}

// checkValues refuses partitions whose values MaxCompute would refuse.
func checkValues(tb *table, parts [][]eval.Value) error {
	for _, p := range parts {
		if len(p) != len(tb.partCols()) {
			return eval.Errorf(eval.CodeSemantic, "table %s has %d partition columns, a partition of %d values was given", tb.info.Name, len(tb.partCols()), len(p))
		}
		for _, v := range p {
			if problem := eval.PartitionValueProblem(v); problem != "" {
				return eval.Errorf(eval.CodePartition, "invalid partition value: %s (%s)", eval.PartitionName(tb.partCols(), p), problem)
			}
		}
	}
	return nil
}

// AddPartitions creates empty partitions.
func (t *tx) AddPartitions(name string, parts [][]eval.Value, ifNotExists bool) error {
	tb, err := t.partitioned(name)
	if err != nil {
		return err
	}
	if err := checkValues(tb, parts); err != nil {
		return err
	}
	return t.atomically(func() error {
		for _, p := range parts {
			ok, err := t.exists(tb, p)
			if err != nil {
				return err
			}
			if ok && !ifNotExists {
				return eval.Errorf(eval.CodeSemantic, "partition %s of table %s already exists; ADD IF NOT EXISTS PARTITION skips existing partitions", eval.PartitionName(tb.partCols(), p), tb.info.Name)
			}
			if err := t.register(tb, [][]eval.Value{p}); err != nil {
				return err
			}
		}
		return nil
	})
}

// DropPartitions removes partitions and their rows.
func (t *tx) DropPartitions(name string, parts [][]eval.Value) error {
	return t.eachPartition(name, parts, true)
}

// TruncatePartitions removes the rows of partitions.
func (t *tx) TruncatePartitions(name string, parts [][]eval.Value) error {
	return t.eachPartition(name, parts, false)
}

// eachPartition deletes the rows of existing partitions and, with drop,
// the partitions themselves.
func (t *tx) eachPartition(name string, parts [][]eval.Value, drop bool) error {
	tb, err := t.partitioned(name)
	if err != nil {
		return err
	}
	return t.atomically(func() error {
		del, err := t.prepare("DELETE FROM " + quoteIdent(tb.storage) + " WHERE " + tb.partWhere())
		if err != nil {
			return t.w.wrap(err)
		}
		for _, p := range parts {
			if err := t.clearPartition(tb, del, p, drop); err != nil {
				return err
			}
		}
		return nil
	})
}

func (t *tx) clearPartition(tb *table, del *sql.Stmt, p []eval.Value, drop bool) error {
	args, err := tb.partArgs(p)
	if err != nil {
		return err
	}
	ok, err := t.exists(tb, p)
	if err != nil {
		return err
	}
	if !ok {
		return eval.Errorf(eval.CodeSemantic, "partition not found: %s of table %s", eval.PartitionName(tb.partCols(), p), tb.info.Name)
	}
	if _, err := del.Exec(args...); err != nil {
		return t.w.wrap(err)
	}
	if drop {
		_, err = t.tx.Exec(`DELETE FROM mcsql_partitions WHERE tbl = ? AND name = ?`, tb.info.Name, eval.PartitionName(tb.partCols(), p))
	}
	return t.w.wrap(err)
}

// writtenPartitions returns the distinct partitions of the rows of the row
// table storage whose rowid is above after.
func (t *tx) writtenPartitions(tb *table, storage string, after int64) ([][]eval.Value, error) {
	first := len(tb.info.Columns)
	rows, err := t.tx.Query("SELECT DISTINCT "+columnRange(first, len(tb.cols))+" FROM "+quoteIdent(storage)+" WHERE rowid > ?", after)
	if err != nil {
		return nil, t.w.wrap(err)
	}
	defer rows.Close()
	raw := make([]any, len(tb.partCols()))
	dest := make([]any, len(raw))
	for i := range raw {
		dest[i] = &raw[i]
	}
	var parts [][]eval.Value
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, t.w.wrap(err)
		}
		vals := make([]eval.Value, len(raw))
		for i, x := range raw {
			if x == nil {
				continue
			}
			if vals[i], err = tb.codecs[first+i].dec(x); err != nil {
				return nil, fmt.Errorf("warehouse %s: %v", t.w.path, err)
			}
		}
		parts = append(parts, vals)
	}
	return parts, t.w.wrap(rows.Err())
}

// columnRange returns "c<from>, ..., c<to-1>".
func columnRange(from, to int) string {
	cols := make([]string, 0, to-from)
	for i := from; i < to; i++ {
		cols = append(cols, "c"+strconv.Itoa(i))
	}
	return strings.Join(cols, ", ")
}

// migrate upgrades a database of an earlier format: format 1 kept
// partitions only as row values, so each partitioned table gets its
// index and catalog entries from its rows.
func (t *tx) migrate() error {
	rows, err := t.tx.Query(`SELECT name FROM mcsql_tables WHERE partitions <> '[]'`)
	if err != nil {
		return t.w.wrap(err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return t.w.wrap(err)
		}
		names = append(names, n)
	}
	rows.Close()
	for _, n := range names {
		tb, err := t.lookup(n)
		if err != nil {
			return err
		}
		if err := t.indexPartitions(tb.storage, len(tb.cols), len(tb.partCols())); err != nil {
			return err
		}
		parts, err := t.writtenPartitions(tb, tb.storage, 0)
		if err != nil {
			return err
		}
		if err := t.register(tb, parts); err != nil {
			return err
		}
	}
	_, err = t.tx.Exec(`UPDATE mcsql_meta SET value = ? WHERE key = 'format'`, formatVersion)
	return t.w.wrap(err)
}
