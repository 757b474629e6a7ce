package eval

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestGroupingSetExpansion checks CUBE and ROLLUP against the documented
// equivalences: CUBE(a, b, c) is ((a,b,c),(a,b),(a,c),(b,c),(a),(b),(c),())
// and ROLLUP(a, b, c) is ((a,b,c),(a,b),(a),()).
func TestGroupingSetExpansion(t *testing.T) {
	a, b, c := uint64(1), uint64(2), uint64(4)
	if got, want := cubeSets([]uint64{a, b, c}), []uint64{a | b | c, a | b, a | c, b | c, a, b, c, 0}; !slices.Equal(got, want) {
		t.Errorf("cube: %v, want %v", got, want)
	}
	if got, want := rollupSets([]uint64{a, b | c, 8}), []uint64{a | b | c | 8, a | b | c, a, 0}; !slices.Equal(got, want) {
		t.Errorf("rollup(a, (b, c), d): %v, want %v", got, want)
	}
	if got := cubeSets(nil); !slices.Equal(got, []uint64{0}) {
		t.Errorf("empty cube: %v", got)
	}
}

// TestGroupingSetQueries checks the documented equivalences end to end:
// each grouping-sets query gives the rows of the equivalent one.
func TestGroupingSetQueries(t *testing.T) {
	const setup = `create table g (a bigint, b bigint, c bigint, d bigint, e bigint);
insert into g values (1, 2, 3, 4, 5), (1, 2, null, 4, 6), (2, null, 3, 5, 5);`
	tests := []struct{ name, cols, query, equivalent string }{
		{"cube of groups", "a, b, c, d, grouping__id", "group by cube((a, b), (c, d))", "group by grouping sets ((a, b, c, d), (a, b), (c, d), ())"},
		{"rollup of a group", "a, b, c, d, grouping__id", "group by rollup(a, (b, c), d)", "group by grouping sets ((a, b, c, d), (a, b, c), (a), ())"},
		{"cross product", "a, b, c, d, e, grouping__id", "group by a, cube(b, c), grouping sets ((d), (e))",
			"group by grouping sets ((a, b, c, d), (a, b, c, e), (a, b, d), (a, b, e), (a, c, d), (a, c, e), (a, d), (a, e))"},
		{"rollup inside grouping sets", "a, b, c, grouping__id", "group by grouping sets ((b), (c), rollup(a, b, c))",
			"group by grouping sets ((b), (c), (a, b, c), (a, b), (a), ())"},
		{"hive form", "a, b, e, grouping(a), grouping(b), grouping(e)", "group by a, b, c, d, e grouping sets ((a, b), (e))", "group by grouping sets ((a, b), (e))"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newTableRun()
			r.mustRun(t, setup)
			sel := "select " + tc.cols + ", count(*) as n from g "
			got, err := r.run(sel + tc.query + ";")
			if err != nil {
				t.Fatal(err)
			}
			want, err := r.run(sel + tc.equivalent + ";")
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%s:\n%s\nwant (%s):\n%s", tc.query, got, tc.equivalent, want)
			}
		})
	}
}

// TestGroupingKeyLimit checks that GROUPING__ID's 63 bits bound the keys.
func TestGroupingKeyLimit(t *testing.T) {
	cols := make([]string, 64)
	for i := range cols {
		cols[i] = fmt.Sprintf("%d as c%d", i, i)
	}
	names := make([]string, 64)
	for i := range names {
		names[i] = fmt.Sprintf("c%d", i)
	}
	src := fmt.Sprintf("select count(*) from (select %s) s group by grouping sets ((%s));", strings.Join(cols, ", "), strings.Join(names, ", "))
	_, err := newTableRun().run(src)
	if err == nil || !strings.Contains(err.Error(), "at most 63") {
		t.Fatalf("got %v, want the 63-key limit", err)
	}
}
