package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// scope lists the columns a FROM clause makes visible, in row order.
type scope struct {
	cols []scopeCol
}

type scopeCol struct {
	qual string // table name or alias, lower case ("" when none)
	name string // lower case
	t    Type
}

func (sc *scope) empty() bool { return len(sc.cols) == 0 }

// find returns the row index of column name (qualified by qual unless qual
// is ""), -1 when there is none, or an error when the name is ambiguous.
func (sc *scope) find(pos parser.Pos, qual, name string) (int, error) {
	qual, name = strings.ToLower(qual), strings.ToLower(name)
	found := -1
	for i, c := range sc.cols {
		if c.name != name || qual != "" && c.qual != qual {
			continue
		}
		if found >= 0 {
			return -1, semanticError(pos, "column reference %s is ambiguous; qualify it with its table", name)
		}
		found = i
	}
	return found, nil
}

// scopeOf makes a scope for a relation whose columns are all qualified by qual.
func scopeOf(qual string, cols []Column) *scope {
	sc := &scope{cols: make([]scopeCol, len(cols))}
	for i, c := range cols {
		sc.cols[i] = scopeCol{qual: strings.ToLower(qual), name: strings.ToLower(c.Name), t: c.Type}
	}
	return sc
}
