package eval

// The relational operators are the rel_*.go files, one operator (or a
// close pair) each: scan (warehouse tables and VALUES), filter and project,
// limit, distinct, sort, group (hash aggregation), join (hash join with a
// nested-loop fallback), set operations, and the ones later issues add
// (window, lateral view). Each one takes the scan of its input and returns
// a relation whose scan pushes rows to a callback: the operator family is
// the one small type below. The planner, plan_*.go, turns parsed queries
// into trees of them; expressions (compile*.go, expr.go) are compiled
// apart and only evaluated by operators.

// relation is a compiled query or FROM source: its columns and a scan that
// streams its rows. A row passed to fn is valid only until fn returns and
// must not be modified: stored rows are handed out without a copy, and a
// projection reuses its output row, so per-row work does not allocate it.
// Whatever keeps rows (materialize, sorting) copies them.
type relation struct {
	cols []Column
	sc   *scope // how its columns are named inside an enclosing query
	scan func(fn func(row []Value) error) error
	// pruner, on a partitioned warehouse table, takes the WHERE conditions
	// on its partition columns so that its scan reads only the partitions
	// they leave (plan_prune.go); nil elsewhere.
	pruner *partitionPruner
	// push, on a warehouse table read with pushdown on, is what its scan
	// asks the warehouse to do (pushdown.go); nil elsewhere.
	push *pushTarget
	// orderPush, on a SELECT with an ORDER BY that may go down to the
	// warehouse with a LIMIT, is how (pushdown_order.go); nil elsewhere.
	orderPush *orderPush
}

// materialized is a relation held in memory (table variables, sorted results).
type materialized struct {
	cols  []Column
	rows  [][]Value
	bytes int64 // estimated memory of rows, counted against later statements' budgets
}

func (m *materialized) relation(qual string) *relation {
	return &relation{
		cols: m.cols,
		sc:   scopeOf(qual, m.cols),
		scan: func(fn func([]Value) error) error {
			for _, r := range m.rows {
				if err := fn(r); err != nil {
					return err
				}
			}
			return nil
		},
	}
}

// materialize reads rel into memory, charging its rows to acct.
func materialize(acct *memAccount, op string, rel *relation) (*materialized, error) {
	m := &materialized{cols: rel.cols}
	mem := acct.track(op)
	err := rel.scan(func(row []Value) error {
		if err := mem.charge(row); err != nil {
			return err
		}
		m.rows = append(m.rows, append([]Value(nil), row...))
		return nil
	})
	if err != nil {
		mem.release()
		return nil, err
	}
	m.bytes = mem.keep()
	return m, nil
}

// errStopScan ends a scan early without an error (LIMIT).
var errStopScan = &Error{Code: CodeSemantic, Msg: "scan stopped"}
