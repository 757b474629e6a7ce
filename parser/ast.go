package parser

import "fmt"

// Pos is a 1-based line and column in the script text (columns count
// characters, not bytes). Every AST node carries the position of its first
// token; errors quote it as [line,col].
type Pos struct {
	Line int
	Col  int
}

// Position returns p itself, so that embedding Pos gives every node a
// Position method.
func (p Pos) Position() Pos { return p }

// String renders p as MaxCompute does in messages: [line,col].
func (p Pos) String() string { return fmt.Sprintf("[%d,%d]", p.Line, p.Col) }

// Node is any AST node.
type Node interface {
	Position() Pos
}

// Script is a parsed script: its statements in order.
type Script struct {
	Stmts []Stmt
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// ---------------------------------------------------------------- statements

// AssignStmt is `@name := expr;` (a scalar variable).
type AssignStmt struct {
	Pos
	Name string // without the '@', case preserved
	Expr Expr
}

// AssignQueryStmt is `@name := SELECT ...;` (a table variable).
type AssignQueryStmt struct {
	Pos
	Name  string
	Query *Query
}

// DeclareStmt is `@name type;` or `@name TABLE(col type, ...);`.
type DeclareStmt struct {
	Pos
	Name string
	Type *TypeName // nil when Table is set
	// Table holds the columns of a table-variable declaration.
	Table []*ColumnDef
}

// IfStmt is IF (cond) BEGIN ... END [ELSE ...]. An ELSE IF chain is a
// nested IfStmt as the only statement of Else.
type IfStmt struct {
	Pos
	Cond Expr
	Then []Stmt
	Else []Stmt
}

// SetStmt is `SET key=value;`. Key and Value are the raw text, trimmed.
type SetStmt struct {
	Pos
	Key   string
	Value string
}

// QueryStmt is a query run for its result, such as `SELECT ...;`.
type QueryStmt struct {
	Pos
	Query *Query
}

// CreateTableStmt is CREATE TABLE in all its forms.
type CreateTableStmt struct {
	Pos
	IfNotExists   bool
	Name          string // possibly project.table
	Columns       []*ColumnDef
	Comment       string
	PartitionedBy []*ColumnDef
	Lifecycle     *int64
	Like          string // CREATE TABLE t LIKE u
	AsQuery       *Query // CREATE TABLE t AS SELECT ...
}

// DropTableStmt is DROP TABLE [IF EXISTS] name.
type DropTableStmt struct {
	Pos
	IfExists bool
	Name     string
}

// TruncateTableStmt is TRUNCATE TABLE name [PARTITION (...) [, ...]].
type TruncateTableStmt struct {
	Pos
	Name       string
	Partitions []*PartitionClause // nil for the whole table
}

// MultiInsertStmt is FROM src INSERT ... SELECT ... INSERT ... SELECT ...:
// the INSERTs, whose SELECTs read the shared FROM, run in order.
type MultiInsertStmt struct {
	Pos
	Inserts []*InsertStmt
}

// InsertStmt is INSERT INTO|OVERWRITE [TABLE] t [PARTITION (...)] [(cols)] query.
// A VALUES list is a Query whose Body is *Values.
type InsertStmt struct {
	Pos
	Overwrite bool
	Table     string
	Partition []*PartitionSpec
	Columns   []string
	Query     *Query
	ZOrder    []Expr // ZORDER BY keys, columns of Query's output; nil without
}

// PartitionSpec is one k='v' of a PARTITION clause of INSERT; Value is
// nil for a dynamic partition column, PARTITION (k).
type PartitionSpec struct {
	Pos
	Key   string
	Value Expr
}

// TunnelStmt is odpscmd's data command:
//
//	TUNNEL UPLOAD [options] file [project.]table[/partition];
//	TUNNEL DOWNLOAD [options] [project.]table[/partition] file;
//
// Options are odpscmd's (-h true, -fd '\t', -overwrite true, ...); the
// evaluator reads them (eval.ParseTunnelOptions).
type TunnelStmt struct {
	Pos
	Upload    bool
	File      string
	Table     string
	Partition *PartitionClause  // the /k=v,... spec after the table; nil when none
	Options   map[string]string // option name without '-', lower case → value
}

// ShowTablesStmt is SHOW TABLES [IN project] [LIKE 'pattern'].
type ShowTablesStmt struct {
	Pos
	Project string // lower-cased; empty for the current project
	// Like is the pattern's text, where '*' stands for any characters;
	// HasLike tells LIKE '' from no LIKE.
	Like    string
	HasLike bool
}

// DescStmt is DESC|DESCRIBE [EXTENDED] name [PARTITION (...)].
type DescStmt struct {
	Pos
	Extended  bool // DESC EXTENDED
	Name      string
	Partition *PartitionClause // nil when absent
}

// ColumnDef is `name type [COMMENT '...']`.
type ColumnDef struct {
	Pos
	Name    string
	Type    *TypeName
	Comment string
}

// TypeName is a written type: BIGINT, DECIMAL(10,2), VARCHAR(20),
// ARRAY<STRING>, MAP<STRING,BIGINT>, STRUCT<a:STRING, b:BIGINT>.
type TypeName struct {
	Pos
	Name   string       // upper case: BIGINT, DECIMAL, ARRAY, MAP, STRUCT, ...
	Params []int        // DECIMAL(p,s), VARCHAR(n), CHAR(n)
	Elem   *TypeName    // ARRAY element
	Key    *TypeName    // MAP key
	Value  *TypeName    // MAP value
	Fields []*ColumnDef // STRUCT fields
}

func (*AssignStmt) stmtNode()        {}
func (*AssignQueryStmt) stmtNode()   {}
func (*DeclareStmt) stmtNode()       {}
func (*IfStmt) stmtNode()            {}
func (*SetStmt) stmtNode()           {}
func (*QueryStmt) stmtNode()         {}
func (*CreateTableStmt) stmtNode()   {}
func (*DropTableStmt) stmtNode()     {}
func (*TruncateTableStmt) stmtNode() {}
func (*InsertStmt) stmtNode()        {}
func (*MultiInsertStmt) stmtNode()   {}
func (*ShowTablesStmt) stmtNode()    {}
func (*TunnelStmt) stmtNode()        {}
func (*DescStmt) stmtNode()          {}

// ------------------------------------------------------------------- queries

// Query is a query expression with its ORDER BY and LIMIT.
type Query struct {
	Pos
	Body    QueryBody
	OrderBy []*OrderItem
	Limit   Expr // nil when absent
	// With holds the query's common table expressions, in order; each may
	// read the ones before it.
	With []*CTE
	// Offset is LIMIT n OFFSET m's m; nil when absent.
	Offset Expr
	// DistributeBy and SortBy are DISTRIBUTE BY and SORT BY; CLUSTER BY k
	// is both, with Cluster set.
	DistributeBy []Expr
	SortBy       []*OrderItem
	Cluster      bool
	// DistPos is where DISTRIBUTE, SORT or CLUSTER BY starts.
	DistPos Pos
}

// CTE is one `name [(col, ...)] AS (query)` of a WITH clause.
type CTE struct {
	Pos
	Name    string
	Columns []string // the optional column list; nil keeps the query's names
	Query   *Query
	// Recursive is set in a WITH RECURSIVE clause: a CTE whose query is
	// initial_part UNION ALL recursive_part may read itself in the latter.
	Recursive bool
}

// QueryBody is *Select, *SetOp or *Values; or *Query for a parenthesized
// operand of a set operation that has its own ORDER BY or LIMIT, as in
// `(SELECT ... LIMIT 1) UNION ALL SELECT ...`.
type QueryBody interface {
	Node
	queryBody()
}

// Select is one SELECT block.
type Select struct {
	Pos
	Hints    []string // hint text inside /*+ ... */, ignored by the evaluator
	Distinct bool
	Items    []*SelectItem
	From     TableRef // nil for SELECT without FROM
	Where    Expr
	GroupBy  []Expr
	Having   Expr
	// GroupingSets is set when GROUP BY names grouping sets (see
	// GroupingSets for how it combines with GroupBy).
	GroupingSets *GroupingSets
	Windows      []*NamedWindow // the WINDOW clause
	Qualify      Expr           // nil when absent
	// QualifyPos is where QUALIFY is written.
	QualifyPos Pos
}

// SelectItem is one entry of a select list: an expression with an optional
// alias, `*`, or `t.*`.
type SelectItem struct {
	Pos
	Expr      Expr   // nil for * and t.*
	Alias     string // "" when none
	Star      bool
	StarTable string // "t" for t.*
	// Columns are the names of `f(...) AS (a, b)`, a table-generating
	// function's output columns; nil otherwise.
	Columns []string
	// Except and Replace modify * and t.*: `* EXCEPT (a, b)` leaves
	// columns out, `* REPLACE (expr AS a)` computes a column anew in its
	// place.
	Except  []string
	Replace []*SelectItem // Expr and Alias (the column replaced)
}

// SetOp is `left UNION [ALL|DISTINCT] right` (also INTERSECT, EXCEPT/MINUS).
type SetOp struct {
	Pos
	Op    string // UNION, INTERSECT, EXCEPT
	All   bool
	Left  QueryBody
	Right QueryBody
}

// Values is a VALUES list used as a query body (INSERT ... VALUES).
type Values struct {
	Pos
	Rows [][]Expr
}

// OrderItem is one ORDER BY key.
type OrderItem struct {
	Pos
	Expr Expr
	Desc bool
	// Nulls is "FIRST" or "LAST" when written (window ORDER BY); "" is
	// the default, NULLs first ascending and last descending.
	Nulls string
}

func (*Select) queryBody() {}
func (*SetOp) queryBody()  {}
func (*Values) queryBody() {}
func (*Query) queryBody()  {}

// TableRef is a FROM item: *TableName, *TableVar, *ValuesTable,
// *SubqueryTable, *Join or *LateralView.
type TableRef interface {
	Node
	tableRef()
}

// TableName is a table of the warehouse, possibly project.table.
type TableName struct {
	Pos
	Name  string
	Alias string
}

// TableVar is `@v` in FROM.
type TableVar struct {
	Pos
	Name  string // without '@'
	Alias string
}

// ValuesTable is `VALUES (...), (...) [AS] t(a, b)`.
type ValuesTable struct {
	Pos
	Rows    [][]Expr
	Alias   string
	Columns []string
}

// SubqueryTable is `(SELECT ...) [AS] alias`.
type SubqueryTable struct {
	Pos
	Query *Query
	Alias string
}

// Join is `left [NATURAL] [INNER|LEFT [OUTER]|RIGHT [OUTER]|FULL [OUTER]|CROSS]
// JOIN right [ON cond | USING (cols)]`, or `left LEFT SEMI|ANTI JOIN right ON cond`.
type Join struct {
	Pos
	Kind    string // INNER, LEFT, RIGHT, FULL, CROSS, SEMI (LEFT SEMI), ANTI (LEFT ANTI)
	Left    TableRef
	Right   TableRef
	On      Expr     // nil for CROSS JOIN, a comma join, NATURAL or USING
	Natural bool     // NATURAL JOIN: USING every column both sides name
	Using   []string // USING (a, b): the columns, as written
}

func (*TableName) tableRef()     {}
func (*TableVar) tableRef()      {}
func (*ValuesTable) tableRef()   {}
func (*SubqueryTable) tableRef() {}
func (*Join) tableRef()          {}

// --------------------------------------------------------------- expressions

// LitKind says which literal form a Literal is.
type LitKind int

// Literal kinds.
const (
	LitNull      LitKind = iota
	LitBool              // Text is "true" or "false"
	LitInt               // unsuffixed integer: INT if it fits, else BIGINT, else DOUBLE
	LitTinyint           // 1Y
	LitSmallint          // 1S
	LitBigint            // 1L
	LitFloat             // 1.5F
	LitDouble            // 1.5, 1e3, 1.5D
	LitDecimal           // 1.5BD
	LitString            // '...' and "..." (adjacent ones concatenated), R"(...)"
	LitBinary            // X'616263'
	LitDate              // DATE '2024-01-01'
	LitDatetime          // DATETIME '2024-01-01 00:00:00'
	LitTimestamp         // TIMESTAMP '2024-01-01 00:00:00.123'
	LitNTZ               // TIMESTAMP_NTZ '2024-01-01 00:00:00.123456'
	LitJSON              // JSON '{"a":1}'
)

// Literal is a constant. For numbers Text is the digits without the suffix
// (sign not included: -1 is a Unary minus); for strings it is the decoded
// value (escapes applied); for X'..' it is the decoded bytes; for date/time
// literals it is the quoted text.
type Literal struct {
	Pos
	Kind LitKind
	Text string
}

// Ident is a bare or dotted name: `col`, `t.col`, `var.field`. The evaluator
// resolves it against columns, then STRUCT-valued scalar variables.
type Ident struct {
	Pos
	Parts []string
}

// VarRef is `@name` used as an expression.
type VarRef struct {
	Pos
	Name string // without '@'
}

// FieldAccess is `x.field` where x is not a plain name (e.g. a call).
type FieldAccess struct {
	Pos
	X     Expr
	Field string
}

// IndexExpr is `x[i]`.
type IndexExpr struct {
	Pos
	X     Expr
	Index Expr
}

// Unary is `-x`, `+x`, `~x` or `NOT x`. Op is "-", "+", "~" or "NOT".
type Unary struct {
	Pos
	Op string
	X  Expr
}

// Binary is a binary operator. Op is one of
// + - * / % DIV || & | ^ = == <> != < <= > >= <=> AND OR (upper case words).
type Binary struct {
	Pos
	Op string
	L  Expr
	R  Expr
}

// Like is `x [NOT] LIKE|RLIKE pattern`.
type Like struct {
	Pos
	X       Expr
	Pattern Expr
	Not     bool
	Regexp  bool // RLIKE
}

// IsNull is `x IS [NOT] NULL`.
type IsNull struct {
	Pos
	X   Expr
	Not bool
}

// In is `x [NOT] IN (list)` or `x [NOT] IN (subquery)`.
type In struct {
	Pos
	X     Expr
	List  []Expr
	Query *Query // set instead of List for a subquery
	Not   bool
}

// Between is `x [NOT] BETWEEN lo AND hi`.
type Between struct {
	Pos
	X   Expr
	Lo  Expr
	Hi  Expr
	Not bool
}

// Case is CASE [operand] WHEN ... THEN ... [ELSE ...] END.
type Case struct {
	Pos
	Operand Expr // nil for a searched CASE
	Whens   []*When
	Else    Expr // nil when absent
}

// When is one WHEN ... THEN ... arm.
type When struct {
	Pos
	Cond   Expr
	Result Expr
}

// Cast is CAST(x AS type).
type Cast struct {
	Pos
	X    Expr
	Type *TypeName
}

// Call is a function call. Name is as written; functions are looked up
// case-insensitively.
type Call struct {
	Pos
	Name     string
	Args     []Expr
	Distinct bool // count(DISTINCT x)
	Star     bool // count(*)
	// Filter is an aggregate's FILTER (WHERE cond), nil when absent.
	Filter Expr
	// WithinGroup is an aggregate's WITHIN GROUP (ORDER BY ...) keys.
	WithinGroup []*OrderItem
	// Over is set for f(...) OVER (...): a window function call.
	Over *WindowSpec
}

// Subquery is a scalar subquery `(SELECT ...)`.
type Subquery struct {
	Pos
	Query *Query
}

// Exists is `EXISTS (SELECT ...)`; NOT EXISTS is a Unary NOT over it.
type Exists struct {
	Pos
	Query *Query
}

func (*Literal) exprNode()     {}
func (*Ident) exprNode()       {}
func (*VarRef) exprNode()      {}
func (*FieldAccess) exprNode() {}
func (*IndexExpr) exprNode()   {}
func (*Unary) exprNode()       {}
func (*Binary) exprNode()      {}
func (*Like) exprNode()        {}
func (*IsNull) exprNode()      {}
func (*In) exprNode()          {}
func (*Between) exprNode()     {}
func (*Case) exprNode()        {}
func (*Cast) exprNode()        {}
func (*Call) exprNode()        {}
func (*Subquery) exprNode()    {}
func (*Exists) exprNode()      {}

// LateralView is `source LATERAL VIEW [OUTER] f(args) alias AS c1, c2`:
// the rows of source, each joined with the rows f generates from it.
type LateralView struct {
	Pos
	Source  TableRef
	Outer   bool // keep a source row f generates nothing for, with NULLs
	Func    *Call
	Alias   string
	Columns []string
}

func (*LateralView) tableRef() {}

// ------------------------------------------------------------------- windows

// WindowSpec is the window of `f(...) OVER (...)`, `OVER w`, or of an
// entry of a WINDOW clause.
type WindowSpec struct {
	Pos
	// Base names a window of the WINDOW clause: all of the spec for
	// `OVER w`, the spec it extends for `OVER (w ORDER BY ...)`.
	Base        string
	PartitionBy []Expr
	OrderBy     []*OrderItem
	Frame       *Frame // nil for the default frame
}

// Frame is a window frame: `ROWS|RANGE|GROUPS BETWEEN start AND end
// [EXCLUDE ...]`, or `... start` alone, whose end is CURRENT ROW.
type Frame struct {
	Pos
	Unit    string // ROWS, RANGE or GROUPS
	Start   *FrameBound
	End     *FrameBound
	Exclude string // "", "CURRENT ROW", "GROUP", "TIES" or "NO OTHERS"
}

// FrameBound is one end of a frame.
type FrameBound struct {
	Pos
	// Kind is UNBOUNDED PRECEDING, PRECEDING, CURRENT ROW, FOLLOWING or
	// UNBOUNDED FOLLOWING; Offset is set for PRECEDING and FOLLOWING.
	Kind   string
	Offset Expr
}

// NamedWindow is one entry of a WINDOW clause: `name AS (spec)`.
type NamedWindow struct {
	Pos
	Name string
	Spec *WindowSpec
}

func (*WindowSpec) windowBody() {}
