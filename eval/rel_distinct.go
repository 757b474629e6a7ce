package eval

import (
	"fmt"
	"strings"
)

// distinct drops repeated rows, keeping the first of each.
func distinct(acct *memAccount, rel *relation) *relation {
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		seen := map[string]bool{}
		mem := acct.track("DISTINCT")
		defer mem.release()
		return inner(func(row []Value) error {
			k := rowKey(row)
			if seen[k] {
				return nil
			}
			if err := mem.chargeBytes(keyBytes(k)); err != nil {
				return err
			}
			seen[k] = true
			return fn(row)
		})
	}
	return &out
}

// rowKey is a string identifying a row's values, for DISTINCT and set operations.
func rowKey(row []Value) string {
	var b strings.Builder
	for _, v := range row {
		if v == nil {
			b.WriteString("\x00N")
			continue
		}
		switch v := v.(type) {
		case []byte:
			fmt.Fprintf(&b, "\x01b%d:%s", len(v), v)
		case string:
			fmt.Fprintf(&b, "\x01s%d:%s", len(v), v)
		case Decimal:
			fmt.Fprintf(&b, "\x01d%s", v.Rat.RatString())
		case JSON:
			fmt.Fprintf(&b, "\x01j%s", v.String())
		default:
			fmt.Fprintf(&b, "\x01%T:%v", v, v)
		}
	}
	return b.String()
}
