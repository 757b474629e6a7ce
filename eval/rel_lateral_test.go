package eval

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// generatorRegistry has COUNTER(n), a table function generating 1..n (n < 0:
// without end), and reports how many rows it generated; onRow, when
// given, runs after each.
func generatorRegistry(generated *int, onRow func()) *Registry {
	reg := NewRegistry()
	reg.RegisterTable(&TableFunction{Name: "counter", Bind: func(site *CallSite) (TableBinding, error) {
		if len(site.Args) != 1 {
			return TableBinding{}, ArgumentCountError("counter", "1", len(site.Args))
		}
		return TableBinding{Params: []Type{BigintType}, Columns: []Column{{Name: "n", Type: BigintType}},
			Generate: func(_ *CallContext, args, out []Value, emit func() error) error {
				n, _ := args[0].(int64)
				for i := int64(1); n < 0 || i <= n; i++ {
					*generated++
					if onRow != nil {
						onRow()
					}
					out[0] = i
					if err := emit(); err != nil {
						return err
					}
				}
				return nil
			}}, nil
	}})
	return reg
}

// TestLateralStopsEarly checks that LIMIT stops a generator that would
// never end, in both forms: emit's error ends the generator and reaches
// the scan unchanged.
func TestLateralStopsEarly(t *testing.T) {
	for _, q := range []string{
		"select a, n from values (1), (2) t(a) lateral view counter(-1) v as n limit 3;",
		"select counter(-1) as (n) limit 3;",
	} {
		generated := 0
		var out bytes.Buffer
		s := NewSession(Config{Registry: generatorRegistry(&generated, nil), Stdout: &out})
		if err := s.Run(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if generated != 3 || strings.Count(out.String(), "\n") != 7 {
			t.Errorf("%s: generated %d rows, printed\n%s", q, generated, out.String())
		}
	}
}

// TestLateralCancels checks that a generator's rows are cancellable, even
// when one source row generates them all.
func TestLateralCancels(t *testing.T) {
	for _, q := range []string{
		"select count(*) from values (1) t(a) lateral view counter(-1) v as n;",
		"@t := select counter(-1) as (n);",
	} {
		generated := 0
		ctx, cancel := context.WithCancel(context.Background())
		reg := generatorRegistry(&generated, func() {
			if generated == 1000 {
				cancel() // Ctrl-C while the statement runs
			}
		})
		err := NewSession(Config{Registry: reg}).RunContext(ctx, q)
		cancel()
		if err == nil || !strings.HasPrefix(err.Error(), "[1,1] Statement cancelled - ") {
			t.Errorf("%s: error %v, want a cancellation", q, err)
		}
		if generated > 1000+cancelCheckRows {
			t.Errorf("%s: %d rows generated after the cancellation, want at most %d", q, generated-1000, cancelCheckRows)
		}
	}
}
