package eval

import (
	"cmp"
	"encoding/binary"
	"math"
	"strings"
)

// A sort keeps each row as a sortEntry whose first ORDER BY key is taken
// out of the row once, when the row is kept, into a rank (where NULL goes)
// and a number that orders as the key does, direction included: most
// comparisons of a sort are decided by the first key, and comparing two
// numbers held in the entry costs no interface switch and no pointer
// chase to the row's boxed values, which Compare costs on each call. The
// keys after the first are compared from the row by compareKey.

// sortEntry is a row kept by a sort, with its first key extracted. The
// row itself is in the order's arena: entries are what the sort moves,
// and a small entry is quicker to move and 16 bytes a row smaller than
// one holding the row's slice.
type sortEntry struct {
	num  uint64 // the first key, ordered as an unsigned number: see keyKind
	ref  int    // the row's place in the arena; candRef for the candidate row
	seq  int    // input position: the last key, so ties keep input order
	rank uint8  // rankNullsFirst, rankValue or rankNullsLast
}

// candRef is the ref of a row not (yet) kept: rowOrder.cand.
const candRef = -1

// Ranks order NULLs against the other values of the first key.
const (
	rankNullsFirst uint8 = iota
	rankValue
	rankNullsLast
)

// keyKind says how a sortEntry holds its first key.
type keyKind uint8

const (
	kindUnknown keyKind = iota // no non-NULL key seen yet
	kindInt                    // num is the int64, its sign bit flipped
	kindFloat                  // num is the float64 (NaN last, -0 as 0), ordered as an unsigned
	kindPrefix                 // num is the string's first 8 bytes; equal prefixes compare the strings
	kindValue                  // num is unused: compare the row's values with Compare
)

// rowOrder compares kept rows by ORDER BY keys: the order of compareRows,
// then the input position.
type rowOrder struct {
	keys  []sortKey
	kind  keyKind // of the first key; settles on the first non-NULL value
	flip  uint64  // all ones for a descending first key, to reverse num
	arena rowArena
	cand  []Value // the row of the entry whose ref is candRef
}

// newRowOrder returns the order of keys (at least one).
func newRowOrder(keys []sortKey) *rowOrder {
	o := &rowOrder{keys: keys}
	if keys[0].desc {
		o.flip = math.MaxUint64
	}
	return o
}

// row is the row of entry e.
func (o *rowOrder) row(e *sortEntry) []Value {
	if e.ref == candRef {
		return o.cand
	}
	return o.arena.row(e.ref)
}

// extract fills e's first key from row, e's row. A value of another
// representation than the ones before it (which no well-typed column
// has) makes every later comparison go through Compare, as before.
func (o *rowOrder) extract(e *sortEntry, row []Value) {
	k := o.keys[0]
	v := row[k.index]
	if v == nil {
		e.rank, e.num = rankNullsLast, 0
		if k.nullsFirst() {
			e.rank = rankNullsFirst
		}
		return
	}
	e.rank = rankValue
	switch x := v.(type) {
	case int64:
		e.num = uint64(x) ^ 1<<63
		o.settle(kindInt)
	case float64:
		e.num = floatBits(x)
		o.settle(kindFloat)
	case string:
		e.num = stringPrefix(x)
		o.settle(kindPrefix)
	default:
		o.kind = kindValue
	}
	e.num ^= o.flip
}

// settle records that the first key held a value of kind k.
func (o *rowOrder) settle(k keyKind) {
	if o.kind == kindUnknown {
		o.kind = k
	} else if o.kind != k {
		o.kind = kindValue
	}
}

// floatBits maps x to a number that orders as compareFloat orders
// floats: -0 equals 0, and every NaN is one value after +Inf.
func floatBits(x float64) uint64 {
	switch {
	case x == 0:
		x = 0
	case math.IsNaN(x):
		x = math.NaN()
	}
	b := math.Float64bits(x)
	if b>>63 == 1 {
		return ^b // negative: larger magnitudes first
	}
	return b | 1<<63
}

// stringPrefix is s's first 8 bytes as a big-endian number, zero-padded:
// two strings whose prefixes differ compare as their prefixes do (a
// shorter string padded with zeros sorts before a longer one it begins,
// as in a bytewise comparison); equal prefixes need the whole strings.
func stringPrefix(s string) uint64 {
	var b [8]byte
	copy(b[:], s)
	return binary.BigEndian.Uint64(b[:])
}

// compare orders a and b: -1, 0 or +1. Only entries with the same seq
// compare equal.
func (o *rowOrder) compare(a, b *sortEntry) int {
	// Written out rather than with cmp.Compare, to stay small enough for
	// the compiler to inline into the sort's comparison.
	if a.rank == b.rank && (a.num == b.num || o.kind == kindValue) {
		return o.compareRest(a, b)
	}
	if a.rank < b.rank || a.rank == b.rank && a.num < b.num {
		return -1
	}
	return 1
}

// compareRest compares what the extracted numbers leave equal: strings
// with one prefix, a first key of no extracted kind, the other keys and
// the input position.
func (o *rowOrder) compareRest(a, b *sortEntry) int {
	if len(o.keys) == 1 && o.kind < kindPrefix {
		return cmp.Compare(a.seq, b.seq) // the common tie: no row to read
	}
	ra, rb := o.row(a), o.row(b)
	if a.rank == rankValue && o.kind >= kindPrefix {
		k := o.keys[0]
		var c int
		if o.kind == kindPrefix {
			c = strings.Compare(ra[k.index].(string), rb[k.index].(string))
			if k.desc {
				c = -c
			}
		} else {
			c = compareKey(ra[k.index], rb[k.index], k)
		}
		if c != 0 {
			return c
		}
	}
	for _, k := range o.keys[1:] {
		if c := compareKey(ra[k.index], rb[k.index], k); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.seq, b.seq)
}

// compareKey orders two values of key k as compareRows does: NULL first
// ascending, last descending, unless the key says NULLS FIRST or LAST.
func compareKey(x, y Value, k sortKey) int {
	var c int
	switch {
	case x == nil && y == nil:
		return 0
	case x == nil || y == nil:
		if (x == nil) == k.nullsFirst() {
			return -1
		}
		return 1
	}
	// Integers first: the common key, compared without Compare's switch.
	if a, ok := x.(int64); ok {
		if b, ok := y.(int64); ok {
			c = cmp.Compare(a, b)
		} else {
			c = Compare(x, y)
		}
	} else {
		c = Compare(x, y)
	}
	if k.desc {
		return -c
	}
	return c
}
