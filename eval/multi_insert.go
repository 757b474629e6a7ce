package eval

import (
	"fmt"
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// execMultiInsert runs FROM src INSERT ... INSERT ...: the INSERTs run in
// order, in the statement's transaction. MaxCompute refuses two INSERTs
// into the same table and static partition (or the same unpartitioned
// table), checked before any row is written.
func (s *Session) execMultiInsert(st *parser.MultiInsertStmt) error {
	seen := map[string]bool{}
	for _, in := range st.Inserts {
		key := tableKey(in.Table)
		for _, p := range in.Partition {
			key += "/" + strings.ToLower(p.Key) + "=" + partitionSpecText(p.Value)
		}
		if seen[key] {
			return semanticError(in.Pos, "a multi-insert writes table %s%s twice; each INSERT must go to another table or partition", tableKey(in.Table), partitionSuffix(in))
		}
		seen[key] = true
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
