package eval

import "github.com/mcsql/mcsql/parser"

// LiteralValue returns a literal's value and type: an unsuffixed integer is
// INT if it fits, else BIGINT, else DOUBLE; suffixes Y S L F D BD choose
// TINYINT SMALLINT BIGINT FLOAT DOUBLE DECIMAL; date/time literals are parsed.
func LiteralValue(lit *parser.Literal) (Value, Type, error) {
	panic("not implemented")
}

// TypeOf converts a written type (CAST, declarations, CREATE TABLE) into a Type.
func TypeOf(tn *parser.TypeName) (Type, error) {
	panic("not implemented")
}
