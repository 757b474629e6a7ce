package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/cryptotest"
	"time"
)

// update rewrites the golden files: go test ./cmd/mcsql -run TestGolden -update
var update = flag.Bool("update", false, "rewrite testdata/scripts/**/*.golden from the current output")

// scriptsDir holds the golden scripts, relative to this package.
const scriptsDir = "../../testdata/scripts"

// testDeps makes runs deterministic: seeded randomness (also for
// crypto/rand, which tink's AES-GCM nonces come from), a fixed clock, UTC,
// and a private home directory.
func testDeps(t *testing.T) deps {
	return testDepsIn(t, t.TempDir())
}

// runsIn counts the runs in each home directory, so that consecutive runs
// sharing a home (a setup script, then the script) draw different but
// reproducible random streams.
var runsIn = map[string]byte{}

// testDepsIn is testDeps with a given home directory, so that several runs
// share a key store.
func testDepsIn(t *testing.T, home string) deps {
	n := runsIn[home]
	runsIn[home]++
	cryptotest.SetGlobalRandom(t, 42+uint64(n))
	seed := [32]byte{'m', 'c', 's', 'q', 'l', n}
	return deps{
		rand:     rand.NewChaCha8(seed),
		now:      func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) },
		location: nil, // the default zone, Asia/Shanghai, as a user gets it
		getenv: func(k string) string {
			if k == "MCSQL_HOME" {
				return home
			}
			return ""
		},
	}
}

// TestGolden runs every testdata/scripts/**/*.sql through the command line,
// exactly as `mcsql -f script.sql` would, and compares exit status, stdout
// and stderr with the script's .golden file. A script's leading
// `-- args: ...` line adds command-line flags (e.g. -D name=value, -M);
// $MCSQL_HOME in them is the run's temporary home directory, where a
// script may write files (-D out=$MCSQL_HOME/t.csv). Paths are relative
// to cmd/mcsql, the package directory tests run in.
//
// A script with `-- case: NAME` lines is a list of cases instead (the way
// to test many errors, since an error ends a script): each case runs as
// its own `mcsql -e '...'` and the golden file holds one section per case.
//
// The documentation's examples are kept verbatim, so their flags live
// beside them: NAME.args holds flags, and NAME.setup.sql, when present,
// runs first in the same mcsql home with -M; its one result row defines a
// -D placeholder per column (a column named wrapped_keyset defines
// ${wrapped_keyset} and '<wrapped_keyset>'). All runs of a script share
// one home directory.
func TestGolden(t *testing.T) {
	for _, script := range goldenScripts(t) {
		name := strings.TrimSuffix(strings.TrimPrefix(script, scriptsDir+"/"), ".sql")
		t.Run(name, func(t *testing.T) { checkGolden(t, script) })
	}
}

// goldenScripts lists testdata/scripts/**/*.sql but the setup scripts.
func goldenScripts(t *testing.T) []string {
	var scripts []string
	err := filepath.WalkDir(scriptsDir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".sql") && !strings.HasSuffix(path, ".setup.sql") {
			scripts = append(scripts, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no golden scripts found under " + scriptsDir)
	}
	return scripts
}

func checkGolden(t *testing.T, script string) {
	got := goldenOutput(t, script, false)
	golden := strings.TrimSuffix(script, ".sql") + ".golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/mcsql -run TestGolden -update to create it, then read it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s\n--- got:\n%s\n--- want:\n%s", golden, got, want)
	}
}

// goldenOutput runs a golden script (its cases, its setup) as TestGolden
// does and renders what it printed; unchecked runs it statement by
// statement, without compiling it whole first.
func goldenOutput(t *testing.T, script string, unchecked bool) string {
	src, err := os.ReadFile(script)
	if err != nil {
		t.Fatal(err)
	}
	base := strings.TrimSuffix(script, ".sql")
	home := t.TempDir()
	args := append(scriptArgs(string(src)), sidecarArgs(t, base)...)
	for i, a := range args {
		// A file a script writes (tunnel download) goes to its home.
		args[i] = strings.ReplaceAll(a, "$MCSQL_HOME", home)
	}
	args = append(args, setupDefines(t, base, home, args)...)
	var got string
	if cases := splitCases(string(src)); cases != nil {
		for _, c := range cases {
			got += "== case: " + c.name + "\n" + runOnce(t, home, append(args, "-e", c.sql), unchecked)
		}
	} else {
		got = runOnce(t, home, append(args, "-f", script), unchecked)
	}
	return got
}

// runOnce runs the command line and renders its exit status and streams.
func runOnce(t *testing.T, home string, args []string, unchecked bool) string {
	var stdout, stderr bytes.Buffer
	d := testDepsIn(t, home)
	d.statementByStatement = unchecked
	code := run(args, strings.NewReader(""), &stdout, &stderr, d)
	out := fmt.Sprintf("-- exit: %d\n-- stdout:\n%s-- stderr:\n%s", code, stdout.String(), stderr.String())
	// The home directory is a fresh temporary one: show it by name.
	return strings.ReplaceAll(out, home, "$MCSQL_HOME")
}

// sidecarArgs reads the flags of NAME.args, if it exists.
func sidecarArgs(t *testing.T, base string) []string {
	b, err := os.ReadFile(base + ".args")
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(b))
}

// setupDefines runs NAME.setup.sql, if it exists, and turns its one result
// row into -D flags.
func setupDefines(t *testing.T, base, home string, args []string) []string {
	setup := base + ".setup.sql"
	if _, err := os.Stat(setup); os.IsNotExist(err) {
		return nil
	}
	var stdout, stderr bytes.Buffer
	flags := append(append([]string(nil), args...), "-M", "-f", setup)
	if code := run(flags, strings.NewReader(""), &stdout, &stderr, testDepsIn(t, home)); code != 0 {
		t.Fatalf("%s failed: %s", setup, stderr.String())
	}
	records, err := csv.NewReader(&stdout).ReadAll()
	if err != nil || len(records) != 2 {
		t.Fatalf("%s must print one header and one row, got %q (%v)", setup, stdout.String(), err)
	}
	var defines []string
	for i, name := range records[0] {
		defines = append(defines, "-D", name+"="+records[1][i])
	}
	return defines
}

type scriptCase struct{ name, sql string }

// splitCases splits a script at `-- case: NAME` lines; nil when it has none.
func splitCases(src string) []scriptCase {
	var cases []scriptCase
	for _, line := range strings.SplitAfter(src, "\n") {
		if name, ok := strings.CutPrefix(line, "-- case:"); ok {
			cases = append(cases, scriptCase{name: strings.TrimSpace(name)})
			continue
		}
		if len(cases) > 0 {
			cases[len(cases)-1].sql += line
		}
	}
	return cases
}

// scriptArgs returns the flags of a leading `-- args:` line.
func scriptArgs(src string) []string {
	first, _, _ := strings.Cut(src, "\n")
	rest, ok := strings.CutPrefix(first, "-- args:")
	if !ok {
		return nil
	}
	return strings.Fields(rest)
}
