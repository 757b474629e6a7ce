package eval

import (
	"io"
	"testing"
)

// beginRecorder tells which kind of transaction the session begins.
type beginRecorder struct {
	*MemoryWarehouse
	reads, writes int
}

func (b *beginRecorder) Begin() (Tx, error) {
	b.writes++
	return b.MemoryWarehouse.Begin()
}

func (b *beginRecorder) BeginRead() (Tx, error) {
	b.reads++
	return b.MemoryWarehouse.Begin()
}

// nopTunnel moves no rows.
type nopTunnel struct{}

func (nopTunnel) Upload(Tx, *TunnelRequest) (int64, error)   { return 0, nil }
func (nopTunnel) Download(Tx, *TunnelRequest) (int64, error) { return 0, nil }

// TestReadOnlyScriptsBeginRead: a script that cannot change a table
// begins with BeginRead, so that it does not wait for another process's
// writing script; any script that may change one takes the write lock
// with Begin from its start, as before.
func TestReadOnlyScriptsBeginRead(t *testing.T) {
	wh := &beginRecorder{MemoryWarehouse: NewMemoryWarehouse()}
	s := NewSession(Config{Warehouse: wh, Tunnel: nopTunnel{}, Stdout: io.Discard, Stderr: io.Discard})
	if err := s.Run("create table t (a bigint) partitioned by (p string); insert into t partition (p = 'x') values (1);"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		script string
		read   bool
	}{
		{"select * from t;", true},
		{"@v := select a from t; select * from @v;", true},
		{"show tables; desc t; show partitions t;", true},
		{"if (true) begin select * from t; end else begin select a from t; end", true},
		{"tunnel download t /nonexistent/t.csv;", true},
		{"select * from t; insert into t partition (p = 'y') values (2);", false},
		{"if (false) begin drop table t; end select * from t;", false},
		{"if (true) begin select * from t; end else begin truncate table t; end", false},
		{"alter table t add if not exists partition (p = 'z');", false},
		{"tunnel upload /nonexistent/t.csv t;", false},
		{"create table if not exists t (a bigint);", false},
	}
	for _, tc := range tests {
		wh.reads, wh.writes = 0, 0
		if err := s.Run(tc.script); err != nil {
			t.Fatalf("%s: %v", tc.script, err)
		}
		// The compile-only check before the run always reads.
		if got := wh.reads == 2 && wh.writes == 0; got != tc.read || wh.reads+wh.writes != 2 || wh.reads < 1 {
			t.Errorf("%s: %d BeginRead, %d Begin; want the check's read and a read transaction: %v", tc.script, wh.reads, wh.writes, tc.read)
		}
	}
}
