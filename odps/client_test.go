package odps

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

// submitted decodes a submit body as the service would.
type submitted struct {
	Priority int `xml:"Job>Priority"`
	SQL      struct {
		Name       string `xml:"Name"`
		Properties []struct {
			Name  string `xml:"Name"`
			Value string `xml:"Value"`
		} `xml:"Config>Property"`
		Query string `xml:"Query"`
	} `xml:"Job>Tasks>SQL"`
}

func TestSubmitWaitResult(t *testing.T) {
	for _, b64 := range []bool{false, true} {
		f := newFake(t)
		f.base64 = b64
		f.result = "a,b\n1,\"x,<&>\"\n\\N,y\n"
		c, sl := newTestClient(t, f, nil)
		ctx := context.Background()
		script := "SET odps.sql.type.system.odps2=true;\nSELECT ']]>' AS a, 1 AS b; -- ]]> twice ]]>"
		inst, err := c.SubmitScript(ctx, script, map[string]string{"odps.sql.select.output.format": "HumanReadable"})
		if err != nil {
			t.Fatal(err)
		}
		if *inst != *testInst {
			t.Fatalf("instance = %+v", inst)
		}
		sub := f.requests("submit")[0]
		var x submitted
		if err := xml.Unmarshal(sub.body, &x); err != nil {
			t.Fatalf("submit body does not parse: %v\n%s", err, sub.body)
		}
		if x.SQL.Query != script {
			t.Errorf("the server reads the script as %q", x.SQL.Query)
		}
		if strings.Count(string(sub.body), "<![CDATA[") != 4 {
			t.Errorf("want the script split into 4 CDATA sections:\n%s", sub.body)
		}
		if x.SQL.Name != TaskName || x.Priority != 9 || sub.header.Get("Content-Type") != "application/xml" {
			t.Errorf("submit = %+v, content type %q", x, sub.header.Get("Content-Type"))
		}
		var settings map[string]string
		for _, p := range x.SQL.Properties {
			if p.Name == "settings" {
				json.Unmarshal([]byte(p.Value), &settings)
			}
		}
		if settings["odps.sql.submit.mode"] != "script" || settings["odps.sql.select.output.format"] != "HumanReadable" {
			t.Errorf("settings = %v", settings)
		}
		var stages []Progress
		st, err := c.Wait(ctx, inst, func(p Progress) { stages = append(stages, p) })
		if err != nil || st != (TaskStatus{"Terminated", "Success"}) {
			t.Fatalf("Wait = %+v, %v", st, err)
		}
		if len(f.requests("taskstatus")) != 3 || len(stages) != 3 {
			t.Errorf("%d polls, %d progress callbacks; want 3, 3", len(f.requests("taskstatus")), len(stages))
		}
		if s := stages[0].Stages; len(s) != 1 || s[0] != (Stage{ID: "M1_job_0", Status: "Running", Percent: 25, Total: 4, Running: 2, Terminated: 1}) {
			t.Errorf("progress = %+v", stages[0])
		}
		if d := sl.all(); len(d) != 2 || d[0] != defaultPollInitial || d[1] != defaultPollInitial*3/2 {
			t.Errorf("poll waits = %v, want backoff from %v", d, defaultPollInitial)
		}
		text, err := c.Result(ctx, inst)
		if err != nil || text != f.result {
			t.Fatalf("Result (base64 %v) = %q, %v; want %q", b64, text, err, f.result)
		}
	}
}

func TestCommonHeaders(t *testing.T) {
	f := newFake(t)
	c, _ := newTestClient(t, f, func(cfg *Config) { cfg.UserAgent = "mcsql/test" })
	if _, err := c.Status(context.Background(), testInst); err != nil {
		t.Fatal(err)
	}
	r := f.requests("taskstatus")[0]
	for h, want := range map[string]string{"x-odps-user-agent": "mcsql/test", "User-Agent": "mcsql/test"} {
		if got := r.header.Get(h); got != want {
			t.Errorf("%s = %q", h, got)
		}
	}
	if _, err := http.ParseTime(r.header.Get("Date")); err != nil {
		t.Errorf("Date %q: %v", r.header.Get("Date"), err)
	}
	if !strings.Contains(r.url, "curr_project="+testProject) {
		t.Errorf("url %s lacks curr_project", r.url)
	}
	if r.header.Get("authorization-sts-token") != "" {
		t.Error("an STS header was sent without a token")
	}
}

