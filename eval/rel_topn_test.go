package eval

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// refCompare is the order of one ORDER BY key written from Compare alone,
// as the sort compared rows before keys were extracted: NULL first
// ascending and last descending unless NULLS FIRST/LAST says otherwise.
func refCompare(x, y Value, k sortKey) int {
	switch {
	case x == nil && y == nil:
		return 0
	case x == nil || y == nil:
		if (x == nil) == k.nullsFirst() {
			return -1
		}
		return 1
	}
	c := Compare(x, y)
	if k.desc {
		c = -c
	}
	return c
}

// refSort is the reference: a stable sort of copies of rows by keys,
// cut to the first keep rows (keep < 0: all).
func refSort(rows [][]Value, keys []sortKey, keep int) [][]Value {
	out := slices.Clone(rows)
	slices.SortStableFunc(out, func(a, b []Value) int {
		for _, k := range keys {
			if c := refCompare(a[k.index], b[k.index], k); c != 0 {
				return c
			}
		}
		return 0
	})
	if keep >= 0 && keep < len(out) {
		out = out[:keep]
	}
	return out
}

// keyValue draws a value of column kind col for a row: few distinct
// values so that ties are common, NULLs, and the values whose order is
// easy to get wrong (NaN, -0, Inf, strings sharing 8-byte prefixes).
// Each column holds one representation, as a typed column does: Compare
// calls values of two representations equal, which is no order at all,
// and no sort could match another on such a column.
func keyValue(r *rand.Rand, col int) Value {
	if r.IntN(6) == 0 {
		return nil
	}
	switch col {
	case 0:
		return []int64{math.MinInt64, -1, 0, 1, 7, math.MaxInt64}[r.IntN(6)]
	case 1:
		return []float64{math.NaN(), -math.NaN(), math.Inf(-1), -2.5, math.Copysign(0, -1), 0, 1e-300, 3, math.Inf(1)}[r.IntN(9)]
	case 2:
		return []string{"", "a", "abcdefgh", "abcdefgh\x00", "abcdefghi", "abcdefgi", "\xff", "b", "中文"}[r.IntN(9)]
	case 3:
		return r.IntN(2) == 0
	case 4:
		return Decimal{Rat: big.NewRat(int64(r.IntN(5)-2), int64(r.IntN(3)+1))}
	case 5:
		return []byte{byte(r.IntN(3)), byte(r.IntN(2))}[:r.IntN(3)]
	}
	return time.Date(2000+r.IntN(3), 1, 1, 0, 0, 0, 0, time.UTC)
}

// randomKeys draws 1 to 3 ORDER BY keys over columns 0..6.
func randomKeys(r *rand.Rand) []sortKey {
	keys := make([]sortKey, 1+r.IntN(3))
	for i := range keys {
		keys[i] = sortKey{index: r.IntN(7), desc: r.IntN(2) == 0, nulls: []string{"", "", "FIRST", "LAST"}[r.IntN(4)]}
	}
	return keys
}

// TestSortMatchesReference runs the sort operator, whole and with every
// kind of keep (LIMIT 0, small, larger than the input), on random rows
// with many ties, NULLs, NaN and mixed directions, against the reference
// stable sort. The last column is the input position, so any difference
// in the order of ties shows.
func TestSortMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 2))
	for trial := range 400 {
		n := r.IntN(300)
		rows := make([][]Value, n)
		for i := range rows {
			row := make([]Value, 8)
			for c := range 7 {
				row[c] = keyValue(r, c)
			}
			row[7] = int64(i)
			rows[i] = row
		}
		keys := randomKeys(r)
		for _, keep := range []int64{noTop, 0, 1, int64(r.IntN(n + 1)), int64(n), int64(n + 5)} {
			want := refSort(rows, keys, int(keep))
			got := runSort(t, rows, keys, keep)
			if d := diffRows(got, want); d != "" {
				t.Fatalf("trial %d, keys %+v, keep %d: %s", trial, keys, keep, d)
			}
		}
	}
}

