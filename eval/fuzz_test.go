package eval_test

import (
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
	"github.com/mcsql/mcsql/functions"
)

// FuzzRun runs arbitrary scripts through the whole evaluator, with every
// function and an in-memory warehouse: whatever the input, Run returns
// (an error or nil) and never panics.
//
//	go test ./eval -run '^$' -fuzz FuzzRun -fuzztime 2m
func FuzzRun(f *testing.F) {
	scripts, _ := filepath.Glob("../testdata/scripts/*/*.sql")
	for _, p := range scripts {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("select hex(-1), unhex('61'), cast('1.5' as bigint), 1/0, 'a' || null;")
	f.Add("create table t (a bigint, b string); insert into t values (1, 'x'); select b, count(*) from t group by b;")
	f.Add("select transform(array(1, 2), x -> x * 2), filter(array('a'), s -> s > 'a'), array_reduce(array(1), 0, (b, x) -> b + x, b -> b), map_filter(map(1, 2), (k, v) -> k < v);")
	reg := functions.NewRegistry()
	f.Fuzz(func(t *testing.T, src string) {
		wh, err := warehouse.OpenMemory()
		if err != nil {
			t.Fatal(err)
		}
		defer wh.Close()
		s := eval.NewSession(eval.Config{
			Registry: reg, Stdout: io.Discard, Stderr: io.Discard, Warehouse: wh,
			Rand: rand.NewChaCha8([32]byte{}),
			Now:  func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) },
		})
		_ = s.Run(src)
	})
}
