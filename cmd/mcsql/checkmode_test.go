package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// goldenSection is one run's part of a golden file: its exit status and
// streams.
type goldenSection struct {
	name, exit, stdout, stderr string
}

// splitGolden splits rendered golden output into its runs (one per case,
// or one).
func splitGolden(out string) []goldenSection {
	var secs []goldenSection
	for _, part := range strings.SplitAfter(out, "\n== case: ") {
		name := ""
		if len(secs) > 0 || strings.HasPrefix(out, "== case: ") {
			part = strings.TrimPrefix(part, "== case: ")
			name, part, _ = strings.Cut(part, "\n")
		}
		part = strings.TrimSuffix(part, "\n== case: ")
		head, rest, _ := strings.Cut(part, "\n-- stdout:\n")
		stdout, stderr, _ := strings.Cut(rest, "-- stderr:\n")
		secs = append(secs, goldenSection{name: name, exit: head, stdout: stdout, stderr: stderr})
	}
	return secs
}

var failedPos = regexp.MustCompile(`(?m)^FAILED: [^\[\n]*\[(\d+),(\d+)\]`)

// failurePos is the [line,col] of a run's FAILED line; ok is false when
// it has none with a position.
func failurePos(stderr string) (line, col int, ok bool) {
	m := failedPos.FindStringSubmatch(stderr)
	if m == nil {
		return 0, 0, false
	}
	line, _ = strconv.Atoi(m[1])
	col, _ = strconv.Atoi(m[2])
	return line, col, true
}

func failedLine(stderr string) string {
	i := strings.LastIndex(stderr, "FAILED: ")
	if i < 0 {
		return ""
	}
	line, _, _ := strings.Cut(stderr[i:], "\n")
	return line
}

// TestCheckModeSoundness runs every golden script statement by statement,
// as mcsql did before it compiled scripts whole, and compares each run with
// the golden file, where the script was compiled first (check mode):
//
//   - a run that succeeds statement by statement succeeds the same with the
//     check, printing the same (the check never refuses what the run
//     accepts, nor changes what it prints: not even its random values);
//   - a run that fails differs only by printing nothing before its
//     failure, which is the same error, or an error the check found in a
//     later statement than the one that failed when it ran (a compile
//     error comes before any run-time error in MaxCompute).
func TestCheckModeSoundness(t *testing.T) {
	scripts := goldenScripts(t)
	stopped := 0
	for _, script := range scripts {
		name := strings.TrimSuffix(strings.TrimPrefix(script, scriptsDir+"/"), ".sql")
		t.Run(name, func(t *testing.T) {
			checked := splitGolden(goldenOutput(t, script, false))
			unchecked := splitGolden(goldenOutput(t, script, true))
			if len(checked) != len(unchecked) {
				t.Fatalf("%d runs checked, %d unchecked", len(checked), len(unchecked))
			}
			for i, c := range checked {
				u := unchecked[i]
				if c == u {
					continue
				}
				if msg := compareRuns(c, u); msg != "" {
					t.Errorf("case %q: %s\n--- checked:\n%s%s--- statement by statement:\n%s%s", c.name, msg, c.stdout, c.stderr, u.stdout, u.stderr)
					continue
				}
				stopped++
				if failedLine(c.stderr) != failedLine(u.stderr) {
					t.Logf("case %q: the check found %s; statement by statement it failed when it ran: %s", c.name, failedLine(c.stderr), failedLine(u.stderr))
				}
			}
		})
	}
	// The goldens hold scripts that print before a compile error: with the
	// check they print nothing.
	if stopped == 0 {
		t.Error("the check stopped no golden script before it ran")
	}
}

// compareRuns says what is wrong when checked, the run of a script
// compiled whole first, differs from unchecked, its run statement by
// statement; "" when the difference is the check's stopping it before it
// ran.
func compareRuns(checked, unchecked goldenSection) string {
	if unchecked.exit == "-- exit: 0" {
		return "the check refused a script that runs"
	}
	if checked.exit != unchecked.exit {
		return fmt.Sprintf("exit status %q, statement by statement %q", checked.exit, unchecked.exit)
	}
	if checked.stdout != "" {
		return "a script stopped by its check printed results"
	}
	if failedLine(checked.stderr) == failedLine(unchecked.stderr) {
		return ""
	}
	cl, cc, cok := failurePos(checked.stderr)
	ul, uc, uok := failurePos(unchecked.stderr)
	if !cok || !uok {
		return "the check failed otherwise than the run"
	}
	if cl < ul || cl == ul && cc <= uc {
		return "the check failed at or before the statement that failed when run, with another error"
	}
	return ""
}

