//go:build unix

package querybench

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval/warehouse"
)

// TestShapesAgree runs every benchmark shape in mcsql and in the sqlite3
// shell on a small data set and checks that the results agree, so that
// the benchmarks compare equal work; and checks that a difference would
// be seen. It runs in ordinary test runs (under a second) but never
// installs the shell.
func TestShapesAgree(t *testing.T) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 shell is not on PATH; " + installHint)
	}
	path := filepath.Join(t.TempDir(), "default.db")
	sz := sizesFor(3000)
	if err := load(path, sz); err != nil {
		t.Fatal(err)
	}
	names, err := storageNames(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := warehouse.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			q, err := expand(names, sh.sqlite3)
			if err != nil {
				t.Fatal(err)
			}
			n, err := compareResults(w, path, sh, q)
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				t.Errorf("%s returned no rows: the comparison proves nothing", sh.name)
			}
		})
	}
	t.Run("a difference is seen", func(t *testing.T) {
		sh := shapes[0]
		q, err := expand(names, strings.Replace(sh.sqlite3, "order by {users.tel}", "order by {users.tel} desc", 1))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := compareResults(w, path, sh, q); err == nil {
			t.Errorf("results of %q and %q compared equal", sh.mcsql, q)
		}
	})
	t.Run("an unknown name is refused", func(t *testing.T) {
		if _, err := expand(names, "select {users.nosuch} from {users}"); err == nil {
			t.Error("expand accepted a column the catalog does not have")
		}
	})
}
