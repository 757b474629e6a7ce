package eval

import (
	"strings"
	"testing"
)

// TestScriptAtomicity checks MaxCompute's rule: a script's table changes
// are kept only when every statement succeeds.
func TestScriptAtomicity(t *testing.T) {
	tests := []struct {
		name, src, wantErr string
		tables             string // committed tables afterwards
		rows               int    // committed rows of t afterwards
	}{
		{"success commits", "insert into t values (3); create table u (a int);", "", "t,u", 3},
		{"failure half-way rolls everything back",
			"create table u (a int);\ninsert into t values (3);\nselect nosuch from t;", "ODPS-0130071:[3,8] Semantic analysis exception - column nosuch cannot be resolved", "t", 2},
		{"failing overwrite keeps the old data",
			"insert overwrite table t select cast(s as bigint) from values ('4'), ('x') v(s);", "ODPS-0123091:[1,33] Illegal type cast - in function cast, value 'x' cannot be casted from String to Bigint", "t", 2},
		{"drop then failure keeps the table", "drop table t; select 1/0 as a; insert into nosuch values (1);",
			"ODPS-0130131:[1,32] Table not found - table default.nosuch cannot be resolved", "t", 2},
		{"failure inside an IF block", "insert into t values (5);\nIF (true) BEGIN insert into t values ('y'); END",
			"ODPS-0123091:[2,39] Illegal type cast - in function cast, value 'y' cannot be casted from String to Bigint (column a of table t)", "t", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, "create table t (a bigint); insert into t values (1), (2);")
			_, err := r.run(tc.src)
			if errText(err) != tc.wantErr {
				t.Errorf("error %q\nwant  %q", errText(err), tc.wantErr)
			}
			if got := strings.Join(r.wh.Names(), ","); got != tc.tables {
				t.Errorf("tables %q, want %q", got, tc.tables)
			}
			if got := len(r.wh.Rows("t")); got != tc.rows {
				t.Errorf("t has %d rows, want %d", got, tc.rows)
			}
			if r.wh.openTx != nil {
				t.Error("the script left a transaction open")
			}
		})
	}
}

// TestStorageFailureRollsBack checks that a warehouse error during INSERT
// fails the script with context and keeps nothing.
func TestStorageFailureRollsBack(t *testing.T) {
	r := newTableRun()
	r.mustRun(t, "create table t (a bigint);")
	r.wh.FailInsertAfter = 2
	_, err := r.run("create table u (b int); insert into t values (1), (2), (3);")
	want := "ODPS-0121095:[1,25] Invalid argument - cannot write table t: memory warehouse: insert into t: disk full"
	if errText(err) != want {
		t.Errorf("error %q\nwant  %q", errText(err), want)
	}
	if got := strings.Join(r.wh.Names(), ","); got != "t" {
		t.Errorf("tables %q after a failed script, want t", got)
	}
}

// TestTransactionsPerScript checks when the session begins transactions:
// once per script that uses tables, never for one that does not, and once
// per statement given to Exec outside a script. The compile-only check
// before a script runs reads the warehouse through one more (this
// warehouse has no BeginRead), which it rolls back.
func TestTransactionsPerScript(t *testing.T) {
	tests := []struct {
		name, src       string
		begins, commits int
	}{
		{"no tables", "@a := 1; select @a + 1;", 0, 0},
		{"one script, many statements", "create table t (a int); insert into t values (1); select * from t; drop table t;", 2, 1},
		{"script failing to compile", "create table t (a int); select x from t;", 1, 0},
		{"script failing when it runs", "create table t (a bigint); insert into t values (2); select a * 9223372036854775807L from t;", 2, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			_, _ = r.run(tc.src)
			if r.wh.Begins != tc.begins || r.wh.Commits != tc.commits {
				t.Errorf("begins %d, commits %d; want %d, %d", r.wh.Begins, r.wh.Commits, tc.begins, tc.commits)
			}
		})
	}
}

// TestBadWarehouseRow checks that a row of the wrong width from the
// warehouse is an error, not a crash of the expressions reading it.
func TestBadWarehouseRow(t *testing.T) {
	r := newTableRun()
	r.mustRun(t, "create table t (a bigint, b string); insert into t values (1, 'x');")
	r.wh.ShortRows = true
	_, err := r.run("select b from t;")
	want := "ODPS-0121095:[1,15] Invalid argument - the warehouse gave a row of 1 values for the 2 columns of table t"
	if errText(err) != want {
		t.Errorf("error %q\nwant  %q", errText(err), want)
	}
}