// runChecked runs mcsql with args in home, checked or statement by statement.
func runChecked(t *testing.T, home string, unchecked bool, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut strings.Builder
	d := testDepsIn(t, home)
	d.statementByStatement = unchecked
	code = run(args, strings.NewReader(""), &out, &errOut, d)
	return code, out.String(), errOut.String()
}

// TestScriptsCompileWhole: a script is compiled whole before its first
// statement runs, as MaxCompute does, so one that fails to compile prints
// nothing and changes nothing, and fails with the error the run meets
// statement by statement. The check sees the tables earlier statements
// create or drop, the types of the variables they assign, and both
// branches of an IF.
func TestScriptsCompileWhole(t *testing.T) {
	const setup = "create table t (a bigint); insert into t values (1);"
	tests := []struct{ name, script, err string }{
		{"an unknown function after a SELECT", "select 1 as a; select nosuch();", "function nosuch cannot be resolved"},
		{"a table created earlier", "select 1 as a; create table t2 (x bigint); insert into t2 values (1); select y from t2;", "column y cannot be resolved"},
		{"a table dropped earlier", "select 1 as a; drop table t; select * from t;", "Table not found"},
		{"a table that exists", "select 1 as a; create table t (b string);", "Table or view already exists"},
		{"a table created earlier, again", "select 1 as a; create table t2 (x bigint); create table t2 (y string);", "Table or view already exists"},
		{"a table dropped earlier, dropped again", "select 1 as a; drop table t; drop table t;", "Table not found"},
		{"a table variable's columns", "select 1 as first; @a := select 1 as x; select y from @a;", "column y cannot be resolved"},
		{"a scalar variable's type", "select 1 as first; @s := 'x'; select @s + array(1);", ""},
		// Statement by statement this one ran (the else branch never does);
		// MaxCompute compiles both branches.
		{"the IF branch not taken", "select 1 as first; if (1 = 1) begin select 2 as b; end else begin select nosuch(); end", "function nosuch cannot be resolved"},
		{"after an INSERT", "insert into t values (2); select nosuch();", "function nosuch cannot be resolved"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			home, before := t.TempDir(), t.TempDir()
			for _, h := range []string{home, before} {
				if code, _, stderr := runChecked(t, h, false, "-e", setup); code != 0 {
					t.Fatalf("setup: %s", stderr)
				}
			}
			code, stdout, stderr := runChecked(t, home, false, "-e", tc.script)
			ucode, ustdout, ustderr := runChecked(t, before, true, "-e", tc.script)
			if code != exitSQL || stdout != "" || strings.Contains(stderr, "OK") {
				t.Errorf("exit %d, stdout %q, stderr %q; want a failure that printed nothing", code, stdout, stderr)
			}
			if strings.HasPrefix(tc.name, "the IF branch") {
				ustderr, ucode = stderr, exitSQL
			}
			if !strings.Contains(stderr, tc.err) || failedLine(stderr) != failedLine(ustderr) || ucode != exitSQL {
				t.Errorf("stderr %q, want the error the statement-by-statement run gave (%q), which says %q", stderr, ustderr, tc.err)
			}
			if ustdout == "" && !strings.Contains(ustderr, "OK") {
				t.Errorf("statement by statement the script printed nothing before failing; the test shows nothing")
			}
			// Nothing ran: t still has its one row, t2 was never made.
			_, rows, _ := runChecked(t, home, false, "-M", "-e", "select count(*) as n from t;")
			if rows != "n\n1\n" {
				t.Errorf("after the failed script t holds %q, want its one row", rows)
			}
			if _, _, stderr := runChecked(t, home, false, "-e", "desc t2;"); !strings.Contains(stderr, "Table not found") {
				t.Errorf("desc t2 after the failed script: %q, want Table not found", stderr)
			}
		})
	}
}

