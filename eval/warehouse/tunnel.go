package warehouse

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"github.com/mcsql/mcsql/eval"
)

// The tunnel moves a table's rows to and from CSV, as odpscmd's
// `tunnel upload` and `tunnel download` do. A record holds every column,
// partition columns last, or the other columns only when the upload names
// its partition or the download leaves them out. The null indicator (an
// empty field by default, so an empty STRING then comes back as NULL) is
// NULL. Format carries odpscmd's other file options (delimiters of any
// length, quoting, charset, DATETIME pattern and zone). BINARY is
// upper-case hex (odpscmd's -M convention; lower case is read too) or
// Base64; ARRAY, MAP and STRUCT use
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

// Format is how records are laid out in a file: odpscmd's -fd, -rd, -cf,
// -ni, -c, -dfp and -tz, and mcsql's -binary.
type Format struct {
	FieldDelim  string // "," when empty
	RecordDelim string // "" reads \n and \r\n, and writes \n
	NoQuotes    bool   // plain text, no CSV quoting (odpscmd's default -cf false)
	Null        string // the text of NULL; "" by default
	// Charset is the file's character set; nil keeps the bytes (UTF-8).
	Charset  encoding.Encoding
	Binary   BinaryEncoding
	Datetime DatetimeFormat
}

// DatetimeFormat is how DATETIME fields are written and read.
type DatetimeFormat struct {
	// Layout is a Go layout; "" is mcsql's yyyy-MM-dd HH:mm:ss[.SSS].
	Layout string
	// File and Stored are the zones of the file's wall clocks and of the
	// stored values; nil or equal zones convert nothing.
	File, Stored *time.Location
}

// UploadOptions controls Upload.
type UploadOptions struct {
	Format
	Header    bool // the first record names the columns, checked against the table
	Overwrite bool // replace the table's (or the partition's) rows instead of appending to them
	// Partition, when set, is the partition written (its values in
	// partition column order): records hold the other columns only.
	Partition []eval.Value
	// DiscardBad skips bad records (reporting each to OnDiscard) instead
	// of failing, up to MaxBad of them.
	DiscardBad bool
	MaxBad     int64
	OnDiscard  func(err error)
	// ScanOnly reads and checks every record and writes nothing.
	ScanOnly bool
	// Lenient drops fields past the last column and fills missing ones
	// with NULL (odpscmd's -ss false).
	Lenient bool
	// Progress, when set, is called with the number of rows read so far
	// every ProgressInterval rows, and with the total at the end.
	Progress func(rows int64)
}

