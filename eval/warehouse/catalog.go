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

// init checks the catalog of the database and creates the catalog of an
// empty one or upgrades an old one. A damaged catalog is refused, never
// recreated: a new catalog over existing row tables would hide them, and
// their t_<n> names would collide with the new tables'.
func (w *Warehouse) init() error {
	st, err := w.inspect()
	if err != nil {
		return err
	}
	if !st.empty && st.format == formatVersion {
		return nil
	}
	if w.readOnly != "" {
		if st.empty {
			return fmt.Errorf("warehouse %s is empty and read-only (%s), so mcsql cannot create its catalog", w.path, w.readOnly)
		}
		return fmt.Errorf("warehouse %s has format %d, which this mcsql upgrades to %d by writing it, and it is read-only (%s); open it once where it can be written",
			w.path, st.format, formatVersion, w.readOnly)
	}
	t, err := w.begin(false)
	if err != nil {
		return err
	}
	if err := t.initCatalog(); err != nil {
		t.Rollback()
		return err
	}
	return t.Commit()
}

// catalogState is what inspect found in the database.
type catalogState struct {
	empty  bool  // no tables at all: a new database
	format int64 // mcsql_meta's format
}

// inspect reads, without taking the write lock, whether the database is
// new and its format, and checks that its catalog describes exactly its
// row tables.
func (w *Warehouse) inspect() (catalogState, error) {
	var st catalogState
	t, err := w.begin(true)
	if err != nil {
		return st, err
	}
	defer t.Rollback()
	names, err := t.strings(`SELECT name FROM sqlite_schema WHERE type = 'table'`)
	if err != nil {
		return st, err
	}
	if len(names) == 0 {
		st.empty = true
		return st, nil
	}
	all := map[string]bool{}
	var rowTables []string
	for _, n := range names {
		all[n] = true
		if isStorageName(n) {
			rowTables = append(rowTables, n)
		}
	}
	for _, c := range []string{"mcsql_meta", "mcsql_tables"} {
		if all[c] {
			continue
		}
		if len(rowTables) == 0 {
			return st, fmt.Errorf("warehouse %s: the file is an SQLite database but not an mcsql warehouse (it has no table %s); point --warehouse or MCSQL_WAREHOUSE at the right file, or move this one away to start a new warehouse", w.path, c)
		}
		return st, w.damaged("its catalog table %s is missing, and it holds %s", c, storageList(rowTables))
	}
	err = t.tx.QueryRow(`SELECT value FROM mcsql_meta WHERE key = 'format'`).Scan(&st.format)
	if errors.Is(err, sql.ErrNoRows) {
		return st, w.damaged("its catalog table mcsql_meta has no format entry")
	}
	if err != nil {
		return st, t.w.wrap(err)
	}
	if st.format > formatVersion {
		return st, fmt.Errorf("warehouse %s has format %d, newer than this mcsql's %d; use a newer mcsql", w.path, st.format, formatVersion)
	}
	if st.format >= 2 && !all["mcsql_partitions"] {
		return st, w.damaged("its catalog table mcsql_partitions is missing")
	}
	rows, err := t.tx.Query(`SELECT name, storage FROM mcsql_tables ORDER BY name`)
	if err != nil {
		return st, t.w.wrap(err)
	}
	described := map[string]bool{}
	var lost []string
	for rows.Next() {
		var name, storage string
		if err := rows.Scan(&name, &storage); err != nil {
			rows.Close()
			return st, t.w.wrap(err)
		}
		described[storage] = true
		if !all[storage] {
			lost = append(lost, fmt.Sprintf("%s (rows in %s)", name, storage))
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, t.w.wrap(err)
	}
	if len(lost) > 0 {
		return st, w.damaged("its catalog lists %s whose row tables are missing", boundedList(lost))
	}
	var orphans []string
	for _, n := range rowTables {
		if !described[n] {
			orphans = append(orphans, n)
		}
	}
	if len(orphans) > 0 {
		if len(described) == 0 {
			return st, w.damaged("its catalog table mcsql_tables is empty, and it holds %s", storageList(orphans))
		}
		return st, w.damaged("its catalog table mcsql_tables does not describe %s", storageList(orphans))
	}
	return st, nil
}

// damaged is the error of a warehouse whose catalog does not match its
// row tables: what is wrong, and how to recover.
func (w *Warehouse) damaged(format string, args ...any) error {
	return fmt.Errorf("warehouse %s is damaged: %s. The catalog holds the tables' names and column types, so mcsql cannot read those rows or recreate the catalog over them; restore the file from a backup, or move it aside (with its -wal and -shm files) to start a new, empty warehouse",
		w.path, fmt.Sprintf(format, args...))
}

// storageList names row tables for a message: how many, and the first few.
func storageList(names []string) string {
	noun := "row tables"
	if len(names) == 1 {
		noun = "row table"
	}
	return fmt.Sprintf("%d %s (%s)", len(names), noun, boundedList(names))
}

// boundedList joins at most five names, so that a message stays short
// however many tables a damaged warehouse holds.
func boundedList(names []string) string {
	const most = 5
	if len(names) <= most {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:most], ", ") + fmt.Sprintf(" and %d more", len(names)-most)
}

// isStorageName reports whether name is a row table's: t_<n>.
func isStorageName(name string) bool {
	digits, ok := strings.CutPrefix(name, "t_")
	if !ok || digits == "" {
		return false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return false
		}
	}
	return true
}

// strings runs a query of one text column and returns its values.
func (t *tx) strings(query string, args ...any) ([]string, error) {
	rows, err := t.tx.Query(query, args...)
	if err != nil {
		return nil, t.w.wrap(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, t.w.wrap(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, t.w.wrap(err)
	}
	return out, nil
}

// initCatalog creates the catalog of a new database, or upgrades an old
// one, under the write lock: another process may have done either since
// inspect looked.
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
	name, err := t.nextStorageName()
	if err != nil {
		return "", err
	}
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

// nextStorageName allocates the name of a new row table: t_<n> from the
// counter in mcsql_meta, skipping any name SQLite already has a table or
// index by, so that a counter that went back (a catalog restored apart
// from its rows, an edited database) never makes CREATE TABLE fail.
func (t *tx) nextStorageName() (string, error) {
	var id int64
	err := t.tx.QueryRow(`SELECT value FROM mcsql_meta WHERE key = 'next_storage'`).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		id = 1
	} else if err != nil {
		return "", t.w.wrap(err)
	}
	for ; ; id++ {
		name := "t_" + strconv.FormatInt(id, 10)
		var taken bool
		// The partition index of a row table is named <table>_pt.
		err := t.tx.QueryRow(`SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE lower(name) IN (?, ?))`, name, name+"_pt").Scan(&taken)
		if err != nil {
			return "", t.w.wrap(err)
		}
		if taken {
			continue
		}
		_, err = t.tx.Exec(`INSERT INTO mcsql_meta (key, value) VALUES ('next_storage', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, id+1)
		return name, t.w.wrap(err)
	}
}

// quoteIdent quotes an SQLite identifier. Only names this package makes
// reach SQL text, but quoting keeps that safe whatever they hold.
func quoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
