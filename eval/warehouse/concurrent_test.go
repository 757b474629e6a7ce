package warehouse

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/mcsql/mcsql/eval"
)

func TestSecondWriterWaits(t *testing.T) {
	w1, path := openFile(t)
	w2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	tx1 := begin(t, w1)
	mustCreate(t, tx1, simpleTable("t"))
	mustInsert(t, tx1, "t", false, numbered(3))
	got := make(chan eval.Tx, 1)
	go func() {
		tx2, err := w2.Begin()
		if err != nil {
			t.Errorf("second Begin: %v", err)
		}
		got <- tx2
	}()
	select {
	case <-got:
		t.Fatal("the second Begin did not wait for the first transaction")
	case <-time.After(200 * time.Millisecond):
	}
	if err := tx1.Commit(); err != nil {
		t.Fatal(err)
	}
	tx2 := <-got
	if tx2 == nil {
		t.FailNow()
	}
	defer tx2.Rollback()
	if rows := scanAll(t, tx2, "t"); !sameRows(rows, numbered(3)) {
		t.Fatalf("second transaction sees %v", rows)
	}
}

func TestLockedError(t *testing.T) {
	tests := []struct {
		name string
		open func(t *testing.T) (first, second *Warehouse, shown string)
	}{
		{"file", func(t *testing.T) (*Warehouse, *Warehouse, string) {
			w1, path := openFile(t)
			w2, err := Open(path, WithBusyTimeout(100*time.Millisecond))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { w2.Close() })
			return w1, w2, path
		}},
		{"memory", func(t *testing.T) (*Warehouse, *Warehouse, string) {
			w := openMemory(t, WithBusyTimeout(100*time.Millisecond))
			return w, w, "(in memory)"
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first, second, shown := tc.open(t)
			tx1 := begin(t, first)
			start := time.Now()
			_, err := second.Begin()
			want := "the warehouse " + shown + " is locked by another mcsql process; try again"
			if errorText(err) != want {
				t.Fatalf("error = %v\nwant    %s", err, want)
			}
			if waited := time.Since(start); waited < 100*time.Millisecond {
				t.Fatalf("gave up after %v, before the busy timeout", waited)
			}
			if err := tx1.Rollback(); err != nil {
				t.Fatal(err)
			}
			tx2, err := second.Begin()
			if err != nil {
				t.Fatalf("Begin after the lock was released: %v", err)
			}
			tx2.Rollback()
		})
	}
}

func TestConcurrentWritersSerialize(t *testing.T) {
	const workers, perWorker = 4, 15
	w1, path := openFile(t)
	tx := begin(t, w1)
	mustCreate(t, tx, simpleTable("t"))
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	w2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()
	var wg sync.WaitGroup
	for i := range workers {
		w := []*Warehouse{w1, w2}[i%2]
		wg.Go(func() {
			for range perWorker {
				if err := appendNext(w); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	check := begin(t, w1)
	rows := scanAll(t, check, "t")
	ids := make([]int, len(rows))
	for i, r := range rows {
		ids[i] = int(r[0].(int64))
	}
	sort.Ints(ids)
	for i, id := range ids {
		if id != i+1 {
			t.Fatalf("ids %v: a lost or duplicated update", ids)
		}
	}
	if len(ids) != workers*perWorker {
		t.Fatalf("%d rows, want %d", len(ids), workers*perWorker)
	}
}

// appendNext adds the row (count+1) in one transaction: read, then write,
// which only stays consistent if transactions are serialized.
func appendNext(w *Warehouse) error {
	tx, err := w.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int64
	if err := tx.Scan("t", func([]eval.Value) error { n++; return nil }); err != nil {
		return err
	}
	if _, err := tx.Insert("t", false, nil, source([][]eval.Value{{n + 1, "x"}})); err != nil {
		return err
	}
	return tx.Commit()
}

// TestHelperProcess is the other mcsql process of TestTwoProcesses: it
// holds a transaction until its standard input has a line.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv("MCSQL_WAREHOUSE_HELPER")
	if path == "" {
		return
	}
	if err := helperProcess(path); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

func helperProcess(path string) error {
	w, err := Open(path)
	if err != nil {
		return err
	}
	defer w.Close()
	tx, err := w.Begin()
	if err != nil {
		return err
	}
	if _, err := tx.Insert("t", false, nil, source(numbered(4))); err != nil {
		return err
	}
	fmt.Println("holding")
	if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
		return err
	}
	return tx.Commit()
}

func TestTwoProcesses(t *testing.T) {
	w, path := openFile(t, WithBusyTimeout(200*time.Millisecond))
	tx := begin(t, w)
	mustCreate(t, tx, simpleTable("t"))
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "MCSQL_WAREHOUSE_HELPER="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "holding\n" {
		t.Fatalf("helper said %q, %v", line, err)
	}
	_, err = w.Begin()
	if want := "the warehouse " + path + " is locked by another mcsql process; try again"; errorText(err) != want {
		t.Fatalf("Begin while the other process holds the lock: %v", err)
	}
	// A script that only reads does not wait for the writer: with a busy
	// timeout of 0, any wait would be an immediate "locked" error. It
	// reads the state the last commit left.
	reader, err := Open(path, WithBusyTimeout(0))
	if err != nil {
		t.Fatalf("Open while the other process holds the lock: %v", err)
	}
	defer reader.Close()
	rtx, err := reader.BeginRead()
	if err != nil {
		t.Fatalf("BeginRead while the other process holds the lock: %v", err)
	}
	if rows := scanAll(t, rtx, "t"); len(rows) != 0 {
		t.Fatalf("a reader sees the other process's uncommitted rows: %v", rows)
	}
	rtx.Rollback()
	fmt.Fprintln(stdin, "commit")
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper: %v", err)
	}
	tx2 := begin(t, w)
	if rows := scanAll(t, tx2, "t"); !sameRows(rows, numbered(4)) {
		t.Fatalf("rows after the other process committed: %v", rows)
	}
}

// TestReadTransactionThatWrites: a BeginRead transaction reads without
// the lock; a change through it takes the lock if nothing was committed
// since its first read, and otherwise fails saying so, rather than write
// over a state it did not read.
func TestReadTransactionThatWrites(t *testing.T) {
	w1, path := openFile(t)
	tx := begin(t, w1)
	mustCreate(t, tx, simpleTable("t"))
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	w2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w2.Close()

	quiet, err := w2.BeginRead()
	if err != nil {
		t.Fatal(err)
	}
	scanAll(t, quiet, "t")
	mustInsert(t, quiet, "t", false, numbered(1))
	if err := quiet.Commit(); err != nil {
		t.Fatal(err)
	}

	stale, err := w2.BeginRead()
	if err != nil {
		t.Fatal(err)
	}
	defer stale.Rollback()
	if rows := scanAll(t, stale, "t"); len(rows) != 1 {
		t.Fatalf("read %d rows, want 1", len(rows))
	}
	other := begin(t, w1)
	mustInsert(t, other, "t", false, numbered(2))
	if err := other.Commit(); err != nil {
		t.Fatal(err)
	}
	_, err = stale.Insert("t", false, nil, source(numbered(1)))
	want := "the warehouse " + path + " was changed by another mcsql process while this script read it, so the script's changes cannot be made; run it again"
	if errorText(err) != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
}
