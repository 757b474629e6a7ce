package eval

import (
	"strings"

	"github.com/mcsql/mcsql/parser"
)

// scope lists the columns a FROM clause makes visible, in row order.
type scope struct {
	cols []scopeCol
	// seen, when set, is told every column find resolves: join planning
	// uses it to learn which side of a join an expression reads.
	seen func(index int)
	// semiRight holds the columns of the right sides of LEFT SEMI and LEFT
	// ANTI JOINs, which only their ON conditions may read: kept to say so.
	semiRight *scope
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
	if found >= 0 && sc.seen != nil {
		sc.seen(found)
	}
	return found, nil
}

// resolve finds the column a dotted name starts with: `t.col` (a column
// qualified by its table) first, then `col`. It returns the column's index
// (-1 when the name is no column) and the STRUCT fields read after it.
func (sc *scope) resolve(pos parser.Pos, parts []string) (int, []string, error) {
	if len(parts) >= 2 {
		i, err := sc.find(pos, parts[0], parts[1])
		if err != nil || i >= 0 {
			return i, parts[2:], err
		}
	}
	i, err := sc.find(pos, "", parts[0])
	return i, parts[1:], err
}

// concat is the scope of a join: the left columns, then the right ones.
func (sc *scope) concat(other *scope) *scope {
	cols := make([]scopeCol, 0, len(sc.cols)+len(other.cols))
	out := &scope{cols: append(append(cols, sc.cols...), other.cols...)}
	switch {
	case sc.semiRight != nil && other.semiRight != nil:
		out.semiRight = sc.semiRight.concat(other.semiRight)
	case sc.semiRight != nil:
		out.semiRight = sc.semiRight
	default:
		out.semiRight = other.semiRight
	}
	return out
}

// scopeOf makes a scope for a relation whose columns are all qualified by qual.
func scopeOf(qual string, cols []Column) *scope {
	sc := &scope{cols: make([]scopeCol, len(cols))}
	for i, c := range cols {
		sc.cols[i] = scopeCol{qual: strings.ToLower(qual), name: strings.ToLower(c.Name), t: c.Type}
	}
	return sc
}
