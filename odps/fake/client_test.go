package fake_test

import (
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcsql/mcsql/kms/policy"
	"github.com/mcsql/mcsql/odps"
	"github.com/mcsql/mcsql/odps/fake"
)

// These tests run the project's own MaxCompute client (package odps)
// against the fake over real HTTP: the two sides were written apart from
// the spec, so they check each other's reading of it.

const clientPolicy = `{"users": [{"name": "carol", "account": "3333333333333333",
  "access_key_id": "LTAI5tCarolClient0000", "access_key_secret": "carol-client-secret"}], "roles": []}`

func newClient(t *testing.T, mutate func(*fake.Options), secret string) (*fake.Server, *odps.Client) {
	t.Helper()
	pol, err := policy.Parse([]byte(clientPolicy), "client policy")
	if err != nil {
		t.Fatal(err)
	}
	opt := fake.Options{Policy: pol, RetryAfter: time.Second}
	if mutate != nil {
		mutate(&opt)
	}
	srv, err := fake.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() {
		hs.Close()
		srv.Close()
	})
	c, err := odps.NewClient(odps.Config{
		Endpoint: hs.URL + "/api", Project: "demo",
		Credentials: odps.Credentials{AccessKeyID: "LTAI5tCarolClient0000", AccessKeySecret: secret},
		Poll:        odps.PollPolicy{Initial: 5 * time.Millisecond, Max: 20 * time.Millisecond},
		// Retry-After is honoured, but the test need not wait for it.
		Sleep: func(ctx context.Context, d time.Duration) error { return ctx.Err() },
	})
	if err != nil {
		t.Fatal(err)
	}
	return srv, c
}

func TestClientSubmitWaitResult(t *testing.T) {
	_, c := newClient(t, nil, "carol-client-secret")
	ctx := context.Background()
	inst, err := c.SubmitScript(ctx, "SELECT 1 AS a, NULL AS b;", nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := c.Wait(ctx, inst, nil)
	if err != nil || st.Instance != "Terminated" || st.Task != "Success" {
		t.Fatalf("Wait: %+v, %v", st, err)
	}
	text, err := c.Result(ctx, inst)
	if err != nil || text != "a,b\n1,\\N\n" {
		t.Errorf("Result: %q, %v", text, err)
	}
	var rows [][]any
	err = c.Download(ctx, inst, func(cols []odps.Column, row []any) error {
		rows = append(rows, append([]any(nil), row...))
		return nil
	})
	if err != nil || len(rows) != 1 || rows[0][0] != int64(1) || rows[0][1] != nil {
		t.Errorf("Download: %v, %v", rows, err)
	}
	if link, err := c.LogView(ctx, inst); err != nil || !strings.Contains(link, inst.ID) {
		t.Errorf("LogView: %q, %v", link, err)
	}
}

func TestClientFailedTask(t *testing.T) {
	_, c := newClient(t, nil, "carol-client-secret")
	ctx := context.Background()
	inst, err := c.SubmitScript(ctx, "SELECT nosuch;", nil)
	if err != nil {
		t.Fatal(err)
	}
	if st, err := c.Wait(ctx, inst, nil); err != nil || st.Task != "Failed" {
		t.Fatalf("Wait: %+v, %v", st, err)
	}
	if text, err := c.Result(ctx, inst); err != nil || !strings.HasPrefix(text, "ODPS-0130071:[1,8]") {
		t.Errorf("Result: %q, %v", text, err)
	}
}

func TestClientWrongSecret(t *testing.T) {
	_, c := newClient(t, nil, "not-carol-secret")
	_, err := c.SubmitScript(context.Background(), "SELECT 1;", nil)
	var oe *odps.Error
	if !errors.As(err, &oe) || oe.Status != 401 || oe.Code != fake.CodeSignatureNotMatch {
		t.Errorf("wrong secret: %v", err)
	}
}

func TestClientRetriesInjectedFaults(t *testing.T) {
	srv, c := newClient(t, func(o *fake.Options) {
		o.Faults = []fake.Fault{{Status: 429, Count: 1}, {Status: 503, Count: 1}}
	}, "carol-client-secret")
	ctx := context.Background()
	inst, err := c.SubmitScript(ctx, "SELECT 2 AS b;", nil)
	if err != nil {
		t.Fatalf("submit after 429 and 503: %v", err)
	}
	srv.DropNext(1)
	if st, err := c.Wait(ctx, inst, nil); err != nil || st.Task != "Success" {
		t.Fatalf("Wait after a dropped connection: %+v, %v", st, err)
	}
}

func TestClientCancelsSlowTask(t *testing.T) {
	_, c := newClient(t, func(o *fake.Options) { o.TaskDelay = time.Hour }, "carol-client-secret")
	ctx := context.Background()
	inst, err := c.SubmitScript(ctx, "SELECT 3 AS c;", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Cancel(ctx, inst); err != nil {
		t.Fatal(err)
	}
	if st, err := c.Wait(ctx, inst, nil); err != nil || st.Task != "Cancelled" {
		t.Errorf("Wait after Cancel: %+v, %v", st, err)
	}
}
