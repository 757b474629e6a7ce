package odps

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

func fiftyThousand(f *fakeMC) {
	f.names = []string{"id", "name", "score", "ok", "at"}
	f.types = []string{"bigint", "string", "double", "boolean", "datetime"}
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	f.rows = make([][]any, 50000)
	for i := range f.rows {
		var name any = fmt.Sprintf("n%d", i)
		if i%7 == 0 {
			name = nil
		}
		f.rows[i] = []any{int64(i), name, float64(i) / 4, i%2 == 0, t0.Add(time.Duration(i) * time.Second)}
	}
}

// collect downloads and checks every row arrives once, in order, intact.
func collect(t *testing.T, c *Client, f *fakeMC) {
	t.Helper()
	var n int
	err := c.Download(context.Background(), testInst, func(cols []Column, row []any) error {
		if len(cols) != 5 || cols[0] != (Column{"id", "bigint"}) || cols[4] != (Column{"at", "datetime"}) {
			return fmt.Errorf("cols = %v", cols)
		}
		want := f.rows[n]
		if row[0] != want[0] || row[1] != want[1] || row[2] != want[2] || row[3] != want[3] || !row[4].(time.Time).Equal(want[4].(time.Time)) {
			return fmt.Errorf("row %d = %v, want %v", n, row, want)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(f.rows) {
		t.Fatalf("%d rows, want %d", n, len(f.rows))
	}
}

func TestDownload50000Rows(t *testing.T) {
	f := newFake(t)
	fiftyThousand(f)
	c, _ := newTestClient(t, f, nil)
	collect(t, c, f)
	data := f.requests("data")
	if len(data) != 1 || !strings.Contains(data[0].url, "rowrange=%280%2C50000%29") || !strings.Contains(data[0].url, "downloadid=DL-1") {
		t.Errorf("data requests = %v", data)
	}
	for _, act := range []string{"tunnel", "downloads", "data"} {
		r := f.requests(act)[0]
		if act != "tunnel" && r.header.Get("x-odps-tunnel-version") != "5" {
			t.Errorf("%s: no x-odps-tunnel-version", act)
		}
	}
}

func TestDownloadResumesAfterBrokenStream(t *testing.T) {
	f := newFake(t)
	fiftyThousand(f)
	f.cutAfter[1] = 100000 // the first stream breaks mid-record
	f.cutAfter[2] = 3      // the second breaks before a whole record: no progress
	f.on("downloads", status(503, "ServiceUnavailable", ""))
	c, sl := newTestClient(t, f, nil)
	collect(t, c, f)
	data := f.requests("data")
	if len(data) != 3 || strings.Contains(data[1].url, "rowrange=%280%2C") || len(sl.all()) != 3 {
		t.Errorf("%d data requests (%v), waits %v", len(data), data, sl.all())
	}
}

func TestDownloadErrors(t *testing.T) {
	f := newFake(t)
	fiftyThousand(f)
	for i := 1; i <= 5; i++ {
		f.cutAfter[i] = 2
	}
	c, _ := newTestClient(t, f, func(cfg *Config) { cfg.Retry.MaxAttempts = 3 })
	err := c.Download(context.Background(), testInst, func([]Column, []any) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "download it again") {
		t.Errorf("err = %v", err)
	}
	// The callback's error comes back unchanged and stops the download.
	f = newFake(t)
	fiftyThousand(f)
	c, _ = newTestClient(t, f, nil)
	stop := errors.New("stop here")
	calls := 0
	err = c.Download(context.Background(), testInst, func([]Column, []any) error { calls++; return stop })
	if err != stop || calls != 1 {
		t.Errorf("err = %v after %d calls", err, calls)
	}
	// An unknown column type is refused before any data is read.
	f = newFake(t)
	f.names, f.types, f.rows = []string{"x"}, []string{"interval_day_time"}, [][]any{{nil}}
	c, _ = newTestClient(t, f, nil)
	err = c.Download(context.Background(), testInst, func([]Column, []any) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "interval_day_time") || len(f.requests("data")) != 0 {
		t.Errorf("err = %v", err)
	}
	// A 404 on the session is final.
	f = newFake(t)
	f.on("downloads", status(404, "NoSuchObject", ""))
	c, _ = newTestClient(t, f, nil)
	asError(t, c.Download(context.Background(), testInst, func([]Column, []any) error { return nil }))
}

func TestDownloadEmptyResult(t *testing.T) {
	f := newFake(t)
	f.names, f.types = []string{"a", "b"}, []string{"bigint", "string"}
	c, _ := newTestClient(t, f, nil)
	var got [][]Column
	err := c.Download(context.Background(), testInst, func(cols []Column, row []any) error {
		if row != nil {
			t.Errorf("row %v", row)
		}
		got = append(got, cols)
		return nil
	})
	if err != nil || len(got) != 1 || len(got[0]) != 2 || len(f.requests("data")) != 0 {
		t.Errorf("err %v, calls %v", err, got)
	}
}

func TestTunnelEndpointHostOnly(t *testing.T) {
	f := newFake(t)
	fiftyThousand(f)
	f.rows = f.rows[:10]
	// Real MaxCompute names a host; the client adds the endpoint's scheme.
	f.on("tunnel", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, strings.TrimPrefix(f.srv.URL, "http://")) })
	c, _ := newTestClient(t, f, nil)
	collect(t, c, f)
	collect(t, c, f) // the endpoint is asked once
	if n := len(f.requests("tunnel")); n != 1 {
		t.Errorf("%d tunnel?service requests", n)
	}
}

func TestDownloadStallResumed(t *testing.T) {
	f := newFake(t)
	fiftyThousand(f)
	f.rows = f.rows[:5000] // small enough to encode quickly under -race
	f.stallAt[1] = 20000
	c, sl := newTestClient(t, f, func(cfg *Config) { cfg.StallTimeout = 500 * time.Millisecond })
	collect(t, c, f)
	if n := len(f.requests("data")); n != 2 || len(sl.all()) != 1 {
		t.Errorf("%d data requests, waits %v", n, sl.all())
	}
	// Stalling every time: the error says so.
	f = newFake(t)
	fiftyThousand(f)
	f.rows = f.rows[:100]
	for i := 1; i <= 3; i++ {
		f.stallAt[i] = 10
	}
	c, _ = newTestClient(t, f, func(cfg *Config) { cfg.StallTimeout = 100 * time.Millisecond; cfg.Retry.MaxAttempts = 3 })
	err := c.Download(context.Background(), testInst, func([]Column, []any) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "no data received within the stall timeout") {
		t.Errorf("err = %v", err)
	}
}
