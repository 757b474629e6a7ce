package eval

import (
	"sort"
	"strings"
)

// TableFunction is a table-generating function (UDTF): a call reads the
// values of one input row and generates zero or more rows of its own
// columns. It is used alone in a select list (SELECT explode(x) AS (a)
// FROM t) or in a LATERAL VIEW; the query planner (plan_lateral.go)
// compiles both forms, and package functions says which exist.
type TableFunction struct {
	Name string // canonical upper-case name
	Doc  Doc
	// Bind types one call site at compile time, as an Overload's Bind
	// does: it checks the arguments (their count, types and, through
	// site.Consts, constant values such as TRANS_ARRAY's key count) and
	// returns the argument types, the output columns and the generator.
	// Errors carry no position: the planner attaches the call's.
	Bind func(site *CallSite) (TableBinding, error)
}

// TableBinding is a table function's Bind answer for one call site.
type TableBinding struct {
	// Params are the types the arguments are converted to, one per
	// argument.
	Params []Type
	// Columns are the output columns with their default names (EXPLODE of
	// an array: col; of a map: key, value). A query's AS list renames them.
	Columns []Column
	// Generate produces the rows of one call.
	Generate Generator
}

// Generator produces the rows of one call of a table function. args are
// the argument values of the input row, converted to the binding's Params
// (NULL included: a generator decides what NULL means, usually no row);
// out has one slot per output column. For each row it fills out and calls
// emit, which reads out before returning, so the generator may overwrite
// it for the next row: nothing is allocated per generated row. A non-nil
// error from emit must be returned as is.
type Generator func(ctx *CallContext, args []Value, out []Value, emit func() error) error

// RegisterTable adds a table function; registering a name twice, or a
// name that is also a scalar function, is a programming error.
func (r *Registry) RegisterTable(f *TableFunction) {
	key := strings.ToUpper(f.Name)
	if r.tables == nil {
		r.tables = map[string]*TableFunction{}
	}
	if _, dup := r.tables[key]; dup {
		panic("eval: table function registered twice: " + key)
	}
	if _, dup := r.funcs[key]; dup {
		panic("eval: table function has the name of a scalar function: " + key)
	}
	f.Name = key
	r.tables[key] = f
}

// LookupTable finds a table function by name, case-insensitively.
func (r *Registry) LookupTable(name string) (*TableFunction, bool) {
	f, ok := r.tables[strings.ToUpper(name)]
	return f, ok
}

// TableNames returns the table functions' names, sorted.
func (r *Registry) TableNames() []string {
	names := make([]string, 0, len(r.tables))
	for n := range r.tables {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
