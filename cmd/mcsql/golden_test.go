package main

import (
	"bytes"
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
	cryptotest.SetGlobalRandom(t, 42)
	home := t.TempDir()
	seed := [32]byte{'m', 'c', 's', 'q', 'l'}
	return deps{
		rand:     rand.NewChaCha8(seed),
		now:      func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) },
		location: time.UTC,
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
// `-- args: ...` line adds command-line flags (e.g. -D name=value, -M).
//
// A script with `-- case: NAME` lines is a list of cases instead (the way
// to test many errors, since an error ends a script): each case runs as
// its own `mcsql -e '...'` and the golden file holds one section per case.
func TestGolden(t *testing.T) {
	var scripts []string
	err := filepath.WalkDir(scriptsDir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".sql") {
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
	for _, script := range scripts {
		name := strings.TrimSuffix(strings.TrimPrefix(script, scriptsDir+"/"), ".sql")
		t.Run(name, func(t *testing.T) { checkGolden(t, script) })
	}
}

func checkGolden(t *testing.T, script string) {
	src, err := os.ReadFile(script)
	if err != nil {
		t.Fatal(err)
	}
	args := scriptArgs(string(src))
	var got string
	if cases := splitCases(string(src)); cases != nil {
		for _, c := range cases {
			got += "== case: " + c.name + "\n" + runOnce(t, append(args, "-e", c.sql))
		}
	} else {
		got = runOnce(t, append(args, "-f", script))
	}
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

// runOnce runs the command line and renders its exit status and streams.
func runOnce(t *testing.T, args []string) string {
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr, testDeps(t))
	return fmt.Sprintf("-- exit: %d\n-- stdout:\n%s-- stderr:\n%s", code, stdout.String(), stderr.String())
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
