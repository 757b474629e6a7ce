package eval

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// maxMultiInsert is how many INSERTs one multi-insert may have (the MULTI
// INSERT page: "at most 256 outputs in one SQL statement").
const maxMultiInsert = 256

// execMultiInsert runs FROM src INSERT ... INSERT ...: the INSERTs run in
// order, in the statement's transaction. The MULTI INSERT page's rules are
// checked before any row is written: no table partition (or unpartitioned
// table) is written twice, and the partitions of one table are not written
// by both INSERT OVERWRITE and INSERT INTO.
func (s *Session) execMultiInsert(st *parser.MultiInsertStmt) error {
	if len(st.Inserts) > maxMultiInsert {
		return semanticError(st.Pos, "a multi-insert has %d INSERTs; it may have at most %d", len(st.Inserts), maxMultiInsert)
	}
	seen := map[string]bool{}
	mode := map[string]*parser.InsertStmt{} // table -> its first INSERT
	for _, in := range st.Inserts {
		table := tableKey(in.Table)
		key := table
		for _, p := range in.Partition {
			key += "/" + strings.ToLower(p.Key) + "=" + partitionSpecText(p.Value)
		}
		if seen[key] {
			return semanticError(in.Pos, "a multi-insert writes table %s%s twice; each INSERT must go to another table or partition", table, partitionSuffix(in))
		}
		seen[key] = true
		if first, ok := mode[table]; ok && first.Overwrite != in.Overwrite {
			return semanticError(in.Pos, "a multi-insert writes partitions of table %s with both INSERT OVERWRITE and INSERT INTO; use one of them for all its partitions", table)
		} else if !ok {
			mode[table] = in
		}
	}
	for _, in := range st.Inserts {
		if err := s.execInsert(in); err != nil {
			return err
		}
	}
	return nil
}

// partitionSpecText is the text of a PARTITION (k=v) value for comparing
// targets: a literal's text ('2013' and 2013 name the same partition), ""
// for a dynamic one; any other expression is its position, so that it is
// never taken for another.
func partitionSpecText(x parser.Expr) string {
	switch x := x.(type) {
	case nil:
		return ""
	case *parser.Literal:
		return strings.Trim(x.Text, `'"`)
	}
	return fmt.Sprintf("@%d:%d", x.Position().Line, x.Position().Col)
}

func partitionSuffix(in *parser.InsertStmt) string {
	if len(in.Partition) == 0 {
		return ""
	}
	parts := make([]string, len(in.Partition))
	for i, p := range in.Partition {
		parts[i] = strings.ToLower(p.Key)
		if p.Value != nil {
			parts[i] += "=" + partitionSpecText(p.Value)
		}
	}
	return " partition (" + strings.Join(parts, ", ") + ")"
}