// runSort sorts rows with the sort operator, scanning them through one
// reused row as a projection hands them out, and copies what it yields.
func runSort(t *testing.T, rows [][]Value, keys []sortKey, keep int64) [][]Value {
	t.Helper()
	rel := &relation{scan: func(fn func([]Value) error) error {
		buf := make([]Value, 8)
		for _, row := range rows {
			copy(buf, row)
			if err := fn(buf); err != nil {
				return err
			}
		}
		return nil
	}}
	acct := &memAccount{budget: 1 << 40}
	var got [][]Value
	err := sorted(acct, rel, nil, keys, 8, keep).scan(func(row []Value) error {
		got = append(got, slices.Clone(row))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if acct.used != 0 {
		t.Errorf("%d bytes still charged after the sort", acct.used)
	}
	return got
}

// diffRows describes the first difference of got from want, "" if none.
func diffRows(got, want [][]Value) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d rows, want %d", len(got), len(want))
	}
	for i := range got {
		if g, w := fmt.Sprint(got[i]), fmt.Sprint(want[i]); g != w {
			return fmt.Sprintf("row %d is %s, want %s", i, g, w)
		}
	}
	return ""
}

// TestTopNQueriesMatchFullSort runs ORDER BY ... LIMIT ... OFFSET queries
// through the planner and compares each with the full ORDER BY cut in Go.
func TestTopNQueriesMatchFullSort(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 3))
	const n = 2000
	rows := make([][]Value, n)
	for i := range rows {
		rows[i] = []Value{keyValue(r, 0), keyValue(r, 1), keyValue(r, 2), int64(i)}
	}
	s := NewSession(Config{})
	s.SetTableVariable("t", []Column{{Name: "a", Type: BigintType}, {Name: "d", Type: DoubleType},
		{Name: "s", Type: StringType}, {Name: "i", Type: BigintType}}, rows)
	for trial := range 60 {
		var order []string
		for range 1 + r.IntN(3) {
			item := []string{"a", "d", "s", "a % 5", "-d"}[r.IntN(5)] + []string{"", " asc", " desc"}[r.IntN(3)]
			order = append(order, item+[]string{"", "", " nulls first", " nulls last"}[r.IntN(4)])
		}
		base := "select a, d, s, i from @t order by " + strings.Join(order, ", ")
		all := queryRows(t, s, base+";")
		limit, offset := []int{0, 1, 10, 500, n, n + 10}[r.IntN(6)], r.IntN(3)*r.IntN(n)
		q := fmt.Sprintf("%s limit %d", base, limit)
		if trial%2 == 0 {
			q += fmt.Sprintf(" offset %d", offset)
		} else {
			offset = 0
		}
		want := all[min(offset, n):min(offset+limit, n)]
		if d := diffRows(queryRows(t, s, q+";"), want); d != "" {
			t.Fatalf("%s: %s", q, d)
		}
	}
}

// queryRows runs a query and copies its rows.
func queryRows(t *testing.T, s *Session, q string) [][]Value {
	t.Helper()
	var rows [][]Value
	if _, err := s.Query(q, func(row []Value) error {
		rows = append(rows, slices.Clone(row))
		return nil
	}); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return rows
}

// TestRowArena copies rows of each width through a few hundred chunks and
// reads every one back.
func TestRowArena(t *testing.T) {
	for _, w := range []int{0, 1, 3} {
		var a rowArena
		const n = 100_000
		for i := range n {
			row := make([]Value, w)
			for j := range row {
				row[j] = int64(i*10 + j)
			}
			a.copy(row)
		}
		for i := range n {
			row := a.row(i)
			if len(row) != w || cap(row) != w {
				t.Fatalf("width %d: row %d has length %d, capacity %d", w, i, len(row), cap(row))
			}
			for j, v := range row {
				if v != int64(i*10+j) {
					t.Fatalf("width %d: row %d is %v", w, i, row)
				}
			}
		}
	}
}

// TestTopNSetOperation cuts the ORDER BY of a set operation, whose sort
// is planned apart from a SELECT's, and compares with the full sort.
func TestTopNSetOperation(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 4))
	rows := make([][]Value, 500)
	for i := range rows {
		rows[i] = []Value{keyValue(r, 0), keyValue(r, 2), int64(i)}
	}
	s := NewSession(Config{})
	s.SetTableVariable("t", []Column{{Name: "a", Type: BigintType}, {Name: "s", Type: StringType}, {Name: "i", Type: BigintType}}, rows)
	base := "select a, s, i from @t union all select a, s, i + 1000 from @t where a > 0 order by s desc, a nulls first"
	all := queryRows(t, s, base+";")
	for _, c := range [][2]int{{0, 0}, {1, 0}, {7, 3}, {100, 650}, {2000, 0}} {
		q := fmt.Sprintf("%s limit %d offset %d;", base, c[0], c[1])
		want := all[min(c[1], len(all)):min(c[0]+c[1], len(all))]
		if d := diffRows(queryRows(t, s, q), want); d != "" {
			t.Fatalf("%s: %s", q, d)
		}
	}
}
