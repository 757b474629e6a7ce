package eval

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Column is a result column: its name and static type.
type Column struct {
	Name string
	Type Type
}

// FormatValue renders a value as odpscmd prints it in a result table
// (output.md): NULL, true/false, Java-style doubles, quoted-printable BINARY,
// compact JSON for ARRAY/MAP/STRUCT.
func FormatValue(v Value, t Type) string {
	if v == nil {
		return "NULL"
	}
	switch t.Kind {
	case KindArray, KindMap, KindStruct:
		var sb strings.Builder
		writeJSON(&sb, v, t)
		return sb.String()
	case KindJSON:
		if j, ok := v.(JSON); ok {
			return j.String()
		}
	}
	return formatScalar(v, t)
}

// ResultWriter prints a result set as it streams: Begin once, Row per row, End.
type ResultWriter interface {
	Begin(cols []Column) error
	Row(row []Value) error
	End() error
}

var (
	_ ResultWriter = (*tableWriter)(nil)
	_ ResultWriter = (*csvWriter)(nil)
)

var (
	errNotBegun  = errors.New("result writer: Row or End before Begin")
	errTwice     = errors.New("result writer: Begin called twice")
	errRowLength = errors.New("result writer: row length differs from the columns")
)

// NewTableWriter prints odpscmd's framed result table to w.
func NewTableWriter(w io.Writer) ResultWriter {
	return &tableWriter{w: bufio.NewWriter(w)}
}

// tableWriter keeps odpscmd's widths: max(len(name), 10), or 4 for
// BOOLEAN, whatever the data (longer values overflow their cell).
type tableWriter struct {
	w      *bufio.Writer
	cols   []Column
	widths []int
	frame  string
	begun  bool
}

func (tw *tableWriter) Begin(cols []Column) error {
	if tw.begun {
		return errTwice
	}
	tw.begun, tw.cols = true, cols
	tw.widths = make([]int, len(cols))
	names := make([]string, len(cols))
	var frame strings.Builder
	frame.WriteByte('+')
	for i, c := range cols {
		minWidth := 10
		if c.Type.Kind == KindBoolean {
			minWidth = 4
		}
		tw.widths[i] = max(utf8.RuneCountInString(c.Name), minWidth)
		frame.WriteString(strings.Repeat("-", tw.widths[i]+2) + "+")
		names[i] = c.Name
	}
	tw.frame = frame.String() + "\n"
	tw.w.WriteString(tw.frame)
	tw.writeLine(names)
	_, err := tw.w.WriteString(tw.frame)
	return err
}

func (tw *tableWriter) Row(row []Value) error {
	if !tw.begun {
		return errNotBegun
	}
	if len(row) != len(tw.cols) {
		return errRowLength
	}
	cells := make([]string, len(row))
	for i, v := range row {
		cells[i] = FormatValue(v, tw.cols[i].Type)
	}
	return tw.writeLine(cells)
}

// writeLine writes "| " then each cell padded to its width and " | ".
func (tw *tableWriter) writeLine(cells []string) error {
	tw.w.WriteString("| ")
	for i, c := range cells {
		tw.w.WriteString(c)
		if pad := tw.widths[i] - utf8.RuneCountInString(c); pad > 0 {
			tw.w.WriteString(strings.Repeat(" ", pad))
		}
		tw.w.WriteString(" | ")
	}
	_, err := tw.w.WriteString("\n")
	return err
}

func (tw *tableWriter) End() error {
	if !tw.begun {
		return errNotBegun
	}
	tw.w.WriteString(tw.frame)
	return tw.w.Flush()
}

// NewCSVWriter prints CSV with a header to w (the -M machine-readable mode).
// Fields are quoted as RFC 4180 says (when they hold a comma, a quote or a
// line break); NULL is an empty field and the empty string is "", so the
// two stay apart; BINARY is upper-case hex; lines end with "\n".
func NewCSVWriter(w io.Writer) ResultWriter {
	return &csvWriter{w: bufio.NewWriter(w)}
}

type csvWriter struct {
	w     *bufio.Writer
	cols  []Column
	begun bool
}

func (cw *csvWriter) Begin(cols []Column) error {
	if cw.begun {
		return errTwice
	}
	cw.begun, cw.cols = true, cols
	fields := make([]string, len(cols))
	for i, c := range cols {
		fields[i] = csvQuote(c.Name)
	}
	return cw.writeLine(fields)
}

func (cw *csvWriter) Row(row []Value) error {
	if !cw.begun {
		return errNotBegun
	}
	if len(row) != len(cw.cols) {
		return errRowLength
	}
	fields := make([]string, len(row))
	for i, v := range row {
		fields[i] = csvField(v, cw.cols[i].Type)
	}
	return cw.writeLine(fields)
}

func (cw *csvWriter) writeLine(fields []string) error {
	_, err := fmt.Fprintln(cw.w, strings.Join(fields, ","))
	return err
}

func (cw *csvWriter) End() error {
	if !cw.begun {
		return errNotBegun
	}
	return cw.w.Flush()
}

// csvField renders one CSV field, already quoted.
func csvField(v Value, t Type) string {
	if v == nil {
		return ""
	}
	if b, ok := v.([]byte); ok && t.Kind == KindBinary {
		return strings.ToUpper(hex.EncodeToString(b))
	}
	return csvQuote(FormatValue(v, t))
}

// csvQuote quotes s when RFC 4180 requires it, and always when empty.
func csvQuote(s string) string {
	if s != "" && !strings.ContainsAny(s, ",\"\r\n") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
