// Package warehouse stores MaxCompute tables in an embedded SQLite database
// (modernc.org/sqlite, pure Go) and implements eval.Warehouse over it.
//
// # Layout
//
// One database file holds one project. The catalog table mcsql_tables maps
// each table name (lower case, unqualified) to its schema — columns with
// their full MaxCompute types as text (BIGINT, DECIMAL(10,2),
// STRUCT<a:STRING,b:ARRAY<INT>>), comments, partition columns, lifecycle —
// and to the SQLite table holding its rows. Row tables are named t_<n> from
// a counter in mcsql_meta, so no user-written name is ever part of SQL text,
// and their columns c0, c1, ... (partition columns last) are declared
// without a type: SQLite applies no affinity and keeps every value in the
// storage class it was written with.
//
// The partitions of a partitioned table are listed in mcsql_partitions
// (table, partition name ds=20240101/hr=1, values as JSON text), which
// also holds partitions without rows (ALTER TABLE ... ADD PARTITION); every
// write registers the partitions its rows carry in the same savepoint. An
// index on the partition columns of each row table lets a pruned scan
// (ScanPartitions) and a partition's DELETE read only that partition's
// rows. A database of format 1 (before the partition catalog) is upgraded
// when opened: its catalog entries come from its rows.
//
// # Values
//
//	NULL                        NULL
//	TINYINT..BIGINT             INTEGER
//	FLOAT DOUBLE                REAL (FLOAT rounded to float32); NaN as TEXT 'NaN',
//	                            since SQLite turns a NaN REAL into NULL
//	DECIMAL                     TEXT of the exact decimal with Scale digits after
//	                            the point ("1.2300"); a value that has no exact
//	                            decimal form at its scale as "num/den@scale"
//	STRING VARCHAR CHAR         TEXT (bytes kept as they are, invalid UTF-8 and NUL included)
//	BINARY                      BLOB
//	BOOLEAN                     INTEGER 0/1
//	DATE DATETIME TIMESTAMP     TEXT "yyyy-mm-dd hh:mi:ss.nnnnnnnnn" (UTC wall
//	                            clock, always nine fraction digits, so text order
//	                            is time order; years 0000-9999)
//	ARRAY MAP STRUCT            TEXT, JSON shaped by the column type (see nested.go)
//
// A STRUCT's Hidden payload (USE_WRAPPED_KEYSET's unwrapped keyset) is not
// part of the SQL value and is not stored.
//
// # Transactions and locking
//
// Begin issues BEGIN IMMEDIATE: a script that changes tables holds the
// database's write lock from its start to its Commit or Rollback, so two
// such scripts in two mcsql processes run one after the other. The second
// waits for the busy timeout (5 s by default) and then fails with "the
// warehouse <path> is locked by another mcsql process; try again".
// BeginRead issues a deferred BEGIN for a script that only reads: the file
// is in WAL mode (synchronous=NORMAL), so it reads the last committed state
// without waiting for the writer or holding it up. Every statement-sized
// change (Insert, CreateTable, DropTable, TruncateTable, AddPartitions,
// DropPartitions, TruncatePartitions) runs inside a SAVEPOINT, so a
// failing statement leaves the transaction as it was before it.
//
// # Opening
//
// Open checks the file before trusting it: an empty file, a file that is
// not SQLite, and a catalog that does not describe exactly the row tables
// (missing, emptied, entries without rows, rows without entries) are
// refused, never initialised or recreated over (see inspect). A new
// warehouse is built in a temporary file and linked into place complete.
// A warehouse mcsql cannot write is opened read-only (mode=ro, or
// immutable=1 in a read-only directory without a -shm file, where SQLite
// cannot otherwise read a WAL database); row table names skip any name
// SQLite already has (nextStorageName).
//
// # Reading a table while writing it
//
// Scan reads the rows whose rowid is at most the table's largest rowid when
// the scan starts, so rows appended by an INSERT INTO t SELECT ... FROM t
// are not read back. INSERT OVERWRITE writes its rows into a new row table
// and, once the RowSource is exhausted, drops the old one and points the
// catalog at the new one (for a partitioned table: deletes the rows of the
// partitions written — those the new rows carry, and a static partition —
// and copies the new rows over), so the old rows stay readable while the
// new ones are written.
package warehouse
