package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
)

// TestReadScriptDoesNotWaitForWriter holds a write transaction open on the
// warehouse, as a long script in another process does, and runs scripts
// that only read: they get the committed state at once, where they used
// to wait five seconds for the write lock and then fail.
func TestReadScriptDoesNotWaitForWriter(t *testing.T) {
	home := t.TempDir()
	runOK := func(script string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-M", "-e", script}, strings.NewReader(""), &stdout, &stderr, testDepsIn(t, home)); code != 0 {
			t.Fatalf("%s: exit status %d: %s", script, code, stderr.String())
		}
		return stdout.String()
	}
	runOK("create table t (a bigint); insert into t values (1), (2);")
	w, err := warehouse.Open(filepath.Join(home, "warehouse", "default.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	writer, err := w.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Rollback()
	if _, err := writer.Insert("t", false, nil, func(yield func([]eval.Value) error) error {
		return yield([]eval.Value{int64(3)})
	}); err != nil {
		t.Fatal(err)
	}
	for script, want := range map[string]string{
		"select a from t order by a;":                          "a\n1\n2\n",
		"@n := select count(*) as n from t; select n from @n;": "n\n2\n",
		"show tables;": "t\n",
		"if (1 = 1) begin select max(a) as m from t; end":         "m\n2\n",
		"tunnel download t " + filepath.Join(home, "t.csv") + ";": "",
	} {
		if got := runOK(script); got != want {
			t.Errorf("%s: stdout %q, want %q", script, got, want)
		}
	}
}
