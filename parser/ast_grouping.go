package parser

// GroupingSets is a GROUP BY that names grouping sets (GROUPING SETS, CUBE,
// ROLLUP), kept as written; the evaluator expands it into the list of sets.
//
// Two forms exist. The standard one, `GROUP BY a, CUBE(b, c), GROUPING SETS
// ((d), (e))`, lists Elements whose sets are combined by cross product (a
// plain expression is a one-set element); Select.GroupBy is then nil. The
// Hive form, `GROUP BY a, b, c GROUPING SETS ((a, b), (a))`, lists the keys
// in Select.GroupBy and has one SETS element, whose expressions must be
// among those keys.
type GroupingSets struct {
	Pos
	Elements []*GroupingElement
}

// Kinds of GroupingElement.
const (
	GroupingList   = "LIST"   // (a, b), (), or a bare expression
	GroupingRollup = "ROLLUP" // ROLLUP(a, (b, c), d)
	GroupingCube   = "CUBE"   // CUBE(a, (b, c))
	GroupingSetsOf = "SETS"   // GROUPING SETS ((a, b), a, (), ROLLUP(...), ...)
)

// GroupingElement is one element of a grouping-sets GROUP BY.
type GroupingElement struct {
	Pos
	Kind  string             // GroupingList, GroupingRollup, GroupingCube or GroupingSetsOf
	Exprs []Expr             // GroupingList: the expressions; none for ()
	Items []*GroupingElement // ROLLUP, CUBE: GroupingList items; SETS: elements of any kind
}
