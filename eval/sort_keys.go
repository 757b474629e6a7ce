package eval

import (
	"cmp"
	"encoding/binary"
	"math"
	"strings"
)

// A sort keeps each row as a sortEntry whose first ORDER BY key is taken
// out of the row once, when the row is kept, into a plain number: most
// comparisons of a sort are decided by the first key, and comparing two
// numbers held in the entry costs no interface switch and no pointer
// chase to the row's boxed values, which Compare costs on each call. The
// keys after the first are compared from the row by compareKey.

// sortEntry is a row kept by a sort, with its first key extracted.
type sortEntry struct {
	row  []Value // the kept copy, hidden key columns included
	num  uint64  // the first key: see keyKind
	seq  int     // input position: the last key, so ties keep input order
	null bool    // the first key is NULL
}

// keyKind says how a sortEntry holds its first key.
type keyKind uint8

const (
	kindUnknown keyKind = iota // no non-NULL key seen yet
	kindInt                    // num is an int64
	kindFloat                  // num is a float64's bits
	kindPrefix                 // num is a string's first 8 bytes, big-endian, zero-padded
	kindValue                  // num is unused: compare the row's values
)

// rowOrder compares kept rows by ORDER BY keys: the order of compareRows,
// then the input position.
type rowOrder struct {
	keys []sortKey
	kind keyKind // of the first key; settles on the first non-NULL value
}

// newRowOrder returns the order of keys (at least one).
func newRowOrder(keys []sortKey) *rowOrder {
	return &rowOrder{keys: keys}
}

// extract fills e's first key from e.row. A value of another
// representation than the ones before it (which no well-typed column
// has) makes every later comparison go through Compare, as before.
func (o *rowOrder) extract(e *sortEntry) {
	v := e.row[o.keys[0].index]
	e.null = v == nil
	if e.null {
		return
	}
	switch x := v.(type) {
	case int64:
		e.num = uint64(x)
		o.settle(kindInt)
	case float64:
		e.num = math.Float64bits(x)
		o.settle(kindFloat)
	case string:
		e.num = stringPrefix(x)
		o.settle(kindPrefix)
	default:
		o.kind = kindValue
	}
}

// settle records that the first key held a value of kind k.
func (o *rowOrder) settle(k keyKind) {
	if o.kind == kindUnknown {
		o.kind = k
	} else if o.kind != k {
		o.kind = kindValue
	}
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
	if c := o.compareFirst(a, b); c != 0 {
		return c
	}
	for _, k := range o.keys[1:] {
		if c := compareKey(a.row[k.index], b.row[k.index], k); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.seq, b.seq)
}

// compareFirst compares the first key as compareKey does, from the
// extracted numbers where it can.
func (o *rowOrder) compareFirst(a, b *sortEntry) int {
	k := o.keys[0]
	if a.null || b.null {
		switch {
		case a.null && b.null:
			return 0
		case a.null == k.nullsFirst():
			return -1
		}
		return 1
	}
	var c int
	switch o.kind {
	case kindInt:
		c = cmp.Compare(int64(a.num), int64(b.num))
	case kindFloat:
		c = compareFloat(math.Float64frombits(a.num), math.Float64frombits(b.num))
	case kindPrefix:
		if c = cmp.Compare(a.num, b.num); c == 0 {
			c = strings.Compare(a.row[k.index].(string), b.row[k.index].(string))
		}
	default:
		c = Compare(a.row[k.index], b.row[k.index])
	}
	if k.desc {
		return -c
	}
	return c
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
