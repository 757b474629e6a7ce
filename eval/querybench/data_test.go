//go:build unix

package querybench

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
	"github.com/mcsql/mcsql/eval/warehouse"
)

// schemaVersion names the layout of the generated data; change it with
// the tables or the row generator so that stale caches are not used.
const schemaVersion = "v1"

// defaultRows is the table size.
const defaultRows = 1_000_000

// The tables:
//
//	users(id BIGINT, name STRING, tel STRING, gender STRING,
//	      id_card_no STRING, city_id BIGINT, region_id BIGINT)
//	regions(region_id BIGINT, region_name STRING)
//
// users has n rows; regions has n/10 (100,000 for the default n), each
// region on 10 users spread over the table; city_id takes 1,000 values.
// tel is distinct on every row and not in id order.
var (
	usersTable = eval.TableInfo{Name: "users", Columns: []eval.Column{
		{Name: "id", Type: eval.BigintType}, {Name: "name", Type: eval.StringType},
		{Name: "tel", Type: eval.StringType}, {Name: "gender", Type: eval.StringType},
		{Name: "id_card_no", Type: eval.StringType}, {Name: "city_id", Type: eval.BigintType},
		{Name: "region_id", Type: eval.BigintType},
	}}
	regionsTable = eval.TableInfo{Name: "regions", Columns: []eval.Column{
		{Name: "region_id", Type: eval.BigintType}, {Name: "region_name", Type: eval.StringType},
	}}
)

// sizes are the row counts of the data set.
type sizes struct{ users, regions, cities int }

func sizesFor(n int) sizes {
	regions := max(1, n/10)
	return sizes{users: n, regions: regions, cities: min(1000, regions)}
}

// benchRows is MCSQL_BENCH_ROWS, or defaultRows.
func benchRows() (int, error) {
	s := os.Getenv("MCSQL_BENCH_ROWS")
	if s == "" {
		return defaultRows, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 10 {
		return 0, fmt.Errorf("MCSQL_BENCH_ROWS=%q: want a row count of at least 10", s)
	}
	return n, nil
}

// epoch is the first birth date of id_card_no.
var epoch = time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC)

// userRow fills row with users row i. The multiplier of h is odd and not
// a multiple of 5, so h mod 10^9 differs for every i below 10^9: tel is
// distinct, and its order is not id's.
func userRow(i int, sz sizes, row []eval.Value) {
	h := uint64(i) * 2654435761
	city := int64(i) * 104729 % int64(sz.cities)
	gender := "M"
	if h>>16&1 == 1 {
		gender = "F"
	}
	birth := epoch.AddDate(0, 0, int(h>>8%20000)).Format("20060102")
	row[0] = int64(i + 1)
	row[1] = fmt.Sprintf("name%05d", h>>24%100000)
	row[2] = fmt.Sprintf("13%09d", h%1_000_000_000)
	row[3] = gender
	row[4] = fmt.Sprintf("%06d%s%03d%d", 110000+city, birth, i%1000, h%10)
	row[5] = city
	row[6] = int64(i) * 7919 % int64(sz.regions)
}

// rowSource yields n rows made by fill.
func rowSource(n, width int, fill func(i int, row []eval.Value)) eval.RowSource {
	return func(yield func([]eval.Value) error) error {
		row := make([]eval.Value, width)
		for i := range n {
			fill(i, row)
			if err := yield(row); err != nil {
				return err
			}
		}
		return nil
	}
}

// load writes the data set into a new warehouse file at path.
func load(path string, sz sizes) error {
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
	for _, info := range []eval.TableInfo{usersTable, regionsTable} {
		if err := tx.CreateTable(info, false); err != nil {
			return err
		}
	}
	users := rowSource(sz.users, len(usersTable.Columns), func(i int, row []eval.Value) { userRow(i, sz, row) })
	regions := rowSource(sz.regions, len(regionsTable.Columns), func(i int, row []eval.Value) {
		row[0], row[1] = int64(i), "region"+strconv.Itoa(i)
	})
	if _, err := tx.Insert("users", false, nil, users); err != nil {
		return err
	}
	if _, err := tx.Insert("regions", false, nil, regions); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	return w.Close()
}

// dataSet is the warehouse file of the benchmarks and its sizes.
type dataSet struct {
	path string
	sz   sizes
}

var (
	dataOnce sync.Once
	data     dataSet
	dataErr  error
)

// benchData returns the cached data set, building it on first use.
func benchData(b *testing.B) dataSet {
	b.Helper()
	dataOnce.Do(func() { data, dataErr = cachedData() })
	if dataErr != nil {
		b.Fatal(dataErr)
	}
	return data
}

// cacheDir is MCSQL_BENCH_CACHE, or mcsql-bench in the user's cache
// directory: the data outlives the run, as Go's build cache does, so that
// only the first run spends the time to load it.
func cacheDir() (string, error) {
	if d := os.Getenv("MCSQL_BENCH_CACHE"); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory for the benchmark data (set MCSQL_BENCH_CACHE): %v", err)
	}
	return filepath.Join(d, "mcsql-bench"), nil
}

// cachedData returns the data set in the cache, generating it when it is
// missing. A lock file keeps two benchmark processes from building it at
// once; the file is built under another name and renamed into place
// complete, so an interrupted build leaves no half-loaded warehouse.
func cachedData() (dataSet, error) {
	n, err := benchRows()
	if err != nil {
		return dataSet{}, err
	}
	root, err := cacheDir()
	if err != nil {
		return dataSet{}, err
	}
	dir := filepath.Join(root, fmt.Sprintf("%s-%d", schemaVersion, n))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return dataSet{}, err
	}
	ds := dataSet{path: filepath.Join(dir, "default.db"), sz: sizesFor(n)}
	unlock, err := lockFile(filepath.Join(dir, "lock"))
	if err != nil {
		return dataSet{}, err
	}
	defer unlock()
	if _, err := os.Stat(ds.path); err == nil {
		return ds, nil
	}
	tmp := filepath.Join(dir, "building.db")
	for _, f := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		os.Remove(f)
	}
	if err := load(tmp, ds.sz); err != nil {
		return dataSet{}, fmt.Errorf("loading the benchmark data into %s: %v", tmp, err)
	}
	return ds, os.Rename(tmp, ds.path)
}

// lockFile takes an exclusive lock on path, waiting for it.
func lockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}
