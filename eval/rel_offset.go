package eval

// skipRows drops the first n rows of rel (OFFSET n).
func skipRows(rel *relation, n int64) *relation {
	if n == 0 {
		return rel
	}
	inner := rel.scan
	out := *rel
	out.scan = func(fn func([]Value) error) error {
		seen := int64(0)
		return inner(func(row []Value) error {
			if seen < n {
				seen++
				return nil
			}
			return fn(row)
		})
	}
	return &out
}
