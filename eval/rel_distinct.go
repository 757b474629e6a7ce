package eval

// distinct drops repeated rows, keeping the first of each.
func distinct(acct *memAccount, rel *relation) *relation {
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		seen := map[string]bool{}
		mem := acct.track("DISTINCT")
		defer mem.release()
		var key []byte // reused: a lookup by string(key) does not allocate
		return inner(func(row []Value) error {
			key = appendRowKey(key[:0], row)
			if seen[string(key)] {
				return nil
			}
			k := string(key)
			if err := mem.chargeBytes(keyBytes(k)); err != nil {
				return err
			}
			seen[k] = true
			return fn(row)
		})
	}
	return &out
}
