package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
	"github.com/mcsql/mcsql/kms/atomicfile"
)

// memoryWarehouse is the --warehouse value of a throwaway in-memory warehouse.
const memoryWarehouse = ":memory:"

var projectNameRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,127}$`)

// warehousePath is where the project's tables live: --warehouse (or
// MCSQL_WAREHOUSE), else $MCSQL_HOME/warehouse/<project>.db.
func warehousePath(flagValue, project, home string, getenv func(string) string) string {
	if flagValue == "" {
		flagValue = getenv("MCSQL_WAREHOUSE")
	}
	if flagValue != "" {
		return flagValue
	}
	return filepath.Join(home, "warehouse", project+".db")
}

// fileTunnel is `tunnel upload|download` over local CSV files, with a
// progress line on stderr when stderr is a terminal.
type fileTunnel struct {
	stderr   io.Writer
	progress bool
}

var _ eval.Tunnel = (*fileTunnel)(nil)

func (ft *fileTunnel) Upload(tx eval.Tx, req *eval.TunnelRequest) (int64, error) {
	format, err := tunnelFormat(req)
	if err != nil {
		return 0, err
	}
	o := req.Options
	opts := warehouse.UploadOptions{
		Format: format, Header: o.Header, Overwrite: o.Overwrite, Partition: req.Partition,
		DiscardBad: o.DiscardBadRecords, MaxBad: o.MaxBadRecords, ScanOnly: o.Scan == "only",
		Lenient: !o.StrictSchema, Progress: ft.reporter("uploaded"),
		OnDiscard: func(err error) { req.Notes("discarded bad record: " + err.Error()) },
	}
	f, err := os.Open(req.File)
	if err != nil {
		return 0, fmt.Errorf("cannot read %s: %w", req.File, err)
	}
	defer f.Close()
	return warehouse.Upload(tx, req.Table, f, opts)
}

// tunnelFormat is the file format the options describe.
func tunnelFormat(req *eval.TunnelRequest) (warehouse.Format, error) {
	o := req.Options
	enc, err := warehouse.LookupCharset(o.Charset)
	if err != nil {
		return warehouse.Format{}, err
	}
	f := warehouse.Format{
		FieldDelim: o.FieldDelim, RecordDelim: o.RecordDelim, NoQuotes: !o.Quote, Null: o.Null, Charset: enc,
		Datetime: warehouse.DatetimeFormat{Layout: o.DatetimeLayout, File: o.TimeZone, Stored: req.Location},
	}
	if o.Binary == "base64" {
		f.Binary = warehouse.BinaryBase64
	}
	return f, nil
}

// Download writes the table to file. A regular file (or a new one) is
// replaced atomically: the rows go to a locked temporary file beside it,
// renamed over it only when the whole table is written, so a failure
// leaves no half-written file. A symbolic link is followed: the file it
// points to is replaced, in its own directory, and the link stays. A
// character device or a FIFO (/dev/stdout, a pipe) is written in place;
// any other kind of file is refused. Temporary files a killed download
// left beside the target are removed first.
func (ft *fileTunnel) Download(tx eval.Tx, req *eval.TunnelRequest) (int64, error) {
	format, err := tunnelFormat(req)
	if err != nil {
		return 0, err
	}
	o := req.Options
	opts := warehouse.DownloadOptions{
		Format: format, Header: o.Header, Partitions: req.Partitions, NoPartitionColumns: !req.PartitionColumns,
		ColumnNames: o.ColumnNames, ColumnIndexes: o.ColumnIndexes, Limit: o.Limit,
		Progress: ft.reporter("downloaded"),
	}
	table, file := req.Table, req.File
	target, err := atomicfile.Resolve(file)
	if err != nil {
		return 0, fmt.Errorf("cannot write %s: %w", file, err)
	}
	info, statErr := os.Stat(target)
	if statErr == nil {
		direct, err := atomicfile.Direct(info)
		if err != nil {
			return 0, fmt.Errorf("cannot write %s: %w", file, err)
		}
		if direct {
			return downloadDirect(tx, table, file, opts)
		}
	}
	// The rows of an interrupted download are plaintext: do not leave
	// them lying about. Failing to look is no reason to fail this one.
	_, _ = atomicfile.Sweep(target)
	tmp, err := atomicfile.Create(target, 0o666)
	if err != nil {
		return 0, fmt.Errorf("cannot write %s: %w", file, err)
	}
	if statErr == nil {
		// Replacing the file keeps who may read it.
		if err := tmp.Chmod(info.Mode().Perm()); err != nil {
			tmp.Abort()
			return 0, fmt.Errorf("cannot write %s: %w", file, err)
		}
	}
	n, err := warehouse.Download(tx, table, tmp.File, opts)
	if err != nil {
		tmp.Abort()
		return n, err
	}
	if err := tmp.Commit(); err != nil {
		return n, fmt.Errorf("cannot write %s: %w", file, err)
	}
	return n, nil
}

// downloadDirect writes the table into a device or FIFO as it is read: it
// cannot be replaced, and a reader on the other end wants the rows.
func downloadDirect(tx eval.Tx, table, file string, opts warehouse.DownloadOptions) (int64, error) {
	f, err := os.OpenFile(file, os.O_WRONLY, 0)
	if err != nil {
		return 0, fmt.Errorf("cannot write %s: %w", file, err)
	}
	n, err := warehouse.Download(tx, table, f, opts)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("cannot write %s: %w", file, cerr)
	}
	return n, err
}

// reporter returns a Progress callback drawing "\r<verb> N rows" on a
// terminal, or nil.
func (ft *fileTunnel) reporter(verb string) func(int64) {
	if !ft.progress {
		return nil
	}
	return func(n int64) { fmt.Fprintf(ft.stderr, "\r%s %d rows", verb, n) }
}

// warehouseCompletion offers table and column names to the REPL's Tab
// completion. It never creates the warehouse: before the first table
// exists there is nothing to complete.
type warehouseCompletion struct{ wh *lazyWarehouse }

func (c warehouseCompletion) Tables() []string {
	var names []string
	c.read(func(tx eval.Tx) {
		names, _ = tx.ListTables()
	})
	return names
}

func (c warehouseCompletion) Columns(table string) []string {
	var names []string
	c.read(func(tx eval.Tx) {
		info, err := tx.Table(strings.ToLower(table))
		if err != nil || info == nil {
			return
		}
		for _, col := range append(info.Columns, info.PartitionColumns...) {
			names = append(names, col.Name)
		}
	})
	return names
}

// read runs fn in a transaction that is rolled back, if the warehouse exists.
func (c warehouseCompletion) read(fn func(eval.Tx)) {
	if !c.wh.exists(c.wh.key()) {
		return
	}
	tx, err := c.wh.BeginRead()
	if err != nil {
		return
	}
	defer tx.Rollback()
	fn(tx)
}
