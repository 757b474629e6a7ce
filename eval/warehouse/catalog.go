package warehouse

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/mcsql/mcsql/eval"
)

// formatVersion is the layout of the database this package writes; a
// database written by a later layout is refused rather than misread, and
// one written by an earlier layout is upgraded (see migrate).
//
//	1  tables and their rows
//	2  the partition catalog mcsql_partitions and an index on the
//	   partition columns of each partitioned row table
const formatVersion = 2

const catalogDDL = `
CREATE TABLE IF NOT EXISTS mcsql_meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
);
INSERT OR IGNORE INTO mcsql_meta VALUES ('format', 1), ('next_storage', 1);
CREATE TABLE IF NOT EXISTS mcsql_tables (
	name       TEXT PRIMARY KEY, -- lower case, unqualified
	storage    TEXT NOT NULL,    -- the row table, t_<n>
	columns    TEXT NOT NULL,    -- JSON [{"name", "type", "comment"}]
	partitions TEXT NOT NULL,    -- JSON [{"name", "type"}]
	comment    TEXT NOT NULL,
	lifecycle  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS mcsql_partitions (
	tbl  TEXT NOT NULL, -- mcsql_tables.name
	name TEXT NOT NULL, -- the partition's name, ds=20240101/hr=1
	vals TEXT NOT NULL, -- JSON array of its values as text
	PRIMARY KEY (tbl, name)
) WITHOUT ROWID;`

// maxNameLen is MaxCompute's limit on table and column names, in bytes.
const maxNameLen = 128

// table is a catalog entry with its codecs, columns then partition columns.
type table struct {
	info    eval.TableInfo
	storage string
	cols    []eval.Column // Columns then PartitionColumns
	codecs  []codec
}

// columnJSON is a column as the catalog stores it.
type columnJSON struct {
	Name    string `json:"name"`
	Type    string `json:"type"`
	Comment string `json:"comment,omitempty"`
}

func (t *tx) initCatalog() error {
	if _, err := t.tx.Exec(catalogDDL); err != nil {
		return t.w.wrap(err)
	}
	var v int64
	if err := t.tx.QueryRow(`SELECT value FROM mcsql_meta WHERE key = 'format'`).Scan(&v); err != nil {
		return t.w.wrap(err)
	}
	if v > formatVersion {
		return fmt.Errorf("warehouse %s has format %d, newer than this mcsql's %d; use a newer mcsql", t.w.path, v, formatVersion)
	}
	if v < formatVersion {
		return t.migrate()
	}
	return nil
}

// resolve maps a table name to its catalog key: lower case, with the
// warehouse's own project prefix removed. display is the name for messages.
func (t *tx) resolve(name string) (key, display string, ok bool) {
	n := strings.ToLower(name)
	if proj, tbl, found := strings.Cut(n, "."); found {
		return tbl, n, proj == t.w.project
	}
	return n, t.w.project + "." + n, true
}

func (t *tx) notFound(display string) error {
	return eval.Errorf(eval.CodeTableNotFound, "table %s cannot be resolved", display)
}

// table returns the catalog entry of name, or a CodeTableNotFound error.
func (t *tx) table(name string) (*table, error) {
	if err := t.live(); err != nil {
		return nil, err
	}
	key, display, ok := t.resolve(name)
	if !ok {
		return nil, t.notFound(display)
	}
	tb, err := t.lookup(key)
	if err != nil {
		return nil, err
	}
	if tb == nil {
		return nil, t.notFound(display)
	}
	return tb, nil
}

// lookup reads a catalog entry through the transaction's cache; nil when
// there is no such table. The cache is safe because the transaction holds
// the write lock: only it changes the catalog.
func (t *tx) lookup(key string) (*table, error) {
	if tb, ok := t.tables[key]; ok {
		return tb, nil
	}
	var storage, cols, parts string
	tb := &table{info: eval.TableInfo{Name: key}}
	err := t.tx.QueryRow(`SELECT storage, columns, partitions, comment, lifecycle FROM mcsql_tables WHERE name = ?`, key).
		Scan(&storage, &cols, &parts, &tb.info.Comment, &tb.info.Lifecycle)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, t.w.wrap(err)
	}
	tb.storage = storage
	if err := decodeColumns(tb, cols, parts); err != nil {
		return nil, fmt.Errorf("warehouse %s: catalog entry of table %s: %v", t.w.path, key, err)
	}
	t.tables[key] = tb
	return tb, nil
}

