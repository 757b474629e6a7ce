package eval

import (
	"strings"
	"testing"
)

// TestTableStatements runs each DDL statement after a setup and checks
// stdout, the OK status lines on stderr, and the committed table names.
func TestTableStatements(t *testing.T) {
	tests := []struct {
		name, setup, src string
		out, status      string
		tables           []string
	}{
		{"create", "", "create table t (a bigint);", "", "OK\n", []string{"t"}},
		{"create is case-insensitive", "", "create table MyT (A bigint); select a from myt;", "a\n", "OK\n", []string{"myt"}},
		{"create if not exists on existing", "create table t (a bigint);", "create table if not exists t (b string); select * from t;", "a\n", "OK\n", []string{"t"}},
		{"drop", "create table t (a bigint);", "drop table t;", "", "OK\n", nil},
		{"drop if exists on missing", "", "drop table if exists t;", "", "OK\n", nil},
		{"truncate", "create table t (a bigint); insert into t values (1);", "truncate table t; select count(*) from t;", "_c0\n0\n", "OK\n", []string{"t"}},
		{"show tables", "create table b (x int); create table a (x int);", "show tables;", "a\nb\n", "", []string{"a", "b"}},
		{"like copies schema", "create table u (a bigint comment 'the a', b string) comment 'u table' partitioned by (ds string) lifecycle 7;",
			"create table t like u; insert into t partition (ds='x') values (1, 'b'); select * from t;", "a,b,ds\n1,b,x\n", "OK\nOK\n", []string{"t", "u"}},
		{"create as select", "create table u (a bigint, b string); insert into u values (1, 'x'), (2, 'y');",
			"create table t as select a * 10 as a10, b from u where a > 1; select * from t;", "a10,b\n20,y\n", "OK\n", []string{"t", "u"}},
		{"create as select if not exists keeps the table", "create table t (a bigint); insert into t values (5);",
			"create table if not exists t as select 1 as z; select * from t;", "a\n5\n", "OK\n", []string{"t"}},
		{"create as select with lifecycle", "", "create table t lifecycle 3 as select 'v' as s; select s from t;", "s\nv\n", "OK\n", []string{"t"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, tc.setup)
			out, err := r.run(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			if out != tc.out {
				t.Errorf("stdout %q, want %q", out, tc.out)
			}
			if got := r.errOut.String(); got != tc.status {
				t.Errorf("stderr %q, want %q", got, tc.status)
			}
			if got := strings.Join(r.wh.Names(), ","); got != strings.Join(tc.tables, ",") {
				t.Errorf("tables %q, want %q", got, strings.Join(tc.tables, ","))
			}
		})
	}
}

// TestCreateTableInfo checks the description handed to the warehouse.
func TestCreateTableInfo(t *testing.T) {
	r := newTableRun()
	r.mustRun(t, "create table T1 (Id bigint comment 'key', amount decimal(10,2), tags array<string>) comment 'facts' partitioned by (ds string, hr int) lifecycle 30;")
	tx, err := r.wh.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	info, err := tx.Table("t1")
	if err != nil {
		t.Fatal(err)
	}
	want := TableInfo{
		Name:             "t1",
		Columns:          []Column{{"id", BigintType}, {"amount", Type{Kind: KindDecimal, Precision: 10, Scale: 2}}, {"tags", ArrayOf(StringType)}},
		ColumnComments:   []string{"key", "", ""},
		PartitionColumns: []Column{{"ds", StringType}, {"hr", IntType}},
		Comment:          "facts",
		Lifecycle:        30,
	}
	if info.Name != want.Name || info.Comment != want.Comment || info.Lifecycle != want.Lifecycle {
		t.Errorf("info %+v, want %+v", info, want)
	}
	checkColumns(t, "columns", info.Columns, want.Columns)
	checkColumns(t, "partition columns", info.PartitionColumns, want.PartitionColumns)
	if strings.Join(info.ColumnComments, "|") != strings.Join(want.ColumnComments, "|") {
		t.Errorf("comments %q, want %q", info.ColumnComments, want.ColumnComments)
	}
}

func checkColumns(t *testing.T, what string, got, want []Column) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %v, want %v", what, got, want)
	}
	for i := range got {
		if got[i].Name != want[i].Name || !got[i].Type.Equal(want[i].Type) {
			t.Errorf("%s[%d] = %s %s, want %s %s", what, i, got[i].Name, got[i].Type, want[i].Name, want[i].Type)
		}
	}
}

