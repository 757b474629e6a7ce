package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// flagAllowFullScan, SET to false, makes reading every partition of a
// partitioned table an error, as in a MaxCompute project that forbids
// full scans (the documentation's examples SET it to true before such a
// SELECT). mcsql allows full scans unless it is set.
const flagAllowFullScan = "odps.sql.allow.fullscan"

// Partition pruning. A WHERE conjunct that reads only partition columns of
// the table a SELECT reads (ds = '20240101', hr IN (1, 2), ds BETWEEN ...,
// ds > '2024', substr(ds, 1, 4) = '2024', ds = max_pt('t'), ...) is true
// or not for a whole partition at once. The planner gives such conjuncts
// to the table's partitionPruner; the scan then evaluates them once per
// partition, reads only the rows of the partitions they keep, and the
// filter still checks every row (so pruning never changes a result).

// partitionPruner narrows the scan of a partitioned warehouse table.
type partitionPruner struct {
	s      *Session
	info   *TableInfo
	offset int    // the row index of the first partition column
	conds  []expr // compiled against rows of the partition values alone
	push   *pushTarget
}

// restrict takes the prunable conjuncts of where; sc is the scope of the
// table's rows.
func (p *partitionPruner) restrict(where parser.Expr, sc *scope) {
	for _, conj := range conjuncts(where, nil) {
		if x := p.compile(conj, sc); x != nil {
			p.conds = append(p.conds, x)
		}
	}
}

// compile returns conj compiled over the partition columns, or nil when
// it cannot decide partitions: it reads another column (it then fails to
// compile in the partition columns' scope), reads no column, or holds a
// subquery or a volatile function (RAND, UUID, ...), whose value per
// partition would not be its value per row.
func (p *partitionPruner) compile(conj parser.Expr, sc *scope) expr {
	if !p.deterministic(conj) {
		return nil
	}
	read := false
	psc := &scope{cols: sc.cols[p.offset:], seen: func(int) { read = true }}
	c := &compiler{s: p.s, sc: psc}
	x, err := c.expr(conj)
	if err != nil || !read {
		return nil
	}
	if x, err = boolean(x, conj.Position(), "WHERE"); err != nil {
		return nil
	}
	return x
}

// deterministic reports whether e holds no subquery and no call of a
// volatile function.
func (p *partitionPruner) deterministic(e parser.Expr) bool {
	switch e := e.(type) {
	case nil:
		return true
	case *parser.Subquery:
		return false
	case *parser.In:
		if e.Query != nil {
			return false
		}
	case *parser.Call:
		if fn, ok := p.s.reg.Lookup(e.Name); !ok || fn.Volatile {
			return false
		}
	}
	for _, c := range exprChildren(e) {
		if !p.deterministic(c) {
			return false
		}
	}
	return true
}

// scan streams the table's rows: all of them without prunable conditions,
// else those of the partitions every condition holds for. A condition
// that fails on a partition keeps it: the row filter then reports the
// error if the partition has rows.
func (p *partitionPruner) scan(tx Tx, pos parser.Pos, name string, width int, fn func([]Value) error) error {
	if len(p.conds) == 0 {
		if v, _ := p.s.ctx.Flag(flagAllowFullScan); strings.EqualFold(strings.TrimSpace(v), "false") {
			return semanticError(pos, "physical plan generation failed: java.lang.RuntimeException: Table(%s) is full scan with all partitions, please specify partition predicates "+
				"(a WHERE condition on its partition columns %s; or SET %s=true;)", qualifiedName(name), columnNames(p.info.PartitionColumns), flagAllowFullScan)
		}
		return scanRows(pos, name, width, fn, p.s.pushedScan(tx, p.push, name, nil,
			func(f func([]Value) error) error { return tx.Scan(name, f) }))
	}
	parts, err := tx.Partitions(name)
	if err != nil {
		return At(pos, storageError("cannot read the partitions of table "+name, err))
	}
	var keep [][]Value
	for _, part := range parts {
		if p.holds(part) {
			keep = append(keep, part)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	return scanRows(pos, name, width, fn, p.s.pushedScan(tx, p.push, name, keep,
		func(f func([]Value) error) error { return tx.ScanPartitions(name, keep, f) }))
}

func (p *partitionPruner) holds(part []Value) bool {
	for _, x := range p.conds {
		v, err := x.eval(part)
		if err == nil && v != true {
			return false
		}
	}
	return true
}
