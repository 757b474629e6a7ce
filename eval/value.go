package eval

import (
	"math/big"
)

// Value is a run-time value. Values are untyped at run time: every compiled
// expression has a static Type, and a Value holds one of these Go
// representations, chosen by the static type's Kind:
//
//	NULL (any type)                  nil
//	TINYINT SMALLINT INT BIGINT      int64 (kept in range of the type)
//	FLOAT DOUBLE                     float64 (FLOAT rounded to float32 precision)
//	DECIMAL                          Decimal
//	STRING VARCHAR CHAR              string
//	BINARY                           []byte (never modified after creation)
//	BOOLEAN                          bool
//	DATE DATETIME TIMESTAMP          time.Time (wall clock in time.UTC; DATE at midnight)
//	ARRAY                            []Value
//	MAP                              *Map
//	STRUCT                           *Struct
//	JSON                             JSON (a parsed document; see json.go)
//
// Keeping values as plain Go data (rather than boxed typed objects as cel-go
// does) lets per-row evaluation avoid a type switch per operator: the static
// type already decided which implementation runs.
type Value = any

// Decimal is a DECIMAL value: an exact rational number whose scale (digits
// after the point) is kept for printing.
type Decimal struct {
	Rat   *big.Rat
	Scale int
}

// Map is a MAP value; Keys and Values are parallel, in insertion order.
type Map struct {
	Keys   []Value
	Values []Value
}

// Struct is a STRUCT value. Fields follow the static type's Fields. Hidden
// carries data that is not part of the SQL value and is never printed: the
// unwrapped keyset behind USE_WRAPPED_KEYSET's masked STRUCT.
type Struct struct {
	Fields []Value
	Hidden any
}
