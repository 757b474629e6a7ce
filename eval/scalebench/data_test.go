package scalebench

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
)

// The data set: t(k BIGINT, v BIGINT, s STRING) with factRows rows and
// groups distinct keys, each key on factRows/groups rows spread over the
// table; d(k BIGINT, name STRING) with one row per key.
const (
	factRows = 1_000_000
	groups   = 100_000
)

// factRow is row i of t. k walks the keys in a scrambled order (7919 is
// prime to groups, so each key appears factRows/groups times), v is a
// multiplicative hash of i, so neither column is sorted.
func factRow(i int, names []string) (k, v int64, s string) {
	k = int64(i) * 7919 % groups
	v = int64(uint32(uint64(i)*2654435761) % 1_000_003)
	return k, v, names[i%len(names)]
}

func shortNames() []string {
	names := make([]string, 1000)
	for i := range names {
		names[i] = "s" + strconv.Itoa(i)
	}
	return names
}

// dataSet is the generated data, once per benchmark process: the warehouse
// file for mcsql and the CSV files for sqlite3's .import.
type dataSet struct {
	dir       string
	warehouse string // warehouse database file
	factCSV   string
	dimCSV    string
}

var (
	dataOnce sync.Once
	data     dataSet
	dataErr  error
)

// scaleData builds the data set on first use; generating a million rows
// takes seconds, so every benchmark of the process shares it. The files
// live in a temporary directory that TestMain removes at exit.
func scaleData(b *testing.B) dataSet {
	b.Helper()
	dataOnce.Do(func() { data, dataErr = buildData() })
	if dataErr != nil {
		b.Fatal(dataErr)
	}
	return data
}

func buildData() (dataSet, error) {
	dir, err := os.MkdirTemp("", "mcsql-scalebench-")
	if err != nil {
		return dataSet{}, err
	}
	tempDirs = append(tempDirs, dir)
	ds := dataSet{dir: dir, warehouse: filepath.Join(dir, "default.db"),
		factCSV: filepath.Join(dir, "t.csv"), dimCSV: filepath.Join(dir, "d.csv")}
	if err := loadWarehouse(ds.warehouse); err != nil {
		return dataSet{}, fmt.Errorf("loading the warehouse: %v", err)
	}
	if err := writeCSVs(ds); err != nil {
		return dataSet{}, fmt.Errorf("writing the CSV files: %v", err)
	}
	return ds, nil
}

// tempDirs are removed by TestMain when the benchmarks are done.
var tempDirs []string

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// loadWarehouse writes t and d into a new warehouse file through the
// warehouse's own Insert, as INSERT ... SELECT would.
func loadWarehouse(path string) error {
	w, err := warehouse.Open(path)
	if err != nil {
		return err
	}
	defer w.Close()
	tx, err := w.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	fact := eval.TableInfo{Name: "t", Columns: []eval.Column{
		{Name: "k", Type: eval.BigintType}, {Name: "v", Type: eval.BigintType}, {Name: "s", Type: eval.StringType}}}
	dim := eval.TableInfo{Name: "d", Columns: []eval.Column{
		{Name: "k", Type: eval.BigintType}, {Name: "name", Type: eval.StringType}}}
	for _, info := range []eval.TableInfo{fact, dim} {
		if err := tx.CreateTable(info, false); err != nil {
			return err
		}
	}
	names := shortNames()
	factSrc := func(yield func([]eval.Value) error) error {
		row := make([]eval.Value, 3)
		for i := range factRows {
			k, v, s := factRow(i, names)
			row[0], row[1], row[2] = k, v, s
			if err := yield(row); err != nil {
				return err
			}
		}
		return nil
	}
	dimSrc := func(yield func([]eval.Value) error) error {
		row := make([]eval.Value, 2)
		for k := range groups {
			row[0], row[1] = int64(k), "name"+strconv.Itoa(k)
			if err := yield(row); err != nil {
				return err
			}
		}
		return nil
	}
	if _, err := tx.Insert("t", false, nil, factSrc); err != nil {
		return err
	}
	if _, err := tx.Insert("d", false, nil, dimSrc); err != nil {
		return err
	}
	return tx.Commit()
}

// writeCSVs writes the same rows as CSV for sqlite3's .import.
func writeCSVs(ds dataSet) error {
	names := shortNames()
	err := writeFile(ds.factCSV, func(w *bufio.Writer) {
		for i := range factRows {
			k, v, s := factRow(i, names)
			fmt.Fprintf(w, "%d,%d,%s\n", k, v, s)
		}
	})
	if err != nil {
		return err
	}
	return writeFile(ds.dimCSV, func(w *bufio.Writer) {
		for k := range groups {
			fmt.Fprintf(w, "%d,name%d\n", k, k)
		}
	})
}

func writeFile(path string, fill func(*bufio.Writer)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fill(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
