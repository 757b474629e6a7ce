package functions

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// catalogEntry is one row of testdata/catalog.tsv: a built-in function as
// MaxCompute's documentation groups it.
type catalogEntry struct {
	name   string
	groups []string // its own group first, then the groups that also list it
}

// scalar reports whether the entry belongs to this package's scalar or
// table functions: aggregates and window functions are compiled by the
// query engine, not looked up in the Registry.
func (e catalogEntry) scalar() bool {
	if syntaxForms[e.name] != "" {
		return false
	}
	return !e.aggregate() && !slices.Contains(e.groups, "window")
}

// aggregate reports whether the documentation lists the entry among the
// aggregate functions (some are window functions too, and CORR a math
// function): eval compiles them, and their goldens are in the aggregate
// folder.
func (e catalogEntry) aggregate() bool { return slices.Contains(e.groups, "aggregate") }

// tableFunctions are the documentation's UDTFs (one row in, many out),
// registered with RegisterTable rather than Register.
var tableFunctions = map[string]bool{
	"EXPLODE": true, "POSEXPLODE": true, "INLINE": true, "JSON_TUPLE": true, "JSON_EXPLODE": true,
	"PARSE_URL_TUPLE": true, "KEYVALUE_TUPLE": true, "STACK": true, "TRANS_ARRAY": true, "TRANS_COLS": true,
}

// registeredCategory returns the documentation group a registered scalar
// or table function is filed under.
func registeredCategory(r *eval.Registry, name string) (string, bool) {
	if tableFunctions[name] {
		f, ok := r.LookupTable(name)
		if !ok {
			return "", false
		}
		return f.Doc.Category, true
	}
	f, ok := r.Lookup(name)
	if !ok {
		return "", false
	}
	return f.Doc.Category, true
}

// syntaxForms are catalogued "functions" that are expression syntax; each
// maps to the base name of its golden script.
var syntaxForms = map[string]string{
	"BETWEEN AND": "between_and", "CASE WHEN": "case_when", "CAST": "cast", "INDEX": "index",
}

// goldenDirs maps a documentation group to its folder of golden scripts
// under testdata/scripts/functions.
var goldenDirs = map[string]string{
	"string": "string", "math": "math", "date": "date", "complex type": "complex",
	"JSON": "json", "encryption": "encryption", "other": "other",
}

func loadCatalog(t *testing.T) []catalogEntry {
	t.Helper()
	f, err := os.Open("testdata/catalog.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []catalogEntry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		e := catalogEntry{name: cols[0], groups: []string{cols[1]}}
		if len(cols) > 2 && cols[2] != "" {
			for _, g := range strings.Split(cols[2], ",") {
				e.groups = append(e.groups, strings.TrimSpace(g))
			}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCatalog checks every scalar and table-generating function of the
// documentation's catalog:
// it is registered, filed under one of the groups the documentation lists
// it in, and has a golden script of its own,
// testdata/scripts/functions/<group>/<name>.sql, holding its page's
// examples. Syntax forms (CAST, CASE WHEN, ...) need only the golden.
// Run one group with -run 'TestCatalog/string/'.
func TestCatalog(t *testing.T) {
	r := NewRegistry()
	catalog := loadCatalog(t)
	// DECODE is listed twice: a string function (charset) and an other
	// function (if-then-else); one registered function serves both.
	groupsOf := map[string][]string{}
	for _, e := range catalog {
		groupsOf[e.name] = append(groupsOf[e.name], e.groups...)
	}
	for _, e := range catalog {
		if e.aggregate() {
			t.Run("aggregate/"+e.name, func(t *testing.T) { checkAggregate(t, e, groupsOf[e.name]) })
			continue
		}
		if !e.scalar() && syntaxForms[e.name] == "" {
			continue
		}
		t.Run(e.groups[0]+"/"+e.name, func(t *testing.T) {
			base := syntaxForms[e.name]
			if base == "" {
				base = strings.ToLower(e.name)
				category, ok := registeredCategory(r, e.name)
				if !ok {
					t.Fatalf("%s is not registered", e.name)
				}
				if !slices.Contains(groupsOf[e.name], category) {
					t.Errorf("%s is filed under %q; the documentation lists it under %q", e.name, category, groupsOf[e.name])
				}
			}
			golden := filepath.Join("..", "testdata", "scripts", "functions", goldenDirs[e.groups[0]], base+".sql")
			src, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden script for %s: %v", e.name, err)
			}
			if !pageAddress.Match(src) {
				t.Errorf("%s does not name the documentation page its examples come from", golden)
			}
		})
	}
}

// checkAggregate checks an aggregate of the catalog: eval knows it, files
// it under one of its documented groups, and it has a golden script of
// its own, testdata/scripts/functions/aggregate/<name>.sql, citing its page.
func checkAggregate(t *testing.T, e catalogEntry, groups []string) {
	d, ok := eval.AggregateDoc(e.name)
	if !ok {
		t.Fatalf("%s is not an aggregate function of eval", e.name)
	}
	if !slices.Contains(groups, d.Category) {
		t.Errorf("%s is filed under %q; the documentation lists it under %q", e.name, d.Category, groups)
	}
	golden := filepath.Join("..", "testdata", "scripts", "functions", "aggregate", strings.ToLower(e.name)+".sql")
	src, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("no golden script for %s: %v", e.name, err)
	}
	if !pageAddress.Match(src) {
		t.Errorf("%s does not name the documentation page its examples come from", golden)
	}
}

// pageAddress is how a golden script cites the page of its examples.
var pageAddress = regexp.MustCompile(`https://www\.alibabacloud\.com/help/\S+`)
