package parser

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestGrammarGolden keeps the printed grammar under review: a change to the
// grammar shows as a change to testdata/grammar.golden. Rewrite it with
// go test ./parser -run TestGrammarGolden -update.
func TestGrammarGolden(t *testing.T) {
	golden := filepath.Join("testdata", "grammar.golden")
	got := GrammarString() + "\n"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("GrammarString() differs from %s; run with -update and review the diff:\n%s", golden, got)
	}
}

// TestProductionWords checks that every production and token of the
// grammar has SQL words for error messages, so none leaks a grammar name.
func TestProductionWords(t *testing.T) {
	g := GrammarString()
	for _, m := range regexp.MustCompile(`(?m)^(\w+) =`).FindAllStringSubmatch(g, -1) {
		if _, ok := productionWords[m[1]]; !ok {
			t.Errorf("production %s has no entry in productionWords", m[1])
		}
	}
	for _, m := range regexp.MustCompile(`<\w+>`).FindAllString(g, -1) {
		if _, ok := tokenWords[m]; !ok {
			t.Errorf("token %s has no entry in tokenWords", m)
		}
	}
	for name := range productionWords {
		if !regexp.MustCompile(`(?m)^` + name + ` =`).MatchString(g) {
			t.Errorf("productionWords has %s, which is not in the grammar", name)
		}
	}
}
