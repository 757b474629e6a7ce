package eval

func setScan(op string, l, r func(func([]Value) error) error) func(func([]Value) error) error {
	if op == "UNION" {
		return func(fn func([]Value) error) error {
			if err := l(fn); err != nil {
				return err
			}
			return r(fn)
		}
	}
	return func(fn func([]Value) error) error {
		right := map[string]bool{}
		if err := r(func(row []Value) error { right[rowKey(row)] = true; return nil }); err != nil {
			return err
		}
		keep := op == "INTERSECT"
		return l(func(row []Value) error {
			if right[rowKey(row)] == keep {
				return fn(row)
			}
			return nil
		})
	}
}