func TestSTSToken(t *testing.T) {
	f := newFake(t)
	f.requireToken = testToken
	c, _ := newTestClient(t, f, nil)
	_, err := c.Status(context.Background(), testInst)
	var herr *Error
	if !errors.As(err, &herr) || herr.Code != "InvalidStsToken" {
		t.Fatalf("without a token: %v", err)
	}
	c, _ = newTestClient(t, f, func(cfg *Config) { cfg.Credentials.SecurityToken = testToken })
	if _, err := c.Status(context.Background(), testInst); err != nil {
		t.Fatalf("with the token: %v", err)
	}
	if got := f.requests("taskstatus")[1].header.Get("authorization-sts-token"); got != testToken {
		t.Errorf("token header = %q", got)
	}
}

func TestV4Signing(t *testing.T) {
	f := newFake(t)
	c, _ := newTestClient(t, f, func(cfg *Config) { cfg.Region = "cn-hangzhou" })
	if _, err := c.Status(context.Background(), testInst); err != nil {
		t.Fatal(err)
	}
	if a := f.requests("taskstatus")[0].header.Get("Authorization"); !strings.Contains(a, "/cn-hangzhou/odps/aliyun_v4_request:") {
		t.Errorf("Authorization = %q", a)
	}
}

func TestCancel(t *testing.T) {
	f := newFake(t)
	c, _ := newTestClient(t, f, nil)
	if err := c.Cancel(context.Background(), testInst); err != nil {
		t.Fatal(err)
	}
	r := f.requests("cancel")
	var x struct {
		Status string `xml:"Status"`
	}
	if len(r) != 1 || xml.Unmarshal(r[0].body, &x) != nil || x.Status != "Terminated" || !strings.Contains(r[0].url, "/instances/"+testInstID) {
		t.Errorf("cancel requests = %+v", r)
	}
}

func TestFailedTaskResult(t *testing.T) {
	f := newFake(t)
	f.task = "Failed"
	f.base64 = true
	f.result = "ODPS-0130071:[1,8] Semantic analysis exception - column x cannot be resolved"
	c, _ := newTestClient(t, f, nil)
	st, err := c.Wait(context.Background(), testInst, nil)
	if err != nil || st.Task != "Failed" {
		t.Fatalf("Wait = %+v, %v", st, err)
	}
	if len(f.requests("progress")) != 0 {
		t.Error("progress asked for without a callback")
	}
	if text, err := c.Result(context.Background(), testInst); err != nil || text != f.result {
		t.Errorf("Result = %q, %v", text, err)
	}
}

func TestWaitContextCancel(t *testing.T) {
	f := newFake(t)
	f.statuses = []string{"Running"}
	c, sl := newTestClient(t, f, nil)
	ctx, cancel := context.WithCancel(context.Background())
	sl.hook = func(n int) {
		if n == 3 {
			cancel()
		}
	}
	_, err := c.Wait(ctx, testInst, nil)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), testInstID) {
		t.Fatalf("err = %v", err)
	}
	if n := len(f.requests("taskstatus")); n != 3 {
		t.Errorf("%d polls", n)
	}
	if len(f.requests("cancel")) != 0 {
		t.Error("Wait cancelled the instance by itself")
	}
	// The poll interval grows to Poll.Max and stays there.
	c, sl = newTestClient(t, f, func(cfg *Config) { cfg.Poll = PollPolicy{Initial: time.Second, Max: 2 * time.Second} })
	ctx, cancel = context.WithCancel(context.Background())
	sl.hook = func(n int) {
		if n == 4 {
			cancel()
		}
	}
	c.Wait(ctx, testInst, nil)
	if d := sl.all(); len(d) != 4 || d[0] != time.Second || d[1] != 1500*time.Millisecond || d[2] != 2*time.Second || d[3] != 2*time.Second {
		t.Errorf("waits = %v", d)
	}
}

func TestContextDeadlineDuringRequest(t *testing.T) {
	f := newFake(t)
	block := make(chan struct{})
	defer close(block)
	f.on("taskstatus", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	})
	c, _ := newTestClient(t, f, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Status(ctx, testInst); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v", err)
	}
}

func TestRequestTimeoutRetried(t *testing.T) {
	f := newFake(t)
	f.on("taskstatus", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	c, sl := newTestClient(t, f, func(cfg *Config) { cfg.RequestTimeout = 50 * time.Millisecond })
	if _, err := c.Status(context.Background(), testInst); err != nil {
		t.Fatalf("err = %v", err)
	}
	if n := len(f.requests("taskstatus")); n != 2 || len(sl.all()) != 1 {
		t.Errorf("%d tries, waits %v", n, sl.all())
	}
}
