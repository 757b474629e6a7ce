package scalebench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	sqliteOnce sync.Once
	sqliteDB   string
	sqliteErr  error
	sqliteSkip string
)

// benchSqlite3 times `sqlite3 db < query` on a database holding the same
// rows, loaded once per process with .import from the data set's CSV files,
// with SQLite's default settings (2 MB page cache, sorts that spill to
// temporary files). Its peak-heap-MB is SQLite's own allocator high-water
// mark, the counterpart of mcsql's Go heap objects.
func benchSqlite3(b *testing.B, query string) {
	ds := scaleData(b)
	sqliteOnce.Do(func() { sqliteDB, sqliteSkip, sqliteErr = loadSqlite(ds) })
	if sqliteSkip != "" {
		b.Skip(sqliteSkip)
	}
	if sqliteErr != nil {
		b.Fatal(sqliteErr)
	}
	// The rows go to the null device; .stats then prints SQLite's memory
	// high-water mark ("Memory Used: cur (max peak) bytes").
	script := ".output /dev/null\n" + query + "\n.output\n.stats\n"
	var peak int64
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		cmd := exec.Command("sqlite3", sqliteDB)
		cmd.Stdin = strings.NewReader(script)
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			b.Fatalf("sqlite3: %v: %s", err, stderr.String())
		}
		m := memoryUsed.FindStringSubmatch(stdout.String())
		if m == nil {
			b.Fatalf("sqlite3 .stats printed no memory high-water mark:\n%s", stdout.String())
		}
		n, _ := strconv.ParseInt(m[1], 10, 64)
		peak = max(peak, n)
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	reportPerRow(b, cpu)
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

var memoryUsed = regexp.MustCompile(`Memory Used:\s+\d+ \(max (\d+)\) bytes`)

// loadSqlite installs the sqlite3 shell if it is missing and it can
// (root and apt-get), then loads t and d into a new database. skip says
// why the comparison cannot run.
func loadSqlite(ds dataSet) (db, skip string, err error) {
	if skip := ensureSqlite3(); skip != "" {
		return "", skip, nil
	}
	db = filepath.Join(ds.dir, "sqlite.db")
	script := fmt.Sprintf(`create table t(k integer, v integer, s text);
create table d(k integer, name text);
.mode csv
.import %s t
.import %s d
`, ds.factCSV, ds.dimCSV)
	cmd := exec.Command("sqlite3", db)
	cmd.Stdin = strings.NewReader(script)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", "", fmt.Errorf("loading the sqlite3 database: %v: %s", err, out)
	}
	return db, "", nil
}

func ensureSqlite3() (skip string) {
	if _, err := exec.LookPath("sqlite3"); err == nil {
		return ""
	}
	if _, err := exec.LookPath("apt-get"); err != nil || os.Geteuid() != 0 {
		return "sqlite3 comparison skipped: the sqlite3 shell is not installed, and installing it needs root and apt-get (apt-get install -y sqlite3)"
	}
	install := exec.Command("apt-get", "install", "-y", "sqlite3")
	if _, err := install.CombinedOutput(); err != nil {
		// The package lists may be missing on a fresh machine.
		if out, err := exec.Command("apt-get", "update").CombinedOutput(); err != nil {
			return fmt.Sprintf("sqlite3 comparison skipped: apt-get update failed: %v: %s", err, out)
		}
		if out, err := exec.Command("apt-get", "install", "-y", "sqlite3").CombinedOutput(); err != nil {
			return fmt.Sprintf("sqlite3 comparison skipped: apt-get install -y sqlite3 failed: %v: %s", err, out)
		}
	}
	if _, err := exec.LookPath("sqlite3"); err != nil {
		return "sqlite3 comparison skipped: apt-get installed sqlite3 but it is not on PATH"
	}
	return ""
}
