package warehouse

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Records are read and written by encoding/csv when the format is CSV's
// own (a one-character field delimiter, lines ending in \n or \r\n), and
// otherwise by textReader and textWriter, which take delimiters of any
// length (odpscmd's -fd '||', -rd '\u0001') and plain text without quotes
// (-cf false).

// recordReader yields the records of an uploaded file.
type recordReader interface {
	// Read returns the next record and the line it starts on; io.EOF at
	// the end. A bad record is a *LineError; reading may go on after it.
	Read() ([]string, int, error)
}

// recordWriter writes the records of a download.
type recordWriter interface {
	Write(rec []string) error
	Flush() error
}

// csvFormat reports whether encoding/csv reads and writes f.
func (f Format) csvFormat() bool {
	r, size := utf8.DecodeRuneInString(f.fieldDelim())
	return !f.NoQuotes && size == len(f.fieldDelim()) && r != utf8.RuneError &&
		(f.RecordDelim == "" || f.RecordDelim == "\n" || f.RecordDelim == "\r\n")
}

func (f Format) fieldDelim() string {
	if f.FieldDelim == "" {
		return ","
	}
	return f.FieldDelim
}

// check rejects delimiters the format cannot carry.
func (f Format) check() error {
	for _, d := range []string{f.fieldDelim(), f.RecordDelim} {
		if !f.NoQuotes && strings.Contains(d, `"`) || d == "\r" && f.csvFormat() {
			return fmt.Errorf("invalid CSV delimiter %q", d)
		}
	}
	if f.RecordDelim != "" && strings.Contains(f.fieldDelim(), f.RecordDelim) {
		return fmt.Errorf("the field delimiter %q contains the record delimiter %q", f.fieldDelim(), f.RecordDelim)
	}
	if f.RecordDelim == "" && strings.Contains(f.fieldDelim(), "\n") {
		return fmt.Errorf("the field delimiter %q contains a line end", f.fieldDelim())
	}
	return nil
}

func newRecordReader(r io.Reader, f Format) (recordReader, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	if f.csvFormat() {
		cr := csv.NewReader(r)
		cr.Comma, _ = utf8.DecodeRuneInString(f.fieldDelim())
		cr.FieldsPerRecord = -1 // checked by the uploader, with a clearer message
		cr.ReuseRecord = true
		return csvReader{cr}, nil
	}
	t := &textReader{r: bufio.NewReader(r), fd: []byte(f.fieldDelim()), quote: !f.NoQuotes, line: 1}
	if f.RecordDelim != "" {
		t.rd = []byte(f.RecordDelim)
	}
	return t, nil
}

func newRecordWriter(w io.Writer, f Format) (recordWriter, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	// Not for -rd '\r\n': csv.Writer's UseCRLF would also turn the line
	// ends inside quoted values into \r\n.
	if f.csvFormat() && f.RecordDelim != "\r\n" {
		cw := csv.NewWriter(w)
		cw.Comma, _ = utf8.DecodeRuneInString(f.fieldDelim())
		return csvWriter{cw}, nil
	}
	rd := f.RecordDelim
	if rd == "" {
		rd = "\n"
	}
	return &textWriter{w: bufio.NewWriter(w), fd: f.fieldDelim(), rd: rd, quote: !f.NoQuotes}, nil
}

type csvReader struct{ cr *csv.Reader }

func (c csvReader) Read() ([]string, int, error) {
	rec, err := c.cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, pe.StartLine, &LineError{Line: pe.Line, Err: pe.Err}
		}
		return nil, 0, err
	}
	line, _ := c.cr.FieldPos(0)
	return rec, line, nil
}

type csvWriter struct{ cw *csv.Writer }

func (c csvWriter) Write(rec []string) error { return c.cw.Write(rec) }

func (c csvWriter) Flush() error {
	c.cw.Flush()
	return c.cw.Error()
}

// How a field ends.
const (
	endField = iota
	endRecord
	endFile
)

// textReader splits text at a field delimiter and a record delimiter (nil:
// \n or \r\n) of any length. With quote, a field that starts with '"' is
// quoted as in CSV ("" is a quote, delimiters inside are text).
type textReader struct {
	r      *bufio.Reader
	fd, rd []byte
	quote  bool
	line   int // the line of the next byte, from 1
	buf    bytes.Buffer
	eof    bool
}