// TestCheckAcceptsWhatRuns: scripts whose compilation depends on what the
// check cannot know run as they did.
func TestCheckAcceptsWhatRuns(t *testing.T) {
	scripts := []string{
		// A table created and filled, then read.
		"create table t3 (x bigint); insert into t3 values (1); select x from t3;",
		// A table created in one branch only: unknown afterwards.
		"if (rand() < 2) begin create table t4 (x bigint); end else begin create table t4 (y string); end select x from t4;",
		// Dropped and created again with other columns.
		"create table t5 (x bigint); drop table t5; create table t5 (y bigint); select y from t5;",
		// A variable assigned from a table: its value is unknown.
		"create table t6 (x string); insert into t6 values ('a,b'); @v := (select max(x) from t6); select split(@v, ',')[1];",
		// A table tested before it is read.
		"if (table_exists('t7')) begin select * from t7; end else begin select 1 as a; end",
	}
	for _, script := range scripts {
		home := t.TempDir()
		if code, _, stderr := runChecked(t, home, false, "-e", script); code != 0 {
			t.Errorf("%s: %s", script, stderr)
		}
	}
}

// TestCheckFlagReadsTheWarehouse: --check compiles against the project's
// warehouse when it exists, read only: a missing table is an error there,
// and nothing is written; without a warehouse tables are unknown.
func TestCheckFlagReadsTheWarehouse(t *testing.T) {
	const script = "insert into t values (2); @v := select a from t; select * from nosuch;"
	home := t.TempDir()
	if code, _, stderr := runChecked(t, home, true, "--check", "-e", script); code != exitOK {
		t.Errorf("--check without a warehouse: %s, want OK (its tables are unknown)", stderr)
	}
	if code, _, stderr := runChecked(t, home, false, "-e", "create table t (a bigint);"); code != exitOK {
		t.Fatal(stderr)
	}
	code, _, stderr := runChecked(t, home, false, "--check", "-e", script)
	want := "FAILED: ODPS-0130131:[1,64] Table not found - table default.nosuch cannot be resolved\n"
	if code != exitSQL || stderr != want {
		t.Errorf("--check with the warehouse: exit %d, %q; want %q", code, stderr, want)
	}
	if _, rows, _ := runChecked(t, home, false, "-M", "-e", "select count(*) as n from t;"); rows != "n\n0\n" {
		t.Errorf("after --check, t holds %q; want no row", rows)
	}
}

// TestCheckMergesIfBranches: after an IF whose branch is not known before
// the run, what its branches disagree on is unknown (no error), and what
// they agree on is known (an error).
func TestCheckMergesIfBranches(t *testing.T) {
	const unknownCond = "if (rand() < 0.5) begin "
	tests := []struct{ script, err string }{
		{unknownCond + "@t := select 1 as a; end else begin @t := select 'x' as b; end @u := select a from @t;", ""},
		{unknownCond + "@t := select 1 as a; end else begin @t := select 2 as a; end @u := select b from @t;", "[1,99] Semantic analysis exception - column b cannot be resolved"},
		{unknownCond + "@x := 1; end else begin @x := 'a'; end @y := @x + 1;", ""},
		// Values that differ are unknown, and so is what is compiled with them.
		{unknownCond + "@x := 1; end else begin @x := 2; end @y := @x + array(1);", ""},
		{unknownCond + "@x := 1; end else begin @x := 1; end @y := @x + array(1);", "[1,71] Invalid argument type - invalid operand types INT and ARRAY<INT> for operator '+'"},
		{unknownCond + "@x := 1; end @y := @x;", ""},
		{unknownCond + "create table t (a bigint); end else begin create table t (b bigint); end insert into t select b from t;", ""},
		{unknownCond + "create table t (a bigint); end else begin create table t (a bigint); end insert into t select b from t;", "column b cannot be resolved"},
		// A known condition: the state after the IF is its branch's.
		{"if (1 = 1) begin @t := select 1 as a; end else begin @t := select 'x' as b; end @u := select b from @t;", "column b cannot be resolved"},
		{"if (1 = 2) begin @t := select 1 as a; end else begin @t := select 'x' as b; end @u := select b from @t;", ""},
	}
	for _, tc := range tests {
		code, _, stderr := runChecked(t, t.TempDir(), false, "--check", "-e", tc.script)
		switch {
		case tc.err == "" && code != exitOK:
			t.Errorf("%s: %s, want OK", tc.script, stderr)
		case tc.err != "" && (code != exitSQL || !strings.Contains(stderr, tc.err)):
			t.Errorf("%s: %s, want %s", tc.script, stderr, tc.err)
		}
	}
}
