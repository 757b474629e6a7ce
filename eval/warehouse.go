package eval

// Warehouse is the table storage a session reads and writes. Package
// eval/warehouse implements it over an embedded SQLite database; eval only
// sees this interface.
//
// A script runs inside one transaction (MaxCompute's rule for scripts):
// the session calls Begin before the first statement, every statement sees
// the changes of the earlier ones, and the changes are kept only by Commit
// after the last statement succeeds; any failure rolls all of them back.
type Warehouse interface {
	Begin() (Tx, error)
}

// ReadWarehouse is a Warehouse that can begin a transaction for a script
// without statements that change tables: the session begins such scripts
// (and its reads outside a script) with BeginRead, so that they neither
// wait for nor hold up scripts writing in other processes. Such a
// transaction reads the tables as some committed state left them.
type ReadWarehouse interface {
	Warehouse
	BeginRead() (Tx, error)
}

// TableInfo describes a table: its columns, partition columns (which are
// also readable as trailing columns), comments and lifecycle.
type TableInfo struct {
	Name             string // lower case, possibly project.table
	Columns          []Column
	ColumnComments   []string // parallel to Columns; "" when none
	PartitionColumns []Column
	Comment          string
	Lifecycle        int64 // days; 0 when not set
}

// RowSource streams rows into Insert: it calls yield once per row, in
// order, and stops at the first error yield returns. A row is valid only
// during the yield call.
type RowSource func(yield func(row []Value) error) error

// Tx is one script's view of the warehouse. Errors about tables are
// *Error values with CodeTableNotFound or CodeTableExists (without
// position; the evaluator adds it) and MaxCompute's messages.
//
// Table names reach a Tx in lower case as the script wrote them: `t` or
// `project.t`. The evaluator begins a Tx on a script's first use of a
// table and never begins a second one while the first is open; a
// Session.Query outside a script reads through a Tx it then rolls back.
// The evaluator does not rely on getting the errors of Scan's fn or of
// Insert's RowSource back unwrapped: it keeps them itself.
type Tx interface {
	// Table returns a table's description.
	Table(name string) (*TableInfo, error)
	// ListTables returns the names of all tables, sorted.
	ListTables() ([]string, error)
	CreateTable(info TableInfo, ifNotExists bool) error
	DropTable(name string, ifExists bool) error
	TruncateTable(name string) error
	// Scan streams every row of a table: its columns, then its partition
	// columns. A row is valid only during the fn call.
	Scan(name string, fn func(row []Value) error) error
	// Insert appends rows, or with overwrite replaces rows. Rows hold every
	// column already converted to the table's types, partition columns last
	// (the evaluator fills in static and dynamic partition values). It
	// returns the number of rows written. rows may read the table being
	// written (INSERT OVERWRITE TABLE t SELECT ... FROM t): it must see the
	// table as it was before the Insert. A failing Insert changes nothing.
	//
	// partition holds the static partition values (nil for a table without
	// partitions, or for a whole-table write such as a tunnel upload). A
	// partitioned table gets every partition its rows carry (INSERT INTO
	// creates missing partitions), and the one a complete static spec
	// names even when no row arrives. Overwrite replaces the rows of those
	// partitions only; with a nil partition it replaces the whole table.
	Insert(name string, overwrite bool, partition map[string]Value, rows RowSource) (int64, error)
	// Partitions returns the partitions of a table, with rows or without
	// (ALTER TABLE ... ADD PARTITION makes empty ones): each is the values
	// of the partition columns in order; sorted as SortPartitions does.
	Partitions(name string) ([][]Value, error)
	// AddPartitions creates empty partitions; one that exists is an error
	// unless ifNotExists.
	AddPartitions(name string, parts [][]Value, ifNotExists bool) error
	// DropPartitions removes partitions and their rows; one that does not
	// exist is an error.
	DropPartitions(name string, parts [][]Value) error
	// TruncatePartitions removes the rows of partitions, which stay.
	TruncatePartitions(name string, parts [][]Value) error
	// ScanPartitions streams the rows of the given partitions only, as
	// Scan does: partition pruning reads no other row.
	ScanPartitions(name string, parts [][]Value, fn func(row []Value) error) error
	Commit() error
	Rollback() error
}

// ProjectLister is a Tx that holds several projects' tables and can list
// another project's (SHOW TABLES IN p). A missing project is an *Error
// with CodeProjectNotFound.
type ProjectLister interface {
	ListProjectTables(project string) ([]string, error)
}
