package main

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

func smallRegistry() *eval.Registry {
	r := eval.NewRegistry()
	r.Register(&eval.Function{Name: "HEX", Doc: eval.Doc{Category: eval.CategoryMath,
		Signature: "STRING HEX(STRING|BINARY x)", Description: "upper-case hex", Example: "select hex('abc'); -- 616263"}})
	r.Register(&eval.Function{Name: "SUBSTR", Doc: eval.Doc{Category: eval.CategoryString,
		Signature: "STRING SUBSTR(STRING s, BIGINT pos)", Description: "part of a string", Example: "select substr('abc', 2); -- bc"}})
	r.Alias("SUBSTRING", "SUBSTR")
	return r
}

func TestHelp(t *testing.T) {
	var out bytes.Buffer
	printHelp(&out, smallRegistry())
	// The aggregates are eval's own; CORR is filed under math, as the
	// documentation lists it.
	var aggs []string
	for _, n := range eval.AggregateNames() {
		if d, _ := eval.AggregateDoc(n); d.Category == eval.CategoryAggregate {
			aggs = append(aggs, n)
		}
	}
	want := statementHelp + "\nString functions (2):\n  SUBSTR     SUBSTRING\n" +
		"\nMath functions (2):\n  CORR  HEX\n" +
		fmt.Sprintf("\nAggregate functions (%d):\n", len(aggs)) + columns(aggs) +
		"\nWindow functions (12):\n" + columns(eval.WindowNames())
	if out.String() != want {
		t.Errorf("help printed\n%s\nwant\n%s", out.String(), want)
	}
}

// TestHelpListsEveryFunction checks the real registry's list: every name
// once, under a known group, and lines that fit 80 columns.
func TestHelpListsEveryFunction(t *testing.T) {
	reg := functions.NewRegistry()
	var out bytes.Buffer
	printHelp(&out, reg)
	list := strings.TrimPrefix(out.String(), statementHelp)
	var names []string
	for _, line := range strings.Split(list, "\n") {
		if len(line) > 80 {
			t.Errorf("line longer than 80 columns: %q", line)
		}
		if strings.HasPrefix(line, "  ") {
			names = append(names, strings.Fields(line)...)
		} else if line != "" && !strings.HasSuffix(line, "):") {
			t.Errorf("unexpected line %q", line)
		}
	}
	sort.Strings(names)
	want := append(append(append(reg.Names(), eval.AggregateNames()...), reg.TableNames()...), eval.WindowNames()...)
	sort.Strings(want)
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("help lists %v, the registry has %v", names, want)
	}
}

func TestFunctionHelp(t *testing.T) {
	tests := []struct {
		name, out, err string
	}{
		{"hex", "STRING HEX(STRING|BINARY x)\n  upper-case hex\n  Example: select hex('abc'); -- 616263\n", ""},
		{"HEX()", "STRING HEX(STRING|BINARY x)\n  upper-case hex\n  Example: select hex('abc'); -- 616263\n", ""},
		{"`hex`", "STRING HEX(STRING|BINARY x)\n  upper-case hex\n  Example: select hex('abc'); -- 616263\n", ""},
		{"substring", "STRING SUBSTR(STRING s, BIGINT pos)\n  SUBSTRING is another name for SUBSTR.\n  part of a string\n  Example: select substr('abc', 2); -- bc\n", ""},
		{"count", "BIGINT COUNT(*) | COUNT([DISTINCT|ALL] x, ...)\n  number of rows, or of rows where no argument is NULL\n  Example: select count(*), count(distinct x) from values (1), (1), (null) t(x); -- 3, 1\n", ""},
		{"row_number", "BIGINT ROW_NUMBER() OVER ([PARTITION BY ...] [ORDER BY ...])\n  number of the row in its partition, from 1\n  Example: select x, row_number() over (order by x) from values (5), (7) t(x); -- 1, 2\n", ""},
		{"hx", "", "help: there is no function named hx; did you mean HEX or MAX?\nType help; for the list of functions.\n"},
		{"substrings", "", "help: there is no function named substrings; did you mean SUBSTRING or SUBSTR?\nType help; for the list of functions.\n"},
		{"ubstr", "", "help: there is no function named ubstr; did you mean SUBSTR or SUBSTRING?\nType help; for the list of functions.\n"},
		{"nothing_like_it", "", "help: there is no function named nothing_like_it\nType help; for the list of functions.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errw bytes.Buffer
			printFunctionHelp(&out, &errw, smallRegistry(), tt.name)
			if out.String() != tt.out || errw.String() != tt.err {
				t.Errorf("help %s printed %q, %q; want %q, %q", tt.name, out.String(), errw.String(), tt.out, tt.err)
			}
		})
	}
}

// TestTableFunctionHelp shows a table-generating function's help, which
// the registry keeps apart from the scalar functions.
func TestTableFunctionHelp(t *testing.T) {
	var out, errw bytes.Buffer
	printFunctionHelp(&out, &errw, functions.NewRegistry(), "Explode")
	want := "EXPLODE(ARRAY<T> a) -> (col T); EXPLODE(MAP<K, V> m) -> (key K, value V)\n" +
		"  one row per array element (a NULL element gives a NULL row) or per map entry; a NULL array or map gives no row\n" +
		"  Example: select explode(array('a', null)) as (x); -- a, NULL\n"
	if out.String() != want || errw.Len() > 0 {
		t.Errorf("help explode printed %q, %q; want %q", out.String(), errw.String(), want)
	}
}

// TestHelpCommand runs help through the loop with the real registry: the
// text comes from the function's Doc.
func TestHelpCommand(t *testing.T) {
	f, ok := functions.NewRegistry().Lookup("UNHEX")
	if !ok {
		t.Fatal("UNHEX is not registered")
	}
	want := f.Doc.Signature + "\n  " + f.Doc.Description + "\n  Example: " + f.Doc.Example + "\n"
	for _, line := range []string{"help unhex;", "help unhex", "HELP UNHEX ;", "help unhex; select 1 as one;"} {
		t.Run(line, func(t *testing.T) {
			code, stdout, stderr, ed, _ := loopRun(t, replOptions{}, line)
			wantOut, wantHistory := want, []string{strings.TrimSpace(line)}
			if strings.Contains(line, "select") {
				wantOut += result("one", "1")
				wantHistory = []string{"help unhex;", "select 1 as one;"}
			}
			if code != exitOK || stdout != wantOut || stderr != "" {
				t.Errorf("status %d, stdout %q, stderr %q; want 0, %q, \"\"", code, stdout, stderr, wantOut)
			}
			if !reflect.DeepEqual(ed.history, wantHistory) {
				t.Errorf("history %q, want %q", ed.history, wantHistory)
			}
		})
	}
}
