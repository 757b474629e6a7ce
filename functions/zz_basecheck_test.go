package functions_test

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/functions"
)

func TestBaseCalls(t *testing.T) {
	reg := functions.NewRegistry()
	seen := map[*eval.Function]bool{}
	for _, name := range reg.Names() {
		f, _ := reg.Lookup(name)
		if seen[f] { continue }
		seen[f] = true
		ar := arityArgs(f)
		ns := []int{}
		for n := range ar { ns = append(ns, n) }
		sort.Ints(ns)
		ok := false
		var msgs []string
		for _, n := range ns {
			sql := fmt.Sprintf("select %s(%s);", name, strings.Join(ar[n], ", "))
			var out bytes.Buffer
			s := eval.NewSession(eval.Config{Registry: reg, Stdout: &out, Stderr: &out})
			if err := s.Run(sql); err == nil { ok = true } else { msgs = append(msgs, sql+" => "+err.Error()) }
		}
		if !ok { t.Logf("NO BASE %s: %s", name, strings.Join(msgs, " | ")) }
	}
}
