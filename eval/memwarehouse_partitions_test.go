package eval

import (
	"fmt"
	"slices"
)

// The partition catalog of MemoryWarehouse: memTable.parts lists the
// partitions, with rows or without, as the SQLite warehouse keeps them.

// partOf returns the partition values of a row.
func (t *memTable) partOf(row []Value) []Value {
	return row[len(t.info.Columns):]
}

func (t *memTable) hasPart(p []Value) bool {
	return slices.ContainsFunc(t.parts, func(q []Value) bool { return comparePartitions(p, q) == 0 })
}

func (t *memTable) addParts(parts [][]Value) {
	for _, p := range parts {
		if !t.hasPart(p) {
			t.parts = append(t.parts, append([]Value(nil), p...))
		}
	}
}

// partsOf returns the distinct partitions of rows, and the one a complete
// static spec names.
func (t *memTable) partsOf(rows [][]Value, static map[string]Value) [][]Value {
	if len(t.info.PartitionColumns) == 0 {
		return nil
	}
	var out [][]Value
	seen := &memTable{info: t.info}
	for _, r := range rows {
		if p := t.partOf(r); !seen.hasPart(p) {
			seen.addParts([][]Value{p})
			out = append(out, p)
		}
	}
	if len(static) == len(t.info.PartitionColumns) && len(static) > 0 {
		p := make([]Value, len(static))
		for i, c := range t.info.PartitionColumns {
			p[i] = static[c.Name]
		}
		if !seen.hasPart(p) {
			out = append(out, p)
		}
	}
	return out
}

// rowsOutside returns the rows of partitions other than parts.
func (t *memTable) rowsOutside(parts [][]Value) [][]Value {
	inside := &memTable{info: t.info, parts: parts}
	var kept [][]Value
	for _, r := range t.rows {
		if !inside.hasPart(t.partOf(r)) {
			kept = append(kept, r)
		}
	}
	return kept
}

func (tx *memTx) partitioned(name string) (*memTable, error) {
	t, err := tx.table(name)
	if err != nil {
		return nil, err
	}
	if len(t.info.PartitionColumns) == 0 {
		return nil, Errorf(CodeSemantic, "table %s is not partitioned", name)
	}
	return t, nil
}

func (tx *memTx) Partitions(name string) ([][]Value, error) {
	t, err := tx.table(name)
	if err != nil {
		return nil, err
	}
	out := append([][]Value(nil), t.parts...)
	SortPartitions(out)
	return out, nil
}

func (tx *memTx) AddPartitions(name string, parts [][]Value, ifNotExists bool) error {
	t, err := tx.partitioned(name)
	if err != nil {
		return err
	}
	for _, p := range parts {
		if t.hasPart(p) && !ifNotExists {
			return Errorf(CodeSemantic, "partition %s already exists", PartitionName(t.info.PartitionColumns, p))
		}
	}
	t.addParts(parts)
	return nil
}

func (tx *memTx) DropPartitions(name string, parts [][]Value) error {
	return tx.clearPartitions(name, parts, true)
}

func (tx *memTx) TruncatePartitions(name string, parts [][]Value) error {
	return tx.clearPartitions(name, parts, false)
}

func (tx *memTx) clearPartitions(name string, parts [][]Value, drop bool) error {
	t, err := tx.partitioned(name)
	if err != nil {
		return err
	}
	for _, p := range parts {
		if !t.hasPart(p) {
			return Errorf(CodeSemantic, "partition not found: %s", PartitionName(t.info.PartitionColumns, p))
		}
	}
	t.rows = t.rowsOutside(parts)
	if drop {
		gone := &memTable{info: t.info, parts: parts}
		t.parts = slices.DeleteFunc(t.parts, gone.hasPart)
	}
	return nil
}

// ScanPartitions reads only the rows of parts, counting them in RowsRead.
func (tx *memTx) ScanPartitions(name string, parts [][]Value, fn func(row []Value) error) error {
	t, err := tx.partitioned(name)
	if err != nil {
		return err
	}
	for _, p := range parts {
		for _, r := range t.rows {
			if comparePartitions(t.partOf(r), p) != 0 {
				continue
			}
			tx.w.RowsRead++
			if err := fn(r); err != nil {
				return fmt.Errorf("memory warehouse: scan of %s: %w", name, err)
			}
		}
	}
	return nil
}
