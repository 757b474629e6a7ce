package eval

import (
	"math/bits"
	"slices"

	"github.com/mcsql/mcsql/parser"
)

// noTop is the keep of a sort whose every row is wanted (no LIMIT).
const noTop = -1

// sorted materializes rel, sorts it by keys (NULL first ascending, last
// descending, as MaxCompute does) and drops the hidden key columns past
// visible. Rows with equal keys keep their input order. When keep is not
// noTop only the first keep rows of the order are wanted (ORDER BY ...
// LIMIT): the sort then holds no more than keep rows at a time
// (rel_topn.go) and yields those, the same rows a full sort would yield
// first.
func sorted(acct *memAccount, rel *relation, cols []Column, keys []sortKey, visible int, keep int64) *relation {
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		mem := acct.track("ORDER BY")
		defer mem.release()
		o := newRowOrder(keys)
		var rows []sortEntry
		var err error
		if keep == noTop {
			rows, err = sortAll(inner, o, mem)
		} else {
			rows, err = sortTop(inner, o, mem, keep)
		}
		if err != nil {
			return err
		}
		for i := range rows {
			if err := fn(o.arena.row(rows[i].ref)[:visible]); err != nil {
				return err
			}
		}
		return nil
	}
	return &out
}

// entryBytes is what a kept row costs beyond rowBytes' estimate of its
// copy: its sortEntry, less the slice header rowBytes counts.
const entryBytes = 32 - sliceBytes

// sortAll reads every row of scan and returns them in o's order. The rows
// are copied into an arena as they come and given their entries once the
// count is known: a slice of entries grown by append would allocate
// several times its final size.
func sortAll(scan scanFunc, o *rowOrder, mem *memTracker) ([]sortEntry, error) {
	err := scan(func(row []Value) error {
		if err := mem.chargeBytes(rowBytes(row) + entryBytes); err != nil {
			return err
		}
		o.arena.copy(row)
		return nil
	})
	if err != nil {
		return nil, err
	}
	rows := make([]sortEntry, o.arena.rows)
	for i := range rows {
		rows[i] = sortEntry{ref: i, seq: i}
		o.extract(&rows[i], o.arena.row(i))
	}
	sortEntries(rows, o)
	return rows, nil
}

// sortEntries sorts rows by o. The sequence number as the last key makes
// an unstable O(n log n) sort stable: sort.SliceStable's merging took most
// of a 1,000,000-row ORDER BY.
func sortEntries(rows []sortEntry, o *rowOrder) {
	slices.SortFunc(rows, func(a, b sortEntry) int { return o.compare(&a, &b) })
}

// rowArena copies rows of one width into shared chunks: one allocation
// for many kept rows instead of one each. Chunks start small and double,
// so that the many sorts of a few rows (a script's ORDER BY ... LIMIT 2)
// do not each allocate a large one.
type rowArena struct {
	chunks [][]Value
	free   []Value // the unused end of the last chunk
	width  int
	rows   int // rows copied
}

// Chunk k holds arenaFirst<<k rows, up to arenaRows: 8, 16, ..., 256, 256, ...
const (
	arenaFirst   = 8
	arenaRows    = 256
	arenaDoubled = 5                                  // chunks before the first of arenaRows rows
	arenaSmall   = arenaFirst * (1<<arenaDoubled - 1) // rows in those chunks
)

// copy returns a copy of row that the caller may keep. Every row copied
// into one arena has the same width.
func (a *rowArena) copy(row []Value) []Value {
	n := len(row)
	if len(a.free) < n {
		rows := arenaRows
		if k := len(a.chunks); k < arenaDoubled {
			rows = arenaFirst << k
		}
		a.free = make([]Value, n*rows)
		a.chunks = append(a.chunks, a.free)
	}
	r := a.free[:n:n]
	a.free = a.free[n:]
	copy(r, row)
	a.width = n
	a.rows++
	return r
}

// row is the i-th copy.
func (a *rowArena) row(i int) []Value {
	w := a.width
	if w == 0 {
		return nil
	}
	var k, off int
	if i < arenaSmall {
		k = bits.Len(uint(i/arenaFirst+1)) - 1
		off = i - arenaFirst*(1<<k-1)
	} else {
		k, off = arenaDoubled+(i-arenaSmall)/arenaRows, (i-arenaSmall)%arenaRows
	}
	off *= w
	return a.chunks[k][off : off+w : off+w]
}

// compareRows orders two rows by keys: NULL first ascending, last
// descending, unless a key says NULLS FIRST or NULLS LAST.
func compareRows(a, b []Value, keys []sortKey) int {
	for _, k := range keys {
		if c := compareKey(a[k.index], b[k.index], k); c != 0 {
			return c
		}
	}
	return 0
}

// sortKey is one compiled ORDER BY key: a column of the projected row.
type sortKey struct {
	index int
	desc  bool
	nulls string // "FIRST", "LAST", or "" for MaxCompute's default
}

// orderKey is the sort key of ORDER BY item o on column index.
func orderKey(index int, o *parser.OrderItem) sortKey {
	return sortKey{index: index, desc: o.Desc, nulls: o.Nulls}
}

// nullsFirst reports whether NULLs sort before the other values: as
// written, else first ascending and last descending (MaxCompute's default).
func (k sortKey) nullsFirst() bool {
	if k.nulls == "" {
		return !k.desc
	}
	return k.nulls == "FIRST"
}
