//go:build unix

package querybench

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the catalog is read with the warehouse's driver
)

var (
	shellOnce sync.Once
	shellSkip string
)

// sqlite3Skip returns why the sqlite3 shell cannot be used, or "". It
// installs the shell with apt-get when it is missing and that can work
// (running as root, apt-get on PATH).
func sqlite3Skip() string {
	shellOnce.Do(func() { shellSkip = ensureSqlite3() })
	return shellSkip
}

const installHint = "install the sqlite3 shell (Debian/Ubuntu: apt-get install -y sqlite3; macOS: it is preinstalled; elsewhere https://sqlite.org/download.html) and put it on PATH"

func ensureSqlite3() string {
	if _, err := exec.LookPath("sqlite3"); err == nil {
		return ""
	}
	if _, err := exec.LookPath("apt-get"); err != nil || os.Geteuid() != 0 {
		return "sqlite3 comparison skipped: the sqlite3 shell is not on PATH and installing it needs root and apt-get; " + installHint
	}
	if _, err := exec.Command("apt-get", "install", "-y", "sqlite3").CombinedOutput(); err != nil {
		// A fresh machine may have no package lists yet.
		if out, err := exec.Command("apt-get", "update").CombinedOutput(); err != nil {
			return fmt.Sprintf("sqlite3 comparison skipped: apt-get update failed: %v: %s; %s", err, out, installHint)
		}
		if out, err := exec.Command("apt-get", "install", "-y", "sqlite3").CombinedOutput(); err != nil {
			return fmt.Sprintf("sqlite3 comparison skipped: apt-get install -y sqlite3 failed: %v: %s; %s", err, out, installHint)
		}
	}
	if _, err := exec.LookPath("sqlite3"); err != nil {
		return "sqlite3 comparison skipped: apt-get installed sqlite3 but it is not on PATH; " + installHint
	}
	return ""
}

// runSqlite3 runs script in the sqlite3 shell on db and returns what it
// printed and the wall and CPU time of the whole process.
func runSqlite3(db, script string) (string, run, error) {
	cmd := exec.Command("sqlite3", "-batch", "-bail", db)
	cmd.Stdin = strings.NewReader(script)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil || stderr.Len() > 0 {
		return "", run{}, fmt.Errorf("sqlite3 %s: %v: %s", db, err, stderr.String())
	}
	return stdout.String(), run{wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}, nil
}

// timeSqlite3 runs query n times in one sqlite3 process, printing to
// /dev/null, and returns the wall time and the CPU time (user and system)
// per query. Starting the process and opening the database (a few
// milliseconds) are not subtracted: they count once against n queries.
func timeSqlite3(db, query string, n int) (wall, cpu time.Duration, err error) {
	var script strings.Builder
	script.WriteString(".output /dev/null\n")
	for range n {
		script.WriteString(query + "\n")
	}
	_, run, err := runSqlite3(db, script.String())
	return run.wall / time.Duration(n), run.cpu / time.Duration(n), err
}

// run is the wall and CPU time of a process.
type run struct{ wall, cpu time.Duration }

// storageNames maps {table} to the row table holding table's rows and
// {table.column} to the SQLite column holding column, read from the
// warehouse's catalog: the sqlite3 queries name the same tables mcsql
// reads, with no copy or view between.
func storageNames(db string) (*strings.Replacer, error) {
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	rows, err := conn.Query(`SELECT name, storage, columns FROM mcsql_tables`)
	if err != nil {
		return nil, fmt.Errorf("reading the catalog of %s: %v", db, err)
	}
	defer rows.Close()
	var pairs []string
	for rows.Next() {
		var name, storage, columns string
		if err := rows.Scan(&name, &storage, &columns); err != nil {
			return nil, err
		}
		var cols []struct{ Name string }
		if err := json.Unmarshal([]byte(columns), &cols); err != nil {
			return nil, fmt.Errorf("catalog entry of %s: %v", name, err)
		}
		pairs = append(pairs, "{"+name+"}", storage)
		for i, c := range cols {
			pairs = append(pairs, "{"+name+"."+c.Name+"}", fmt.Sprintf("c%d", i))
		}
	}
	return strings.NewReplacer(pairs...), rows.Err()
}

// expand writes query's {table} and {table.column} as the row tables'
// names; a brace left over is a name the catalog does not have.
func expand(r *strings.Replacer, query string) (string, error) {
	out := r.Replace(query)
	if strings.ContainsAny(out, "{}") {
		return "", fmt.Errorf("sqlite3 query %q names a table or column the warehouse does not have: %s", query, out)
	}
	return out, nil
}
