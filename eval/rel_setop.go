package eval

// setScan combines the scans of the two sides of a set operation with
// multiset (bag) semantics, as MaxCompute's "UNION, INTERSECT, and EXCEPT"
// page shows them: UNION ALL keeps every row of both sides; with a row
// occurring m times on the left and n times on the right, INTERSECT ALL
// keeps min(m, n) copies and EXCEPT ALL (MINUS ALL) keeps max(m-n, 0). The
// DISTINCT forms work on the distinct rows of each side (EXCEPT DISTINCT is
// "SELECT DISTINCT * FROM left EXCEPT ALL SELECT DISTINCT * FROM right"):
// here a right row cancels every left copy, and compileSetOp adds the final
// distinct. Rows come out in the order of the left side, then (UNION) the
// right.
//
// The right side's distinct rows are charged to acct.
func setScan(acct *memAccount, op string, all bool, l, r func(func([]Value) error) error) func(func([]Value) error) error {
	if op == "UNION" {
		return func(fn func([]Value) error) error {
			if err := l(fn); err != nil {
				return err
			}
			return r(fn)
		}
	}
	intersect := op == "INTERSECT"
	return func(fn func([]Value) error) error {
		// The right side's multiplicities, counted afresh on every scan:
		// a set operation can be scanned more than once (a join's inner
		// side, a CTE read twice). Each distinct row is charged once.
		right := map[string]int{}
		mem := acct.track(op)
		defer mem.release()
		err := r(func(row []Value) error {
			k := rowKey(row)
			right[k]++
			if right[k] > 1 {
				return nil
			}
			return mem.chargeBytes(keyBytes(k))
		})
		if err != nil {
			return err
		}
		return l(func(row []Value) error {
			k := rowKey(row)
			matched := right[k] > 0
			if matched && all {
				right[k]--
			}
			if matched == intersect {
				return fn(row)
			}
			return nil
		})
	}
}
