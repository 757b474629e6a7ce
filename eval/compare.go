package eval

import (
	"bytes"
	"math"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval/regexcompat"
)

// Compare orders two values of the same type: -1, 0 or +1. NULL comes
// first; numbers compare numerically (DOUBLE NaN after every other
// number), strings and binaries bytewise, false before true, times
// chronologically, arrays and structs member by member and maps by keys,
// then values. No static type is needed: each representation says how it
// compares. Values of different representations compare equal.
func Compare(a, b Value) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	switch x := a.(type) {
	case int64:
		if y, ok := b.(int64); ok {
			return cmpOrdered(x, y)
		}
	case float64:
		if y, ok := b.(float64); ok {
			return compareFloat(x, y)
		}
	case Decimal:
		if y, ok := b.(Decimal); ok {
			return ratOf(x).Cmp(ratOf(y))
		}
	case string:
		if y, ok := b.(string); ok {
			return strings.Compare(x, y)
		}
	case []byte:
		if y, ok := b.([]byte); ok {
			return bytes.Compare(x, y)
		}
	case bool:
		if y, ok := b.(bool); ok {
			return cmpOrdered(boolToInt(x), boolToInt(y))
		}
	case time.Time:
		if y, ok := b.(time.Time); ok {
			return x.Compare(y)
		}
	default:
		return compareComplex(a, b)
	}
	return 0
}

func cmpOrdered[T int64 | float64](x, y T) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// compareFloat puts NaN after every number and equal to itself.
func compareFloat(x, y float64) int {
	switch xn, yn := math.IsNaN(x), math.IsNaN(y); {
	case xn && yn:
		return 0
	case xn:
		return 1
	case yn:
		return -1
	}
	return cmpOrdered(x, y)
}

func compareComplex(a, b Value) int {
	switch x := a.(type) {
	case []Value:
		if y, ok := b.([]Value); ok {
			return compareSeq(x, y)
		}
	case *Struct:
		if y, ok := b.(*Struct); ok && x != nil && y != nil {
			return compareSeq(x.Fields, y.Fields)
		}
	case *Map:
		if y, ok := b.(*Map); ok && x != nil && y != nil {
			if c := compareSeq(x.Keys, y.Keys); c != 0 {
				return c
			}
			return compareSeq(x.Values, y.Values)
		}
	}
	return 0
}

// compareSeq compares lexicographically; a prefix comes first.
func compareSeq(x, y []Value) int {
	for i := 0; i < len(x) && i < len(y); i++ {
		if c := Compare(x[i], y[i]); c != 0 {
			return c
		}
	}
	return cmpOrdered(int64(len(x)), int64(len(y)))
}

// LikePattern compiles a LIKE pattern (% and _, backslash escapes) into an
// anchored regular expression. As in Hive, a backslash at the very end
// stands for itself.
func LikePattern(pattern string) (*regexp.Regexp, error) {
	// A pattern compiles like a regular expression of its length: a
	// column's megabytes of text used as a pattern would take gigabytes.
	if len(pattern) > regexcompat.MaxPatternBytes {
		return nil, InvalidArgument("LIKE: the pattern is %d bytes, over the 64 KB (%d bytes) limit on a pattern; use a shorter pattern",
			len(pattern), regexcompat.MaxPatternBytes)
	}
	var sb strings.Builder
	sb.WriteString(`(?s)^`)
	for i := 0; i < len(pattern); {
		r, size := utf8.DecodeRuneInString(pattern[i:])
		switch {
		case r == '%':
			sb.WriteString(`.*`)
		case r == '_':
			sb.WriteString(`.`)
		case r == '\\' && i+1 < len(pattern):
			i += size
			_, size = utf8.DecodeRuneInString(pattern[i:])
			sb.WriteString(regexp.QuoteMeta(pattern[i : i+size]))
		default:
			sb.WriteString(regexp.QuoteMeta(pattern[i : i+size]))
		}
		i += size
	}
	sb.WriteString(`$`)
	re, err := regexp.Compile(sb.String())
	if err != nil {
		return nil, InvalidArgument("invalid LIKE pattern '%s': not valid UTF-8", pattern)
	}
	return re, nil
}