// DownloadOptions controls Download.
type DownloadOptions struct {
	Format
	Header bool // write the column names first
	// Partitions, when set, are the partitions read; nil reads the table.
	Partitions [][]eval.Value
	// NoPartitionColumns leaves the partition columns out.
	NoPartitionColumns bool
	// ColumnNames or ColumnIndexes (from 0, among the columns written)
	// choose and order the columns; empty writes all.
	ColumnNames   []string
	ColumnIndexes []int
	Limit         int64 // at most this many rows; 0 for all
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
// a *LineError (unless DiscardBad); the Insert it runs in then writes
// nothing, and the caller rolls tx back as for any failed statement.
func Upload(tx eval.Tx, table string, r io.Reader, opts UploadOptions) (int64, error) {
	info, err := tx.Table(table)
	if err != nil {
		return 0, err
	}
	cols := append(append([]eval.Column(nil), info.Columns...), info.PartitionColumns...)
	var static map[string]eval.Value
	if opts.Partition != nil {
		cols = info.Columns
		static = map[string]eval.Value{}
		for i, c := range info.PartitionColumns {
			static[c.Name] = opts.Partition[i]
		}
	}
	parsers := make([]fieldParser, len(cols))
	for i, c := range cols {
		parsers[i] = parserFor(c.Type, opts.Format)
	}
	if opts.Charset != nil {
		r = transform.NewReader(r, opts.Charset.NewDecoder())
	}
	rr, err := newRecordReader(r, opts.Format)
	if err != nil {
		return 0, err
	}
	u := &uploader{rr: rr, cols: cols, parsers: parsers, table: info.Name, opts: &opts}
	if opts.Header {
		if err := u.header(); err != nil {
			return 0, err
		}
	}
	var n int64
	if opts.ScanOnly {
		err = u.rows(func([]eval.Value) error { n++; return nil })
	} else {
		n, err = tx.Insert(table, opts.Overwrite, static, u.rowsWith(opts.Partition))
	}
	if err != nil {
		return 0, err
	}
	if opts.Progress != nil {
		opts.Progress(n)
	}
	return n, nil
}

// uploader turns records into rows.
type uploader struct {
	rr        recordReader
	cols      []eval.Column
	parsers   []fieldParser
	table     string
	opts      *UploadOptions
	first     bool  // the first record has been read
	discarded int64 // bad records skipped
}

// read returns the next record and the line it starts on; io.EOF at the end.
func (u *uploader) read() ([]string, int, error) {
	rec, line, err := u.rr.Read()
	if err != nil {
		return nil, line, err
	}
	if !u.first && len(rec) > 0 {
		// A spreadsheet's byte order mark is not part of the first field.
		rec[0] = strings.TrimPrefix(rec[0], "\ufeff")
	}
	u.first = true
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

// rowsWith is the RowSource of the upload: the rows, each followed by the
// static partition values.
func (u *uploader) rowsWith(static []eval.Value) eval.RowSource {
	return func(yield func([]eval.Value) error) error {
		row := make([]eval.Value, len(u.cols)+len(static))
		copy(row[len(u.cols):], static)
		return u.rows(func(vals []eval.Value) error {
			copy(row, vals)
			return yield(row)
		})
	}
}

// rows parses every record, skipping bad ones when DiscardBad allows.
func (u *uploader) rows(yield func([]eval.Value) error) error {
	row := make([]eval.Value, len(u.cols))
	var n int64
	for {
		err := u.next(row)
		if err == io.EOF {
			return nil
		}
		var le *LineError
		if errors.As(err, &le) && u.opts.DiscardBad {
			if u.discarded++; u.discarded > u.opts.MaxBad {
				return fmt.Errorf("more than %d bad records (-mbr %d); the last: %w", u.opts.MaxBad, u.opts.MaxBad, err)
			}
			if u.opts.OnDiscard != nil {
				u.opts.OnDiscard(err)
			}
			continue
		}
		if err != nil {
			return err
		}
		if err := yield(row); err != nil {
			return err
		}
		if n++; u.opts.Progress != nil && n%ProgressInterval == 0 {
			u.opts.Progress(n)
		}
	}
}

// next parses the next record into row.
func (u *uploader) next(row []eval.Value) error {
	rec, line, err := u.read()
	if err != nil {
		return err
	}
	if len(rec) != len(u.cols) {
		if !u.opts.Lenient {
			return &LineError{Line: line, Err: fmt.Errorf("%d fields, but table %s has %d columns", len(rec), u.table, len(u.cols))}
		}
		rec = fitRecord(rec, len(u.cols), u.opts.Null)
	}
	for i, f := range rec {
		if row[i], err = u.parsers[i](f); err != nil {
			return &LineError{Line: line, Column: u.cols[i].Name, Err: err}
		}
	}
	return nil
}

// fitRecord cuts or pads a record to n fields; padding is NULL.
func fitRecord(rec []string, n int, null string) []string {
	if len(rec) > n {
		return rec[:n]
	}
	for len(rec) < n {
		rec = append(rec, null)
	}
	return rec
}

// Download writes table's rows to w as CSV, returning the number of rows.
func Download(tx eval.Tx, table string, w io.Writer, opts DownloadOptions) (int64, error) {
	info, err := tx.Table(table)
	if err != nil {
		return 0, err
	}
	all := append(append([]eval.Column(nil), info.Columns...), info.PartitionColumns...)
	written := len(all)
	if opts.NoPartitionColumns {
		written = len(info.Columns)
	}
	pick, err := downloadColumns(all[:written], opts)
	if err != nil {
		return 0, err
	}
	var tw *transform.Writer
	if opts.Charset != nil {
		tw = transform.NewWriter(w, opts.Charset.NewEncoder())
		w = tw
	}
	rw, err := newRecordWriter(w, opts.Format)
	if err != nil {
		return 0, err
	}
	d := &downloader{rw: rw, cols: all, pick: pick, table: info.Name, opts: &opts}
	if err := d.start(); err != nil {
		return 0, err
	}
	if opts.Partitions != nil {
		err = tx.ScanPartitions(table, opts.Partitions, d.write)
	} else {
		err = tx.Scan(table, d.write)
	}
	if err != nil && !errors.Is(err, errLimit) {
		return d.n, err
	}
	if err := rw.Flush(); err != nil {
		return d.n, err
	}
	if tw != nil {
		if err := tw.Close(); err != nil {
			return d.n, fmt.Errorf("download %s: %v", info.Name, err)
		}
	}
	if opts.Progress != nil {
		opts.Progress(d.n)
	}
	return d.n, nil
}

// errLimit stops the scan of a download at its -limit.
var errLimit = errors.New("limit reached")

// downloadColumns returns the positions of the columns written, among
// cols, as -cn or -ci choose them.
func downloadColumns(cols []eval.Column, opts DownloadOptions) ([]int, error) {
	var pick []int
	for _, name := range opts.ColumnNames {
		i := slices.IndexFunc(cols, func(c eval.Column) bool { return strings.EqualFold(c.Name, name) })
		if i < 0 {
			return nil, fmt.Errorf("-cn: there is no column %s among %s", name, columnNameList(cols))
		}
		pick = append(pick, i)
	}
	for _, i := range opts.ColumnIndexes {
		if i >= len(cols) {
			return nil, fmt.Errorf("-ci: there is no column %d; the columns are %s, from 0", i, columnNameList(cols))
		}
		pick = append(pick, i)
	}
	if pick == nil {
		for i := range cols {
			pick = append(pick, i)
		}
	}
	return pick, nil
}

func columnNameList(cols []eval.Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}

// downloader writes rows as records.
type downloader struct {
	rw         recordWriter
	cols       []eval.Column
	pick       []int
	formatters []fieldFormatter
	rec        []string
	table      string
	opts       *DownloadOptions
	n          int64
}

// start prepares the formatters and writes the header.
func (d *downloader) start() error {
	d.rec = make([]string, len(d.pick))
	d.formatters = make([]fieldFormatter, len(d.pick))
	for j, i := range d.pick {
		d.formatters[j] = formatterFor(d.cols[i].Type, d.opts.Format)
		d.rec[j] = d.cols[i].Name
	}
	if d.opts.Header {
		return d.rw.Write(d.rec)
	}
	return nil
}

func (d *downloader) write(row []eval.Value) error {
	if d.opts.Limit > 0 && d.n >= d.opts.Limit {
		return errLimit
	}
	for j, i := range d.pick {
		var err error
		if d.rec[j], err = d.formatters[j](row[i]); err != nil {
			return fmt.Errorf("download %s, row %d, column %s: %v", d.table, d.n+1, d.cols[i].Name, err)
		}
	}
	if err := d.rw.Write(d.rec); err != nil {
		return fmt.Errorf("download %s, row %d: %v", d.table, d.n+1, err)
	}
	if d.n++; d.opts.Progress != nil && d.n%ProgressInterval == 0 {
		d.opts.Progress(d.n)
	}
	return nil
}
