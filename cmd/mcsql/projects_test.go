package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

// runIn runs mcsql with args in home and returns the exit status, stdout
// and stderr.
func runIn(t *testing.T, home string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr, testDepsIn(t, home))
	return code, stdout.String(), stderr.String()
}

// TestShowCreateTableRecreates checks that SHOW CREATE TABLE's output,
// run as a script, makes a table DESC describes as the original.
func TestShowCreateTableRecreates(t *testing.T) {
	home := t.TempDir()
	create := "create table t (`select` bigint comment 'it\\'s \"quoted\"', m map<string,array<decimal(10,2)>>, " +
		"s struct<a:string, b:varchar(5)>) comment 'a\\\\b\nline' partitioned by (ds string, hr bigint) lifecycle 7;"
	if code, _, stderr := runIn(t, home, "--project", "p", "-e", create); code != 0 {
		t.Fatalf("create: %s", stderr)
	}
	_, before, _ := runIn(t, home, "--project", "p", "-e", "desc t;")
	code, ddl, stderr := runIn(t, home, "--project", "p", "-e", "show create table t;")
	if code != 0 || !strings.HasPrefix(ddl, "CREATE TABLE IF NOT EXISTS p.t (\n") {
		t.Fatalf("show create table: %d %q %s", code, ddl, stderr)
	}
	if code, _, stderr := runIn(t, home, "--project", "p", "-e", "drop table t;"+ddl); code != 0 {
		t.Fatalf("running the output %q: %s", ddl, stderr)
	}
	if _, after, _ := runIn(t, home, "--project", "p", "-e", "desc t;"); after != before {
		t.Errorf("recreated table differs:\n%s\nwant\n%s", after, before)
	}
}

// TestProjectFiles checks where projects keep their tables: beside an
// explicit --warehouse file, and in memory with --warehouse :memory:.
func TestProjectFiles(t *testing.T) {
	dir := t.TempDir()
	wh := filepath.Join(dir, "mine.db")
	script := "create table other.t (a bigint); insert into other.t values (7); use other; select a * 6 as n from t;"
	code, stdout, stderr := runIn(t, t.TempDir(), "--project", "p", "--warehouse", wh, "-e", script)
	if code != 0 || !strings.Contains(stdout, "| 42 ") {
		t.Fatalf("%d %q %s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "other.db")); err != nil {
		t.Errorf("other's file: %v", err)
	}
	if _, err := os.Stat(wh); err == nil {
		t.Errorf("%s was made though no table of p was touched", wh)
	}

	home := t.TempDir()
	code, stdout, stderr = runIn(t, home, "--warehouse", ":memory:", "-e", script+" select count(*) as c from default.t;")
	if code != 1 || !strings.Contains(stderr, "Table not found - table default.t cannot be resolved") || !strings.Contains(stdout, "| 42 ") {
		t.Errorf("in memory: %d %q %s", code, stdout, stderr)
	}
	_, stdout, _ = runIn(t, home, "--warehouse", ":memory:", "-e", "use p2; whoami;")
	if want := "Name: ALIYUN$1234567890123456\nEnd_Point: (in memory)\nProject: p2\nSchema: default\n"; stdout != want {
		t.Errorf("whoami in memory: %q, want %q", stdout, want)
	}
	if entries, _ := os.ReadDir(home); len(entries) != 0 {
		t.Errorf("an in-memory run wrote %v", entries)
	}
}

// TestProjectsFailTogether checks that a failing script keeps the changes
// of none of the projects it wrote.
func TestProjectsFailTogether(t *testing.T) {
	home := t.TempDir()
	if code, _, stderr := runIn(t, home, "-e", "create table t (a bigint); create table other.u (a bigint);"); code != 0 {
		t.Fatal(stderr)
	}
	code, _, _ := runIn(t, home, "-e", "insert into t values (1); insert into other.u values (2); select nosuch from t;")
	if code != 1 {
		t.Fatalf("the script should fail, got %d", code)
	}
	_, stdout, stderr := runIn(t, home, "-M", "-e", "select (select count(*) from default.t) + (select count(*) from other.u) as n;")
	if stdout != "n\n0\n" {
		t.Errorf("rows kept after a failed script: %q %s", stdout, stderr)
	}
}

// TestREPLPromptFollowsUse checks that the prompt names the project USE
// switched to, as odpscmd's does.
func TestREPLPromptFollowsUse(t *testing.T) {
	wh := &lazyWarehouse{path: memoryWarehouse, project: "myproj"}
	defer wh.Close()
	var stdout, stderr bytes.Buffer
	session := eval.NewSession(eval.Config{Registry: functions.NewRegistry(), Stdout: &stdout, Stderr: &stderr, Warehouse: wh})
	ed := &scriptedEditor{lines: []string{"use other;", "select", "1;", "use myproj;"}}
	newREPL(ed, session, &stdout, &stderr, replOptions{project: "myproj", currentProject: wh.Project}).loop()
	want := []string{"myproj> ", "other> ", "     > ", "other> ", "myproj> "}
	if !reflect.DeepEqual(ed.prompts, want) {
		t.Errorf("prompts %q, want %q (stderr %s)", ed.prompts, want, stderr.String())
	}
}
