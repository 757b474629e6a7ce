package warehouse

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mcsql/mcsql/eval"
)

// The tunnel moves a table's rows to and from CSV, as odpscmd's
// `tunnel upload` and `tunnel download` do. A record holds every column,
// partition columns last. An empty field is NULL (so an empty STRING
// comes back as NULL). BINARY is upper-case hex (odpscmd's -M
// convention; lower case is read too) or Base64; ARRAY, MAP and STRUCT use
// the JSON form the warehouse stores them in (nested.go); DATETIME carries
// its milliseconds when they are not zero; everything else is written as
// odpscmd prints it and read with CAST's rules.

// BinaryEncoding is how BINARY columns appear in CSV.
type BinaryEncoding int

// The BINARY encodings.
const (
	BinaryHex    BinaryEncoding = iota // upper-case hex digits
	BinaryBase64                       // standard Base64, padded
)

// ProgressInterval is how many rows pass between two progress callbacks.
const ProgressInterval = 10000

// UploadOptions controls Upload.
type UploadOptions struct {
	Header    bool // the first record names the columns, checked against the table
	Overwrite bool // replace the table's rows instead of appending to them
	Binary    BinaryEncoding
	Delimiter rune // field separator; ',' when zero
	// Progress, when set, is called with the number of rows read so far
	// every ProgressInterval rows, and with the total at the end.
	Progress func(rows int64)
}

// DownloadOptions controls Download.
type DownloadOptions struct {
	Header    bool // write the column names first
	Binary    BinaryEncoding
	Delimiter rune // field separator; ',' when zero
	// Progress, when set, is called with the number of rows written so far
	// every ProgressInterval rows, and with the total at the end.
	Progress func(rows int64)
}

// LineError is a bad record of an uploaded file.
type LineError struct {
	Line   int    // the file's line where the record starts, from 1
	Column string // the column of the bad field; "" when the record is bad
	Err    error
}

// Error renders "line N, column C: problem" (without the column when the
// whole record is bad).
func (e *LineError) Error() string {
	if e.Column != "" {
		return fmt.Sprintf("line %d, column %s: %v", e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// Upload reads CSV records from r and inserts them into table through tx,
// returning the number of rows written. A bad record stops the upload with
// a *LineError; the Insert it runs in then writes nothing, and the caller
// rolls tx back as for any failed statement.
func Upload(tx eval.Tx, table string, r io.Reader, opts UploadOptions) (int64, error) {
	info, err := tx.Table(table)
	if err != nil {
		return 0, err
	}
	cols := append(append([]eval.Column(nil), info.Columns...), info.PartitionColumns...)
	parsers := make([]fieldParser, len(cols))
	for i, c := range cols {
		parsers[i] = parserFor(c.Type, opts.Binary)
	}
	cr, err := newCSVReader(r, opts.Delimiter)
	if err != nil {
		return 0, err
	}
	u := &uploader{cr: cr, cols: cols, parsers: parsers, table: info.Name, progress: opts.Progress}
	if opts.Header {
		if err := u.header(); err != nil {
			return 0, err
		}
	}
	n, err := tx.Insert(table, opts.Overwrite, nil, u.rows)
	if err != nil {
		return 0, err
	}
	if opts.Progress != nil {
		opts.Progress(n)
	}
	return n, nil
}

func newCSVReader(r io.Reader, delim rune) (*csv.Reader, error) {
	cr := csv.NewReader(r)
	if err := setDelimiter(&cr.Comma, delim); err != nil {
		return nil, err
	}
	cr.FieldsPerRecord = -1 // checked by the uploader, with a clearer message
	cr.ReuseRecord = true
	return cr, nil
}

// setDelimiter checks a delimiter as encoding/csv will, to report it early.
func setDelimiter(comma *rune, delim rune) error {
	if delim == 0 {
		return nil
	}
	if delim == '\r' || delim == '\n' || delim == '"' || delim == utf8.RuneError || !utf8.ValidRune(delim) {
		return fmt.Errorf("invalid CSV delimiter %q", delim)
	}
	*comma = delim
	return nil
}

// uploader turns CSV records into rows.
type uploader struct {
	cr       *csv.Reader
	cols     []eval.Column
	parsers  []fieldParser
	table    string
	progress func(int64)
	first    bool // the first record has been read
}

// read returns the next record and the line it starts on; io.EOF at the end.
func (u *uploader) read() ([]string, int, error) {
	rec, err := u.cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, 0, &LineError{Line: pe.Line, Err: pe.Err}
		}
		return nil, 0, err
	}
	if !u.first && len(rec) > 0 {
		// A spreadsheet's byte order mark is not part of the first field.
		rec[0] = strings.TrimPrefix(rec[0], "\ufeff")
	}
	u.first = true
	line, _ := u.cr.FieldPos(0)
	return rec, line, nil
}

func (u *uploader) header() error {
	rec, line, err := u.read()
	if err == io.EOF {
		return &LineError{Line: 1, Err: errors.New("the file is empty; expected a header line")}
	}
	if err != nil {
		return err
	}
	if len(rec) != len(u.cols) {
		return &LineError{Line: line, Err: fmt.Errorf("the header names %d columns, table %s has %d", len(rec), u.table, len(u.cols))}
	}
	for i, name := range rec {
		if !strings.EqualFold(strings.TrimSpace(name), u.cols[i].Name) {
			return &LineError{Line: line, Err: fmt.Errorf("header field %d is %q, but column %d of table %s is %s", i+1, name, i+1, u.table, u.cols[i].Name)}
		}
	}
	return nil
}

// rows is the RowSource of the upload.
func (u *uploader) rows(yield func([]eval.Value) error) error {
	row := make([]eval.Value, len(u.cols))
	var n int64
	for {
		rec, line, err := u.read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if len(rec) != len(u.cols) {
			return &LineError{Line: line, Err: fmt.Errorf("%d fields, but table %s has %d columns", len(rec), u.table, len(u.cols))}
		}
		for i, f := range rec {
			if row[i], err = u.parsers[i](f); err != nil {
				return &LineError{Line: line, Column: u.cols[i].Name, Err: err}
			}
		}
		if err := yield(row); err != nil {
			return err
		}
		if n++; u.progress != nil && n%ProgressInterval == 0 {
			u.progress(n)
		}
	}
}

// Download writes table's rows to w as CSV, returning the number of rows.
func Download(tx eval.Tx, table string, w io.Writer, opts DownloadOptions) (int64, error) {
	info, err := tx.Table(table)
	if err != nil {
		return 0, err
	}
	cols := append(append([]eval.Column(nil), info.Columns...), info.PartitionColumns...)
	cw := csv.NewWriter(w)
	if err := setDelimiter(&cw.Comma, opts.Delimiter); err != nil {
		return 0, err
	}
	rec := make([]string, len(cols))
	if opts.Header {
		for i, c := range cols {
			rec[i] = c.Name
		}
		if err := cw.Write(rec); err != nil {
			return 0, err
		}
	}
	formatters := make([]fieldFormatter, len(cols))
	for i, c := range cols {
		formatters[i] = formatterFor(c.Type, opts.Binary)
	}
	var n int64
	err = tx.Scan(table, func(row []eval.Value) error {
		for i, v := range row {
			var err error
			if rec[i], err = formatters[i](v); err != nil {
				return fmt.Errorf("download %s, row %d, column %s: %v", info.Name, n+1, cols[i].Name, err)
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
		if n++; opts.Progress != nil && n%ProgressInterval == 0 {
			opts.Progress(n)
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return n, err
	}
	if opts.Progress != nil {
		opts.Progress(n)
	}
	return n, nil
}
