package eval

import "io"

// Column is a result column: its name and static type.
type Column struct {
	Name string
	Type Type
}

// FormatValue renders a value as odpscmd prints it in a result table
// (output.md): NULL, true/false, Java-style doubles, quoted-printable BINARY,
// compact JSON for ARRAY/MAP/STRUCT.
func FormatValue(v Value, t Type) string {
	panic("not implemented")
}

// ResultWriter prints a result set as it streams: Begin once, Row per row, End.
type ResultWriter interface {
	Begin(cols []Column) error
	Row(row []Value) error
	End() error
}

// NewTableWriter prints odpscmd's framed result table to w.
func NewTableWriter(w io.Writer) ResultWriter {
	panic("not implemented")
}

// NewCSVWriter prints CSV with a header to w (the -M machine-readable mode).
func NewCSVWriter(w io.Writer) ResultWriter {
	panic("not implemented")
}