// TestDesc checks odpscmd's DESC layout.
func TestDesc(t *testing.T) {
	r := newTableRun()
	r.mustRun(t, "create table p.t (id bigint comment 'the id', amount decimal(10,2)) comment 'facts' partitioned by (ds string) lifecycle 7;")
	out, err := r.run("desc p.t;")
	if err != nil {
		t.Fatal(err)
	}
	rule := "+" + strings.Repeat("-", 84) + "+\n"
	want := rule +
		"| Project:                  p                                                        |\n" +
		"| TableComment:             facts                                                    |\n" +
		"| Lifecycle:                7                                                        |\n" +
		rule +
		"| Native Columns:                                                                    |\n" +
		rule +
		"| Field           | Type       | Label | Comment                                     |\n" +
		rule +
		"| id              | bigint     |       | the id                                      |\n" +
		"| amount          | decimal(10,2) |       |                                             |\n" +
		rule +
		"| Partition Columns:                                                                 |\n" +
		rule +
		"| ds              | string     |                                                     |\n" +
		rule
	if out != want {
		t.Errorf("desc output:\n%s\nwant:\n%s", out, want)
	}
	if r.errOut.String() != "" {
		t.Errorf("DESC changes nothing, yet printed %q", r.errOut.String())
	}
}

// TestTableStatementErrors checks MaxCompute's messages and positions.
func TestTableStatementErrors(t *testing.T) {
	tests := []struct{ name, setup, src, want string }{
		{"create existing", "create table t (a bigint);", "select 1;\n  create table t (b string);",
			"ODPS-0130151:[2,3] Table or view already exists - table default.t"},
		{"drop missing", "", "drop table nosuch;", "ODPS-0130131:[1,1] Table not found - table default.nosuch cannot be resolved"},
		{"truncate missing", "", "truncate table nosuch;", "ODPS-0130131:[1,1] Table not found - table default.nosuch cannot be resolved"},
		{"desc missing", "", "desc nosuch;", "ODPS-0130131:[1,1] Table not found - table default.nosuch cannot be resolved"},
		{"select missing", "", "select a\nfrom  nosuch;", "ODPS-0130131:[2,7] Table not found - table default.nosuch cannot be resolved"},
		{"like missing", "", "create table t like nosuch;", "ODPS-0130131:[1,1] Table not found - table default.nosuch cannot be resolved"},
		{"duplicate column", "", "create table t (a bigint, A string);", "ODPS-0130071:[1,27] Semantic analysis exception - column a is defined twice"},
		{"partition column repeats a column", "", "create table t (a bigint) partitioned by (a string);", "ODPS-0130071:[1,43] Semantic analysis exception - column a is defined twice"},
		{"binary partition column", "", "create table t (a bigint) partitioned by (p binary);", "ODPS-0130071:[1,43] Semantic analysis exception - partition column p cannot be BINARY; partition columns are integers or strings"},
		{"bad type", "", "create table t (a decimal(50,2));", "ODPS-0130071:[1,19] Semantic analysis exception - DECIMAL precision 50 is out of range [1, 38]"},
		{"create as select with duplicate names", "", "create table t as select 1 as a, 2 as a;", "ODPS-0130071:[1,19] Semantic analysis exception - the query gives two columns named a; name them apart with AS"},
		{"create as select of untyped null", "", "create table t as select null as a;", "ODPS-0130071:[1,19] Semantic analysis exception - column a of the query is NULL without a type; CAST it to the column type"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, tc.setup)
			_, err := r.run(tc.src)
			if errText(err) != tc.want {
				t.Errorf("error %q\nwant  %q", errText(err), tc.want)
			}
		})
	}
}

// TestNoWarehouse checks that a session without a warehouse keeps its
// clear errors and never needs one for table-free scripts.
func TestNoWarehouse(t *testing.T) {
	tests := []struct{ src, want string }{
		{"create table t (a bigint);", "ODPS-0130071:[1,1] Semantic analysis exception - CREATE TABLE needs a warehouse, which this version of mcsql does not have yet"},
		{"insert into t values (1);", "ODPS-0130071:[1,1] Semantic analysis exception - INSERT needs a warehouse, which this version of mcsql does not have yet"},
		{"show tables;", "ODPS-0130071:[1,1] Semantic analysis exception - SHOW TABLES needs a warehouse, which this version of mcsql does not have yet"},
		{"select * from t;", "ODPS-0130131:[1,15] Table not found - table default.t cannot be resolved"},
		{"select 1 as a;", ""},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			_, err := runScript(t, nil, tc.src)
			if errText(err) != tc.want {
				t.Errorf("error %q, want %q", errText(err), tc.want)
			}
		})
	}
}
