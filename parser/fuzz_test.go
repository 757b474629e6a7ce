package parser

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, and returns either a script or
// an *Error at a real position. Seeds: the examples, the query goldens and
// the inputs of the other tests. Run with
// go test ./parser -run '^$' -fuzz FuzzParse -fuzztime 3m -parallel 1.
func FuzzParse(f *testing.F) {
	for _, file := range exampleFiles(f) {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
		f.Add(Substitute(string(b), exampleDefs))
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	// The query goldens hold every clause the grammar knows (WITH,
	// windows, GROUPING SETS, LATERAL VIEW, partitions...), as whole
	// scripts and, for `-- case:` scripts, one case at a time.
	goldens, _ := filepath.Glob("../testdata/scripts/queries/*/*.sql")
	for _, file := range goldens {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
		for _, c := range strings.Split(string(b), "\n-- case:") {
			f.Add(c)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		s, err := Parse(src)
		if err == nil {
			if s == nil {
				t.Fatal("nil script and nil error")
			}
			return
		}
		var pe *Error
		if !errors.As(err, &pe) {
			t.Fatalf("error %T is not an *Error: %v", err, err)
		}
		if pe.Pos.Line < 1 || pe.Pos.Col < 1 {
			t.Fatalf("error at %s: %v", pe.Pos, err)
		}
		if strings.Contains(pe.Msg, "internal") || strings.Contains(pe.Msg, "parser.") {
			t.Fatalf("error leaks internals: %v", err)
		}
	})
}

var fuzzSeeds = []string{
	posScript,
	"", ";", "select 1", "@a := 1 + 2 * 3;", "select a or b and not c = d;",
	"select transform(a, x -> x + 1), zip_with(a, b, (x, y) -> x), array_sort(a, (left, right) -> left - right) from t;",
	"IF (@a > 1) BEGIN select 1; END ELSE IF (x) select 2; ELSE BEGIN END",
	"set odps.sql.type.system.odps2=true;",
	"create table if not exists t (a map<string,array<struct<x:int>>> comment 'c') partitioned by (ds string) lifecycle 1;",
	"insert overwrite table t partition (ds='1') (a) values (1), (2);",
	"select /*+ mapjoin(a) */ t.*, count(distinct x) from a t left outer join (select 1) s on t.x = s.x where x between 1 and 2 group by a having b order by c desc limit 1;",
	"select case x when 1 then 'a' else cast(y as decimal(10,2)) end, a[0].b, X'0F', DATE '2024-01-01', 1.5BD, R'(raw)';",
	`select 'a\n\101\0' "b" -- c` + "\n'd';",
	"select 1 union all select 2 intersect (select 3 limit 1) except values (4);",
	"@t TABLE(a int); @t := select * from values (1) v(a); select * from @t;",
	"select 'unterminated", "select 'bad\\400';", "select (1 + ;", "END", "select `quoted",
}