func (t *textReader) Read() ([]string, int, error) {
	for !t.eof {
		start := t.line
		rec, err := t.record()
		if err != nil {
			t.skipRecord()
			return nil, start, &LineError{Line: start, Err: err}
		}
		if rec != nil {
			return rec, start, nil
		}
	}
	return nil, 0, io.EOF
}

// record reads one record; nil for an empty line.
func (t *textReader) record() ([]string, error) {
	var rec []string
	for {
		f, quoted, end, err := t.field()
		if err != nil {
			return nil, err
		}
		rec = append(rec, f)
		if end == endField {
			continue
		}
		t.eof = end == endFile
		if len(rec) == 1 && f == "" && !quoted {
			return nil, nil
		}
		return rec, nil
	}
}

func (t *textReader) field() (string, bool, int, error) {
	t.buf.Reset()
	if b, _ := t.r.Peek(1); t.quote && len(b) == 1 && b[0] == '"' {
		t.readByte()
		return t.quoted()
	}
	for {
		if end, ok := t.delimiter(); ok {
			return t.buf.String(), false, end, nil
		}
		c := t.readByte()
		if t.quote && c == '"' {
			return "", false, 0, errors.New(`bare " in non-quoted-field`)
		}
		t.buf.WriteByte(c)
	}
}

func (t *textReader) quoted() (string, bool, int, error) {
	for {
		if b, _ := t.r.Peek(1); len(b) == 0 {
			return "", true, 0, errors.New(`extraneous or missing " in quoted-field`)
		}
		c := t.readByte()
		if c != '"' {
			t.buf.WriteByte(c)
			continue
		}
		if b, _ := t.r.Peek(1); len(b) == 1 && b[0] == '"' {
			t.buf.WriteByte(t.readByte())
			continue
		}
		if end, ok := t.delimiter(); ok {
			return t.buf.String(), true, end, nil
		}
		return "", true, 0, errors.New(`extraneous or missing " in quoted-field`)
	}
}

// delimiter consumes a field or record delimiter, or sees the end.
func (t *textReader) delimiter() (int, bool) {
	if b, _ := t.r.Peek(1); len(b) == 0 {
		return endFile, true
	}
	if t.skip(t.fd) {
		return endField, true
	}
	if t.rd != nil {
		return endRecord, t.skip(t.rd)
	}
	return endRecord, t.skip([]byte("\r\n")) || t.skip([]byte("\n"))
}

// skip consumes d when the input continues with it.
func (t *textReader) skip(d []byte) bool {
	b, _ := t.r.Peek(len(d))
	if !bytes.Equal(b, d) {
		return false
	}
	for range d {
		t.readByte()
	}
	return true
}

// skipRecord drops the rest of a bad record, up to its record delimiter.
func (t *textReader) skipRecord() {
	for {
		end, ok := t.delimiter()
		if ok && end != endField {
			t.eof = end == endFile
			return
		}
		if !ok {
			t.readByte()
		}
	}
}

// readByte reads a byte, counting lines; 0 at the end.
func (t *textReader) readByte() byte {
	c, err := t.r.ReadByte()
	if err != nil {
		return 0
	}
	if c == '\n' {
		t.line++
	}
	return c
}

// textWriter writes records with delimiters of any length. With quote a
// field that holds a delimiter, a quote or a line end is quoted as in CSV;
// without it such a field cannot be written.
type textWriter struct {
	w      *bufio.Writer
	fd, rd string
	quote  bool
}

func (t *textWriter) Write(rec []string) error {
	for i, f := range rec {
		if i > 0 {
			t.w.WriteString(t.fd)
		}
		special := strings.Contains(f, t.fd) || strings.Contains(f, t.rd) || strings.ContainsAny(f, "\"\r\n")
		switch {
		case special && t.quote:
			t.w.WriteByte('"')
			t.w.WriteString(strings.ReplaceAll(f, `"`, `""`))
			t.w.WriteByte('"')
		case strings.Contains(f, t.fd) || strings.Contains(f, t.rd):
			return fmt.Errorf("field %d holds the field or record delimiter, which plain text (-cf false) cannot carry; choose other delimiters", i+1)
		default:
			t.w.WriteString(f)
		}
	}
	_, err := t.w.WriteString(t.rd)
	return err
}

func (t *textWriter) Flush() error { return t.w.Flush() }
