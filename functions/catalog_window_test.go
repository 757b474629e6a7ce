package functions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
)

// TestWindowCatalog checks every function the documentation files under
// "window" first (aggregates used with OVER are the aggregate group's):
// eval knows it as a window function, with help text filed under
// "window", and it has a golden script,
// testdata/scripts/functions/window/<name>.sql, citing its page.
func TestWindowCatalog(t *testing.T) {
	for _, e := range loadCatalog(t) {
		if e.groups[0] != "window" {
			continue
		}
		t.Run(e.name, func(t *testing.T) {
			doc, ok := eval.WindowDoc(e.name)
			if !ok {
				t.Fatalf("%s is not a window function of eval", e.name)
			}
			if doc.Category != eval.CategoryWindow {
				t.Errorf("%s is filed under %q, want %q", e.name, doc.Category, eval.CategoryWindow)
			}
			golden := filepath.Join("..", "testdata", "scripts", "functions", "window", strings.ToLower(e.name)+".sql")
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