func decodeColumns(tb *table, cols, parts string) error {
	var cj, pj []columnJSON
	if err := json.Unmarshal([]byte(cols), &cj); err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(parts), &pj); err != nil {
		return err
	}
	for i, list := range [][]columnJSON{cj, pj} {
		for _, c := range list {
			typ, err := parseType(c.Type)
			if err != nil {
				return err
			}
			col := eval.Column{Name: c.Name, Type: typ}
			if i == 0 {
				tb.info.Columns = append(tb.info.Columns, col)
				tb.info.ColumnComments = append(tb.info.ColumnComments, c.Comment)
			} else {
				tb.info.PartitionColumns = append(tb.info.PartitionColumns, col)
			}
		}
	}
	tb.setCodecs()
	return nil
}

func (tb *table) setCodecs() {
	tb.cols = append(append([]eval.Column(nil), tb.info.Columns...), tb.info.PartitionColumns...)
	tb.codecs = make([]codec, len(tb.cols))
	for i, c := range tb.cols {
		tb.codecs[i] = codecFor(c.Type)
	}
}

// encodeColumns is decodeColumns' inverse.
func encodeColumns(info eval.TableInfo) (cols, parts string, err error) {
	cj := make([]columnJSON, len(info.Columns))
	for i, c := range info.Columns {
		cj[i] = columnJSON{Name: c.Name, Type: typeText(c.Type)}
		if i < len(info.ColumnComments) {
			cj[i].Comment = info.ColumnComments[i]
		}
	}
	pj := make([]columnJSON, len(info.PartitionColumns))
	for i, c := range info.PartitionColumns {
		pj[i] = columnJSON{Name: c.Name, Type: typeText(c.Type)}
	}
	c, err := json.Marshal(cj)
	if err != nil {
		return "", "", err
	}
	p, err := json.Marshal(pj)
	return string(c), string(p), err
}

// copyInfo returns a copy the caller may change without touching the cache.
func copyInfo(info eval.TableInfo) *eval.TableInfo {
	c := info
	c.Columns = append([]eval.Column(nil), info.Columns...)
	c.ColumnComments = append([]string(nil), info.ColumnComments...)
	c.PartitionColumns = append([]eval.Column(nil), info.PartitionColumns...)
	return &c
}

// validateInfo checks a new table's description: MaxCompute's table names,
// at least one column, distinct column names, well-formed types.
func validateInfo(key string, info eval.TableInfo) error {
	if !validTableName(key) {
		return fmt.Errorf("invalid table name %q: use 1 to %d letters, digits and underscores", key, maxNameLen)
	}
	if len(info.Columns) == 0 {
		return fmt.Errorf("table %s needs at least one column", key)
	}
	if len(info.ColumnComments) > len(info.Columns) {
		return fmt.Errorf("table %s has %d column comments for %d columns", key, len(info.ColumnComments), len(info.Columns))
	}
	seen := map[string]bool{}
	for _, c := range append(append([]eval.Column(nil), info.Columns...), info.PartitionColumns...) {
		lower := strings.ToLower(c.Name)
		if c.Name == "" || len(c.Name) > maxNameLen {
			return fmt.Errorf("invalid column name %q in table %s: use 1 to %d bytes", c.Name, key, maxNameLen)
		}
		if seen[lower] {
			return fmt.Errorf("column %s is defined twice in table %s", c.Name, key)
		}
		seen[lower] = true
		if err := validateType(c.Type); err != nil {
			return fmt.Errorf("column %s of table %s: %v", c.Name, key, err)
		}
	}
	if info.Lifecycle < 0 {
		return fmt.Errorf("table %s: lifecycle %d is negative", key, info.Lifecycle)
	}
	return nil
}

func validTableName(name string) bool {
	if name == "" || len(name) > maxNameLen {
		return false
	}
	for i := 0; i < len(name); i++ {
		if !isIdentByte(name[i]) {
			return false
		}
	}
	return true
}

// newStorage creates an empty row table of n columns and returns its
// name. When parts > 0 its last parts columns are partition columns, and
// an index on them lets a pruned scan and a partition's DELETE find its
// rows without reading the others.
func (t *tx) newStorage(n, parts int) (string, error) {
	var id int64
	err := t.tx.QueryRow(`UPDATE mcsql_meta SET value = value + 1 WHERE key = 'next_storage' RETURNING value - 1`).Scan(&id)
	if err != nil {
		return "", t.w.wrap(err)
	}
	name := "t_" + strconv.FormatInt(id, 10)
	if _, err := t.tx.Exec("CREATE TABLE " + quoteIdent(name) + " (" + columnList(n) + ")"); err != nil {
		return "", t.w.wrap(err)
	}
	if parts > 0 {
		if err := t.indexPartitions(name, n, parts); err != nil {
			return "", err
		}
	}
	return name, nil
}

// quoteIdent quotes an SQLite identifier. Only names this package makes
// reach SQL text, but quoting keeps that safe whatever they hold.
func quoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
