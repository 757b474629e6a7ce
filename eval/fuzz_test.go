package eval_test

import (
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
	"github.com/mcsql/mcsql/functions"
)

// FuzzRun runs arbitrary scripts through the whole evaluator, with every
// function and an in-memory warehouse: whatever the input, Run returns
// (an error or nil) and never panics; an error is always ODPS-shaped.
//
//	go test ./eval -run '^$' -fuzz FuzzRun -fuzztime 2m
func FuzzRun(f *testing.F) {
	scripts, _ := filepath.Glob("../testdata/scripts/*/*.sql")
	// The function goldens call every function with documented, NULL and
	// bad arguments: the best seeds for mutating function calls.
	fnScripts, _ := filepath.Glob("../testdata/scripts/functions/*/*.sql")
	scripts = append(scripts, fnScripts...)
	// The query goldens (queries/<topic>/) exercise every clause.
	queryScripts, _ := filepath.Glob("../testdata/scripts/queries/*/*.sql")
	scripts = append(scripts, queryScripts...)
	for _, p := range scripts {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
			// A script of `-- case:` sections stops at its first failing
			// case: each case is a seed of its own too.
			for _, c := range fuzzCases(string(b)) {
				f.Add(c)
			}
		}
	}
	f.Add("select hex(-1), unhex('61'), cast('1.5' as bigint), 1/0, 'a' || null;")
	f.Add("create table t (a bigint, b string); insert into t values (1, 'x'); select b, count(*) from t group by b;")
	f.Add("select repeat('ab', 3), lpad('a', 5, 'xy'), format_string('%05d|%-4s|', 42, 'x'), regexp_replace('abc', 'b', '$0$0'), concat_ws(',', array('a', null, 'b'));")
	f.Add("select to_char(datetime '2020-01-02 03:04:05', 'yyyy-mm-dd hh:mi:ss'), date_format(timestamp '2020-01-02 03:04:05.123', 'yyyy-MM-dd HH:mm:ss.SSS'), format_time(48273000000, '%H:%M:%S'), dateadd(date '2020-01-31', 1, 'mm');")
	f.Add("select json_extract(json '{\"a\":[1,{\"b\":2}]}', '$.a[1].b'), get_json_object('{\"a\":1}', '$.a'), from_json('{\"a\":1}', 'struct<a:int>'), to_json(named_struct('a', array(1, null)));")
	f.Add("select sequence(1, 5, 2), array_repeat('x', 3), flatten(array(array(1), array(2, 3))), array_join(array('a', 'b'), '-'), map_from_arrays(array(1, 2), array('a', 'b')), str_to_map('a=1,b=2');")
	f.Add("select conv('ff', 16, 2), bin(10), hex(255), unhex('6162'), round(2.345, 2), trunc(-1.5), pow(2, 10), mod(-7, 3), factorial(20), width_bucket(5.3, 0.2, 10.6, 5);")
	f.Add("select transform(array(1, 2), x -> x * 2), filter(array('a'), s -> s > 'a'), array_reduce(array(1), 0, (b, x) -> b + x, b -> b), map_filter(map(1, 2), (k, v) -> k < v);")
	f.Add("select k, row_number() over (partition by k order by v desc nulls last) rn, sum(v) over (order by v rows between 1 preceding and 1 following exclude current row), lag(v, 1, 0) over w, ntile(2) over (order by v), first_value(v, true) over (order by v groups between 1 preceding and current row) from values ('a', 1), ('a', null), ('b', 3) t(k, v) window w as (order by v) qualify rn <= 2;")
	f.Add("select k, sum(sum(v)) over (order by k range between 1 preceding and current row), rank() over (order by count(*) desc) from values (1, 2), (2, 3) t(k, v) group by k;")
	f.Add("select a, b from values (1, 2), (3, null) t(a, b) where (a, b) in (select x, y from values (1, 2) s(x, y) where x = t.a) or (a, b) not in ((3, 4)) or (a, b) = (select 1, 2); select (select 1, 2) as (p, q);")
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
		err = s.Run(src)
		// Every failure is MaxCompute-shaped, with no Go internals.
		if err != nil {
			msg := err.Error()
			if !strings.HasPrefix(msg, "ODPS-") || strings.Contains(msg, "internal") || strings.Contains(msg, "runtime error") {
				t.Fatalf("error is not MaxCompute-shaped: %v", err)
			}
		}
	})
}

// fuzzCases splits a golden script at its `-- case: NAME` lines (the
// format of cmd/mcsql/golden_test.go); nil when it has none.
func fuzzCases(src string) []string {
	var cases []string
	for _, line := range strings.SplitAfter(src, "\n") {
		if strings.HasPrefix(line, "-- case:") {
			cases = append(cases, "")
			continue
		}
		if len(cases) > 0 {
			cases[len(cases)-1] += line
		}
	}
	return cases
}
