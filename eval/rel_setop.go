package eval

func setScan(acct *memAccount, op string, l, r func(func([]Value) error) error) func(func([]Value) error) error {
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
		mem := acct.track(op)
		defer mem.release()
		err := r(func(row []Value) error {
			k := rowKey(row)
			if right[k] {
				return nil
			}
			right[k] = true
			return mem.chargeBytes(keyBytes(k))
		})
		if err != nil {
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
