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
