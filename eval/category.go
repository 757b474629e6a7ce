package eval

// The documentation's function groups, in the order its overview lists
// them. A function is filed under the group of its own page; help and the
// README list functions by group.
const (
	CategoryString     = "string"
	CategoryMath       = "math"
	CategoryDate       = "date"
	CategoryComplex    = "complex type"
	CategoryJSON       = "JSON"
	CategoryEncryption = "encryption"
	CategoryOther      = "other"
	CategoryAggregate  = "aggregate"
	CategoryWindow     = "window"
)

// Categories lists the groups in display order.
var Categories = []string{
	CategoryString, CategoryMath, CategoryDate, CategoryComplex, CategoryJSON,
	CategoryEncryption, CategoryOther, CategoryAggregate, CategoryWindow,
}
